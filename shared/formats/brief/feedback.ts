/**
 * The briefs' customer feedback, read from the Feedback inbox's read model so a brief ranks by
 * the score the inbox shows: the launch brief lists the feedback on a launch and its betas and
 * waves by score with the accounts and revenue they represent; the portfolio brief names the
 * top feedback across its launches and the revenue at stake per launch. Merged duplicates are
 * left out everywhere: the record they were merged into counts them.
 */
import type { RootContent } from 'mdast';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
  SEVERITY_LABELS,
  type Feedback,
} from '../../domain/feedback/schema';
import type { LaunchItem } from '../../domain/items/schema';
import { countOf } from '../../domain/text';
import { recordOf, type Workspace } from '../../domain/workspace';
import { compareByScore, feedbackByItemId, launchFamilyIds, type FeedbackEntry } from '../../views/feedback';
import type { LaunchContext } from './launch';
import { bullets, heading, paragraph, strong, table, type Inline } from './markdown';
import type { PortfolioInput } from './portfolio';
import { listWords } from './words';

// The domain's labels, in lower case as a sentence reads them ("account management", "won’t do").
const SOURCE_WORDS = (source: Feedback['source']) => FEEDBACK_SOURCE_LABELS[source].toLowerCase();
const STATUS_WORDS = (status: Feedback['status']) => FEEDBACK_STATUS_LABELS[status].toLowerCase();
const SEVERITY_WORDS = (severity: number) => SEVERITY_LABELS[severity]?.toLowerCase() ?? String(severity);

/** The portfolio brief's top feedback: a short list, the rest is in the inbox. */
export const PORTFOLIO_TOP_FEEDBACK = 5;

/** "$1,250,000": grouped by hand, as a brief never reads the machine's locale. */
export function moneyWords(amount: number): string {
  const [whole = '0'] = Math.round(amount).toString().split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/**
 * The feedback on a launch — the launch and everything under it, nested (launchFamilyIds, as the
 * inbox's launch filter and the launch page's tab read it) — merged duplicates left out, by score.
 */
function feedbackOn(ws: Workspace, launch: LaunchItem): { entry: FeedbackEntry; on: LaunchItem }[] {
  const byItem = feedbackByItemId(ws);
  const linked: { entry: FeedbackEntry; on: LaunchItem }[] = [];
  for (const id of launchFamilyIds(ws, launch.id)) {
    const on = recordOf(ws.items, id);
    if (on) for (const entry of byItem.get(id) ?? []) linked.push({ entry, on });
  }
  return linked.sort((a, b) => compareByScore(a.entry, b.entry));
}

/**
 * The items whose family (launchFamilyIds) holds feedback: each item with feedback linked and
 * every item above it. A portfolio of 10,000 launches, few with feedback, then walks the
 * families of those few instead of all 10,000. A parent loop stops where it repeats.
 */
function withFeedbackBelow(ws: Workspace): Set<string> {
  const found = new Set<string>();
  for (const id of feedbackByItemId(ws).keys())
    for (let at: string | null = id; at !== null && !found.has(at);) {
      found.add(at);
      at = recordOf(ws.items, at)?.parentId ?? null;
    }
  return found;
}

const isOpen = (f: Feedback) => f.status !== 'done' && f.status !== 'wont-do';

function line(entry: FeedbackEntry, on: LaunchItem | null): Inline[] {
  const { f } = entry;
  return [
    strong(f.title),
    ` (score ${entry.score}) — ${SOURCE_WORDS(f.source)}, ${SEVERITY_WORDS(f.severity)} severity, ${countOf(f.accountCount, 'account')}, ${moneyWords(f.revenueAtStake)} at stake, ${STATUS_WORDS(f.status)}`,
    ...(f.account.trim() ? ['; ', f.account] : []),
    ...(on ? ['; on ', on.title] : []),
    ...(entry.tags.length ? ['; themes: ', entry.tags.join(', ')] : []),
  ];
}

/** The launch brief's "Beta results and feedback": by score, with what it represents. */
export function launchFeedback(ctx: LaunchContext): RootContent[] {
  const linked = feedbackOn(ctx.ws, ctx.item);
  const out: RootContent[] = [heading(2, 'Beta results and feedback')];
  if (!linked.length) return [...out, paragraph('No feedback linked to this launch or its betas.')];
  const bySource = new Map<string, number>();
  for (const { entry } of linked)
    bySource.set(SOURCE_WORDS(entry.f.source), (bySource.get(SOURCE_WORDS(entry.f.source)) ?? 0) + 1);
  const open = linked.filter(({ entry }) => isOpen(entry.f)).length;
  const accounts = linked.reduce((sum, { entry }) => sum + entry.f.accountCount, 0);
  const revenue = linked.reduce((sum, { entry }) => sum + entry.f.revenueAtStake, 0);
  const sources = [...bySource].map(([source, n]) => `${n} from ${source}`);
  out.push(
    paragraph(
      `${countOf(linked.length, 'item')}: ${listWords(sources)}; ${open} still open. Together ${countOf(accounts, 'account')} and ${moneyWords(revenue)} revenue at stake.`,
    ),
  );
  out.push(bullets(linked.map(({ entry, on }) => line(entry, on.id === ctx.item.id ? null : on))));
  return out;
}

/** The portfolio brief's "Customer feedback": the top few by score, and revenue at stake per launch. */
export function portfolioFeedback(input: PortfolioInput): RootContent[] {
  const { ws, launches } = input;
  const out: RootContent[] = [heading(2, 'Customer feedback')];
  const below = withFeedbackBelow(ws);
  const perLaunch = launches.map((launch) => ({
    launch,
    linked: below.has(launch.id) ? feedbackOn(ws, launch) : [],
  }));
  // A beta listed beside its launch would bring its feedback twice: each record once.
  const seen = new Set<string>();
  const all = perLaunch
    .flatMap(({ linked }) => linked)
    .filter(({ entry }) => !seen.has(entry.f.id) && Boolean(seen.add(entry.f.id)))
    .sort((a, b) => compareByScore(a.entry, b.entry));
  if (!all.length) return [...out, paragraph('No feedback linked to these launches.')];
  out.push(
    paragraph(
      `Top ${Math.min(PORTFOLIO_TOP_FEEDBACK, all.length)} of ${countOf(all.length, 'item')} by score (severity × accounts × revenue at stake):`,
    ),
  );
  out.push(bullets(all.slice(0, PORTFOLIO_TOP_FEEDBACK).map(({ entry, on }) => line(entry, on))));
  const withFeedback = perLaunch
    .filter(({ linked }) => linked.length)
    .map(({ launch, linked }) => ({
      launch,
      count: linked.length,
      open: linked.filter(({ entry }) => isOpen(entry.f)).length,
      accounts: linked.reduce((sum, { entry }) => sum + entry.f.accountCount, 0),
      revenue: linked.reduce((sum, { entry }) => sum + entry.f.revenueAtStake, 0),
    }))
    // The most revenue first; the brief's launch order settles ties (the sort is stable).
    .sort((a, b) => b.revenue - a.revenue);
  out.push(
    table(
      ['Launch', 'Feedback', 'Open', 'Accounts', 'Revenue at stake'],
      withFeedback.map((r) => [
        r.launch.title,
        String(r.count),
        String(r.open),
        String(r.accounts),
        moneyWords(r.revenue),
      ]),
      ['left', 'right', 'right', 'right', 'right'],
    ),
  );
  return out;
}
