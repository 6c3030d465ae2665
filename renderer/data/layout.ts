/**
 * How the workspace's tables are laid out in IndexedDB. Every table is one Dexie store of
 * records by id, except readiness items: they are stored grouped, one row per launch item
 * ({ itemId, items: [...] }). IndexedDB's cost is per row — reading 100,000 readiness rows
 * took 1.5 s in Chromium, the same data in 10,000 rows a fraction of that — and a launch
 * item's checklist is read and edited together anyway. The rest of the app never sees this:
 * it reads and writes plain tables through readWorkspace() and writeOps().
 */
import type Dexie from 'dexie';
import type { Op } from '../../shared/domain/change';
import type { ReadinessItem } from '../../shared/domain/records';
import { TABLES, emptyTables, type TableName, type Workspace } from '../../shared/domain/workspace';

export const READINESS_STORE = 'readinessByItem';

export interface ReadinessGroup {
  itemId: string;
  items: ReadinessItem[];
}

/** Dexie store names, for opening a transaction over the tables some ops touch. */
export function storesFor(tables: Iterable<TableName>): string[] {
  return [...new Set([...tables].map((t) => (t === 'readiness' ? READINESS_STORE : t)))];
}

export const ALL_STORES = storesFor(TABLES);

/** Reads every table, in one read transaction, all stores in parallel. */
export async function readWorkspace(db: Dexie): Promise<Workspace> {
  const workspace = emptyTables();
  const present = new Set(db.tables.map((t) => t.name));
  const stores = ALL_STORES.filter((name) => present.has(name));
  const contents = await db.transaction('r', stores, () =>
    Promise.all(stores.map((name) => db.table(name).toArray())),
  );
  stores.forEach((store, index) => {
    const rows = contents[index]!;
    if (store === READINESS_STORE) {
      for (const group of rows as ReadinessGroup[])
        for (const r of group.items) workspace.readiness[r.id] = r;
      return;
    }
    const map = workspace[store as TableName] as Record<string, unknown>;
    for (const record of rows) map[(record as { id: string }).id] = record;
  });
  return workspace;
}

/** Writes ops inside the caller's read-write transaction over storesFor(their tables). */
export async function writeOps(db: Dexie, ops: readonly Op[]): Promise<void> {
  const puts = new Map<TableName, unknown[]>();
  const deletes = new Map<TableName, string[]>();
  const readinessOps: Op[] = [];
  for (const op of ops) {
    if (op.table === 'readiness') readinessOps.push(op);
    else if (op.after === null)
      (deletes.get(op.table) ?? deletes.set(op.table, []).get(op.table)!).push(op.id);
    else (puts.get(op.table) ?? puts.set(op.table, []).get(op.table)!).push(op.after);
  }
  for (const [table, records] of puts) await db.table(table).bulkPut(records);
  for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
  if (readinessOps.length) await writeReadiness(db, readinessOps);
}

/** Read-modify-write of the groups the ops touch (an item can move between groups). */
async function writeReadiness(db: Dexie, ops: Op[]): Promise<void> {
  const store = db.table<ReadinessGroup, string>(READINESS_STORE);
  const itemIds = new Set<string>();
  for (const op of ops) {
    if (op.before) itemIds.add((op.before as ReadinessItem).itemId);
    if (op.after) itemIds.add((op.after as ReadinessItem).itemId);
  }
  const keys = [...itemIds];
  const existing = await store.bulkGet(keys);
  const groups = new Map(
    keys.map((key, i) => [key, new Map((existing[i]?.items ?? []).map((r) => [r.id, r]))]),
  );
  for (const op of ops) {
    if (op.before) groups.get((op.before as ReadinessItem).itemId)!.delete(op.id);
    if (op.after) groups.get((op.after as ReadinessItem).itemId)!.set(op.id, op.after as ReadinessItem);
  }
  const keep: ReadinessGroup[] = [];
  const drop: string[] = [];
  for (const [itemId, items] of groups)
    if (items.size) keep.push({ itemId, items: [...items.values()] });
    else drop.push(itemId);
  if (keep.length) await store.bulkPut(keep);
  if (drop.length) await store.bulkDelete(drop);
}
