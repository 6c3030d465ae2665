import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeBuilder, applyChange, type Change } from '../../../shared/domain/change';
import { countRecords } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/formats/workspace-json';
import { LATEST_VERSION, LaunchControlDb, MIGRATIONS, type Migration } from '../../../renderer/data/db';
import { PAGE_COUNT, modifyRecords, pageKey, readWorkspace } from '../../../renderer/data/layout';
import { LEGACY_STORES, LEGACY_TABLES } from '../../../renderer/data/legacy-v1';
import { NewerDatabaseError, openWorkspace, stepAsideOnUpgrade } from '../../../renderer/data/open';
import { compactIfLarge, compactRecent } from '../../../renderer/data/compact';
import { COMPACT_AT, DIRECT_LIMIT, persistChange } from '../../../renderer/data/persist';
import { BrowserBackupStore } from '../../../renderer/data/snapshots';
import { TABLES, emptyTables, type Workspace } from '../../../shared/domain/workspace';
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
  await db.open();
  await persistChange(db, replaceWorkspace(emptyTables(), sample()));
  return db;
}

/** A later schema version, as a future release would add one. */
const NEXT: Migration[] = [
  ...MIGRATIONS,
  {
    version: LATEST_VERSION + 1,
    stores: {},
    upgrade: (tx) =>
      modifyRecords(tx, 'items', (item) => {
        item.tags = [...item.tags, 'migrated'];
      }),
  },
];

/** A database as version 1 of the app wrote it: a store per table, readiness grouped by item. */
async function seededV1(name: string, ws: Workspace) {
  const db = new Dexie(name);
  db.version(1).stores(MIGRATIONS[0]!.stores);
  await db.open();
  for (const table of LEGACY_TABLES) {
    const records = Object.values(ws[table]);
    if (table !== 'readiness') await db.table(LEGACY_STORES[table]).bulkPut(records);
  }
  const groups = new Map<string, unknown[]>();
  for (const r of Object.values(ws.readiness)) groups.set(r.itemId, [...(groups.get(r.itemId) ?? []), r]);
  await db.table(LEGACY_STORES.readiness).bulkPut([...groups].map(([itemId, items]) => ({ itemId, items })));
  db.close();
}

describe('Dexie persistence', () => {
  it('persists a change and loads the same workspace back', async () => {
    const n = names();
    const db = await seeded(n.db);
    db.close();
    const snapshots = new BrowserBackupStore(n.snapshots);
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
    await expect(persistChange(db, bad)).rejects.toThrow(/different id/);
    expect((await readWorkspace(db)).people['sample-maya']!.name).toBe('Maya Chen');
  });

  it('rolls back pages already written when a later write in the change fails', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    const item = ws.items['sample-dark-mode']!;
    const change = new ChangeBuilder(ws)
      .put('people', { ...ws.people['sample-maya']!, name: 'Renamed' })
      .put('items', { ...item, title: 'Renamed too' })
      .build('x');
    // The first page is written, then the disk fills up before the second.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      puts += 1;
      if (puts === 2) throw new DOMException('the disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(persistChange(db, change)).rejects.toThrow(/disk is full/);
    vi.restoreAllMocks();
    expect(puts).toBe(2);
    expect(await readWorkspace(db)).toEqual(ws);
  });

  it('says so when the database has been closed', async () => {
    const n = names();
    const db = await seeded(n.db);
    db.close();
    const ws = sample();
    const change = new ChangeBuilder(ws).delete('feedback', 'sample-f1').build('x');
    await expect(persistChange(db, change)).rejects.toThrow(/connection to the workspace database was lost/);
  });

  it('deletes records', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    await persistChange(db, new ChangeBuilder(ws).delete('feedback', 'sample-f1').build('x'));
    const after = await readWorkspace(db);
    expect(after.feedback['sample-f1']).toBeUndefined();
    expect(Object.keys(after.feedback)).toHaveLength(Object.keys(ws.feedback).length - 1);
  });
});

describe('records stored in pages', () => {
  it('adds, edits, moves and deletes readiness items and reads them back exactly', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    const [first, second] = Object.values(ws.readiness).filter((r) => r.itemId === 'sample-dark-mode');
    const change = new ChangeBuilder(ws)
      .put('readiness', { ...first!, title: 'Edited' })
      .put('readiness', { ...second!, itemId: 'sample-payment-links' }) // to another launch item
      .put('readiness', { ...first!, id: 'new-line', itemId: 'sample-usage-billing' })
      .build('x');
    await persistChange(db, change);
    const expected = applyChange(ws, change);
    const { db: reread, workspace } = await openWorkspace({
      name: n.db,
      snapshots: new BrowserBackupStore(n.snapshots),
      now: () => NOW,
    });
    open.push(reread);
    expect(workspace.readiness).toEqual(expected.readiness);

    // Deleting every readiness item, then compacting, removes their pages; others stay.
    const clear = Object.values(expected.readiness)
      .reduce((b, r) => b.delete('readiness', r.id), new ChangeBuilder(expected))
      .build('clear');
    await persistChange(db, clear);
    const before = await readWorkspace(db);
    expect(await compactRecent(db)).toBeGreaterThan(0);
    expect(await db.table('recent').count()).toBe(0);
    expect(await readWorkspace(db)).toEqual(before);
    expect(Object.keys(before.readiness)).toEqual([]);
    const keys = (await db.table('pages').toCollection().primaryKeys()) as string[];
    const expectedKeys = new Set(
      TABLES.filter((t) => t !== 'readiness').flatMap((t) =>
        Object.keys(expected[t]).map((id) => pageKey(t, id)),
      ),
    );
    expect(new Set(keys)).toEqual(expectedKeys);
  });

  it('writes small changes as recent records and large ones as a journal entry, newest winning', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    await compactRecent(db);
    let ws = sample();
    // Small: one recent row, no page rewritten.
    const pagesBefore = await db.table('pages').toArray();
    const rename = new ChangeBuilder(ws)
      .put('items', { ...ws.items['sample-dark-mode']!, title: 'Small edit' })
      .build('x');
    await persistChange(db, rename);
    ws = applyChange(ws, rename);
    expect(await db.table('recent').count()).toBe(1);
    expect(await db.table('pages').toArray()).toEqual(pagesBefore);
    expect(await readWorkspace(db)).toEqual(ws);
    // Large: more ops than DIRECT_LIMIT, including the record just written as a recent row.
    let big = new ChangeBuilder(ws).put('items', { ...ws.items['sample-dark-mode']!, title: 'Large edit' });
    for (let i = 0; i < DIRECT_LIMIT; i++)
      big = big.put('people', { ...ws.people['sample-maya']!, id: `p-${i}`, name: `Person ${i}` });
    const large = big.build('y');
    expect(large.ops.length).toBeGreaterThan(DIRECT_LIMIT);
    await persistChange(db, large);
    ws = applyChange(ws, large);
    expect(await db.table('recent').count()).toBe(0); // the stale recent row went with it
    expect(await readWorkspace(db)).toEqual(ws);
  });

  it('compacts only when the recent records pile up', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    const ws = sample();
    const records = countRecords(ws);
    expect(records).toBeLessThanOrEqual(COMPACT_AT); // the seed went in as recent records
    await compactIfLarge(db);
    expect(await db.table('recent').count()).toBe(records);
    let many = new ChangeBuilder(ws);
    for (let i = 0; i <= COMPACT_AT; i++)
      many = many.put('people', { ...ws.people['sample-maya']!, id: `q-${i}`, name: `Q ${i}` });
    const change = many.build('z');
    for (let i = 0; i < change.ops.length; i += 100)
      await persistChange(db, { label: 'part', ops: change.ops.slice(i, i + 100) });
    await compactIfLarge(db);
    expect(await db.table('recent').count()).toBe(0);
    expect(await readWorkspace(db)).toEqual(applyChange(ws, change));
  });

  it('an interrupted compaction changes nothing: the recent records stay, the pages too', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    await compactRecent(db);
    let ws = sample();
    const rename = new ChangeBuilder(ws)
      .put('items', { ...ws.items['sample-dark-mode']!, title: 'Small edit' })
      .build('x');
    await persistChange(db, rename);
    ws = applyChange(ws, rename);
    const pagesBefore = await db.table('pages').toArray();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('the disk is full', 'QuotaExceededError');
    });
    await expect(compactRecent(db)).rejects.toThrow(/disk is full/);
    vi.restoreAllMocks();
    expect(await db.table('recent').count()).toBe(1);
    expect(await db.table('pages').toArray()).toEqual(pagesBefore);
    expect(await readWorkspace(db)).toEqual(ws);
    expect(await compactRecent(db)).toBe(1);
    expect(await readWorkspace(db)).toEqual(ws);
  });

  it('puts a record on the same page every time, spread over many pages', () => {
    expect(pageKey('items', 'sample-dark-mode')).toBe('items:10'); // FNV-1a 0xfedf338a % 32
    const pages = new Set(Array.from({ length: 2000 }, (_, i) => pageKey('readiness', `r-${i}`)));
    expect(pages.size).toBe(PAGE_COUNT);
  });
});

describe('migrations', () => {
  it('snapshot first, then migrate keeping every record', async () => {
    const n = names();
    (await seeded(n.db)).close();
    const snapshots = new BrowserBackupStore(n.snapshots);
    open.push(snapshots);
    const { db, workspace } = await openWorkspace({
      name: n.db,
      migrations: NEXT,
      snapshots,
      now: () => NOW,
    });
    open.push(db);
    expect(db.verno).toBe(LATEST_VERSION + 1);
    expect(countRecords(workspace)).toBe(countRecords(sample()));
    expect(Object.values(workspace.items).every((i) => i.tags.includes('migrated'))).toBe(true);
    const [snapshot] = await snapshots.list();
    expect(snapshot).toMatchObject({
      reason: `Before upgrading the database from version ${LATEST_VERSION} to ${LATEST_VERSION + 1}`,
      records: countRecords(sample()),
    });
    const full = await snapshots.get(snapshot!.id!);
    expect(JSON.parse(full!.json).tables.items).toHaveLength(14);
  });

  it('steps aside when another window upgrades the database, and never writes to the newer one', async () => {
    const n = names();
    const db = await seeded(n.db);
    open.push(db);
    let told = false;
    stepAsideOnUpgrade(db, () => (told = true));
    const newer = new LaunchControlDb(n.db, NEXT);
    await newer.open(); // blocked until the first connection steps aside
    open.push(newer);
    expect(told).toBe(true);
    const before = await readWorkspace(newer);
    const ws = sample();
    const change = new ChangeBuilder(ws).delete('feedback', 'sample-f1').build('x');
    await expect(persistChange(db, change)).rejects.toThrow(/connection to the workspace database was lost/);
    expect(await readWorkspace(newer)).toEqual(before);
    expect(newer.verno).toBe(LATEST_VERSION + 1);
  });

  it('leaves a database from a newer version untouched and says so', async () => {
    const n = names();
    (await seeded(n.db, NEXT)).close();
    const snapshots = new BrowserBackupStore(n.snapshots);
    open.push(snapshots);
    const attempt = openWorkspace({ name: n.db, snapshots, now: () => NOW });
    await expect(attempt).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(attempt).rejects.toThrow(
      `saved by a newer version of Launch Control (database version ${LATEST_VERSION + 1}; this version understands up to ${LATEST_VERSION})`,
    );
    const raw = new Dexie(n.db);
    await raw.open();
    open.push(raw);
    expect(raw.verno).toBe(LATEST_VERSION + 1);
    expect(Object.keys((await readWorkspace(raw)).items)).toHaveLength(14);
  });

  it('moves a version-1 database into pages, snapshot first, keeping every record', async () => {
    const n = names();
    // Version 1 had only its own tables: the sample's beta participants and the like were not.
    const v1 = sample();
    for (const table of TABLES)
      if (!(LEGACY_TABLES as readonly string[]).includes(table)) v1[table] = emptyTables()[table] as never;
    await seededV1(n.db, v1);
    const snapshots = new BrowserBackupStore(n.snapshots);
    open.push(snapshots);
    const { db, workspace } = await openWorkspace({ name: n.db, snapshots, now: () => NOW });
    open.push(db);
    expect(db.verno).toBe(LATEST_VERSION);
    expect(workspace).toEqual(v1);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'activity',
      'journal',
      'meta',
      'pages',
      'quarantine',
      'recent',
    ]);
    const [snapshot] = await snapshots.list();
    expect(snapshot).toMatchObject({
      reason: `Before upgrading the database from version 1 to ${LATEST_VERSION}`,
      records: countRecords(v1),
    });
    // Reopened, it reads the same from pages alone.
    db.close();
    const again = await openWorkspace({ name: n.db, snapshots, now: () => NOW });
    open.push(again.db);
    expect(again.workspace).toEqual(v1);
  });

  // Which snapshots (backups) are kept: tests/unit/renderer/backups-store.test.ts.
});
