/**
 * Writes a Change to Dexie in one transaction: all of its puts and deletes land, or none do.
 */
import type { Change } from '../../shared/domain/change';
import type { LaunchControlDb } from './db';
import { storesFor, writeOps } from './layout';

export async function persistChange(db: LaunchControlDb, change: Change): Promise<void> {
  if (change.ops.length === 0) return;
  const stores = storesFor(change.ops.map((op) => op.table));
  await db.transaction('rw', stores, () => writeOps(db, change.ops));
}
