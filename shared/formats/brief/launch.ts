/**
 * The launch brief. The executive version fits one screen (about 250 words): header, one
 * status line (computed health, saying so where a manual override disagrees; the standing
 * decision; the decision needed, by when and from whom), key dates and waves, readiness by
 * function, what changed (at most five), the top three risks. The team version adds every
 * open line per function, dependencies, waves with their gate criteria, collisions, the
 * decision log, feedback and every change (launch-team.ts).
 */
import type { RootContent } from 'mdast';
import { addDays, type Day } from '../../dates/days';
import { DECISION_LABELS, type Decision } from '../../domain/decisions/schema';
import { isAtOrAfterGate, standingDecision, decisionsFor } from '../../domain/items/gate';
import { collisionReason } from '../../domain/items/health';
import type { LaunchItem } from '../../domain/items/schema';
import { HEALTH_LABELS } from '../../domain/primitives';
import { offsetLabel } from '../../domain/readiness/due';
import { dueDay, isClosed, openSignOffsOf } from '../../domain/readiness/rules';
import type { ReadinessItem } from '../../domain/readiness/schema';
import { countOf } from '../../domain/text';
import { settingsOf, type Workspace } from '../../domain/workspace';
import { blackoutsByStart, milestonesByItem, NONE } from '../../views/indexes';
import { rolloutOf } from '../../views/launch-page';
import type { LaunchRow } from '../../views/launch-rows';
import { readinessByItemAndFunction } from '../../views/readiness';
import { acknowledgedText, collisionsTouching, rowOf } from './facts';
import { bullets, heading, paragraph, strong, table, type Inline } from './markdown';
import { dayWords, functionNames, kindAndTier, launchDayWords, listWords, personName } from './words';

/** Days before T-0 in which a blackout window counts as a freeze in the run-up. */
export const RUN_UP_DAYS = 28;
/** Reasons shown beside the status before "and N more". */
const STATUS_REASONS = 1;

const GO_NO_GO = /go\s*[/-]?\s*no[\s-]*go/i;
const FREEZE = /\bfr(?:eeze|ozen)\b/i;

/** Plain code-unit order, for days and ids: the same on every machine. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything the launch brief's sections read, worked out once. */
export interface LaunchContext {
  ws: Workspace;
  item: LaunchItem;
  row: LaunchRow;
  today: Day;
  functions: ReadonlyMap<string, string>;
  /** The item's readiness lines by function, in settings order (unknown functions last). */
  byFunction: readonly { functionId: string; name: string; lines: readonly ReadinessItem[] }[];
  decisions: readonly Decision[];
  standing: Decision | null;
}

export function launchContext(ws: Workspace, item: LaunchItem, today: Day): LaunchContext {
  const functions = functionNames(ws);
  const grouped = readinessByItemAndFunction(ws).get(item.id) ?? new Map<string, readonly ReadinessItem[]>();
  const order = [...functions.keys(), ...[...grouped.keys()].filter((id) => !functions.has(id)).sort()];
  const byFunction = order
    .filter((id) => grouped.has(id))
    .map((functionId) => ({
      functionId,
      name: functions.get(functionId) ?? functionId,
      lines: grouped.get(functionId)!,
    }));
  const decisions = decisionsFor(ws, item.id);
  return {
    ws,
    item,
    row: rowOf(ws, item.id, today),
    today,
    functions,
    byFunction,
    decisions,
    standing: standingDecision(decisions, today),
  };
}

/** "T-14 (Thu 3 Dec 2026)", "Thu 3 Dec 2026", or "no due date". */
export function dueWords(r: ReadinessItem, item: LaunchItem): string {
  const day = dueDay(r, item);
  if (!r.due) return 'no due date';
  if (r.due.type === 'offset')
    return day ? `${offsetLabel(r.due.days)} (${dayWords(day)})` : offsetLabel(r.due.days);
  return dayWords(r.due.date);
}

export function isOverdue(r: ReadinessItem, item: LaunchItem, today: Day): boolean {
  const day = dueDay(r, item);
  return !isClosed(r) && day !== null && day < today;
}

/** The go/no-go gate's day: a milestone named go/no-go, else the launch day. */
export function gateOf(ws: Workspace, item: LaunchItem): { day: Day; what: string } | null {
  // Most items have no milestones: no lists made for them (a portfolio asks for thousands).
  const milestone = milestonesByItem(ws)
    .get(item.id)
    ?.filter((m) => GO_NO_GO.test(m.title))
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id))[0];
  if (milestone) return { day: milestone.date, what: milestone.title };
  return item.launchDate ? { day: item.launchDate, what: 'launch day' } : null;
}

export function decisionWords(d: Decision): Inline[] {
  const parts: Inline[] = [`${DECISION_LABELS[d.outcome]} (${dayWords(d.decidedOn)}, `, d.decidedBy, ')'];
  if (d.outcome === 'conditional-go' && d.conditions.trim()) parts.push(' on conditions: ', d.conditions);
  if (d.outcome === 'no-go' && d.reevaluateOn) parts.push(`; re-evaluate ${dayWords(d.reevaluateOn)}`);
  return parts;
}

export function header(ctx: LaunchContext, number: number, asOf: string): RootContent[] {
  const { item, today } = ctx;
  return [
    heading(1, `Launch brief — ${item.title}`),
    paragraph(
      `${kindAndTier(item)} · T-0 ${launchDayWords(item, today)} · ${ctx.row.stageName} · Brief #${number} · Data as of ${asOf}`,
    ),
  ];
}

/** Status, recommendation and the decision needed: the brief's one line that matters most. */
export function statusLine(ctx: LaunchContext): RootContent {
  const { health, computed } = ctx.row.health;
  const override = ctx.item.healthOverride;
  const status: Inline[] = [HEALTH_LABELS[computed.health]];
  if (override && override.health !== computed.health)
    status.push(` (computed; marked ${HEALTH_LABELS[health]} by hand: `, override.reason, ')');
  if (computed.reasons.length) {
    status.push(': ', computed.reasons.slice(0, STATUS_REASONS).join('; '));
    const more = computed.reasons.length - STATUS_REASONS;
    if (more > 0) status.push(` (and ${countOf(more, 'more reason')})`);
  }
  const recommendation = ctx.standing ? decisionWords(ctx.standing) : ['Not yet decided'];
  return paragraph(
    strong('Status:'),
    ' ',
    ...status,
    '. ',
    strong('Recommendation:'),
    ' ',
    ...recommendation,
    '. ',
    strong('Decision needed:'),
    ' ',
    ...decisionNeeded(ctx),
  );
}

function decisionNeeded(ctx: LaunchContext): Inline[] {
  const { item, ws, standing, today } = ctx;
  const settings = settingsOf(ws);
  if (isAtOrAfterGate(settings, item.stageId)) return [`none; already in ${ctx.row.stageName}.`];
  if (standing && standing.outcome !== 'no-go') return ['none; the gate is open.'];
  const approvers = item.approverIds.map((id) => personName(ws, id));
  const from = approvers.length
    ? listWords(approvers)
    : item.ownerId
      ? `${personName(ws, item.ownerId)} (no approvers named)`
      : 'no approver or owner named';
  if (standing?.outcome === 'no-go')
    return [
      `re-evaluate the No-go${standing.reevaluateOn ? ` by ${dayWords(standing.reevaluateOn)}` : ''}, from `,
      from,
      '.',
    ];
  const gate = gateOf(ctx.ws, ctx.item);
  const parts: Inline[] = ['Go/no-go'];
  if (gate) {
    parts.push(` by ${dayWords(gate.day)} (`, gate.day < today ? 'overdue, ' : '');
    // The gate's name is a milestone's title (user text) or "launch day".
    parts.push(gate.what, ')');
  }
  parts.push(', from ', from, '.');
  return parts;
}

/** Key dates: T-0, the gate, freezes (milestones and blackouts in the run-up), each wave. */
export function keyDates(ctx: LaunchContext, allMilestones: boolean): RootContent[] {
  const { ws, item, today } = ctx;
  const items: Inline[][] = [];
  items.push([`T-0: ${launchDayWords(item, today)}`]);
  const gate = gateOf(ctx.ws, ctx.item);
  if (gate && gate.what !== 'launch day') items.push(['Go/no-go: ', gate.what, `, ${dayWords(gate.day)}`]);
  const milestones = [...(milestonesByItem(ws).get(item.id) ?? NONE)].sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.title, b.title) || cmp(a.id, b.id),
  );
  for (const m of milestones) {
    if (GO_NO_GO.test(m.title)) continue;
    if (FREEZE.test(m.title)) items.push(['Freeze: ', m.title, `, ${dayWords(m.date)}`]);
    else if (allMilestones) items.push(['Milestone: ', m.title, `, ${dayWords(m.date)}`]);
  }
  if (item.launchDate) {
    const runUp = addDays(item.launchDate, -RUN_UP_DAYS);
    const windows = [...blackoutsByStart(ws)].sort(
      (a, b) => cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.id, b.id),
    );
    for (const b of windows) {
      if (b.end < runUp || b.start > item.launchDate) continue;
      const regions = b.regions.length ? b.regions.filter((r) => item.regions.includes(r)) : ['all regions'];
      if (!regions.length) continue;
      items.push([
        'Freeze: ',
        b.title,
        ` (${regions.join(', ')}), ${dayWords(b.start)} – ${dayWords(b.end)}`,
      ]);
    }
  }
  for (const { row } of rolloutOf(ws, item.id, today)) {
    if (row.item.kind !== 'rollout') continue;
    const where = row.item.regions.length ? row.item.regions.join(', ') : 'no region';
    items.push([`Wave ${where}: `, row.item.title, `, ${launchDayWords(row.item, today)}`]);
  }
  return [heading(2, 'Key dates'), bullets(items)];
}

/** The line most in the way for a function: blocked, else the most overdue (a line not yet due blocks nothing). */
function topBlocker(ctx: LaunchContext, lines: readonly ReadinessItem[]): Inline[] {
  const blocked = lines.find((r) => r.status === 'blocked');
  if (blocked) return [blocked.title, ' (blocked)'];
  const overdue = lines
    .filter((r) => isOverdue(r, ctx.item, ctx.today))
    .sort((a, b) => (dueDay(a, ctx.item)! < dueDay(b, ctx.item)! ? -1 : 1))[0];
  if (overdue) return [overdue.title, ` (overdue since ${dayWords(dueDay(overdue, ctx.item)!)})`];
  return ['—'];
}

function signOffWords(lines: readonly ReadinessItem[]): string {
  const required = lines.filter((r) => r.requiredSignOff);
  if (!required.length) return 'None required';
  const open = openSignOffsOf(required).length;
  return open === 0 ? 'Signed off' : `${open} of ${required.length} open`;
}

export function readinessByFunction(ctx: LaunchContext): RootContent[] {
  const title = heading(2, 'Readiness by function');
  if (!ctx.byFunction.length)
    return [title, paragraph('No readiness lines yet: apply a playbook or add lines on the launch page.')];
  const rows = ctx.byFunction.map(({ name, lines }) => {
    const done = lines.filter(isClosed).length;
    return [name, `${done}/${lines.length}`, signOffWords(lines), topBlocker(ctx, lines)];
  });
  return [title, table(['Function', 'Done', 'Sign-off', 'Top blocker'], rows, [null, 'right', null, null])];
}

/** Earlier due first, undated last ('yyyy-MM-dd' compares as text). */
function compareDue(a: Day | null, b: Day | null): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? 1 : -1;
  return a < b ? -1 : 1;
}

interface Risk {
  rank: number;
  due: Day | null;
  parts: Inline[];
}

/** Open lines blocked, overdue or awaiting sign-off, and collisions: the most pressing first. */
export function risks(ctx: LaunchContext): Inline[][] {
  const { ws, item, today } = ctx;
  const found: Risk[] = [];
  for (const { name, lines } of ctx.byFunction)
    for (const r of lines) {
      if (isClosed(r)) continue;
      const due = dueDay(r, item);
      const overdue = due !== null && due < today;
      const rank =
        r.status === 'blocked' ? (r.requiredSignOff ? 0 : 1) : overdue ? 2 : r.requiredSignOff ? 4 : -1;
      if (rank < 0) continue;
      const state = r.status === 'blocked' ? 'blocked' : overdue ? 'overdue' : 'sign-off open';
      found.push({
        rank,
        due,
        parts: [
          strong(r.title),
          ` (${name}, ${state}); owner `,
          personName(ws, r.ownerId),
          `, due ${dueWords(r, item)}`,
        ],
      });
    }
  for (const c of collisionsTouching(ws, [item]).values())
    found.push({
      rank: 3,
      due: item.launchDate,
      parts: [
        strong('Collision'),
        ': ',
        collisionReason(c, item.id, ws),
        '; owner ',
        personName(ws, item.ownerId),
        item.launchDate ? `, launch day ${dayWords(item.launchDate)}` : '',
        acknowledgedText(ws, c),
      ],
    });
  return found
    .map((risk, index) => ({ risk, index }))
    .sort((a, b) => a.risk.rank - b.risk.rank || compareDue(a.risk.due, b.risk.due) || a.index - b.index)
    .map(({ risk }) => risk.parts);
}

export function topRisks(ctx: LaunchContext, count: number): RootContent[] {
  const all = risks(ctx);
  const title = heading(2, count === Infinity ? 'Risks' : 'Top risks');
  if (!all.length)
    return [
      title,
      paragraph('No open risks: nothing blocked, overdue or awaiting sign-off, and no collisions.'),
    ];
  const shown = all.slice(0, count);
  const more = all.length - shown.length;
  return [
    title,
    bullets(shown),
    ...(more > 0 ? [paragraph(`And ${countOf(more, 'more risk')} in the team brief.`)] : []),
  ];
}
