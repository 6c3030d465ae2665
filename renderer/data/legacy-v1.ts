/**
 * The version-1 layout, kept only to read old databases: one Dexie store per table with one
 * record per row, except readiness items, stored one row per launch item ({ itemId, items }).
 * Used to snapshot a version-1 database before it is upgraded, and by the upgrade itself.
 */
import type Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type { ReadinessItem } from '../../shared/domain/readiness/schema';
import { emptyTables, type TableName, type Workspace } from '../../shared/domain/workspace';

export const LEGACY_READINESS_STORE = 'readinessByItem';

/** The tables version 1 had: its layout is frozen, whatever tables were added since. */
export const LEGACY_TABLES = [
  'settings',
  'items',
  'readiness',
  'milestones',
  'people',
  'blackouts',
  'decisions',
  'feedback',
  'playbooks',
] as const satisfies readonly TableName[];
export type LegacyTable = (typeof LEGACY_TABLES)[number];

/** The version-1 stores, by the table whose records they hold. */
export const LEGACY_STORES: Record<LegacyTable, string> = Object.fromEntries(
  LEGACY_TABLES.map((t) => [t, t === 'readiness' ? LEGACY_READINESS_STORE : t]),
) as Record<LegacyTable, string>;

async function readTables(table: (store: string) => Table, present: Set<string>): Promise<Workspace> {
  const workspace = emptyTables();
  const tables = LEGACY_TABLES.filter((t) => present.has(LEGACY_STORES[t]));
  const contents = await Promise.all(tables.map((t) => table(LEGACY_STORES[t]).toArray()));
  tables.forEach((t, index) => {
    const map = workspace[t] as Record<string, unknown>;
    const rows = contents[index]!;
    if (t === 'readiness') {
      for (const group of rows as { items: ReadinessItem[] }[]) for (const r of group.items) map[r.id] = r;
    } else for (const record of rows as { id: string }[]) map[record.id] = record;
  });
  return workspace;
}

/** Every record of a version-1 database (opened in Dexie's dynamic mode), in one transaction. */
export async function readLegacyWorkspace(db: Dexie): Promise<Workspace> {
  const present = new Set(db.tables.map((t) => t.name));
  const stores = Object.values(LEGACY_STORES).filter((s) => present.has(s));
  return db.transaction('r', stores, () => readTables((s) => db.table(s), present));
}

/** The same, inside an upgrade transaction, where the old stores are still open. */
export function readLegacyInUpgrade(tx: Transaction): Promise<Workspace> {
  // The native upgrade transaction spans every store on disk; Dexie's storeNames only the new schema's.
  const present = new Set(Array.from(tx.idbtrans.objectStoreNames));
  return readTables((s) => tx.table(s), present);
}
