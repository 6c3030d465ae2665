/**
 * Folds journal entries and recent records (layout.ts) into the pages, in one transaction, so
 * the recent store stays small and a load reads a few dozen pages rather than thousands of
 * rows. Safe with several windows: it reads the rows inside the same transaction that writes
 * the pages and removes them, and IndexedDB runs overlapping write transactions one at a time.
 * Interrupted, it changes nothing.
 */
import type { Op } from '../../shared/domain/change';
import type { LaunchControlDb } from './db';
import {
  JOURNAL_STORE,
  PAGES_STORE,
  RECENT_STORE,
  foldIntoPages,
  opOfRecent,
  type JournalEntry,
  type RecentRecord,
} from './layout';
import { readwrite, settle } from './native';
import { COMPACT_AT } from './persist';
import type { JournalRecord } from './read';

/** A journal entry's records as the ops that write them (their before is not needed). */
function opsOfJournal(entry: JournalEntry): Op[] {
  return (JSON.parse(entry.records) as JournalRecord[]).map(
    (w) => ({ table: w.table, id: w.id, before: null, after: w.record }) as Op,
  );
}

/** Folds every journal entry and recent record into its page; resolves with how many rows were folded. */
export function compactRecent(db: LaunchControlDb): Promise<number> {
  if (!db.isOpen()) return Promise.resolve(0);
  const tx = readwrite(db.backendDB(), [PAGES_STORE, JOURNAL_STORE, RECENT_STORE]);
  let folded = 0;
  const done = settle(
    tx,
    (fail) => {
      const journal = tx.objectStore(JOURNAL_STORE).getAll();
      const recent = tx.objectStore(RECENT_STORE).getAll();
      // Requests in one transaction complete in order: both results are here by then.
      recent.onsuccess = () => {
        const entries = (journal.result as JournalEntry[]).sort((a, b) => a.seq - b.seq);
        const rows = recent.result as RecentRecord[];
        for (const entry of entries) tx.objectStore(JOURNAL_STORE).delete(entry.seq);
        for (const r of rows) tx.objectStore(RECENT_STORE).delete(r.key);
        folded = entries.length + rows.length;
        // Journal entries in the order written, then recent rows, which are newer still.
        const ops = [...entries.flatMap(opsOfJournal), ...rows.map(opOfRecent)];
        foldIntoPages(tx.objectStore(PAGES_STORE), ops, fail);
      };
    },
    'compaction was interrupted',
  );
  return done.then(() => folded);
}

/** Compacts when a journal entry waits or the recent store has grown past COMPACT_AT records. */
export async function compactIfLarge(db: LaunchControlDb): Promise<void> {
  if (!db.isOpen()) return;
  const [journal, recent] = await Promise.all([
    db.table(JOURNAL_STORE).count(),
    db.table(RECENT_STORE).count(),
  ]);
  if (journal > 0 || recent > COMPACT_AT) await compactRecent(db);
}
