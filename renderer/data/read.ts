/**
 * Reading the workspace at startup, record by record, so that one damaged record or page never
 * keeps the rest from opening. Every record is validated against its schema as it loads; what
 * cannot be read (a page of garbage JSON, a record with a missing field, a day like "soon") is
 * reported as Damage with its raw text, and the rest of the workspace opens. open.ts moves the
 * damage into the quarantine store, where it is kept until the person exports or discards it.
 *
 * Order of precedence: pages, then journal entries in the order they were written, then recent
 * rows (layout.ts explains why that order is the order the writes happened in).
 */
import type Dexie from 'dexie';
import {
  TABLES,
  TABLE_SCHEMAS,
  emptyTables,
  type TableName,
  type Workspace,
} from '../../shared/domain/workspace';
import {
  JOURNAL_STORE,
  PAGES_STORE,
  isCheckedPage,
  RECENT_STORE,
  type JournalEntry,
  type Page,
  type RecentRecord,
} from './layout';
import { readLegacyWorkspace } from './legacy-v1';

/** Something that could not be read, with where it was and its raw stored text. */
export interface Damage {
  /** The table it belongs to, as stored (may be unknown or garbled). */
  table: string;
  /** The record's id, or null when a whole page or journal entry could not be read. */
  id: string | null;
  /** Which stored row held it: a page key, a recent key or a journal entry. */
  where: { store: typeof PAGES_STORE | typeof RECENT_STORE | typeof JOURNAL_STORE; key: string | number };
  reason: string;
  /** The stored text, kept as it was. */
  raw: string;
}

export interface CheckedRead {
  workspace: Workspace;
  damage: Damage[];
  /** Pages without a check whose every record proved valid: open.ts gives them their check. */
  verified: Page[];
}

/** The stored rows of a paged database, as one transaction read them. */
export interface StoredRows {
  pages: Page[];
  journal: JournalEntry[];
  recent: RecentRecord[];
}

const KNOWN_TABLES = new Set<string>(TABLES);

type Row = { id: string };

function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a record cannot be used, or null when it is valid for its table. */
export function recordProblem(table: TableName, record: unknown): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a record';
  if (typeof (record as Row).id !== 'string') return 'it has no id';
  const result = TABLE_SCHEMAS[table].safeParse(record);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (typeof text !== 'string') return { ok: false, reason: `stored as ${typeof text}, not as text` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `unreadable JSON (${errorText(error)})` };
  }
}

/** The stores a read covers: a database from before the journal has none. */
export function storesOf(db: Dexie): string[] {
  return db.tables.some((t) => t.name === JOURNAL_STORE)
    ? [PAGES_STORE, JOURNAL_STORE, RECENT_STORE]
    : [PAGES_STORE, RECENT_STORE];
}

/** Reads the rows; call inside a transaction on storesOf(db) so they are one consistent state. */
export async function readRows(db: Dexie): Promise<StoredRows> {
  const hasJournal = db.tables.some((t) => t.name === JOURNAL_STORE);
  const [pages, journal, recent] = await Promise.all([
    db.table<Page, string>(PAGES_STORE).toArray(),
    hasJournal ? db.table<JournalEntry, number>(JOURNAL_STORE).toArray() : Promise.resolve([]),
    db.table<RecentRecord, string>(RECENT_STORE).toArray(),
  ]);
  return { pages, journal, recent };
}

/** Reads every record in one read transaction, setting aside what cannot be read. */
export async function readWorkspaceChecked(db: Dexie): Promise<CheckedRead> {
  if (!db.tables.some((t) => t.name === PAGES_STORE))
    return { workspace: await readLegacyWorkspace(db), damage: [], verified: [] };
  return checkRows(await db.transaction('r', storesOf(db), () => readRows(db)));
}

/**
 * Which tables a read covers (`tables`), and whether it reports the damage that belongs to no
 * table (an unreadable journal entry): startup reads the first screen's tables, then the rest
 * with that damage (readInPhases), and the two together are exactly one whole read.
 */
export interface ReadScope {
  tables: ReadonlySet<TableName>;
  unattributed: boolean;
}

const WHOLE: ReadScope = { tables: KNOWN_TABLES as ReadonlySet<TableName>, unattributed: true };

/** A page parsed and its check compared ahead of checkRows (preparePages). */
export interface PreparedPage {
  parsed: ReturnType<typeof parseJson>;
  checked: boolean;
}

/**
 * Parses pages and compares their checks in slices of a few milliseconds, yielding to the
 * window between slices: the tables read after the first screen (half of a large workspace's
 * text) would otherwise be one long task during which the screen just drawn takes no input.
 * checkRows then uses the results as they are, so what it decides is unchanged.
 */
export async function preparePages(pages: readonly Page[], sliceMs = 8): Promise<Map<Page, PreparedPage>> {
  const prepared = new Map<Page, PreparedPage>();
  let sliceStart = performance.now();
  for (const page of pages) {
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    const parsed = parseJson(page.records);
    prepared.set(page, { parsed, checked: parsed.ok && Array.isArray(parsed.value) && isCheckedPage(page) });
  }
  return prepared;
}

/**
 * The workspace the rows hold, and what in them could not be read (within `scope`). Pages
 * already parsed and compared with their check by preparePages are taken as they are.
 */
export function checkRows(
  { pages, journal, recent }: StoredRows,
  scope: ReadScope = WHOLE,
  prepared?: ReadonlyMap<Page, PreparedPage>,
): CheckedRead {
  const workspace = emptyTables();
  const damage: Damage[] = [];
  const verified: Page[] = [];
  const inScope = (table: string) => scope.tables.has(table as TableName);

  for (const page of pages) {
    // A page of a table this version does not know is left alone, never dropped.
    if (!KNOWN_TABLES.has(page.table) || !inScope(page.table)) continue;
    const table = page.table;
    const where = { store: PAGES_STORE, key: page.key } as const;
    const ready = prepared?.get(page);
    const parsed = ready?.parsed ?? parseJson(page.records);
    if (!parsed.ok || !Array.isArray(parsed.value)) {
      damage.push({
        table,
        id: null,
        where,
        reason: parsed.ok ? 'the page is not a list of records' : parsed.reason,
        raw: rawText(page.records),
      });
      continue;
    }
    const map = workspace[table] as Record<string, unknown>;
    // A page as the app wrote it from valid records needs no second look (see Page.check).
    if (ready ? ready.checked : isCheckedPage(page)) {
      for (const record of parsed.value as Row[]) map[record.id] = record;
      continue;
    }
    const before = damage.length;
    for (const record of parsed.value) {
      const problem = recordProblem(table, record);
      if (problem === null) map[(record as Row).id] = record;
      else damage.push({ table, id: idOf(record), where, reason: problem, raw: rawText(record) });
    }
    if (damage.length === before) verified.push(page);
  }

  // Journal entries (large changes) in the order they were written: later ones win.
  for (const entry of [...journal].sort((a, b) => a.seq - b.seq)) {
    const where = { store: JOURNAL_STORE, key: entry.seq } as const;
    const parsed = parseJson(entry.records);
    if (!parsed.ok || !Array.isArray(parsed.value)) {
      if (scope.unattributed)
        damage.push({
          table: 'journal',
          id: null,
          where,
          reason: parsed.ok ? 'the entry is not a list of records' : parsed.reason,
          raw: rawText(entry.records),
        });
      continue;
    }
    const trusted = isCheckedPage(entry);
    for (const written of parsed.value as JournalRecord[]) {
      // A record of a table outside this read is left to the read that covers it.
      if (written && KNOWN_TABLES.has(written.table) && !inScope(written.table)) continue;
      if (trusted && KNOWN_TABLES.has(written.table)) {
        const map = workspace[written.table as TableName] as Record<string, unknown>;
        if (written.record === null) delete map[written.id];
        else map[written.id] = written.record;
        continue;
      }
      if (!written || !KNOWN_TABLES.has(written.table) || typeof written.id !== 'string') {
        if (scope.unattributed)
          damage.push({
            table: 'journal',
            id: null,
            where,
            reason: 'an unreadable entry',
            raw: rawText(written),
          });
        continue;
      }
      applyRecord(workspace, damage, written.table as TableName, written.id, written.record, where);
    }
  }

  // Recent records are newer than pages and journal: they win, and null means deleted.
  for (const r of recent) {
    if (!KNOWN_TABLES.has(r.table) || !inScope(r.table)) continue;
    const where = { store: RECENT_STORE, key: r.key } as const;
    if (r.record === null) {
      delete (workspace[r.table] as Record<string, unknown>)[r.id];
      continue;
    }
    const parsed = parseJson(r.record);
    if (!parsed.ok) {
      damage.push({ table: r.table, id: r.id, where, reason: parsed.reason, raw: rawText(r.record) });
      continue;
    }
    applyRecord(workspace, damage, r.table, r.id, parsed.value, where);
  }
  return { workspace, damage, verified };
}

/** A record as a journal entry holds it: null once deleted. */
export interface JournalRecord {
  table: string;
  id: string;
  record: unknown;
}

function applyRecord(
  workspace: Workspace,
  damage: Damage[],
  table: TableName,
  id: string,
  record: unknown,
  where: Damage['where'],
): void {
  const map = workspace[table] as Record<string, unknown>;
  if (record === null) {
    delete map[id];
    return;
  }
  const problem =
    recordProblem(table, record) ?? ((record as Row).id !== id ? 'its id does not match' : null);
  // An unreadable newer version leaves the older readable one in place, and is reported.
  if (problem === null) map[id] = record;
  else damage.push({ table, id, where, reason: problem, raw: rawText(record) });
}

function idOf(record: unknown): string | null {
  const id = (record as Partial<Row> | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * The whole read in two steps over one set of rows (one read transaction, so both steps see
 * the same stored state): first the tables in `first` — pages, journal entries and recent rows
 * applied to them exactly as the whole read applies them — handed to `show` when they read
 * cleanly, so the first screen can be drawn; then the rest. The result is what
 * readWorkspaceChecked returns, and the first tables in it are the very objects `show` got, so
 * what was derived from them stays valid. Nothing here writes: repairs and the rest wait for
 * the whole read (open.ts).
 */
export async function readInPhases(
  db: Dexie,
  first: ReadonlySet<TableName>,
  show: (firstTables: Workspace) => Promise<void> | void,
): Promise<CheckedRead> {
  if (!db.tables.some((t) => t.name === PAGES_STORE)) return readWorkspaceChecked(db);
  const rows = await db.transaction('r', storesOf(db), () => readRows(db));
  const head = checkRows(rows, { tables: first, unattributed: false });
  if (head.damage.length === 0) await show(head.workspace);
  const later = new Set(TABLES.filter((t) => !first.has(t)));
  // The first screen is up: the rest is parsed in slices, so it can take input meanwhile.
  const prepared = await preparePages(rows.pages.filter((p) => later.has(p.table as TableName)));
  const rest = checkRows(rows, { tables: later, unattributed: true }, prepared);
  const workspace = { ...rest.workspace } as Record<TableName, unknown>;
  for (const table of first) workspace[table] = head.workspace[table];
  return {
    workspace: workspace as Workspace,
    damage: [...head.damage, ...rest.damage],
    verified: [...head.verified, ...rest.verified],
  };
}

/** Every readable record (damage is left out); see readWorkspaceChecked. */
export async function readWorkspace(db: Dexie): Promise<Workspace> {
  return (await readWorkspaceChecked(db)).workspace;
}
