/**
 * Opening the database at startup. Before Dexie upgrades anything, the database on disk is
 * inspected as it is: one written by a newer app is left untouched and explained; one from an
 * older schema is snapshotted first, then migrated. Every table is then loaded into memory.
 */
import Dexie from 'dexie';
import { exportWorkspaceJson } from '../../shared/formats/workspace-json';
import { countRecords, isInitialised, type TableName, type Workspace } from '../../shared/domain/workspace';
import { DB_NAME, LATEST_VERSION, LaunchControlDb, MIGRATIONS, type Migration } from './db';
import { readInPhases, readWorkspace, readWorkspaceChecked } from './read';
import { checkVerifiedPages, repairDamage, type Repair } from './repair';
import type { BackupStore } from './backups';
import { writeUnderNewStamp } from './first-screen-cache';

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
  snapshots: BackupStore;
  now: () => string;
  /**
   * The tables the first screen needs, read and handed to `show` before the rest (read.ts,
   * readInPhases); `show` resolves once they are drawn. Only a clean read of them is shown;
   * everything that decides or writes (repair, first run) waits for the whole workspace.
   */
  first?: { tables: ReadonlySet<TableName>; show: (firstTables: Workspace) => Promise<void> | void };
  /** Settles when the rows may be read (the database is opened meanwhile). */
  readAfter?: Promise<unknown>;
}

/** The schema version of a database as Dexie numbers it, or null when there is none yet. */
async function versionOnDisk(name: string): Promise<number | null> {
  if (typeof indexedDB.databases === 'function') {
    const entry = (await indexedDB.databases()).find((db) => db.name === name);
    return entry?.version ? entry.version / 10 : null;
  }
  // No databases() (older engines): ask Dexie, which opens it at its own version.
  if (!(await Dexie.exists(name))) return null;
  const existing = new Dexie(name);
  try {
    await existing.open();
    return existing.verno;
  } finally {
    existing.close();
  }
}

export interface Opened {
  db: LaunchControlDb;
  workspace: Workspace;
  /** What was set aside or rebuilt at this opening; null when everything read cleanly. */
  repair: Repair | null;
}

export async function openWorkspace(options: OpenOptions): Promise<Opened> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  const dbName = options.name ?? DB_NAME;

  // The version on disk, without opening the database (Dexie stores version × 10).
  const found = await versionOnDisk(dbName);
  if (found !== null && found !== latest) {
    if (found > latest) throw new NewerDatabaseError(found, latest);
    // Dynamic mode: opens the database at its own version without declaring or changing a schema.
    const existing = new Dexie(dbName);
    await existing.open();
    try {
      const before = await readWorkspace(existing);
      await options.snapshots.take(
        `Before upgrading the database from version ${found} to ${latest}`,
        exportWorkspaceJson(before, options.now()),
        options.now(),
      );
    } finally {
      existing.close();
    }
  }

  const db = new LaunchControlDb(dbName, migrations);
  // An upgrade rewrites records: a first screen kept before it is not drawn again.
  await rewriting(found !== null && found !== latest, () => db.open());
  await options.readAfter;
  const read = options.first
    ? await readInPhases(db, options.first.tables, options.first.show)
    : await readWorkspaceChecked(db);
  const settingsLost = !isInitialised(read.workspace) && countRecords(read.workspace) > 0;
  if (read.damage.length === 0 && !settingsLost) {
    // In the background: the next startup then skips validating these pages.
    void checkVerifiedPages(db, read.verified).catch((e) => console.warn('Could not mark pages checked', e));
    return { db, workspace: read.workspace, repair: null };
  }
  // Something could not be read, or the records have no settings: snapshot what is readable,
  // then set the damage aside and rebuild settings in one transaction (repair.ts).
  await options.snapshots.take(
    read.damage.length
      ? 'Before setting unreadable records aside'
      : 'Before rebuilding the missing workspace settings',
    exportWorkspaceJson(read.workspace, options.now()),
    options.now(),
  );
  const repaired = await rewriting(true, () => repairDamage(db, options.now()));
  return { db, workspace: repaired.workspace, repair: repaired.repair };
}

/** Runs `write`, which rewrites stored records when `rewrites`, under a new first-screen stamp. */
function rewriting<T>(rewrites: boolean, write: () => Promise<T>): Promise<T> {
  return rewrites ? writeUnderNewStamp(write).done : write();
}

/**
 * When another window opens a newer version of the database, this window closes its
 * connection (rather than block the upgrade) and tells the person to reload. Saves are refused
 * from then on (persist.ts). Returning false keeps Dexie's own handler from running: it would
 * re-arm auto-open, and a later save would reopen the newer database and write this version's
 * format into it.
 */
export function stepAsideOnUpgrade(db: Dexie, onClosed: () => void): void {
  db.on('versionchange', () => {
    db.close();
    onClosed();
    return false;
  });
}
