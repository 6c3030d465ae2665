/**
 * The activity history (shared/domain/activity.ts): one row per saved change that touched a
 * launch item, written in the same transaction as the change itself (persist.ts), so the
 * history never claims a change that was not saved nor misses one that was. Rows are numbered
 * by IndexedDB in the order written, across windows, and indexed by the items they touched;
 * a wide change (an import) is indexed as such and shown on every item.
 */
import type { ActivityEntry } from '../../shared/domain/activity';
import type { LaunchControlDb } from './db';

export const ACTIVITY_STORE = 'activity';
/** Dexie's schema of the store: auto-numbered, a multi-entry index of items, wide changes. */
export const ACTIVITY_SCHEMA = '++seq, *items, wide';
/** The history keeps this many changes; older ones are dropped at startup. */
export const ACTIVITY_KEEP = 20_000;

/** Queues the entry's row in a transaction that includes the activity store. */
export function addActivity(tx: IDBTransaction, entry: ActivityEntry): void {
  tx.objectStore(ACTIVITY_STORE).add(entry);
}

/**
 * The changes that touched one item (and every wide change), newest first. Reading `limit + 1`
 * tells the caller whether there is more.
 */
export async function activityForItem(
  db: LaunchControlDb,
  itemId: string,
  limit: number,
): Promise<ActivityEntry[]> {
  const table = db.table<ActivityEntry, number>(ACTIVITY_STORE);
  const [own, wide] = await db.transaction('r', table, () =>
    Promise.all([
      table.where('items').equals(itemId).reverse().limit(limit).toArray(),
      table.where('wide').equals(1).reverse().limit(limit).toArray(),
    ]),
  );
  return [...own, ...wide].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)).slice(0, limit);
}

/** Drops the oldest rows beyond `keep`; resolves with how many went. */
export async function pruneActivity(db: LaunchControlDb, keep = ACTIVITY_KEEP): Promise<number> {
  const table = db.table<ActivityEntry, number>(ACTIVITY_STORE);
  return db.transaction('rw', table, async () => {
    const count = await table.count();
    if (count <= keep) return 0;
    const oldest = await table
      .orderBy(':id')
      .limit(count - keep)
      .primaryKeys();
    await table.bulkDelete(oldest);
    return oldest.length;
  });
}
