/**
 * Reads a few records as they are stored now, for a window that found its copy of them in
 * doubt (state/reconcile.ts): a change from another window whose `before` did not match.
 *
 * One native read transaction on the stores a record can live in. IndexedDB starts a read
 * transaction only after the read-write transactions created before it on the same stores
 * have finished, so the result includes every write this window has already issued, and every
 * write another window reported as saved before the read was asked for.
 *
 * Precedence is the one readWorkspace (read.ts) applies: a recent row wins over journal
 * entries, a later journal entry over an earlier one, and any of them over the page; null
 * means the record was deleted.
 */
import type { TableName, TableRecords } from '../../shared/domain/workspace';
import type { LaunchControlDb } from './db';
import {
  JOURNAL_STORE,
  PAGES_STORE,
  RECENT_STORE,
  pageKey,
  recentKey,
  type JournalEntry,
  type Page,
  type RecentRecord,
} from './layout';
import type { JournalRecord } from './read';

export interface RecordRef {
  table: TableName;
  id: string;
}

/** A record as stored: null when it does not exist (deleted, or never written). */
export type StoredRecord = TableRecords[TableName] | null;

/** Key of a record in the maps returned here: `${table}/${id}`, as the recent store keys it. */
export const refKey = (ref: RecordRef): string => recentKey(ref.table, ref.id);

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The stored version of each record, by refKey. Rejects when the database is closed (another
 * window upgraded it) or the read fails; the caller keeps what it shows.
 */
export async function rereadRecords(
  db: LaunchControlDb,
  refs: readonly RecordRef[],
): Promise<Map<string, StoredRecord>> {
  const result = new Map<string, StoredRecord>();
  if (refs.length === 0) return result;
  if (!db.isOpen()) throw new Error('the workspace database is closed');
  const idb = db.backendDB();
  const hasJournal = idb.objectStoreNames.contains(JOURNAL_STORE);
  const tx = idb.transaction(
    hasJournal ? [PAGES_STORE, JOURNAL_STORE, RECENT_STORE] : [PAGES_STORE, RECENT_STORE],
    'readonly',
  );
  const recentStore = tx.objectStore(RECENT_STORE);
  const pagesStore = tx.objectStore(PAGES_STORE);
  // Every request is issued at once, in this task: the transaction then reads one snapshot.
  const unique = [...new Map(refs.map((ref) => [refKey(ref), ref])).values()];
  const recent = unique.map((ref) =>
    request(recentStore.get(refKey(ref)) as IDBRequest<RecentRecord | undefined>),
  );
  const pageKeys = [...new Set(unique.map((ref) => pageKey(ref.table, ref.id)))];
  const pages = pageKeys.map((key) => request(pagesStore.get(key) as IDBRequest<Page | undefined>));
  // Journal entries are few: each is folded into the pages right after it is written.
  const journal = hasJournal
    ? request(tx.objectStore(JOURNAL_STORE).getAll() as IDBRequest<JournalEntry[]>)
    : Promise.resolve([]);
  const [recentRows, pageRows, entries] = await Promise.all([
    Promise.all(recent),
    Promise.all(pages),
    journal,
  ]);

  // The latest journal entry that wrote each record, for records without a recent row.
  const journalled = new Map<string, StoredRecord>();
  const needed = new Set(unique.filter((_, index) => !recentRows[index]).map(refKey));
  if (needed.size)
    for (const entry of [...entries].sort((a, b) => a.seq - b.seq))
      for (const written of JSON.parse(entry.records) as JournalRecord[]) {
        const key = `${written.table}/${written.id}`;
        if (needed.has(key)) journalled.set(key, (written.record ?? null) as StoredRecord);
      }

  // Pages are parsed only for records without a recent row, and each page once.
  const parsed = new Map<string, Map<string, StoredRecord>>();
  const pageRecords = (key: string): Map<string, StoredRecord> => {
    let records = parsed.get(key);
    if (!records) {
      const row = pageRows[pageKeys.indexOf(key)];
      const list = row ? (JSON.parse(row.records) as { id: string }[]) : [];
      records = new Map(list.map((r) => [r.id, r as StoredRecord]));
      parsed.set(key, records);
    }
    return records;
  };
  unique.forEach((ref, index) => {
    const row = recentRows[index];
    const key = refKey(ref);
    const stored = row
      ? row.record === null
        ? null
        : (JSON.parse(row.record) as StoredRecord)
      : journalled.has(key)
        ? journalled.get(key)!
        : (pageRecords(pageKey(ref.table, ref.id)).get(ref.id) ?? null);
    result.set(key, stored);
  });
  return result;
}
