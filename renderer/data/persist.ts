/**
 * Writes a Change in one IndexedDB transaction: all of its puts and deletes land, or none do.
 *
 * A small change (an edit, a move, an undo) writes each record it touches whole to the recent
 * store (layout.ts). Nothing is read first, so every request is issued here, synchronously,
 * and the transaction is told to commit: it lands even if the window closes or reloads a
 * moment later. A large change (an import, a stage removal that moves thousands of items)
 * rewrites the pages it touches and clears those records from the recent store.
 *
 * This path talks to IndexedDB directly rather than through Dexie: Dexie starts a transaction
 * a few microtasks later, after React has rendered the change (20–40 ms with 10,000 items).
 * Dexie still owns the schema, migrations and reads.
 */
import type { Change, Op } from '../../shared/domain/change';
import type { LaunchControlDb } from './db';
import { PAGES_STORE, RECENT_STORE, checkIds, foldIntoPages, recentKey, type RecentRecord } from './layout';
import { readwrite, settle } from './native';

/** Changes up to this many ops go to the recent store; larger ones rewrite pages. */
export const DIRECT_LIMIT = 200;
/** Recent records beyond this are folded into the pages (compact.ts). */
export const COMPACT_AT = 500;

let directWrites = 0;
/** Called after direct writes pile up; startup connects it to compaction. */
let onManyWrites: (() => void) | null = null;
export function whenManyWrites(callback: (() => void) | null): void {
  onManyWrites = callback;
}

export async function persistChange(db: LaunchControlDb, change: Change): Promise<void> {
  if (change.ops.length === 0) return;
  // Never reopened from here: a database closed because another window upgraded it must not
  // receive this version's format.
  if (!db.isOpen()) throw new Error('the workspace database is closed; reload the window');
  // Synchronous up to here: the transaction starts before React renders the change.
  const idb = db.backendDB();
  if (change.ops.length <= DIRECT_LIMIT) {
    await writeRecent(idb, change.ops);
    directWrites += 1;
    if (directWrites % (COMPACT_AT / 2) === 0) onManyWrites?.();
  } else await writePages(idb, change.ops);
}

function writeRecent(idb: IDBDatabase, ops: readonly Op[]): Promise<void> {
  checkIds(ops);
  const tx = readwrite(idb, [RECENT_STORE]);
  return settle(tx, () => {
    const store = tx.objectStore(RECENT_STORE);
    for (const op of ops) {
      const row: RecentRecord = {
        key: recentKey(op.table, op.id),
        table: op.table,
        id: op.id,
        record: op.after === null ? null : JSON.stringify(op.after),
      };
      store.put(row);
    }
    // Everything is issued: commit now rather than when this task ends.
    tx.commit?.();
  });
}

function writePages(idb: IDBDatabase, ops: readonly Op[]): Promise<void> {
  checkIds(ops);
  const tx = readwrite(idb, [PAGES_STORE, RECENT_STORE]);
  return settle(tx, (fail) => {
    // Recent rows of these records are now stale. There are few (compaction keeps it so), and
    // a change this large may touch 100,000 records: look up the few, don't delete blindly.
    const recent = tx.objectStore(RECENT_STORE);
    const keys = recent.getAllKeys();
    keys.onsuccess = () => {
      const touched = new Set(ops.map((op) => recentKey(op.table, op.id)));
      for (const key of keys.result as string[]) if (touched.has(key)) recent.delete(key);
    };
    foldIntoPages(tx.objectStore(PAGES_STORE), ops, fail);
  });
}
