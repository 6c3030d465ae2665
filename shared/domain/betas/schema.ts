/**
 * A beta's own records: the accounts taking part (participants) and the exit criteria that
 * say when the beta is done. Both belong to a launch item of kind "beta" by `itemId`.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import {
  idSchema,
  optionalDaySchema,
  rankSchema,
  regionCodeSchema,
  requiredText,
  timestampSchema,
  titleSchema,
} from '../primitives';

export const PARTICIPANT_STATUSES = ['invited', 'active', 'dropped', 'graduated'] as const;
export const participantStatusSchema = lazySchema(() => z.enum(PARTICIPANT_STATUSES));
export type ParticipantStatus = z.infer<typeof participantStatusSchema>;
export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  dropped: 'Dropped',
  graduated: 'Graduated',
};

export const participantSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    /** The beta this account takes part in. */
    itemId: idSchema,
    account: requiredText('Enter the account', 200),
    contact: z.string().trim().max(200),
    segment: z.string().trim().max(100),
    region: regionCodeSchema.nullable(),
    status: participantStatusSchema,
    joinedOn: optionalDaySchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
);
export type Participant = z.infer<typeof participantSchema>;

export const EXIT_CRITERION_STATUSES = ['open', 'met', 'missed'] as const;
export const exitCriterionStatusSchema = lazySchema(() => z.enum(EXIT_CRITERION_STATUSES));
export type ExitCriterionStatus = z.infer<typeof exitCriterionStatusSchema>;
export const EXIT_CRITERION_STATUS_LABELS: Record<ExitCriterionStatus, string> = {
  open: 'Open',
  met: 'Met',
  missed: 'Missed',
};

export const exitCriterionSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      /** The beta this criterion lets out of its beta. */
      itemId: idSchema,
      title: titleSchema,
      status: exitCriterionStatusSchema,
      evidence: z.string().max(2000),
      rank: rankSchema,
      createdAt: timestampSchema,
      updatedAt: timestampSchema,
    })
    .superRefine((criterion, ctx) => {
      // As with readiness: a criterion is met only with the proof of it written down.
      if (criterion.status === 'met' && criterion.evidence.trim() === '')
        ctx.addIssue({
          code: 'custom',
          path: ['evidence'],
          message: 'Add the evidence that this criterion is met',
        });
    }),
);
export type ExitCriterion = z.infer<typeof exitCriterionSchema>;
