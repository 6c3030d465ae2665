/**
 * Feedback for the inbox benchmark: `count` seeded records over the workspace's items, regions,
 * sources and a few dozen themes, a fifth of them unlinked, with titles built from a small
 * vocabulary so a search word matches a realistic share of them.
 */
import { FEEDBACK_SOURCES, FEEDBACK_STATUSES, type Feedback } from '../../shared/domain/feedback/schema';
import type { Workspace } from '../../shared/domain/workspace';
import { seededRandom } from '../fixtures/random';

const PROBLEMS = [
  'Export',
  'Invoice',
  'Login',
  'Checkout',
  'Refund',
  'Alert',
  'Report',
  'Search',
  'Upload',
  'Sync',
];
const SYMPTOMS = [
  'is slow',
  'fails',
  'times out',
  'shows wrong totals',
  'is missing',
  'needs a filter',
  'breaks on mobile',
];
const ACCOUNTS = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Litware',
  'Tailspin',
  'Wingtip',
  'Adventure Works',
  'Proseware',
];
const THEMES = Array.from({ length: 40 }, (_, i) => `Theme ${i + 1}`);

export function addFeedback(ws: Workspace, count: number, seed: number): Workspace {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const items = Object.keys(ws.items);
  const regions = ws.settings.workspace!.regions.map((r) => r.code);
  const day = Date.UTC(2026, 0, 1);
  for (let n = 0; n < count; n++) {
    const id = `feedback-${n}`;
    const f: Feedback = {
      id,
      title: `${pick(PROBLEMS)} ${pick(SYMPTOMS)} (${n})`,
      detail: rnd() < 0.5 ? `Reported on a call; ${pick(SYMPTOMS)} for ${pick(ACCOUNTS)}.` : '',
      source: pick(FEEDBACK_SOURCES),
      account: `${pick(ACCOUNTS)} ${Math.floor(rnd() * 500)}`,
      region: rnd() < 0.9 ? pick(regions) : null,
      severity: 1 + Math.floor(rnd() * 4),
      accountCount: Math.floor(rnd() * 200),
      revenueAtStake: Math.floor(rnd() * 500) * 1000,
      status: pick(FEEDBACK_STATUSES),
      itemId: items.length && rnd() < 0.8 ? pick(items) : null,
      createdAt: new Date(day + Math.floor(rnd() * 300 * 86_400_000)).toISOString(),
      tags: [pick(THEMES), ...(rnd() < 0.3 ? [pick(THEMES)] : [])].filter(
        (t, i, all) => all.indexOf(t) === i,
      ),
    };
    ws.feedback[id] = f;
  }
  return ws;
}
