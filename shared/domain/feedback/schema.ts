/** A piece of customer feedback: a product challenge heard in a beta, from support, sales or account management. */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, regionCodeSchema, timestampSchema, titleSchema } from '../primitives';

export const FEEDBACK_SOURCES = ['beta', 'support', 'sales', 'account-management', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'triaged', 'planned', 'done', 'wont-do'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  beta: 'Beta',
  support: 'Support',
  sales: 'Sales',
  'account-management': 'Account management',
  other: 'Other',
};
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  planned: 'Planned',
  done: 'Done',
  'wont-do': 'Won’t do',
};
export const SEVERITIES = [1, 2, 3, 4] as const;
export const SEVERITY_LABELS: Record<number, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Critical' };

/** A theme, written as item tags are. */
export const feedbackTagSchema = lazySchema(() =>
  z.string().trim().min(1, 'A theme cannot be empty').max(40),
);

export const feedbackSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    title: titleSchema,
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
    /** Themes. Optional (records stored before themes lack it): read it through tagsOf. */
    tags: z.array(feedbackTagSchema).max(20).optional(),
    /**
     * Set on a duplicate merged into another record: it is hidden from the inbox and counted in
     * the record it names (whose accounts and revenue include it). Optional: read it through
     * mergedIntoOf.
     */
    mergedIntoId: idSchema.nullable().optional(),
    /** When it was last changed. Optional: records stored before it lack it (read updatedAtOf). */
    updatedAt: timestampSchema.optional(),
  }),
);
export type Feedback = z.infer<typeof feedbackSchema>;

const NO_TAGS: readonly string[] = Object.freeze([]);

/** The record's themes (none when stored before themes existed). */
export function tagsOf(f: Feedback): readonly string[] {
  return f.tags ?? NO_TAGS;
}

/** The record this one was merged into, or null when it stands on its own. */
export function mergedIntoOf(f: Feedback): string | null {
  return f.mergedIntoId ?? null;
}

/** When the record last changed (its creation when never changed since updatedAt existed). */
export function updatedAtOf(f: Feedback): string {
  return f.updatedAt ?? f.createdAt;
}
