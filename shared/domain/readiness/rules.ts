/** Rules that judge readiness items: closed or open, when one is due, and progress. */
import { dayFromOffset, type Day } from '../../dates/days';
import type { LaunchItem } from '../items/schema';
import type { ReadinessItem } from './schema';

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

/** Required sign-offs not yet done (or marked not needed): what the gate and health look at. */
export function openSignOffsOf(readiness: readonly ReadinessItem[]): ReadinessItem[] {
  return readiness.filter((r) => r.requiredSignOff && !isClosed(r));
}

export function progressOf(readiness: readonly ReadinessItem[]): Progress {
  // "Not needed" counts as done: it is a decision, not a gap.
  return { done: readiness.filter(isClosed).length, total: readiness.length };
}
