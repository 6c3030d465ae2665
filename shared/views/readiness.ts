/**
 * Readiness read models: the checklist of one item (the gate, the board, the list) and the
 * readiness matrix (launch items × readiness functions). Each is built once per version of
 * the tables it reads (memo.ts), so the gate can ask for one item's checklist on every drag
 * move without scanning 100,000 readiness items. The lists are shared: read, never change.
 */
import { byRank } from '../domain/ranks';
import { isClosed, progressOf, type Progress } from '../domain/readiness/rules';
import type { LaunchItem } from '../domain/items/schema';
import type { ReadinessItem } from '../domain/readiness/schema';
import { settingsOf } from '../domain/workspace';
import { byBarStart } from '../domain/items/collisions';
import { groupBy, NONE } from './indexes';
import { memoByTables, type TablesOf } from './memo';

/** Launch item id → its readiness items, in no order. */
export const readinessByItem = memoByTables(
  ['readiness'],
  (ws): ReadonlyMap<string, readonly ReadinessItem[]> =>
    groupBy(Object.values(ws.readiness), (r) => r.itemId),
);

/** One launch item's readiness items, in no order. */
export function readinessOf(ws: TablesOf<'readiness'>, itemId: string): readonly ReadinessItem[] {
  return readinessByItem(ws).get(itemId) ?? NONE;
}

/** Launch item id → function id → that item's readiness items of the function, in rank order. */
export const readinessByItemAndFunction = memoByTables(
  ['readiness'],
  (ws): ReadonlyMap<string, ReadonlyMap<string, readonly ReadinessItem[]>> => {
    const byItem = new Map<string, Map<string, ReadinessItem[]>>();
    for (const [itemId, list] of readinessByItem(ws)) {
      const byFunction = groupBy(list, (r) => r.functionId);
      for (const items of byFunction.values()) items.sort(byRank);
      byItem.set(itemId, byFunction);
    }
    return byItem;
  },
);

/** One cell of the matrix: what one function has left to do for one launch item. */
export interface ReadinessCell {
  functionId: string;
  /** In rank order; empty when the function has nothing on the item's checklist. */
  items: readonly ReadinessItem[];
  progress: Progress;
  blocked: number;
  /** Required sign-offs not yet done (or marked not needed). */
  openSignOffs: number;
}

export interface ReadinessMatrixRow {
  item: LaunchItem;
  /** One per column, in the order of `functions`. */
  cells: readonly ReadinessCell[];
  progress: Progress;
}

export interface ReadinessMatrix {
  /** The columns: the workspace's functions in settings order, then any unknown function in use. */
  functions: readonly { id: string; name: string }[];
  /** Launch items that are not archived and have a checklist: earliest first, undated last. */
  rows: readonly ReadinessMatrixRow[];
}

function cellOf(functionId: string, items: readonly ReadinessItem[]): ReadinessCell {
  let blocked = 0;
  let openSignOffs = 0;
  for (const r of items) {
    if (r.status === 'blocked') blocked += 1;
    if (r.requiredSignOff && !isClosed(r)) openSignOffs += 1;
  }
  return { functionId, items, progress: progressOf(items), blocked, openSignOffs };
}

/** The readiness matrix: launch items × readiness functions. */
export const readinessMatrix = memoByTables(['items', 'readiness', 'settings'], (ws): ReadinessMatrix => {
  const grouped = readinessByItemAndFunction(ws);
  const functions = settingsOf(ws).functions.map(({ id, name }) => ({ id, name }));
  const known = new Set(functions.map((f) => f.id));
  for (const byFunction of grouped.values())
    for (const id of byFunction.keys())
      if (!known.has(id)) {
        known.add(id);
        functions.push({ id, name: id });
      }
  const items = Object.values(ws.items).filter((item) => !item.archived && grouped.has(item.id));
  const rows = items.sort(byBarStart).map((item) => {
    const byFunction = grouped.get(item.id)!;
    const cells = functions.map((f) => cellOf(f.id, byFunction.get(f.id) ?? NONE));
    return { item, cells, progress: progressOf(readinessOf(ws, item.id)) };
  });
  return { functions, rows };
});
