/**
 * What each person is named on: the launch items they own (DRI) and approve, and the readiness
 * lines they own. The People view shows the counts, and removing a person reads the same lists
 * to hand their work over, so what the view promises is what the removal reassigns. Built once
 * per version of the items and readiness tables (memo.ts); the lists are shared: read only.
 */
import type { LaunchItem } from '../domain/items/schema';
import type { ReadinessItem } from '../domain/readiness/schema';
import { groupBy, itemsByOwner, NONE, pushTo } from './indexes';
import { memoByTables, type TablesOf } from './memo';

/** Person id → the readiness lines they own, archived items' lines included, in no order. */
export const readinessByOwner = memoByTables(
  ['readiness'],
  (ws): ReadonlyMap<string, readonly ReadinessItem[]> =>
    groupBy(Object.values(ws.readiness), (r) => r.ownerId),
);

/** Person id → the launch items they are an approver of, archived ones included, in no order. */
export const itemsByApprover = memoByTables(['items'], (ws): ReadonlyMap<string, readonly LaunchItem[]> => {
  const byApprover = new Map<string, LaunchItem[]>();
  for (const item of Object.values(ws.items))
    for (const approver of new Set(item.approverIds)) pushTo(byApprover, approver, item);
  return byApprover;
});

/** Everything one person is named on. */
export interface PersonWork {
  owns: readonly LaunchItem[];
  approves: readonly LaunchItem[];
  readiness: readonly ReadinessItem[];
}

export function workOf(ws: TablesOf<'items' | 'readiness'>, personId: string): PersonWork {
  return {
    owns: itemsByOwner(ws).get(personId) ?? NONE,
    approves: itemsByApprover(ws).get(personId) ?? NONE,
    readiness: readinessByOwner(ws).get(personId) ?? NONE,
  };
}

/** True when the person is named on nothing: removing them needs no hand-over. */
export function hasNoWork(work: PersonWork): boolean {
  return work.owns.length === 0 && work.approves.length === 0 && work.readiness.length === 0;
}
