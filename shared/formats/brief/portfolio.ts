/**
 * The portfolio brief for a date range: the launches by ISO week, what is at risk and why,
 * collisions, readiness per launch in one table, and the go/no-go decisions needed this week.
 * A region filter makes it a regional go-to-market version (its header says so). Built from
 * the memoised read models, so 10,000 items take well under a second.
 */
import type { RootContent } from 'mdast';
import { addDays, daysBetween, isoWeekKey, startOfWeek, type Day } from '../../dates/days';
import { isAtOrAfterGate } from '../../domain/items/gate';
import type { Collision } from '../../domain/items/collisions';
import type { LaunchItem } from '../../domain/items/schema';
import type { HealthResult } from '../../domain/items/health';
import { HEALTH_LABELS, KIND_LABELS, type Health } from '../../domain/primitives';
import { isClosed } from '../../domain/readiness/rules';
import { countOf } from '../../domain/text';
import { recordOf, settingsOf, type Workspace } from '../../domain/workspace';
import { NONE } from '../../views/indexes';
import type { LaunchRow } from '../../views/launch-rows';
import { readinessByItem } from '../../views/readiness';
import { acknowledgedText, collisionsTouching } from './facts';
import { decisionWords, gateOf } from './launch';
import { bullets, heading, paragraph, strong, table, type Inline } from './markdown';
import type { PortfolioFilters } from './scope';
import { dayWords, listWords, personName, rangeWords, regionWords, tMinus } from './words';

/** Days ahead that count as "this week" for decisions needed. */
export const DECISION_WINDOW_DAYS = 7;

const HEALTH_ORDER: Record<Health, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 };

/** "Europe (EU) only, Tier 1, launches only" — or '' with no filters. */
export function filterWords(ws: Workspace, filters: PortfolioFilters): string[] {
  const words: string[] = [];
  if (filters.region) words.push(`${regionWords(ws, filters.region)} only`);
  if (filters.tier) words.push(`Tier ${filters.tier}`);
  if (filters.kind)
    words.push(`${KIND_LABELS[filters.kind].toLowerCase()}${filters.kind === 'launch' ? 'es' : 's'} only`);
  return words;
}

export interface PortfolioInput {
  ws: Workspace;
  launches: readonly LaunchItem[];
  from: Day;
  to: Day;
  filters: PortfolioFilters;
  today: Day;
  /** The launch rows on `today` (rowsById), looked up once rather than per launch. */
  rows: ReadonlyMap<string, LaunchRow>;
  /** The collisions the brief shows (portfolioCollisionsOf). */
  collisions: ReadonlyMap<string, Collision>;
}

/** The row of a launch in the brief (every launch in it has one). */
const rowIn = (input: PortfolioInput, item: LaunchItem): LaunchRow => input.rows.get(item.id)!;

function healthOf(input: PortfolioInput, item: LaunchItem): Health {
  return rowIn(input, item).health.health;
}

export function portfolioSummary(input: PortfolioInput): RootContent {
  const { launches, from, to } = input;
  const range = `from ${dayWords(from)} to ${dayWords(to)}`;
  if (!launches.length)
    return paragraph(
      `No launches ${range}${input.filters.region || input.filters.tier || input.filters.kind ? ' match these filters' : ''}.`,
    );
  const counts: Record<Health, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0 };
  for (const item of launches) counts[healthOf(input, item)] += 1;
  const parts = (['on-track', 'at-risk', 'off-track'] as const)
    .filter((h) => counts[h] > 0)
    .map((h) => `${counts[h].toLocaleString('en-US')} ${HEALTH_LABELS[h].toLowerCase()}`);
  return paragraph(`${countOf(launches.length, 'launch', 'launches')} ${range}: ${listWords(parts)}.`);
}

export function launchesByWeek(input: PortfolioInput): RootContent[] {
  const { launches, today } = input;
  const out: RootContent[] = [heading(2, 'Launches by week')];
  if (!launches.length) return [...out, paragraph('Nothing launches in this range.')];
  let week: string | null = null;
  let lines: Inline[][] = [];
  const flush = () => {
    if (lines.length) out.push(bullets(lines));
    lines = [];
  };
  // The launches come by launch day, many on the same day: its words are worked out once.
  let day: Day | null = null;
  let dayText = '';
  for (const item of launches) {
    if (item.launchDate !== day) {
      day = item.launchDate!;
      dayText = ` — T-0 ${dayWords(day)} (${tMinus(day, today)}) · Tier `;
      const key = isoWeekKey(day);
      if (key !== week) {
        flush();
        week = key;
        const monday = startOfWeek(day, 1);
        out.push(heading(3, `Week ${Number(key.slice(6))} · ${rangeWords(monday, addDays(monday, 6))}`));
      }
    }
    const row = rowIn(input, item);
    lines.push([
      strong(item.title),
      `${dayText}${item.tier} · ${KIND_LABELS[item.kind]} · ${row.stageName} · ${HEALTH_LABELS[row.health.health]}`,
    ]);
  }
  flush();
  return out;
}

export function atRisk(input: PortfolioInput): RootContent[] {
  const out: RootContent[] = [heading(2, 'At risk and why')];
  // Worst computed health first, each group in the brief's launch order: three buckets filled
  // in one pass (most of a late portfolio is at risk; sorting thousands bought nothing).
  const buckets: { item: LaunchItem; health: HealthResult }[][] = [[], [], []];
  for (const item of input.launches) {
    const health = rowIn(input, item).health;
    if (health.health !== 'on-track' || health.computed.health !== 'on-track')
      buckets[HEALTH_ORDER[health.computed.health]]!.push({ item, health });
  }
  const risky = buckets.flat();
  if (!risky.length) return [...out, paragraph('Nothing at risk: every launch in this range is on track.')];
  return [
    ...out,
    bullets(
      risky.map(({ item, health }): Inline[] => {
        const computed = health.computed;
        const marked =
          health.overridden && health.health !== computed.health
            ? [` (marked ${HEALTH_LABELS[health.health]} by hand: `, item.healthOverride!.reason, ')']
            : [];
        const why = computed.reasons.length ? [': ', computed.reasons.join('; ')] : [];
        return [strong(item.title), ` — ${HEALTH_LABELS[computed.health]}`, ...marked, ...why];
      }),
    ),
  ];
}

/**
 * Whether a collision concerns a regional version: capacity in that region, a blackout that
 * covers it; a late dependency always does.
 */
function inRegion(ws: Workspace, c: Collision, region: string | null): boolean {
  if (region === null) return true;
  if (c.kind === 'capacity') return c.region === region;
  if (c.kind === 'blackout') {
    const blackout = recordOf(ws.blackouts, c.blackoutId);
    return !blackout || blackout.regions.length === 0 || blackout.regions.includes(region);
  }
  return true;
}

/** The collisions a portfolio brief shows (and compares): those touching its launches. */
export function portfolioCollisionsOf(
  ws: Workspace,
  launches: readonly LaunchItem[],
  region: string | null,
): Map<string, Collision> {
  const found = collisionsTouching(ws, launches);
  for (const [key, c] of found) if (!inRegion(ws, c, region)) found.delete(key);
  return found;
}

export function portfolioCollisions(input: PortfolioInput): RootContent[] {
  const found = [...input.collisions.values()];
  const out: RootContent[] = [heading(2, 'Collisions')];
  if (!found.length) return [...out, paragraph('No collisions in this range.')];
  return [...out, bullets(found.map((c) => [c.message, acknowledgedText(input.ws, c)]))];
}

export function readinessTable(input: PortfolioInput): RootContent[] {
  const { ws, launches, today } = input;
  const out: RootContent[] = [heading(2, 'Readiness')];
  if (!launches.length) return [...out, paragraph('No launches, so no readiness to show.')];
  const byItem = readinessByItem(ws);
  // By launch day, as the launches come: each day's offset and words worked out once.
  let day: Day | null = null;
  let todayOffset = 0;
  let dayText = '';
  const rows = launches.map((item) => {
    const lines = byItem.get(item.id) ?? NONE;
    if (item.launchDate !== day) {
      day = item.launchDate!;
      // A T-offset line is overdue when its offset is before today's; no day arithmetic per line.
      todayOffset = daysBetween(day, today);
      dayText = dayWords(day);
    }
    let done = 0;
    let openSignOffs = 0;
    let overdue = 0;
    let blocked = 0;
    for (const r of lines) {
      if (isClosed(r)) {
        done += 1;
        continue;
      }
      if (r.requiredSignOff) openSignOffs += 1;
      if (r.status === 'blocked') blocked += 1;
      if (r.due && (r.due.type === 'offset' ? r.due.days < todayOffset : r.due.date < today)) overdue += 1;
    }
    return [
      item.title,
      dayText,
      lines.length ? `${done}/${lines.length}` : 'no lines',
      String(openSignOffs),
      String(overdue),
      String(blocked),
    ];
  });
  return [
    ...out,
    table(['Launch', 'T-0', 'Done', 'Open sign-offs', 'Overdue', 'Blocked'], rows, [
      null,
      null,
      'right',
      'right',
      'right',
      'right',
    ]),
  ];
}

/** Launches at or near the gate (its day within a week, or past) without a Go standing. */
export function decisionsNeeded(input: PortfolioInput): RootContent[] {
  const { ws, today } = input;
  const settings = settingsOf(ws);
  const until = addDays(today, DECISION_WINDOW_DAYS);
  const out: RootContent[] = [heading(2, 'Decisions needed this week')];
  const needed: Inline[][] = [];
  const pastGate = new Set(
    settings.stages.filter((st) => isAtOrAfterGate(settings, st.id)).map((st) => st.id),
  );
  for (const item of input.launches) {
    if (pastGate.has(item.stageId)) continue;
    const standing = rowIn(input, item).decision;
    if (standing && standing.outcome !== 'no-go') continue;
    const gate = gateOf(ws, item);
    const due = standing?.reevaluateOn ?? gate?.day ?? null;
    if (due === null || due > until) continue;
    const approvers = item.approverIds.map((id) => personName(ws, id));
    needed.push([
      strong(item.title),
      ` — go/no-go by ${dayWords(due)}${due < today ? ' (overdue)' : ''}; `,
      ...(standing ? ['No-go stands: ', ...decisionWords(standing)] : ['no decision yet']),
      '; from ',
      approvers.length ? listWords(approvers) : `${personName(ws, item.ownerId)} (no approvers named)`,
    ]);
  }
  if (!needed.length) return [...out, paragraph('No go/no-go decision is due this week.')];
  return [...out, bullets(needed)];
}
