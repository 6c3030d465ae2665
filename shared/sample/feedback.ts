/**
 * The sample's feedback themes and one pair of duplicates to merge: the same expiry problem
 * reported twice in the Payment Links beta, by two accounts, worded differently — what the
 * inbox's "Merge duplicates" is for.
 */
import type { Feedback } from '../domain/feedback/schema';
import type { Workspace } from '../domain/workspace';

const THEMES: Record<string, string[]> = {
  'sample-f1': ['Expiry', 'Notifications'],
  'sample-f2': ['Tax', 'Receipts'],
  'sample-f3': ['Notifications', 'Billing'],
  'sample-f4': ['Localisation', 'Billing'],
  'sample-f5': ['Compliance', 'Exports'],
};

export function addFeedbackSample(ws: Workspace, now: string): void {
  for (const [id, tags] of Object.entries(THEMES)) {
    const f = ws.feedback[id];
    if (f) ws.feedback[id] = { ...f, tags };
  }
  const duplicate: Feedback = {
    id: 'sample-f6',
    title: 'Payment link expired before the customer paid',
    detail: 'The customer opened the link a week later and got an error, with no way to ask for a new one.',
    source: 'beta',
    account: 'Adventure Works',
    region: 'NA',
    severity: 4,
    accountCount: 6,
    revenueAtStake: 90000,
    status: 'new',
    itemId: 'sample-payment-links-beta',
    createdAt: now,
    tags: ['Expiry'],
  };
  if (ws.items[duplicate.itemId!]) ws.feedback[duplicate.id] = duplicate;
}
