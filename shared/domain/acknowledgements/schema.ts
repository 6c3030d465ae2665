/**
 * A collision someone has looked at and accepted, with a note saying why. Its id is the
 * collision's key (stable while the same items collide for the same reason); `fingerprint`
 * holds the dates the collision had when it was acknowledged, so a change of any of them
 * shows the collision as open again.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, requiredText, timestampSchema } from '../primitives';

export const acknowledgementSchema = lazySchema(() =>
  z.object({
    /** The collision's key (shared/domain/items/collisions.ts). */
    id: z.string().min(1).max(2000),
    note: requiredText('Say why this collision is accepted', 500),
    fingerprint: z.string().max(20_000),
    acknowledgedBy: idSchema.nullable(),
    acknowledgedAt: timestampSchema,
  }),
);
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
