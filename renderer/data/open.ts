/**
 * Opening the database at startup. Before Dexie upgrades anything, the database on disk is
 * inspected as it is: one written by a newer app is left untouched and explained; one from an
 * older schema is snapshotted first, then migrated. Every table is then loaded into memory.
 */
import Dexie from 'dexie';
import { exportWorkspaceJson } from '../../shared/export/json';
import { countRecords, type Workspace } from '../../shared/domain/workspace';
import { DB_NAME, LATEST_VERSION, LaunchControlDb, MIGRATIONS, type Migration } from './db';
import { readWorkspace } from './layout';
import type { SnapshotStore } from './snapshots';

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This workspace was saved by a newer version of Launch Control (database version ${found}; ` +
        `this version understands up to ${supported}). Nothing has been changed. ` +
        `Install the latest Launch Control to open it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export interface OpenOptions {
  name?: string;
  migrations?: Migration[];
  snapshots: SnapshotStore;
  now: () => string;
}

export async function openWorkspace(
  options: OpenOptions,
): Promise<{ db: LaunchControlDb; workspace: Workspace }> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  const dbName = options.name ?? DB_NAME;

  if (await Dexie.exists(dbName)) {
    // Dynamic mode: opens the database at its own version without declaring or changing a schema.
    const existing = new Dexie(dbName);
    await existing.open();
    try {
      const found = existing.verno;
      if (found > latest) throw new NewerDatabaseError(found, latest);
      if (found < latest) {
        const before = await readWorkspace(existing);
        await options.snapshots.take(
          `Before upgrading the database from version ${found} to ${latest}`,
          exportWorkspaceJson(before, options.now()),
          countRecords(before),
          options.now(),
        );
      }
    } finally {
      existing.close();
    }
  }

  const db = new LaunchControlDb(dbName, migrations);
  await db.open();
  return { db, workspace: await readWorkspace(db) };
}
