/** Readiness grouped by launch item (the checklist of one item, the gate, the board and the list). */
import type { ReadinessItem } from '../domain/readiness/schema';
import type { Workspace } from '../domain/workspace';

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
