/**
 * Readiness progress and health, derived from readiness items and never stored. Rules:
 * - a manual override wins (with its reason);
 * - off track: a blocked required sign-off, or open required sign-offs with launch under a week away
 *   (or past);
 * - at risk: anything blocked or overdue;
 * - otherwise on track.
 */
import { daysBetween, dayFromOffset, type Day } from '../dates/days';
import type { LaunchItem } from './launch-item';
import type { Health } from './primitives';
import type { ReadinessItem } from './records';
import { countOf } from './text';
import type { Workspace } from './workspace';

export interface Progress {
  done: number;
  total: number;
}

const CLOSED = new Set(['done', 'not-needed']);

export function isClosed(r: ReadinessItem): boolean {
  return CLOSED.has(r.status);
}

/** The day a readiness item is due, or null when it has no due date or no launch date. */
export function dueDay(r: ReadinessItem, item: LaunchItem): Day | null {
  if (!r.due) return null;
  if (r.due.type === 'date') return r.due.date;
  return item.launchDate ? dayFromOffset(item.launchDate, r.due.days) : null;
}

const grouped = new WeakMap<Workspace['readiness'], Map<string, ReadinessItem[]>>();
const NONE: readonly ReadinessItem[] = [];

/**
 * Readiness items grouped by launch item id. Computed once per version of the readiness table
 * (a Change keeps a table's identity unless it touches it), so the gate, the board and the
 * list can ask for one item's checklist without scanning 100,000 readiness items each time.
 * The lists are shared: read them, never change them.
 */
export function readinessByItem(ws: Workspace): ReadonlyMap<string, readonly ReadinessItem[]> {
  let byItem = grouped.get(ws.readiness);
  if (!byItem) {
    byItem = new Map();
    for (const r of Object.values(ws.readiness)) {
      const list = byItem.get(r.itemId);
      if (list) list.push(r);
      else byItem.set(r.itemId, [r]);
    }
    grouped.set(ws.readiness, byItem);
  }
  return byItem;
}

/** One launch item's readiness items. */
export function readinessOf(ws: Workspace, itemId: string): readonly ReadinessItem[] {
  return readinessByItem(ws).get(itemId) ?? NONE;
}

export function progressOf(readiness: readonly ReadinessItem[]): Progress {
  // "Not needed" counts as done: it is a decision, not a gap.
  return { done: readiness.filter(isClosed).length, total: readiness.length };
}

export interface HealthResult {
  health: Health;
  reasons: string[];
  overridden: boolean;
}

export function healthOf(item: LaunchItem, readiness: readonly ReadinessItem[], today: Day): HealthResult {
  if (item.healthOverride)
    return { health: item.healthOverride.health, reasons: [item.healthOverride.reason], overridden: true };
  const open = readiness.filter((r) => !isClosed(r));
  const blocked = open.filter((r) => r.status === 'blocked');
  const overdue = open.filter((r) => {
    const due = dueDay(r, item);
    return due !== null && due < today;
  });
  const openSignOffs = open.filter((r) => r.requiredSignOff);
  const launchSoon = item.launchDate !== null && daysBetween(today, item.launchDate) < 7;
  const reasons: string[] = [];
  if (blocked.length) reasons.push(`${blocked.length} blocked`);
  if (overdue.length) reasons.push(`${overdue.length} overdue`);
  const signOffsLate = launchSoon && openSignOffs.length > 0;
  if (signOffsLate)
    reasons.push(`${countOf(openSignOffs.length, 'required sign-off')} open with launch under a week away`);
  if (signOffsLate || blocked.some((r) => r.requiredSignOff))
    return { health: 'off-track', reasons, overridden: false };
  if (reasons.length) return { health: 'at-risk', reasons, overridden: false };
  return { health: 'on-track', reasons: [], overridden: false };
}
