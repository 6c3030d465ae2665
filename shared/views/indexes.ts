/**
 * Indexes of the workspace by the references records hold: an item's children, a person's
 * items, an item's milestones and decisions. Each is built once per version of the table it
 * reads (memo.ts), so asking for one item's children or decisions is a lookup, not a scan.
 * The lists are shared: read them, never change them.
 */
import type { BlackoutWindow } from '../domain/blackouts/schema';
import type { Decision } from '../domain/decisions/schema';
import type { LaunchItem } from '../domain/items/schema';
import type { Milestone } from '../domain/milestones/schema';
import type { Person } from '../domain/people/schema';
import { memoByTables } from './memo';

/** Adds `value` to the list under `key`, creating the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records grouped by a key each names (null: in no group). */
export function groupBy<V, K>(values: Iterable<V>, keyOf: (value: V) => K | null): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key !== null) pushTo(groups, key, value);
  }
  return groups;
}

export const NONE: readonly never[] = Object.freeze([]);

/**
 * A table's records in storage order (the order of Object.values). A table is a prototype-free
 * object with thousands of keys, which V8 keeps as a dictionary: Object.values on one of
 * 10,000 items took ~5 ms, a for-in loop about half of that.
 */
export function recordsIn<V>(table: Readonly<Record<string, V>>): V[] {
  const list: V[] = [];
  for (const id in table) list.push(table[id]!);
  return list;
}

/** Every launch item (archived ones too) in storage order, once per version of the items. */
export const itemList = memoByTables(['items'], (ws): readonly LaunchItem[] => recordsIn(ws.items));

/** Parent item id → its children (betas, rollouts), archived ones included, in no order. */
export const childrenByParent = memoByTables(['items'], (ws): ReadonlyMap<string, readonly LaunchItem[]> =>
  groupBy(itemList(ws), (item) => item.parentId),
);

/** Item id → the launch items that depend on it, archived ones included, in no order. */
export const dependantsByItem = memoByTables(['items'], (ws): ReadonlyMap<string, readonly LaunchItem[]> => {
  const byItem = new Map<string, LaunchItem[]>();
  for (const item of itemList(ws)) for (const dep of new Set(item.dependsOn)) pushTo(byItem, dep, item);
  return byItem;
});

/** Person id → the launch items they own (as DRI), archived ones included, in no order. */
export const itemsByOwner = memoByTables(['items'], (ws): ReadonlyMap<string, readonly LaunchItem[]> =>
  groupBy(itemList(ws), (item) => item.ownerId),
);

/** Everyone in People, by name (the owner pickers and filters). */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export const peopleByName = memoByTables(['people'], (ws): readonly Person[] =>
  Object.values(ws.people).sort((a, b) => byName.compare(a.name, b.name)),
);

/** Every blackout window, the earliest first (the timeline's bands, the blackouts dialog). */
export const blackoutsByStart = memoByTables(['blackouts'], (ws): readonly BlackoutWindow[] =>
  Object.values(ws.blackouts).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
);

/** Launch item id → its milestones, in no order. */
export const milestonesByItem = memoByTables(
  ['milestones'],
  (ws): ReadonlyMap<string, readonly Milestone[]> => groupBy(Object.values(ws.milestones), (m) => m.itemId),
);

/** True when decision a was taken after b: by decision day, then by when it was recorded. */
export function isLaterDecision(a: Decision, b: Decision): boolean {
  if (a.decidedOn !== b.decidedOn) return a.decidedOn > b.decidedOn;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt > b.recordedAt;
  return a.id > b.id;
}

/** Launch item id → its go/no-go decisions, the latest first. */
export const decisionsByItem = memoByTables(['decisions'], (ws): ReadonlyMap<string, readonly Decision[]> => {
  const byItem = groupBy(Object.values(ws.decisions), (d) => d.itemId);
  for (const list of byItem.values())
    list.sort((a, b) => (isLaterDecision(a, b) ? -1 : isLaterDecision(b, a) ? 1 : 0));
  return byItem;
});
