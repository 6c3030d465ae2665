/** A piece of customer feedback: a product challenge heard in a beta, from support, sales or account management. */
import { z } from 'zod';
import { idSchema, regionCodeSchema, timestampSchema, titleSchema } from '../primitives';

export const FEEDBACK_SOURCES = ['beta', 'support', 'sales', 'account-management', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'triaged', 'planned', 'done', 'wont-do'] as const;
export const feedbackSchema = z.object({
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
});
export type Feedback = z.infer<typeof feedbackSchema>;
