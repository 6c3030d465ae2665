/** A milestone: a dated marker on a launch item (drawn as a diamond on the timeline). */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { daySchema, idSchema, titleSchema } from '../primitives';

export const milestoneSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    itemId: idSchema,
    title: titleSchema,
    date: daySchema,
  }),
);
export type Milestone = z.infer<typeof milestoneSchema>;
