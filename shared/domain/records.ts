/**
 * The records that hang off launch items or the workspace: readiness items, milestones,
 * people, blackout windows, go/no-go decisions, feedback and playbooks.
 */
import { z } from 'zod';
import {
  daySchema,
  idSchema,
  kindSchema,
  optionalDaySchema,
  regionCodeSchema,
  tierSchema,
  timestampSchema,
} from './primitives';
import { isValidRank } from './ranks';

export const READINESS_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'not-needed'] as const;
export const readinessStatusSchema = z.enum(READINESS_STATUSES);
export type ReadinessStatus = z.infer<typeof readinessStatusSchema>;

/** Due either relative to the launch date (T-offset, negative = before) or on a fixed day. */
export const dueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('offset'), days: z.number().int().min(-730).max(730) }),
  z.object({ type: z.literal('date'), date: daySchema }),
]);
export type Due = z.infer<typeof dueSchema>;

export const readinessItemSchema = z
  .object({
    id: idSchema,
    itemId: idSchema,
    functionId: idSchema,
    title: z.string().trim().min(1, 'Enter a title').max(200),
    ownerId: idSchema.nullable(),
    due: dueSchema.nullable(),
    status: readinessStatusSchema,
    evidence: z.string().max(2000),
    requiredSignOff: z.boolean(),
    rank: z.string().min(1).refine(isValidRank, 'Not a valid rank (a fractional-indexing key such as "a0")'),
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
  });
export type ReadinessItem = z.infer<typeof readinessItemSchema>;

export const milestoneSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  title: z.string().trim().min(1, 'Enter a title').max(200),
  date: daySchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  team: z.string().trim().max(120),
  role: z.string().trim().max(120),
  region: regionCodeSchema.nullable(),
  email: z.union([z.literal(''), z.email({ message: 'Enter a valid e-mail address' })]),
});
export type Person = z.infer<typeof personSchema>;

export const blackoutSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1, 'Enter a title').max(200),
    start: daySchema,
    end: daySchema,
    /** Empty means every region. */
    regions: z.array(regionCodeSchema),
    reason: z.string().max(1000),
  })
  .refine((b) => b.start <= b.end, {
    path: ['end'],
    message: 'The window must end on or after its first day',
  });
export type BlackoutWindow = z.infer<typeof blackoutSchema>;

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

export const FEEDBACK_SOURCES = ['beta', 'support', 'sales', 'account-management', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'triaged', 'planned', 'done', 'wont-do'] as const;
export const feedbackSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'Enter a title').max(200),
  detail: z.string().max(5000),
  source: z.enum(FEEDBACK_SOURCES),
  account: z.string().trim().max(200),
  region: regionCodeSchema.nullable(),
  /** 1 = low … 4 = critical. */
  severity: z.number().int().min(1).max(4),
  accountCount: z.number().int().min(0).max(10_000_000),
  revenueAtStake: z.number().min(0).max(1e12),
  status: z.enum(FEEDBACK_STATUSES),
  itemId: idSchema.nullable(),
  createdAt: timestampSchema,
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const playbookEntrySchema = z.object({
  functionId: idSchema,
  title: z.string().trim().min(1).max(200),
  offsetDays: z.number().int().min(-730).max(730),
  requiredSignOff: z.boolean(),
});
export type PlaybookEntry = z.infer<typeof playbookEntrySchema>;

export const playbookSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  kind: kindSchema,
  tier: tierSchema,
  entries: z.array(playbookEntrySchema),
});
export type Playbook = z.infer<typeof playbookSchema>;
