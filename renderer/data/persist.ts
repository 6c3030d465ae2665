/**
 * Writes a Change in one IndexedDB transaction: all of its puts and deletes land, or none do.
 *
 * A small change (an edit, a move, an undo) writes each record it touches whole to the recent
 * store (layout.ts). Nothing is read first, so every request is issued here, synchronously,
 * and the transaction is told to commit: it lands even if the window closes or reloads a
 * moment later. A large change (an import, undoing one, a stage removal that moves thousands
 * of items) is written the same way, as one journal entry, and the recent rows of its records
 * are deleted; once that has landed it is folded into the pages (compact.ts), a step that may
 * be interrupted without losing anything.
 *
 * This path talks to IndexedDB directly rather than through Dexie: Dexie starts a transaction
 * a few microtasks later, after React has rendered the change (20–40 ms with 10,000 items).
 * Dexie still owns the schema, migrations and reads.
 */
import type { ActivityEntry } from '../../shared/domain/activity';
import type { Change, Op } from '../../shared/domain/change';
import { ACTIVITY_STORE, addActivity } from './activity';
import type { LaunchControlDb } from './db';
import { JOURNAL_STORE, RECENT_STORE, checkIds, pageCheck, recentKey, type RecentRecord } from './layout';
import type { JournalRecord } from './read';
import { readwrite, settle } from './native';
import { StorageClosedError } from './storage-errors';

/** Changes up to this many ops go to the recent store one row per record; larger ones to the journal. */
export const DIRECT_LIMIT = 200;
/** Recent records beyond this are folded into the pages (compact.ts). */
export const COMPACT_AT = 500;

let directWrites = 0;
/** Called after direct writes pile up; startup connects it to compaction. */
let onManyWrites: (() => void) | null = null;
/** Called once a journal entry has landed, to fold it into the pages. */
let onJournalled: (() => void) | null = null;
export function whenManyWrites(callback: (() => void) | null): void {
  onManyWrites = callback;
}
export function whenJournalled(callback: (() => void) | null): void {
  onJournalled = callback;
}

/**
 * Saves a change, with its activity entry (shared/domain/activity.ts) in the same transaction
 * when it has one.
 */
export async function persistChange(
  db: LaunchControlDb,
  change: Change,
  activity: ActivityEntry | null = null,
): Promise<void> {
  if (change.ops.length === 0) return;
  // Never reopened from here: a database closed because another window upgraded it must not
  // receive this version's format. One closed after a failure is reopened by the storage watch.
  if (!db.isOpen()) throw new StorageClosedError();
  // Synchronous up to here: the transaction starts before React renders the change.
  const idb = db.backendDB();
  if (change.ops.length <= DIRECT_LIMIT) {
    await writeRecent(idb, change.ops, activity);
    directWrites += 1;
    if (directWrites % (COMPACT_AT / 2) === 0) onManyWrites?.();
  } else {
    await writeJournal(idb, change.ops, activity);
    onJournalled?.();
  }
}

/** The stores a write touches: the activity store only when there is an entry for it. */
const storesFor = (stores: string[], activity: ActivityEntry | null) =>
  activity ? [...stores, ACTIVITY_STORE] : stores;

function writeRecent(idb: IDBDatabase, ops: readonly Op[], activity: ActivityEntry | null): Promise<void> {
  checkIds(ops);
  const tx = readwrite(idb, storesFor([RECENT_STORE], activity));
  return settle(tx, () => {
    if (activity) addActivity(tx, activity);
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

/**
 * Up to this many records, a journal write deletes their recent rows blindly (no read, so the
 * transaction is complete the moment it is issued). A delete costs ~0.1 ms in Chromium even
 * for a key that is not there, so larger changes (imports of thousands of records: 111,000
 * blind deletes took 11.7 s) look up the few recent keys first, one read of a small store.
 */
export const BLIND_DELETE_LIMIT = 2000;

function writeJournal(idb: IDBDatabase, ops: readonly Op[], activity: ActivityEntry | null): Promise<void> {
  checkIds(ops);
  const records: JournalRecord[] = ops.map((op) => ({ table: op.table, id: op.id, record: op.after }));
  const text = JSON.stringify(records);
  const tx = readwrite(idb, storesFor([JOURNAL_STORE, RECENT_STORE], activity));
  return settle(tx, () => {
    if (activity) addActivity(tx, activity);
    // The key (seq) is assigned in write order: see JournalEntry. The records are the app's own,
    // so the entry carries its check (see Page.check).
    tx.objectStore(JOURNAL_STORE).add({ records: text, check: pageCheck(text) });
    // Older recent rows of these records would win over the entry when read: delete them.
    const recent = tx.objectStore(RECENT_STORE);
    if (ops.length <= BLIND_DELETE_LIMIT) {
      for (const op of ops) recent.delete(recentKey(op.table, op.id));
      tx.commit?.();
      return;
    }
    const keys = recent.getAllKeys();
    keys.onsuccess = () => {
      const touched = new Set(ops.map((op) => recentKey(op.table, op.id)));
      for (const key of keys.result as string[]) if (touched.has(key)) recent.delete(key);
      tx.commit?.();
    };
  });
}
