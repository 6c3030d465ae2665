/**
 * The My work read model: every open readiness line of every launch item that is not archived,
 * by owner, with its due day worked out (a T-offset from the item's launch date), overdue
 * first, then by due day (undated last). Built once per version of the items and readiness
 * tables and per day (memo.ts), so the view can switch people without scanning 100,000 lines.
 * The lists are shared: read, never change.
 */
import { compareDays, daysBetween, isDay, type Day } from '../dates/days';
import type { LaunchItem } from '../domain/items/schema';
import { dueDay, isClosed } from '../domain/readiness/rules';
import type { ReadinessItem } from '../domain/readiness/schema';
import { byRank } from '../domain/ranks';
import { recordOf } from '../domain/workspace';
import { NONE } from './indexes';
import { memoByTables } from './memo';

export interface WorkLine {
  readiness: ReadinessItem;
  item: LaunchItem;
  /** The day it is due, or null (no due date, or a T-offset while the item has no launch date). */
  dueDay: Day | null;
  /** Due before today. */
  overdue: boolean;
  /** Days from today to the due day (negative when overdue), or null. */
  daysLeft: number | null;
}

export interface MyWork {
  /** Owner id → that person's open lines, sorted. Unassigned lines are under UNASSIGNED. */
  byOwner: ReadonlyMap<string, readonly WorkLine[]>;
  /** Every open line, sorted the same way. */
  all: readonly WorkLine[];
}

/** The key of the lines nobody owns. */
export const UNASSIGNED = '';

/** Overdue first (they are the earliest), then by due day, undated last; then launch, then checklist order. */
function byUrgency(a: WorkLine, b: WorkLine): number {
  if (a.dueDay !== b.dueDay) {
    if (a.dueDay === null) return 1;
    if (b.dueDay === null) return -1;
    return compareDays(a.dueDay, b.dueDay);
  }
  if (a.item.id !== b.item.id) {
    const at = a.item.launchDate ?? '~';
    const bt = b.item.launchDate ?? '~';
    if (at !== bt) return at < bt ? -1 : 1;
    if (a.item.title !== b.item.title) return a.item.title < b.item.title ? -1 : 1;
    return a.item.id < b.item.id ? -1 : 1;
  }
  if (a.readiness.functionId !== b.readiness.functionId)
    return a.readiness.functionId < b.readiness.functionId ? -1 : 1;
  return byRank(a.readiness, b.readiness);
}

export const myWork = memoByTables(['items', 'readiness'], (ws, today: Day): MyWork => {
  const all: WorkLine[] = [];
  for (const r of Object.values(ws.readiness)) {
    if (isClosed(r)) continue;
    const item = recordOf(ws.items, r.itemId);
    if (!item || item.archived) continue;
    const day = safeDueDay(r, item);
    const daysLeft = day === null ? null : daysBetween(today, day);
    all.push({ readiness: r, item, dueDay: day, overdue: daysLeft !== null && daysLeft < 0, daysLeft });
  }
  all.sort(byUrgency);
  const byOwner = new Map<string, WorkLine[]>();
  for (const line of all) {
    const key = line.readiness.ownerId ?? UNASSIGNED;
    let list = byOwner.get(key);
    if (!list) byOwner.set(key, (list = []));
    list.push(line);
  }
  return { byOwner, all };
});

/** The due day; a day stored before the day rules existed (not a calendar day) counts as undated. */
function safeDueDay(r: ReadinessItem, item: LaunchItem): Day | null {
  try {
    const day = dueDay(r, item);
    return day !== null && isDay(day) ? day : null;
  } catch {
    return null;
  }
}

/** One person's open lines (UNASSIGNED: nobody's), sorted. */
export function openLinesOf(
  ws: Parameters<typeof myWork>[0],
  today: Day,
  ownerId: string,
): readonly WorkLine[] {
  return myWork(ws, today).byOwner.get(ownerId) ?? NONE;
}
