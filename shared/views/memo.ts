/**
 * The one caching scheme of the read models: a result is kept per version of the tables it
 * reads. A Change keeps a table's object identity unless it touches that table (applyChange
 * copies only the tables it writes), so "the same tables" is "the same table objects": the
 * results are kept in a chain of WeakMaps keyed on them, one level per table read, and are
 * dropped with the tables they were computed from.
 *
 * Extra arguments (today, a grouping, a set of collapsed groups) are compared by value with
 * Object.is, which for an object is its identity; the last few argument lists are kept per
 * version of the tables, so views that alternate (two groupings, two days) do not thrash.
 *
 * The compute function is handed only the tables it declared (by type), so it cannot quietly
 * read one more and go stale when that one changes. Results are shared: read them, never
 * change them.
 */
import type { TableName, Workspace } from '../domain/workspace';

/** The part of the workspace a read model reads. */
export type TablesOf<T extends TableName> = Pick<Workspace, T>;

interface Entry<A extends unknown[], R> {
  args: A;
  result: R;
}
interface Node<A extends unknown[], R> {
  next?: WeakMap<object, Node<A, R>>;
  entries?: Entry<A, R>[];
}

/** Argument lists kept per version of the tables; the oldest is dropped first. */
const KEPT = 4;

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * `compute` memoised per version of `tables` (and by value of its extra arguments). The
 * returned function takes any workspace (or part of one) that has those tables.
 */
export function memoByTables<T extends TableName, A extends unknown[], R>(
  tables: readonly T[],
  compute: (ws: TablesOf<T>, ...args: A) => R,
): (ws: TablesOf<T>, ...args: A) => R {
  if (tables.length === 0) throw new Error('memoByTables needs at least one table');
  const root: Node<A, R> = {};
  return (ws, ...args) => {
    let node = root;
    for (const table of tables) {
      const key = ws[table] as object;
      node.next ??= new WeakMap();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    const entries = (node.entries ??= []);
    const hit = entries.find((entry) => sameArgs(entry.args, args));
    if (hit) return hit.result;
    const result = compute(ws, ...args);
    entries.push({ args, result });
    if (entries.length > KEPT) entries.shift();
    return result;
  };
}
