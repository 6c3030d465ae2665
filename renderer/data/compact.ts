/**
 * Folds recent records (layout.ts) into the pages, in one transaction, so the recent store
 * stays small and a load reads a few dozen pages rather than thousands of rows. Safe with
 * several windows: it reads the recent records inside the same transaction that writes the
 * pages and removes them, and IndexedDB runs overlapping write transactions one at a time.
 * Interrupted, it changes nothing.
 */
import type { LaunchControlDb } from './db';
import { PAGES_STORE, RECENT_STORE, foldIntoPages, opOfRecent, type RecentRecord } from './layout';
import { readwrite, settle } from './native';
import { COMPACT_AT } from './persist';

/** Folds every recent record into its page; resolves with how many were folded. */
export function compactRecent(db: LaunchControlDb): Promise<number> {
  if (!db.isOpen()) return Promise.resolve(0);
  const tx = readwrite(db.backendDB(), [PAGES_STORE, RECENT_STORE]);
  let folded = 0;
  const done = settle(
    tx,
    (fail) => {
      const recent = tx.objectStore(RECENT_STORE);
      const all = recent.getAll();
      all.onsuccess = () => {
        const rows = all.result as RecentRecord[];
        for (const r of rows) recent.delete(r.key);
        folded = rows.length;
        foldIntoPages(tx.objectStore(PAGES_STORE), rows.map(opOfRecent), fail);
      };
    },
    'compaction was interrupted',
  );
  return done.then(() => folded);
}

/** Compacts when the recent store has grown past COMPACT_AT records. */
export async function compactIfLarge(db: LaunchControlDb): Promise<void> {
  if (!db.isOpen()) return;
  if ((await db.table(RECENT_STORE).count()) > COMPACT_AT) await compactRecent(db);
}
