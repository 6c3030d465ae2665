/** A milestone: a dated marker on a launch item (drawn as a diamond on the timeline). */
import { z } from 'zod';
import { daySchema, idSchema } from '../primitives';

export const milestoneSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  title: z.string().trim().min(1, 'Enter a title').max(200),
  date: daySchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;
