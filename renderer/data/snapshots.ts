/**
 * The browser's backups (and the desktop app's, before they moved to files): the workspace as
 * JSON, kept in their own database so that a failed migration or a bad import of the main one
 * cannot take them with it. The list is one small row per backup; each JSON is a row of its
 * own, read only to restore. Every write applies the rotation of shared/formats/backups.ts in
 * the same transaction.
 */
import Dexie, { type Table } from 'dexie';
import { toDay } from '../../shared/dates/days';
import {
  BACKUP_REASON_WORDS,
  backupContentHash,
  backupReasonOf,
  backupsToKeep,
  tableCountsOfJson,
  totalRecords,
  type BackupReason,
  type BackupTableCounts,
} from '../../shared/formats/backups';
import { BackupStore, utf8Length, type Backup, type BackupSummary, type NewBackup } from './backups';

export const SNAPSHOT_DB_NAME = 'launch-control-snapshots';

interface SummaryRow {
  id?: number;
  takenAt: string;
  /** Why, in words. */
  reason: string;
  /** Added in version 2 (absent on version-1 rows until the upgrade fills them in). */
  kind?: BackupReason;
  records: number;
  bytes?: number;
  tables?: BackupTableCounts;
  contentHash?: string;
  /** Version 1 kept the JSON in the row itself; the upgrade moves it to `contents`. */
  json?: string;
}

interface ContentRow {
  id: number;
  json: string;
}

class SnapshotDb extends Dexie {
  snapshots!: Table<SummaryRow, number>;
  contents!: Table<ContentRow, number>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: '++id, takenAt' });
    // Listing no longer reads every JSON: each moves to a row of its own, with its counts.
    this.version(2)
      .stores({ snapshots: '++id, takenAt', contents: 'id' })
      .upgrade(async (tx) => {
        const summaries = tx.table<SummaryRow, number>('snapshots');
        const contents = tx.table<ContentRow, number>('contents');
        for (const { json = '', ...row } of await summaries.toArray()) {
          await contents.put({ id: row.id!, json });
          await summaries.put({
            ...row,
            kind: backupReasonOf(row.reason),
            bytes: utf8Length(json),
            tables: tableCountsOfJson(json),
            contentHash: backupContentHash(json),
          });
        }
      });
  }
}

export interface BrowserBackupOptions {
  /** The person's calendar day of an instant; injectable for tests. */
  dayOf?: (takenAt: string) => string;
}

export class BrowserBackupStore extends BackupStore {
  private readonly db: SnapshotDb;
  private readonly dayOf: (takenAt: string) => string;

  constructor(name = SNAPSHOT_DB_NAME, options: BrowserBackupOptions = {}) {
    super();
    this.db = new SnapshotDb(name);
    this.dayOf = options.dayOf ?? ((takenAt) => toDay(new Date(takenAt)));
  }

  protected async store(backup: NewBackup, now: string): Promise<BackupSummary> {
    const { json, ...summary } = backup;
    const { db } = this;
    return db.transaction('rw', db.snapshots, db.contents, async () => {
      // Checked again inside the transaction: windows backing up one workspace at once (at
      // quit) each compared it with the same newest backup before any of them wrote.
      const [newest] = (await db.snapshots.toArray()).map(summaryOfRow).sort(newestFirst);
      if (newest && summary.contentHash && newest.contentHash === summary.contentHash) return newest;
      const id = await db.snapshots.add({ ...summary, contentHash: summary.contentHash ?? undefined });
      await db.contents.add({ id, json });
      // Newest row first: of two backups taken at the same moment, the later one is kept.
      const all = (await db.snapshots.toArray()).reverse();
      const { remove } = backupsToKeep(all, { today: this.dayOf(now), dayOf: this.dayOf });
      const gone = remove.map((row) => row.id!);
      await db.snapshots.bulkDelete(gone);
      await db.contents.bulkDelete(gone);
      return { ...summary, id: String(id) };
    });
  }

  async list(): Promise<BackupSummary[]> {
    const rows = await this.db.snapshots.toArray();
    return rows.map(summaryOfRow).sort(newestFirst);
  }

  async get(id: string): Promise<Backup | undefined> {
    const key = Number(id);
    if (!Number.isInteger(key)) return undefined;
    const [row, content] = await this.db.transaction('r', this.db.snapshots, this.db.contents, () =>
      Promise.all([this.db.snapshots.get(key), this.db.contents.get(key)]),
    );
    if (!row || !content) return undefined;
    return { ...summaryOfRow(row), json: content.json };
  }

  override close(): void {
    super.close();
    this.db.close();
  }
}

function newestFirst(a: BackupSummary, b: BackupSummary): number {
  return Date.parse(b.takenAt) - Date.parse(a.takenAt) || Number(b.id) - Number(a.id);
}

function summaryOfRow(row: SummaryRow): BackupSummary {
  const kind = row.kind ?? backupReasonOf(row.reason);
  const tables = row.tables ?? {};
  return {
    id: String(row.id),
    takenAt: row.takenAt,
    kind,
    reason: row.reason || BACKUP_REASON_WORDS[kind],
    bytes: row.bytes ?? 0,
    tables,
    records: row.tables ? totalRecords(tables) : row.records,
    contentHash: row.contentHash ?? null,
  };
}

/**
 * The desktop app kept its backups in this database before they became files: once, they are
 * copied into the backups folder, oldest first (so the rotation judges them as it would have),
 * and the database is deleted only when every one was written. Resolves how many were moved.
 */
export async function moveBrowserBackups(to: BackupStore, name = SNAPSHOT_DB_NAME): Promise<number> {
  if (!(await Dexie.exists(name))) return 0;
  const from = new BrowserBackupStore(name);
  let moved = 0;
  try {
    for (const summary of (await from.list()).reverse()) {
      const backup = await from.get(summary.id);
      if (!backup) continue;
      await to.take(backup.reason, backup.json, backup.takenAt, backup.tables);
      moved += 1;
    }
  } finally {
    from.close();
  }
  await Dexie.delete(name);
  return moved;
}
