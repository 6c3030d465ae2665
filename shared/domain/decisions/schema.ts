/** A go/no-go decision on a launch item; the latest one is what the launch gate goes by. */
import { z } from 'zod';
import { daySchema, idSchema, optionalDaySchema, timestampSchema } from '../primitives';

export const DECISION_OUTCOMES = ['go', 'conditional-go', 'no-go'] as const;
export const decisionSchema = z
  .object({
    id: idSchema,
    itemId: idSchema,
    outcome: z.enum(DECISION_OUTCOMES),
    decidedBy: z.string().trim().min(1, 'Say who decided').max(120),
    decidedOn: daySchema,
    conditions: z.string().max(2000),
    /** Conditional go: the person who accepts the stated risk. */
    riskAcceptedBy: z.string().trim().max(120),
    /** No-go: when to look again. */
    reevaluateOn: optionalDaySchema,
    notes: z.string().max(2000),
    /** When it was recorded: orders two decisions taken on the same day. */
    recordedAt: timestampSchema,
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'conditional-go' && d.riskAcceptedBy === '')
      ctx.addIssue({
        code: 'custom',
        path: ['riskAcceptedBy'],
        message: 'A conditional go names the person who accepts the risk',
      });
    if (d.outcome === 'no-go' && d.reevaluateOn === null)
      ctx.addIssue({
        code: 'custom',
        path: ['reevaluateOn'],
        message: 'A no-go gives a date to re-evaluate',
      });
  });
export type Decision = z.infer<typeof decisionSchema>;
