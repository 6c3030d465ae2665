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
 * Reading applies recent records over the pages.
 *
 * The rest of the app never sees this: it reads plain tables through readWorkspace() and
 * writes Changes through persist.ts. PAGE_COUNT is part of the format: changing it needs a
 * migration that re-pages every record.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { Op } from '../../shared/domain/change';
import { TABLES, emptyTables, type TableName, type Workspace } from '../../shared/domain/workspace';
import { readLegacyWorkspace } from './legacy-v1';

export const PAGES_STORE = 'pages';
export const RECENT_STORE = 'recent';
export const PAGE_COUNT = 32;

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
}

const KNOWN_TABLES = new Set<string>(TABLES);

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

/** Every page of a whole workspace, as an import or a migration writes them. */
export function pagesOf(ws: Workspace): Page[] {
  const records = TABLES.flatMap((table) =>
    (Object.values(ws[table]) as Row[]).map((record) => ({ table, record })),
  );
  return [...byPage(records, ({ table, record }) => pageKey(table, record.id))].map(([key, list]) => ({
    key,
    table: list[0]!.table,
    records: JSON.stringify(list.map(({ record }) => record)),
  }));
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

/** Reads every record in one read transaction. Also reads a version-1 database (see legacy-v1). */
export async function readWorkspace(db: Dexie): Promise<Workspace> {
  if (!db.tables.some((t) => t.name === PAGES_STORE)) return readLegacyWorkspace(db);
  const [pages, recent] = await db.transaction('r', [PAGES_STORE, RECENT_STORE] as string[], () =>
    Promise.all([
      db.table<Page, string>(PAGES_STORE).toArray(),
      db.table<RecentRecord, string>(RECENT_STORE).toArray(),
    ]),
  );
  const workspace = emptyTables();
  for (const page of pages) {
    // A page of a table this version does not know is left alone, never dropped.
    if (!KNOWN_TABLES.has(page.table)) continue;
    const map = workspace[page.table] as Record<string, unknown>;
    for (const record of JSON.parse(page.records) as Row[]) map[record.id] = record;
  }
  // Recent records are newer than the pages: they win, and null means deleted.
  for (const r of recent) {
    if (!KNOWN_TABLES.has(r.table)) continue;
    const map = workspace[r.table] as Record<string, unknown>;
    if (r.record === null) delete map[r.id];
    else map[r.id] = JSON.parse(r.record);
  }
  return workspace;
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
  return records.size ? { key, table: ops[0]!.table, records: JSON.stringify([...records.values()]) } : null;
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
      return { ...page, records: JSON.stringify(records) };
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
}
