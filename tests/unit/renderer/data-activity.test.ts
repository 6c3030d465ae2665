/**
 * The activity history in storage: an entry is written in the same transaction as its change
 * (a failed save leaves no entry), an item's history holds its own changes and every wide one,
 * newest first, and pruning drops only the oldest rows beyond the limit.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../shared/domain/activity';
import type { Change } from '../../../shared/domain/change';
import { ACTIVITY_STORE, activityForItem, pruneActivity } from '../../../renderer/data/activity';
import { LaunchControlDb } from '../../../renderer/data/db';
import { persistChange } from '../../../renderer/data/persist';
import { item } from '../../fixtures/records';

let counter = 0;
const opened: LaunchControlDb[] = [];
async function fresh(): Promise<LaunchControlDb> {
  counter += 1;
  const db = new LaunchControlDb(`activity-test-${counter}-${Date.now()}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const entry = (label: string, items: string[], wide?: 1): ActivityEntry => ({
  at: '2026-11-27T10:00:00.000Z',
  by: 'Ana',
  label,
  items: wide ? [] : items,
  ...(wide ? { wide } : {}),
  notes: items.map((itemId) => ({ itemId, text: `${label} ${itemId}` })),
});
const create = (id: string): Change => ({
  label: `Create ${id}`,
  ops: [{ table: 'items', id, before: null, after: item(id) }],
});
const labels = (entries: ActivityEntry[]) => entries.map((e) => e.label);

describe('activity in storage', () => {
  it('is written with its change, small (recent rows) or large (journal)', async () => {
    const db = await fresh();
    await persistChange(db, create('a'), entry('Create a', ['a']));
    const large: Change = {
      label: 'Import',
      ops: Array.from({ length: 201 }, (_, i) => ({
        table: 'items',
        id: `i${i}`,
        before: null,
        after: item(`i${i}`),
      })),
    };
    await persistChange(db, large, entry('Import', [], 1));
    await persistChange(db, create('b'));
    expect(labels(await activityForItem(db, 'a', 10))).toEqual(['Import', 'Create a']);
    expect(labels(await activityForItem(db, 'b', 10))).toEqual(['Import']);
    expect(await db.table(ACTIVITY_STORE).count()).toBe(2);
  });

  it('is one transaction with its change: when either cannot be written, neither is', async () => {
    const db = await fresh();
    // A function cannot be stored: the entry's write fails inside the change's transaction.
    const unstorable = { ...entry('Create a', ['a']), by: (() => 'x') as unknown as string };
    await expect(persistChange(db, create('a'), unstorable)).rejects.toThrow();
    expect(await db.table(ACTIVITY_STORE).count()).toBe(0);
    expect(await db.table('recent').count()).toBe(0);
  });

  it('lists an item’s changes newest first, up to the limit asked for', async () => {
    const db = await fresh();
    for (let i = 0; i < 5; i += 1) await persistChange(db, create('a'), entry(`Edit ${i}`, ['a', 'z']));
    await persistChange(db, create('z'), entry('Other', ['z']));
    expect(labels(await activityForItem(db, 'a', 3))).toEqual(['Edit 4', 'Edit 3', 'Edit 2']);
    expect(labels(await activityForItem(db, 'z', 2))).toEqual(['Other', 'Edit 4']);
    expect(await activityForItem(db, 'nobody', 5)).toEqual([]);
  });

  it('prunes the oldest rows beyond what it keeps', async () => {
    const db = await fresh();
    for (let i = 0; i < 6; i += 1) await persistChange(db, create('a'), entry(`Edit ${i}`, ['a']));
    expect(await pruneActivity(db, 10)).toBe(0);
    expect(await pruneActivity(db, 4)).toBe(2);
    expect(labels(await activityForItem(db, 'a', 10))).toEqual(['Edit 5', 'Edit 4', 'Edit 3', 'Edit 2']);
  });
});
