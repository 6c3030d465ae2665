import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeBuilder, applyChange, type Change } from '../../../shared/domain/change';
import { countRecords } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/export/json';
import { LaunchControlDb, MIGRATIONS, type Migration } from '../../../renderer/data/db';
import { NewerDatabaseError, openWorkspace } from '../../../renderer/data/open';
import { persistChange } from '../../../renderer/data/persist';
import { SnapshotStore, MAX_SNAPSHOTS } from '../../../renderer/data/snapshots';
import { emptyTables } from '../../../shared/domain/workspace';
import { sample, NOW } from '../../fixtures/workspace';

let counter = 0;
const open: { close(): void }[] = [];
function names() {
  counter += 1;
  return { db: `test-db-${counter}-${Date.now()}`, snapshots: `test-snapshots-${counter}-${Date.now()}` };
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function seeded(name: string, migrations: Migration[] = MIGRATIONS) {
  const db = new LaunchControlDb(name, migrations);
  await persistChange(db, replaceWorkspace(emptyTables(), sample()));
  return db;
}

/** A later schema version, as a future release would add one. */
const V2: Migration[] = [
  ...MIGRATIONS,
  {
    version: 2,
    stores: { items: 'id, stageId, parentId, launchDate' },
    upgrade: async (tx) => {
      await tx
        .table('items')
        .toCollection()
        .modify((item: { tags: string[] }) => {
          item.tags = [...item.tags, 'migrated'];
        });
    },
  },
];

describe('Dexie persistence', () => {
  it('persists a change and loads the same workspace back', async () => {
    const n = names();
    const db = await seeded(n.db);
    db.close();
    const snapshots = new SnapshotStore(n.snapshots);
    open.push(snapshots);
    const { db: reopened, workspace } = await openWorkspace({ name: n.db, snapshots, now: () => NOW });
    open.push(reopened);
    expect(workspace).toEqual(sample());
    expect(await snapshots.list()).toEqual([]); // same version: no migration, no snapshot
  });

  it('writes a change atomically: a failing op leaves every table untouched', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    const good = new ChangeBuilder(ws)
      .put('people', { ...ws.people['sample-maya']!, name: 'Renamed' })
      .build('x');
    const bad: Change = {
      label: 'bad',
      ops: [...good.ops, { table: 'items', id: 'broken', before: null, after: { title: 'no id' } as never }],
    };
    await expect(persistChange(db, bad)).rejects.toThrow();
    expect((await db.tableOf('people').get('sample-maya'))!.name).toBe('Maya Chen');
  });

  it('deletes records', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    await persistChange(db, new ChangeBuilder(ws).delete('feedback', 'sample-f1').build('x'));
    expect(await db.tableOf('feedback').get('sample-f1')).toBeUndefined();
    expect(await db.tableOf('feedback').count()).toBe(4);
  });
});

describe('readiness items, stored grouped by launch item', () => {
  it('adds, edits, moves and deletes readiness items and reads them back exactly', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    const [first, second] = Object.values(ws.readiness).filter((r) => r.itemId === 'sample-dark-mode');
    const change = new ChangeBuilder(ws)
      .put('readiness', { ...first!, title: 'Edited' })
      .put('readiness', { ...second!, itemId: 'sample-payment-links' }) // moves to another group
      .put('readiness', { ...first!, id: 'new-line', itemId: 'sample-usage-billing' })
      .build('x');
    await persistChange(db, change);
    const expected = applyChange(ws, change);
    const { db: reread, workspace } = await openWorkspace({
      name: n.db,
      snapshots: new SnapshotStore(n.snapshots),
      now: () => NOW,
    });
    open.push(reread);
    expect(workspace.readiness).toEqual(expected.readiness);

    // Deleting every line of an item removes its group row.
    const remaining = Object.values(expected.readiness).filter((r) => r.itemId === 'sample-dark-mode');
    const clear = remaining
      .reduce((b, r) => b.delete('readiness', r.id), new ChangeBuilder(expected))
      .build('clear');
    await persistChange(db, clear);
    expect(await db.table('readinessByItem').get('sample-dark-mode')).toBeUndefined();
    expect(await db.table('readinessByItem').count()).toBe(
      new Set(Object.values(expected.readiness).map((r) => r.itemId)).size - 1,
    );
  });
});

describe('migrations', () => {
  it('snapshot first, then migrate keeping every record', async () => {
    const n = names();
    (await seeded(n.db)).close();
    const snapshots = new SnapshotStore(n.snapshots);
    open.push(snapshots);
    const { db, workspace } = await openWorkspace({ name: n.db, migrations: V2, snapshots, now: () => NOW });
    open.push(db);
    expect(db.verno).toBe(2);
    expect(countRecords(workspace)).toBe(countRecords(sample()));
    expect(Object.values(workspace.items).every((i) => i.tags.includes('migrated'))).toBe(true);
    const [snapshot] = await snapshots.list();
    expect(snapshot).toMatchObject({
      reason: 'Before upgrading the database from version 1 to 2',
      records: countRecords(sample()),
    });
    const full = await snapshots.get(snapshot!.id!);
    expect(JSON.parse(full!.json).tables.items).toHaveLength(13);
  });

  it('leaves a database from a newer version untouched and says so', async () => {
    const n = names();
    (await seeded(n.db, V2)).close();
    const snapshots = new SnapshotStore(n.snapshots);
    open.push(snapshots);
    const attempt = openWorkspace({ name: n.db, snapshots, now: () => NOW });
    await expect(attempt).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(attempt).rejects.toThrow(
      /saved by a newer version of Launch Control \(database version 2; this version understands up to 1\)/,
    );
    const raw = new Dexie(n.db);
    await raw.open();
    open.push(raw);
    expect(raw.verno).toBe(2);
    expect(await raw.table('items').count()).toBe(13);
  });

  it('keeps only the most recent snapshots', async () => {
    const n = names();
    const snapshots = new SnapshotStore(n.snapshots);
    open.push(snapshots);
    for (let i = 0; i < MAX_SNAPSHOTS + 3; i++) await snapshots.take(`s${i}`, '{}', 0, NOW);
    const list = await snapshots.list();
    expect(list).toHaveLength(MAX_SNAPSHOTS);
    expect(list[0]!.reason).toBe(`s${MAX_SNAPSHOTS + 2}`);
  });
});
