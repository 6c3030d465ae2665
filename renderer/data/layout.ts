/**
 * How the workspace is laid out in IndexedDB (schema version 2 on). Records are stored in
 * pages: each table's records are spread over PAGE_COUNT pages by a hash of their id, and a
 * page is one row holding its records as a JSON array.
 *
 * Why: IndexedDB's cost is per row and per structured-clone object. In Chromium, 5,000 items
 * stored one per row took 80–100 ms to read and 25,000 readiness items in 5,000 rows ~200 ms.
 * The same records in 32 JSON pages per table read and parse in ~50 ms; 256 pages per table
 * took ~110 ms (rows of 20–100 KB cost more each than fewer, larger ones). An edit rewrites
 * only the page of each record it touches, inside the same transaction (~5 ms at 5,000
 * items), so two windows writing at once never lose each other's records.
 *
 * Small changes (an edit, a move) do not rewrite pages: each record they touch is written
 * whole to the "recent" store, one row per record (null once deleted), which a later
 * compaction folds into the pages. Such a write needs no read first, so its transaction is
 * complete the moment it is issued and survives the window closing right after (persist.ts).
 *
 * Large changes (an import, undoing one, a stage removal moving thousands of items) are first
 * written whole as one journal entry, and the recent rows of the records they touch are
 * deleted, in one transaction that also needs no read: it too survives the window closing at
 * once. The entry is folded into the pages right after (and by compaction, if the window was
 * closed first). So for every record, a recent row is always newer than every journal entry,
 * and a journal entry newer than the pages: reading applies pages, then journal entries in
 * the order written, then recent rows (read.ts).
 *
 * The rest of the app never sees this: it reads plain tables through readWorkspace() and
 * writes Changes through persist.ts. PAGE_COUNT is part of the format: changing it needs a
 * migration that re-pages every record.
 */
import type { Transaction } from 'dexie';
import type { Op } from '../../shared/domain/change';
import { TABLES, type TableName, type Workspace } from '../../shared/domain/workspace';

// Reading lives in read.ts (it validates and sets damage aside); re-exported for callers.
export { readWorkspace } from './read';

export const PAGES_STORE = 'pages';
export const RECENT_STORE = 'recent';
/** Large changes, written whole in one row before they are folded into pages (persist.ts). */
export const JOURNAL_STORE = 'journal';
/** Records that could not be read, set aside at startup (read.ts, open.ts). */
export const QUARANTINE_STORE = 'quarantine';
/** Small bookkeeping rows, e.g. the probe written to learn whether the disk has space again. */
export const META_STORE = 'meta';
export const PAGE_COUNT = 32;

/**
 * One large change as written: every record it leaves behind (null once deleted), as a JSON
 * array of { table, id, record }. `seq` is assigned by IndexedDB in the order entries are
 * written, across windows, so reading them in that order replays them as they happened.
 */
export interface JournalEntry {
  seq: number;
  records: string;
  /** pageCheck(records) as written: a matching entry is read without validating again. */
  check?: string;
}

/** One record written since the last compaction: its latest JSON, or null once deleted. */
export interface RecentRecord {
  /** `${table}/${id}` */
  key: string;
  table: TableName;
  id: string;
  record: string | null;
}

export const recentKey = (table: TableName, id: string): string => `${table}/${id}`;

export interface Page {
  /** `${table}:${page number}` */
  key: string;
  table: TableName;
  /** JSON array of the page's records. */
  records: string;
  /**
   * pageCheck(records) when every record on the page was valid as written (they came from the
   * app's own validated records); absent otherwise. A page whose text still matches its check
   * is read without validating each record again (read.ts): validating 110,000 records with
   * their schemas took 0.5–1 s, hashing their 31 MB of text 50–100 ms. A page changed outside
   * the app no longer matches, and is validated record by record.
   */
  check?: string;
}

/** Two FNV-1a lanes over the text (a 64-bit hash, fast enough to run over every page at startup). */
export function pageCheck(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9dc5811c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/** Whether a page's text is as the app wrote it from valid records. */
export function isCheckedPage(page: Pick<Page, 'records' | 'check'>): boolean {
  return (
    typeof page.check === 'string' &&
    typeof page.records === 'string' &&
    page.check === pageCheck(page.records)
  );
}

function page(key: string, table: TableName, records: string, checked: boolean): Page {
  return checked ? { key, table, records, check: pageCheck(records) } : { key, table, records };
}

/** FNV-1a: a fast, stable string hash, so a record always lands on the same page. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function pageKey(table: TableName, id: string): string {
  return `${table}:${hash(id) % PAGE_COUNT}`;
}

type Row = { id: string };

/** Values grouped by the page their record is on: the one place records are assigned to pages. */
function byPage<V>(values: Iterable<V>, keyOf: (value: V) => string): Map<string, V[]> {
  const pages = new Map<string, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    (pages.get(key) ?? pages.set(key, []).get(key)!).push(value);
  }
  return pages;
}

/**
 * Every page of a whole workspace, as a repair or a migration writes them. `checked`: every
 * record was validated (a repair), so the pages carry their check; a migration's records were
 * not, so they are validated at the next startup.
 */
export function pagesOf(ws: Workspace, checked = false): Page[] {
  const records = TABLES.flatMap((table) =>
    (Object.values(ws[table]) as Row[]).map((record) => ({ table, record })),
  );
  return [...byPage(records, ({ table, record }) => pageKey(table, record.id))].map(([key, list]) =>
    page(key, list[0]!.table, JSON.stringify(list.map(({ record }) => record)), checked),
  );
}

/** A recent record as the op that writes it, for folding into its page (its before is not needed). */
export function opOfRecent(r: RecentRecord): Op {
  return {
    table: r.table,
    id: r.id,
    before: null,
    after: r.record === null ? null : JSON.parse(r.record),
  } as Op;
}

/** Refuses an op whose record does not carry the id it is written under. */
export function checkIds(ops: readonly Op[]): void {
  for (const op of ops)
    if (op.after !== null && (op.after as Row).id !== op.id)
      throw new Error(`A ${op.table} record was written under id "${op.id}" but has a different id.`);
}

/** A page with ops applied, or null when the page is left empty (and is removed). */
export function applyToPage(key: string, existing: Page | undefined, ops: readonly Op[]): Page | null {
  const rows = existing ? (JSON.parse(existing.records) as Row[]) : [];
  const records = new Map(rows.map((r) => [r.id, r]));
  for (const op of ops)
    if (op.after === null) records.delete(op.id);
    else records.set(op.id, op.after as Row);
  if (!records.size) return null;
  // The ops hold the app's own validated records: the page stays checked if it was.
  const checked = !existing || isCheckedPage(existing);
  return page(key, ops[0]!.table, JSON.stringify([...records.values()]), checked);
}

/**
 * Folds ops into their pages inside a native read-write transaction on the pages store: each
 * page is read, changed and written back, or removed when left empty. A page that cannot be
 * read back (corrupt JSON) is passed to `fail`, which aborts the transaction.
 */
export function foldIntoPages(
  pages: IDBObjectStore,
  ops: readonly Op[],
  fail: (error: unknown) => void,
): void {
  for (const [key, pageOps] of byPage(ops, (op) => pageKey(op.table, op.id))) {
    const read = pages.get(key);
    read.onsuccess = () => {
      try {
        const page = applyToPage(key, read.result as Page | undefined, pageOps);
        if (page) pages.put(page);
        else if (read.result) pages.delete(key);
      } catch (error) {
        fail(error);
      }
    };
  }
}

/** For migrations: rewrites every record of one table, inside the upgrade transaction. */
export async function modifyRecords<T extends TableName>(
  tx: Transaction,
  table: T,
  modify: (record: Workspace[T][string]) => void,
): Promise<void> {
  const store = tx.table<Page, string>(PAGES_STORE);
  const pages = await store.filter((page) => page.table === table).toArray();
  await store.bulkPut(
    pages.map((page) => {
      const records = JSON.parse(page.records) as Workspace[T][string][];
      records.forEach(modify);
      // Not checked any more: the next startup validates the migrated records.
      return { key: page.key, table: page.table, records: JSON.stringify(records) };
    }),
  );
  const recent = tx.table<RecentRecord, string>(RECENT_STORE);
  const rows = await recent.filter((r) => r.table === table && r.record !== null).toArray();
  await recent.bulkPut(
    rows.map((r) => {
      const record = JSON.parse(r.record!) as Workspace[T][string];
      modify(record);
      return { ...r, record: JSON.stringify(record) };
    }),
  );
  // Journal entries not yet folded into pages (a window closed right after a large change).
  if (!tx.storeNames.includes(JOURNAL_STORE)) return;
  const journal = tx.table<JournalEntry, number>(JOURNAL_STORE);
  const entries = await journal.toArray();
  await journal.bulkPut(
    entries.map((entry) => {
      const written = JSON.parse(entry.records) as { table: string; record: unknown }[];
      for (const w of written) if (w.table === table && w.record) modify(w.record as Workspace[T][string]);
      return { ...entry, records: JSON.stringify(written) };
    }),
  );
}
