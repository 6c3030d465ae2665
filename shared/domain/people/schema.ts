/** A person: an owner, approver or subject-matter expert. */
import { z } from 'zod';
import { idSchema, regionCodeSchema, requiredText } from '../primitives';

export const personSchema = z.object({
  id: idSchema,
  name: requiredText('Enter a name', 120),
  team: z.string().trim().max(120),
  role: z.string().trim().max(120),
  region: regionCodeSchema.nullable(),
  email: z.union([z.literal(''), z.email({ message: 'Enter a valid e-mail address' })]),
});
export type Person = z.infer<typeof personSchema>;
