/** A person: an owner, approver or subject-matter expert. */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, regionCodeSchema, requiredText } from '../primitives';

/** One subject-matter area a person can be asked about ("Payments", "Tax"). */
export const areaSchema = lazySchema(() => z.string().trim().min(1, 'An area needs a name').max(80));

export const personSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: requiredText('Enter a name', 120),
    team: z.string().trim().max(120),
    role: z.string().trim().max(120),
    region: regionCodeSchema.nullable(),
    email: z.union([z.literal(''), z.email({ message: 'Enter a valid e-mail address' })]),
    // Optional: people stored before areas existed load as they are (read it as `p.areas ?? []`).
    areas: z.array(areaSchema).max(30, 'At most 30 areas').optional(),
  }),
);
export type Person = z.infer<typeof personSchema>;
