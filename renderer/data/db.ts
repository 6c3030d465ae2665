/**
 * The one Dexie database. Every schema version is declared here, in order, and a shipped
 * version is never edited: a change of indexes or record shape adds a new entry to
 * MIGRATIONS with an upgrade function. Records are validated by shared/domain on the way in.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { TableName, TableRecords } from '../../shared/domain/workspace';

export const DB_NAME = 'launch-control';

export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites records for the new version; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      items: 'id, stageId, parentId',
      // Readiness items are stored grouped by launch item: see layout.ts.
      readinessByItem: 'itemId',
      milestones: 'id, itemId',
      people: 'id',
      blackouts: 'id',
      decisions: 'id, itemId',
      feedback: 'id, itemId',
      playbooks: 'id',
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class LaunchControlDb extends Dexie {
  constructor(name = DB_NAME, migrations: Migration[] = MIGRATIONS) {
    // Strict durability: a write is reported saved only once it is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }

  /** A table stored one record per row (readiness items are grouped: see layout.ts). */
  tableOf<T extends Exclude<TableName, 'readiness'>>(name: T): Table<TableRecords[T], string> {
    return this.table(name);
  }
}
