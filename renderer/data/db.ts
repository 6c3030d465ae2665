/**
 * The one Dexie database. Every schema version is declared here, in order, and a shipped
 * version is never edited: a change of layout or record shape adds a new entry to MIGRATIONS
 * with an upgrade function (layout.ts has modifyRecords for rewriting records). Records are
 * validated by shared/domain on the way in.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import {
  JOURNAL_STORE,
  META_STORE,
  PAGES_STORE,
  QUARANTINE_STORE,
  RECENT_STORE,
  pagesOf,
  type Page,
} from './layout';
import { LEGACY_STORES, readLegacyInUpgrade } from './legacy-v1';
import { ACTIVITY_SCHEMA, ACTIVITY_STORE } from './activity';

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
      // Readiness items were stored grouped by launch item: see legacy-v1.ts.
      readinessByItem: 'itemId',
      milestones: 'id, itemId',
      people: 'id',
      blackouts: 'id',
      decisions: 'id, itemId',
      feedback: 'id, itemId',
      playbooks: 'id',
    },
  },
  {
    // Records move into pages (layout.ts), which load several times faster.
    version: 2,
    stores: { [PAGES_STORE]: 'key', [RECENT_STORE]: 'key' },
    upgrade: async (tx) => {
      await tx.table(PAGES_STORE).bulkPut(pagesOf(await readLegacyInUpgrade(tx)));
    },
  },
  {
    // The version-1 stores go in a later version than the one that reads them (Dexie's rule).
    version: 3,
    stores: Object.fromEntries(Object.values(LEGACY_STORES).map((store) => [store, null])),
  },
  {
    // Large changes are journalled before they reach the pages (layout.ts); unreadable
    // records are set aside rather than lost (read.ts); the disk-space probe (storage.ts).
    version: 4,
    stores: { [JOURNAL_STORE]: '++seq', [QUARANTINE_STORE]: 'key', [META_STORE]: 'key' },
  },
  {
    // Each saved change that touched a launch item, in words, for its Activity (activity.ts).
    version: 5,
    stores: { [ACTIVITY_STORE]: ACTIVITY_SCHEMA },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class LaunchControlDb extends Dexie {
  /** Every record, in pages (layout.ts); Dexie defines it from the schema. */
  declare readonly pages: Table<Page, string>;

  constructor(name = DB_NAME, migrations: Migration[] = MIGRATIONS) {
    // Strict durability: a write is reported saved only once it is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}
