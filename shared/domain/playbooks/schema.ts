/** A playbook: a template of readiness items with T-offsets for one kind and tier. */
import { z } from 'zod';
import { idSchema, kindSchema, requiredText, tierSchema } from '../primitives';

export const playbookEntrySchema = z.object({
  functionId: idSchema,
  title: z.string().trim().min(1).max(200),
  offsetDays: z.number().int().min(-730).max(730),
  requiredSignOff: z.boolean(),
});
export type PlaybookEntry = z.infer<typeof playbookEntrySchema>;

export const playbookSchema = z.object({
  id: idSchema,
  name: requiredText('Enter a name', 120),
  kind: kindSchema,
  tier: tierSchema,
  entries: z.array(playbookEntrySchema),
});
export type Playbook = z.infer<typeof playbookSchema>;
