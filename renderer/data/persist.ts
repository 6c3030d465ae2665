/**
 * Writes a Change to Dexie in one transaction: all of its puts and deletes land, or none do.
 */
import type { Change } from '../../shared/domain/change';
import type { TableName } from '../../shared/domain/workspace';
import type { LaunchControlDb } from './db';

export async function persistChange(db: LaunchControlDb, change: Change): Promise<void> {
  if (change.ops.length === 0) return;
  const puts = new Map<TableName, unknown[]>();
  const deletes = new Map<TableName, string[]>();
  for (const op of change.ops) {
    if (op.after === null) (deletes.get(op.table) ?? deletes.set(op.table, []).get(op.table)!).push(op.id);
    else (puts.get(op.table) ?? puts.set(op.table, []).get(op.table)!).push(op.after);
  }
  const tables = [...new Set(change.ops.map((op) => op.table))].map((t) => db.table(t));
  await db.transaction('rw', tables, async () => {
    for (const [table, records] of puts) await db.table(table).bulkPut(records);
    for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
  });
}
