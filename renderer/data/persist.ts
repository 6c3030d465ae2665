/**
 * Writes a Change in one IndexedDB transaction: all of its puts and deletes land, or none do.
 * It reads the pages the change touches (layout.ts), applies the ops and writes them back.
 *
 * This one path talks to IndexedDB directly rather than through Dexie: Dexie starts a
 * transaction a few microtasks later, after React has rendered the change (20–40 ms with
 * 10,000 items), while a native transaction issued here reads and writes on the database's
 * own thread during that render. Dexie still owns the schema, migrations and reads.
 */
import type { Change, Op } from '../../shared/domain/change';
import type { LaunchControlDb } from './db';
import { PAGES_STORE, applyToPage, opsByPage, type Page } from './layout';

export async function persistChange(db: LaunchControlDb, change: Change): Promise<void> {
  if (change.ops.length === 0) return;
  // Never reopened from here: a database closed because another window upgraded it must not
  // receive this version's format.
  if (!db.isOpen()) throw new Error('the workspace database is closed; reload the window');
  // Synchronous up to here: the transaction starts before React renders the change.
  await writePages(db.backendDB(), opsByPage(change.ops));
}

function writePages(idb: IDBDatabase, byPage: Map<string, Op[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    // Strict durability: reported saved only once it is on disk.
    const tx = idb.transaction([PAGES_STORE], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(PAGES_STORE);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('the save was interrupted'));
    for (const [key, ops] of byPage) {
      const read = store.get(key);
      read.onsuccess = () => {
        try {
          const page = applyToPage(key, read.result as Page | undefined, ops);
          if (page) store.put(page);
          else if (read.result) store.delete(key);
        } catch (error) {
          // Nothing of the change is kept: aborting undoes the pages already written.
          failure ??= error;
          try {
            tx.abort();
          } catch {
            // Already aborting: onabort reports it.
          }
        }
      };
    }
  });
}
