/**
 * Setting damage aside at startup. Everything readable is written back as clean pages and
 * everything unreadable moves, as it was stored, to the quarantine store, in one transaction
 * that re-reads the rows itself (another window may have written since the first read). After
 * that every page parses again, so saving works; nothing is deleted: the quarantined text can
 * be exported from the recovery screen or Settings → Data, and discarded only from there.
 *
 * A workspace whose settings record is missing (or was quarantined) while other records exist
 * gets rebuilt settings (shared/domain/settings/rebuild.ts) rather than the first-run screen,
 * whose "Start empty" would replace those records.
 */
import { SETTINGS_ID } from '../../shared/domain/settings/schema';
import { rebuildSettings } from '../../shared/domain/settings/rebuild';
import { TABLES, countRecords, isInitialised, type Workspace } from '../../shared/domain/workspace';
import type { LaunchControlDb } from './db';
import {
  JOURNAL_STORE,
  PAGES_STORE,
  QUARANTINE_STORE,
  RECENT_STORE,
  isCheckedPage,
  pageCheck,
  pagesOf,
  type Page,
  type RecentRecord,
} from './layout';
import { readwrite, settle } from './native';
import { checkRows, readRows, type Damage } from './read';

/** One unreadable record or page, kept as stored. */
export interface QuarantinedRecord extends Damage {
  key: string;
  /** When it was set aside (ISO time). */
  at: string;
}

export interface Repair {
  damage: Damage[];
  settingsRebuilt: boolean;
}

const KNOWN_TABLES = new Set<string>(TABLES);

export function repairDamage(
  db: LaunchControlDb,
  now: string,
): Promise<{ workspace: Workspace; repair: Repair }> {
  const stores = [PAGES_STORE, JOURNAL_STORE, RECENT_STORE, QUARANTINE_STORE];
  return db.transaction('rw', stores, async () => {
    const rows = await readRows(db);
    const { workspace, damage } = checkRows(rows);
    const settingsRebuilt = !isInitialised(workspace) && countRecords(workspace) > 0;
    if (settingsRebuilt) workspace.settings[SETTINGS_ID] = rebuildSettings(workspace);
    // Rows of tables this version does not know are left as they are, never dropped.
    const pages = db.table<Page, string>(PAGES_STORE);
    await pages.bulkDelete(rows.pages.filter((p) => KNOWN_TABLES.has(p.table)).map((p) => p.key));
    await pages.bulkPut(pagesOf(workspace, true)); // every record in it was just validated
    await db.table(JOURNAL_STORE).clear();
    await db
      .table<RecentRecord, string>(RECENT_STORE)
      .bulkDelete(rows.recent.filter((r) => KNOWN_TABLES.has(r.table)).map((r) => r.key));
    await db
      .table<QuarantinedRecord, string>(QUARANTINE_STORE)
      .bulkPut(
        damage.map((d, index) => ({ ...d, key: `${now}#${String(index).padStart(6, '0')}`, at: now })),
      );
    return { workspace, repair: { damage, settingsRebuilt } };
  });
}

/**
 * Gives pages that were validated record by record (written before pages had checks, or by a
 * migration) their check, so the next startup reads them without validating again. A page
 * changed since it was read is left for the next startup. Nothing depends on this finishing.
 */
export function checkVerifiedPages(db: LaunchControlDb, verified: readonly Page[]): Promise<void> {
  if (verified.length === 0 || !db.isOpen()) return Promise.resolve();
  const tx = readwrite(db.backendDB(), [PAGES_STORE]);
  return settle(tx, () => {
    const store = tx.objectStore(PAGES_STORE);
    for (const page of verified) {
      const current = store.get(page.key);
      current.onsuccess = () => {
        const now = current.result as Page | undefined;
        if (now && now.records === page.records && !isCheckedPage(now))
          store.put({ ...now, check: pageCheck(now.records) });
      };
    }
  });
}

/** Everything set aside so far, oldest first. */
export function listQuarantine(db: LaunchControlDb): Promise<QuarantinedRecord[]> {
  return db.table<QuarantinedRecord, string>(QUARANTINE_STORE).toArray();
}

/** The quarantined rows as a JSON file, raw text included, for a person or support to read. */
export function quarantineJson(records: readonly QuarantinedRecord[], exportedAt: string): string {
  return `${JSON.stringify({ format: 'launch-control.quarantine', exportedAt, records }, null, 2)}\n`;
}

/** Discards the quarantined rows (only ever on the person's explicit request). */
export function discardQuarantine(db: LaunchControlDb): Promise<void> {
  return db.table(QUARANTINE_STORE).clear();
}
