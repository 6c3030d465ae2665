/** A playbook: a template of readiness items with T-offsets for one kind and tier. */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, kindSchema, requiredText, tierSchema } from '../primitives';

export const playbookEntrySchema = lazySchema(() =>
  z.object({
    functionId: idSchema,
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title for the line')
      .max(200, 'Keep the title under 200 characters'),
    offsetDays: z
      .number()
      .int('A T-offset is a whole number of days')
      .min(-730, 'A T-offset is at most 730 days before launch')
      .max(730, 'A T-offset is at most 730 days after launch'),
    requiredSignOff: z.boolean(),
  }),
);
export type PlaybookEntry = z.infer<typeof playbookEntrySchema>;

export const playbookSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: requiredText('Enter a name', 120),
    kind: kindSchema,
    tier: tierSchema,
    entries: z.array(playbookEntrySchema),
  }),
);
export type Playbook = z.infer<typeof playbookSchema>;
