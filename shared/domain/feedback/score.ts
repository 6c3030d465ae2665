/**
 * The feedback score: one number to sort by, from how severe the problem is, how many accounts
 * report it and how much revenue is at stake, each weighted in Settings → Feedback.
 *
 *   score = 10 × severity^s × (1 + log10(1 + accounts))^a × (1 + log10(1 + revenue / 1,000))^r
 *
 * Accounts and revenue count on a log scale: each tenfold adds the same step to the factor
 * (9 accounts score a step above none, 99 a second step, 999 a third), so a $1M deal does not
 * drown every other report. "1 +" keeps a factor at 1 (no
 * effect) when there are no accounts or no revenue, so a report with none still ranks by its
 * severity instead of scoring 0. A weight of 0 leaves a factor out; 2 makes it count twice as
 * much (squared). Rounded to a whole number, as shown.
 */
import type { Settings } from '../settings/schema';
import { feedbackWeightsOf } from '../settings/schema';
import type { Feedback } from './schema';

export interface FeedbackWeights {
  severity: number;
  accounts: number;
  revenue: number;
}

/** The formula in words, for the help text under the weights. */
export const SCORE_FORMULA =
  'Score = 10 × severity (1–4) ^ severity weight × (1 + log₁₀(1 + accounts)) ^ accounts weight × (1 + log₁₀(1 + revenue ÷ 1,000)) ^ revenue weight. No accounts or no revenue leaves that part at 1; a weight of 0 leaves it out.';

export function feedbackScore(
  f: Pick<Feedback, 'severity' | 'accountCount' | 'revenueAtStake'>,
  weights: FeedbackWeights,
): number {
  const accounts = 1 + Math.log10(1 + Math.max(0, f.accountCount));
  const revenue = 1 + Math.log10(1 + Math.max(0, f.revenueAtStake) / 1000);
  return Math.round(
    10 * f.severity ** weights.severity * accounts ** weights.accounts * revenue ** weights.revenue,
  );
}

/** The score with the workspace's weights. */
export function scoreIn(settings: Settings, f: Feedback): number {
  return feedbackScore(f, feedbackWeightsOf(settings));
}
