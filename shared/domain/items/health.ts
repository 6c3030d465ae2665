/**
 * Readiness progress and health, derived from readiness items and never stored. Rules:
 * - a manual override wins (with its reason);
 * - off track: a blocked required sign-off, or open required sign-offs with launch under a week away
 *   (or past);
 * - at risk: anything blocked or overdue;
 * - otherwise on track.
 */
import { daysBetween, type Day } from '../../dates/days';
import type { Health } from '../primitives';
import { dueDay, isClosed } from '../readiness/rules';
import type { ReadinessItem } from '../readiness/schema';
import { countOf } from '../text';
import type { LaunchItem } from './schema';

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
