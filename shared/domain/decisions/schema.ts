/**
 * A go/no-go decision on a launch item; the latest one dated today or earlier is what the
 * launch gate goes by. Who decided is always named, and a No-go says when to look again — a
 * day after the decision, or it would be due before it was taken.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { daySchema, idSchema, optionalDaySchema, timestampSchema } from '../primitives';

export const DECISION_OUTCOMES = ['go', 'conditional-go', 'no-go'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_LABELS: Record<DecisionOutcome, string> = {
  go: 'Go',
  'conditional-go': 'Conditional go',
  'no-go': 'No-go',
};

/** Where space is short (a card, a bar): still words, never only a colour. */
export const DECISION_SHORT_LABELS: Record<DecisionOutcome, string> = {
  go: 'Go',
  'conditional-go': 'Cond. go',
  'no-go': 'No-go',
};

export type Decision = z.infer<typeof decisionSchema>;

export const decisionSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      itemId: idSchema,
      outcome: z.enum(DECISION_OUTCOMES, { message: 'Choose Go, Conditional go or No-go' }),
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
    }),
);

/**
 * A No-go looks again on a day after it was taken. Checked by the command and by imports
 * (integrity.ts), not by the stored record's schema: a No-go saved before this rule existed
 * still loads rather than being set aside as damaged.
 */
export function reevaluateIssue(d: Pick<Decision, 'outcome' | 'decidedOn' | 'reevaluateOn'>): string | null {
  // Days compare as 'yyyy-MM-dd' text; a malformed one already has its own issue.
  return d.outcome === 'no-go' && d.reevaluateOn !== null && d.reevaluateOn <= d.decidedOn
    ? 'Re-evaluate on a day after the decision'
    : null;
}
