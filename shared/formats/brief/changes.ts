/**
 * "What changed since the last brief": the facts the last brief of the same scope showed
 * (its record's snapshot) against the facts now. Date moves, stage and health changes,
 * readiness lines completed, newly blocked, added or removed, decisions recorded, collisions
 * new or resolved, launches that joined or left a portfolio. The most telling first: health, then dates and
 * decisions, then the rest; within a kind, in the brief's launch order.
 */
import { daysBetween, type Day } from '../../dates/days';
import type { BriefCollisionKey, BriefFacts, BriefLaunchFacts } from '../../domain/briefs/schema';
import type { Collision } from '../../domain/items/collisions';
import { DECISION_LABELS } from '../../domain/decisions/schema';
import type { LaunchItem } from '../../domain/items/schema';
import { HEALTH_LABELS } from '../../domain/primitives';
import { dueDay, isClosed } from '../../domain/readiness/rules';
import { countOf } from '../../domain/text';
import { recordOf, type Workspace } from '../../domain/workspace';
import { keyText } from './facts';
import { strong, type Inline } from './markdown';
import { dayWords, functionNames, stageName } from './words';

export interface BriefChangeLine {
  parts: Inline[];
}

/** Kinds of change, the most telling first. */
const WEIGHT = {
  health: 0,
  date: 1,
  decision: 2,
  blocked: 3,
  newCollision: 4,
  stage: 5,
  joined: 6,
  left: 6,
  completed: 7,
  reopened: 7,
  added: 7,
  resolved: 8,
} as const;

interface Found {
  weight: number;
  order: number;
  parts: Inline[];
}

const has = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

function dayMove(from: Day | null, to: Day | null): string {
  if (from && to) {
    const days = daysBetween(from, to);
    const how = days > 0 ? `${countOf(days, 'day')} later` : `${countOf(-days, 'day')} earlier`;
    return `launch day moved from ${dayWords(from)} to ${dayWords(to)} (${how})`;
  }
  return to ? `launch day set to ${dayWords(to)}` : `launch day removed (was ${dayWords(from!)})`;
}

/** Why a launch is no longer in a portfolio brief, in a few words. */
function whyLeft(ws: Workspace, id: string, range: { from: Day; to: Day } | null): string {
  const item = recordOf(ws.items, id);
  if (!item) return 'deleted';
  if (item.archived) return 'archived';
  if (range && item.launchDate && (item.launchDate < range.from || item.launchDate > range.to))
    return `launch day now ${dayWords(item.launchDate)}`;
  if (!item.launchDate) return 'no launch day now';
  return 'no longer matches the filters';
}

/** A collision that is gone, worded from its key and today's names. */
function resolvedWords(ws: Workspace, [kind, a, b]: BriefCollisionKey): string {
  const title = (id: string) => {
    const item = recordOf(ws.items, id);
    return item ? `“${item.title}”` : 'a deleted launch item';
  };
  switch (kind) {
    case 'blackout': {
      const blackout = recordOf(ws.blackouts, b);
      return `${title(a)} no longer launches inside ${blackout ? `“${blackout.title}”` : 'a deleted blackout window'}`;
    }
    case 'capacity':
      return `Tier-1 go-lives in ${a} in week ${b} are within capacity again`;
    case 'wave-order':
      return `${title(a)} no longer goes live before ${title(b)}`;
    case 'dependency':
      return `${title(a)} no longer starts before ${title(b)}, which it depends on, ends`;
  }
}

export interface CompareOptions {
  /** The collisions the brief shows now, by key (keyText). */
  collisions: ReadonlyMap<string, Collision>;
  /** Each item's place in the brief (its launch order). */
  order: ReadonlyMap<string, number>;
  /** The brief's day, to say a readiness line added since is overdue (left out: not said). */
  today?: Day;
  /** A portfolio's range, to say why a launch left it; null for a launch brief. */
  range: { from: Day; to: Day } | null;
  /** What a launch brief calls an item that joined it ("New in this launch"), or a portfolio. */
  joinedText: string;
  leftText: string;
}

/** Every change between `before` (the last brief's facts) and `now`, most telling first. */
export function compareFacts(
  ws: Workspace,
  before: BriefFacts,
  now: BriefFacts,
  options: CompareOptions,
): BriefChangeLine[] {
  const found: Found[] = [];
  const functions = functionNames(ws);
  const add = (weight: number, order: number, parts: Inline[]) => found.push({ weight, order, parts });
  const titled = (item: LaunchItem, ...rest: Inline[]): Inline[] => [strong(item.title), ': ', ...rest];

  for (const [id, current] of Object.entries(now.launches)) {
    const item = recordOf(ws.items, id);
    if (!item) continue;
    const order = options.order.get(id) ?? 0;
    const previous = has(before.launches, id);
    if (!previous) {
      add(WEIGHT.joined, order, [
        `${options.joinedText}: `,
        strong(item.title),
        item.launchDate ? `, launch day ${dayWords(item.launchDate)}` : '',
      ]);
      continue;
    }
    if (previous.h !== current.h)
      add(
        WEIGHT.health,
        order,
        titled(item, `now ${HEALTH_LABELS[current.h]} (was ${HEALTH_LABELS[previous.h]})`),
      );
    if (previous.d !== current.d) add(WEIGHT.date, order, titled(item, dayMove(previous.d, current.d)));
    if (previous.s !== current.s)
      add(
        WEIGHT.stage,
        order,
        titled(item, `moved from ${stageName(ws, previous.s)} to ${stageName(ws, current.s)}`),
      );
    decisionChanges(ws, previous, current, (parts) => add(WEIGHT.decision, order, titled(item, ...parts)));
    if (current.lines && previous.lines)
      lineChanges(
        ws,
        item,
        previous.lines,
        current.lines,
        { functions, today: options.today ?? null },
        order,
        add,
      );
    else countChanges(previous, current, (weight, text) => add(weight, order, titled(item, text)));
  }
  for (const id of Object.keys(before.launches)) {
    if (has(now.launches, id)) continue;
    const item = recordOf(ws.items, id);
    add(WEIGHT.left, options.order.get(id) ?? Number.MAX_SAFE_INTEGER, [
      `${options.leftText}: `,
      item ? strong(item.title) : 'a launch item',
      ` (${whyLeft(ws, id, options.range)})`,
    ]);
  }
  const known = new Set(before.collisions.map(keyText));
  for (const [key, c] of options.collisions)
    if (!known.has(key)) add(WEIGHT.newCollision, 0, ['New collision: ', c.message]);
  for (const key of before.collisions)
    if (!options.collisions.has(keyText(key)))
      add(WEIGHT.resolved, 0, ['Collision resolved: ', resolvedWords(ws, key)]);

  // Lines gone since: their record may be deleted too, so the snapshot's title is not at hand.
  for (const [id, current] of Object.entries(now.launches)) {
    const previous = has(before.launches, id);
    const item = recordOf(ws.items, id);
    if (!item || !previous?.lines || !current.lines) continue;
    const removed = Object.keys(previous.lines).filter((lineId) => !has(current.lines!, lineId));
    const order = options.order.get(id) ?? 0;
    let deleted = 0;
    for (const lineId of removed) {
      const line = recordOf(ws.readiness, lineId);
      if (!line) deleted += 1;
      else
        add(WEIGHT.added, order, [
          'Readiness ',
          strong(line.title),
          ` (${functions.get(line.functionId) ?? line.functionId}) removed`,
        ]);
    }
    if (deleted) add(WEIGHT.added, order, titled(item, `${countOf(deleted, 'readiness line')} removed`));
  }

  // Stable: equal weight and order keep the order found (launch order, then line order).
  return found
    .map((f, index) => ({ ...f, index }))
    .sort((a, b) => a.weight - b.weight || a.order - b.order || a.index - b.index)
    .map(({ parts }) => ({ parts }));
}

function decisionChanges(
  ws: Workspace,
  previous: BriefLaunchFacts,
  current: BriefLaunchFacts,
  say: (parts: Inline[]) => void,
): void {
  const known = new Set(previous.dec ?? []);
  const stillThere = new Set(current.dec ?? []);
  for (const id of current.dec ?? []) {
    if (known.has(id)) continue;
    const d = recordOf(ws.decisions, id);
    if (d) say([`${DECISION_LABELS[d.outcome]} decided on ${dayWords(d.decidedOn)} by `, d.decidedBy]);
  }
  const withdrawn = [...known].filter((id) => !stillThere.has(id)).length;
  if (withdrawn) say([`${countOf(withdrawn, 'go/no-go decision')} deleted`]);
}

function lineChanges(
  ws: Workspace,
  item: LaunchItem,
  before: Readonly<Record<string, string>>,
  now: Readonly<Record<string, string>>,
  { functions, today }: { functions: ReadonlyMap<string, string>; today: Day | null },
  order: number,
  add: (weight: number, order: number, parts: Inline[]) => void,
): void {
  const closed = (status: string | undefined) => status === 'done' || status === 'not-needed';
  for (const [id, status] of Object.entries(now)) {
    const was = has(before, id);
    const line = recordOf(ws.readiness, id);
    if (!line || was === status) continue;
    const name: Inline[] = [
      'Readiness ',
      strong(line.title),
      ` (${functions.get(line.functionId) ?? line.functionId})`,
    ];
    if (was === undefined) {
      const due = dueDay(line, item);
      const overdue = today !== null && !isClosed(line) && due !== null && due < today;
      const state = [status === 'blocked' ? 'blocked' : '', overdue ? 'overdue' : ''].filter(Boolean);
      add(status === 'blocked' || overdue ? WEIGHT.blocked : WEIGHT.added, order, [
        ...name,
        ` added${state.map((s) => `, ${s}`).join('')}`,
      ]);
      continue;
    }
    if (closed(status) && !closed(was))
      add(WEIGHT.completed, order, [...name, status === 'done' ? ' completed' : ' marked not needed']);
    else if (status === 'blocked') add(WEIGHT.blocked, order, [...name, ' newly blocked']);
    else if (closed(was)) add(WEIGHT.reopened, order, [...name, ' reopened']);
  }
}

function countChanges(
  previous: BriefLaunchFacts,
  current: BriefLaunchFacts,
  say: (weight: number, text: string) => void,
): void {
  const [doneBefore, , blockedBefore] = previous.r;
  const [done, total, blocked] = current.r;
  if (done > doneBefore)
    say(
      WEIGHT.completed,
      `${countOf(done - doneBefore, 'readiness item')} completed (${done} of ${total} done)`,
    );
  if (blocked > blockedBefore)
    say(
      WEIGHT.blocked,
      `${countOf(blocked - blockedBefore, 'more readiness item', 'more readiness items')} blocked (${blocked} blocked now)`,
    );
}
