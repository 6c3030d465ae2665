/** A readiness item: one checklist line of a launch item, owned by a readiness function. */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { daySchema, idSchema, rankSchema, timestampSchema, titleSchema } from '../primitives';

export const READINESS_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'not-needed'] as const;
export const readinessStatusSchema = lazySchema(() => z.enum(READINESS_STATUSES));
export type ReadinessStatus = z.infer<typeof readinessStatusSchema>;

/** Due either relative to the launch date (T-offset, negative = before) or on a fixed day. */
export const dueSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('offset'), days: z.number().int().min(-730).max(730) }),
    z.object({ type: z.literal('date'), date: daySchema }),
  ]),
);
export type Due = z.infer<typeof dueSchema>;

export const readinessItemSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      itemId: idSchema,
      functionId: idSchema,
      title: titleSchema,
      ownerId: idSchema.nullable(),
      due: dueSchema.nullable(),
      status: readinessStatusSchema,
      evidence: z.string().max(2000),
      requiredSignOff: z.boolean(),
      rank: rankSchema,
      updatedAt: timestampSchema,
    })
    .superRefine((item, ctx) => {
      // "No green without evidence": a done item must say where the proof is.
      if (item.status === 'done' && item.evidence.trim() === '')
        ctx.addIssue({
          code: 'custom',
          path: ['evidence'],
          message: 'Add an evidence link or note before marking this done',
        });
    }),
);
export type ReadinessItem = z.infer<typeof readinessItemSchema>;
