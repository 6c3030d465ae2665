/**
 * Folds recent records (layout.ts) into the pages, in one transaction, so the recent store
 * stays small and a load reads a few dozen pages rather than thousands of rows. Safe with
 * several windows: it reads the recent records inside the same transaction that writes the
 * pages and removes them, and IndexedDB runs overlapping write transactions one at a time.
 * Interrupted, it changes nothing.
 */
import type { Op } from '../../shared/domain/change';
import type { LaunchControlDb } from './db';
import { PAGES_STORE, RECENT_STORE, applyToPage, pageKey, type Page, type RecentRecord } from './layout';
import { COMPACT_AT } from './persist';

/** Folds every recent record into its page; resolves with how many were folded. */
export function compactRecent(db: LaunchControlDb): Promise<number> {
  if (!db.isOpen()) return Promise.resolve(0);
  const tx = db.backendDB().transaction([PAGES_STORE, RECENT_STORE], 'readwrite', { durability: 'strict' });
  const recent = tx.objectStore(RECENT_STORE);
  const pages = tx.objectStore(PAGES_STORE);
  return new Promise((resolve, reject) => {
    let folded = 0;
    tx.oncomplete = () => resolve(folded);
    tx.onabort = () => reject(tx.error ?? new Error('compaction was interrupted'));
    const all = recent.getAll();
    all.onsuccess = () => {
      const byPage = new Map<string, Op[]>();
      for (const r of all.result as RecentRecord[]) {
        const op = {
          table: r.table,
          id: r.id,
          before: null,
          after: r.record === null ? null : JSON.parse(r.record),
        } as Op;
        const key = pageKey(r.table, r.id);
        (byPage.get(key) ?? byPage.set(key, []).get(key)!).push(op);
        recent.delete(r.key);
      }
      folded = all.result.length;
      for (const [key, ops] of byPage) {
        const read = pages.get(key);
        read.onsuccess = () => {
          const page = applyToPage(key, read.result as Page | undefined, ops);
          if (page) pages.put(page);
          else if (read.result) pages.delete(key);
        };
      }
    };
  });
}

/** Compacts when the recent store has grown past COMPACT_AT records. */
export async function compactIfLarge(db: LaunchControlDb): Promise<void> {
  if (!db.isOpen()) return;
  if ((await db.table(RECENT_STORE).count()) > COMPACT_AT) await compactRecent(db);
}
