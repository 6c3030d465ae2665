/**
 * Snapshots of the whole workspace, kept in their own database so that a failed migration or
 * a bad import of the main one cannot take them with it. One is taken before every import and
 * before every schema migration; the most recent MAX_SNAPSHOTS are kept.
 */
import Dexie, { type Table } from 'dexie';

export const SNAPSHOT_DB_NAME = 'launch-control-snapshots';
export const MAX_SNAPSHOTS = 20;

export interface Snapshot {
  id?: number;
  takenAt: string;
  reason: string;
  /** Number of records, for the list. */
  records: number;
  /** The workspace as a JSON workspace file (shared/export/json). */
  json: string;
}

class SnapshotDb extends Dexie {
  snapshots!: Table<Snapshot, number>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: '++id, takenAt' });
  }
}

export class SnapshotStore {
  private readonly db: SnapshotDb;
  constructor(name = SNAPSHOT_DB_NAME) {
    this.db = new SnapshotDb(name);
  }

  async take(reason: string, json: string, records: number, takenAt: string): Promise<void> {
    await this.db.transaction('rw', this.db.snapshots, async () => {
      await this.db.snapshots.add({ takenAt, reason, records, json });
      const count = await this.db.snapshots.count();
      if (count > MAX_SNAPSHOTS) {
        const oldest = await this.db.snapshots
          .orderBy('id')
          .limit(count - MAX_SNAPSHOTS)
          .primaryKeys();
        await this.db.snapshots.bulkDelete(oldest);
      }
    });
  }

  /** Newest first, without the (large) JSON. */
  async list(): Promise<Omit<Snapshot, 'json'>[]> {
    const all = await this.db.snapshots.orderBy('id').reverse().toArray();
    return all.map(({ json: _json, ...rest }) => rest);
  }

  async get(id: number): Promise<Snapshot | undefined> {
    return this.db.snapshots.get(id);
  }

  close(): void {
    this.db.close();
  }
}
