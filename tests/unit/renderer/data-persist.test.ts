/**
 * What persistChange and compaction leave in each store, row by row: small changes as recent
 * rows, large ones as one journal entry that takes only its own records' recent rows with it,
 * compaction folding both into pages (journal first, recent rows over it) at the thresholds
 * the layout names. Records are built per test, so every row can be expected exactly.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change, Op } from '../../../shared/domain/change';
import type { Person } from '../../../shared/domain/people/schema';
import { emptyTables } from '../../../shared/domain/workspace';
import { LaunchControlDb } from '../../../renderer/data/db';
import { compactIfLarge, compactRecent } from '../../../renderer/data/compact';
import { pageKey, readWorkspace, type Page, type RecentRecord } from '../../../renderer/data/layout';
import {
  COMPACT_AT,
  DIRECT_LIMIT,
  persistChange,
  whenJournalled,
  whenManyWrites,
} from '../../../renderer/data/persist';
import { StorageClosedError } from '../../../renderer/data/storage-errors';

const person = (id: string, name = `Person ${id}`): Person => ({
  id,
  name,
  team: '',
  role: '',
  region: null,
  email: '',
});
const put = (p: Person, before: Person | null = null): Op => ({
  table: 'people',
  id: p.id,
  before,
  after: p,
});
const del = (p: Person): Op => ({ table: 'people', id: p.id, before: p, after: null });
const change = (...ops: Op[]): Change => ({ label: 'test', ops });
/** `count` people p-<from>… written by one change. */
const people = (count: number, from = 0, name = 'Person') =>
  change(...Array.from({ length: count }, (_, i) => put(person(`p-${from + i}`, `${name} ${from + i}`))));

let counter = 0;
const opened: LaunchControlDb[] = [];
async function fresh(): Promise<LaunchControlDb> {
  counter += 1;
  const db = new LaunchControlDb(`persist-test-${counter}-${Date.now()}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(() => {
  whenManyWrites(null);
  whenJournalled(null);
  for (const db of opened.splice(0)) db.close();
});

const recentRows = (db: LaunchControlDb) => db.table<RecentRecord>('recent').toArray();
const journalCount = (db: LaunchControlDb) => db.table('journal').count();
const peopleIn = async (db: LaunchControlDb) => (await readWorkspace(db)).people;

describe('a small change', () => {
  it('writes each record it touches whole, one recent row each, null once deleted', async () => {
    const db = await fresh();
    const ana = person('ana', 'Ana');
    const ben = person('ben', 'Ben');
    await persistChange(db, change(put(ana), put(ben)));
    await persistChange(db, change(del(ben)));
    expect(await recentRows(db)).toEqual([
      { key: 'people/ana', table: 'people', id: 'ana', record: JSON.stringify(ana) },
      { key: 'people/ben', table: 'people', id: 'ben', record: null },
    ]);
    expect(await db.table('pages').count()).toBe(0);
    expect(await journalCount(db)).toBe(0);
    expect(await peopleIn(db)).toEqual({ ana });
  });

  it('is up to DIRECT_LIMIT ops; one more goes to the journal', async () => {
    const db = await fresh();
    await persistChange(db, people(DIRECT_LIMIT));
    expect(await db.table('recent').count()).toBe(DIRECT_LIMIT);
    expect(await journalCount(db)).toBe(0);
    await persistChange(db, people(DIRECT_LIMIT + 1, 1000));
    expect(await db.table('recent').count()).toBe(DIRECT_LIMIT);
    expect(await journalCount(db)).toBe(1);
  });

  it('writes nothing for an empty change, even to a closed database', async () => {
    const db = await fresh();
    db.close();
    await expect(persistChange(db, change())).resolves.toBeUndefined();
    await expect(persistChange(db, change(put(person('a'))))).rejects.toThrow(StorageClosedError);
  });

  it('refuses a record written under another id, writing none of the change', async () => {
    const db = await fresh();
    const wrong: Op = { table: 'people', id: 'b', before: null, after: person('a') };
    await expect(persistChange(db, change(put(person('ok')), wrong))).rejects.toThrow(
      'A people record was written under id "b" but has a different id.',
    );
    // A large change is checked the same way.
    await expect(persistChange(db, change(...people(DIRECT_LIMIT).ops, wrong))).rejects.toThrow(
      /different id/,
    );
    expect(await db.table('recent').count()).toBe(0);
    expect(await journalCount(db)).toBe(0);
  });
});

describe('a large change', () => {
  it('is one journal entry holding every record it leaves, null once deleted', async () => {
    const db = await fresh();
    const gone = person('gone');
    const large = change(...people(DIRECT_LIMIT).ops, del(gone));
    await persistChange(db, large);
    const [entry, ...more] = await db.table<{ seq: number; records: string }>('journal').toArray();
    expect(more).toEqual([]);
    const records = JSON.parse(entry!.records) as { table: string; id: string; record: unknown }[];
    expect(records).toHaveLength(DIRECT_LIMIT + 1);
    expect(records[0]).toEqual({ table: 'people', id: 'p-0', record: person('p-0', 'Person 0') });
    expect(records.at(-1)).toEqual({ table: 'people', id: 'gone', record: null });
  });

  it('removes the recent rows of its own records only: other records keep their uncompacted edits', async () => {
    const db = await fresh();
    const other = person('other', 'Edited elsewhere');
    const mine = person('p-0', 'Older edit');
    await persistChange(db, change(put(other), put(mine)));
    await persistChange(db, people(DIRECT_LIMIT + 1));
    expect((await recentRows(db)).map((r) => r.key)).toEqual(['people/other']);
    const read = await peopleIn(db);
    expect(read.other).toEqual(other);
    expect(read['p-0']).toEqual(person('p-0', 'Person 0'));
    expect(Object.keys(read)).toHaveLength(DIRECT_LIMIT + 2);
  });

  it('tells whoever listens once it has landed, so it can be folded into the pages', async () => {
    const db = await fresh();
    let journalled = 0;
    whenJournalled(() => (journalled += 1));
    await persistChange(db, people(DIRECT_LIMIT));
    expect(journalled).toBe(0);
    await persistChange(db, people(DIRECT_LIMIT + 1));
    expect(journalled).toBe(1);
    whenJournalled(null);
    await persistChange(db, people(DIRECT_LIMIT + 1));
    expect(journalled).toBe(1);
  });
});

describe('the compaction trigger', () => {
  it('fires once every COMPACT_AT / 2 direct writes, not for large changes or empty ones', async () => {
    const db = await fresh();
    const fired: number[] = [];
    let writes = 0;
    whenManyWrites(() => fired.push(writes));
    // Other tests in this file have written before: count from wherever the counter stands.
    for (let i = 0; i < COMPACT_AT; i++) {
      writes += 1;
      await persistChange(db, change(put(person(`w-${i % 10}`, `Write ${i}`))));
      await persistChange(db, change());
    }
    expect(fired).toHaveLength(2);
    expect(fired[1]! - fired[0]!).toBe(COMPACT_AT / 2);
    // Large changes do not move it: the next trigger still comes COMPACT_AT / 2 writes later.
    const last = fired[1]!;
    await persistChange(db, people(DIRECT_LIMIT + 1));
    for (let i = 0; fired.length < 3; i++) {
      writes += 1;
      await persistChange(db, change(put(person(`w-${i % 10}`, `Again ${i}`))));
    }
    expect(fired[2]! - last).toBe(COMPACT_AT / 2);
  });

  it('calls nobody once unhooked', async () => {
    const db = await fresh();
    let calls = 0;
    whenManyWrites(() => (calls += 1));
    whenManyWrites(null);
    for (let i = 0; i < COMPACT_AT / 2; i++) await persistChange(db, change(put(person('w', `Write ${i}`))));
    expect(calls).toBe(0);
  });
});

describe('compaction', () => {
  it('folds journal entries, then recent rows over them, into pages; nothing is left behind', async () => {
    const db = await fresh();
    await persistChange(db, people(DIRECT_LIMIT + 1, 0, 'First')); // journal 1
    await persistChange(db, change(put(person('p-1', 'Recent')), put(person('solo', 'Solo')))); // recent
    await persistChange(db, people(DIRECT_LIMIT + 1, 0, 'Second')); // journal 2: takes p-1's recent row
    await persistChange(db, change(put(person('p-2', 'Newest')), del(person('p-3'))));
    const before = await peopleIn(db);
    expect(before['p-0']!.name).toBe('Second 0');
    expect(before['p-1']!.name).toBe('Second 1');
    expect(before['p-2']!.name).toBe('Newest');
    expect(before['p-3']).toBeUndefined();
    expect(await compactRecent(db)).toBe(2 + 3); // two entries, three recent rows
    expect(await journalCount(db)).toBe(0);
    expect(await db.table('recent').count()).toBe(0);
    expect(await peopleIn(db)).toEqual(before);
    const pages = await db.table<Page>('pages').toArray();
    const onPages = pages.flatMap((page) => (JSON.parse(page.records) as Person[]).map((p) => p.id));
    expect(onPages.sort()).toEqual(Object.keys(before).sort());
    for (const page of pages) {
      expect(page.table).toBe('people');
      for (const p of JSON.parse(page.records) as Person[]) expect(pageKey('people', p.id)).toBe(page.key);
    }
  });

  it('removes a page left empty and keeps the others', async () => {
    const db = await fresh();
    const a = person('a');
    // An id on another page than "a".
    const b = person(
      ['b', 'c', 'd', 'e', 'f'].find((id) => pageKey('people', id) !== pageKey('people', 'a'))!,
    );
    await persistChange(db, change(put(a), put(b)));
    await compactRecent(db);
    expect(await db.table('pages').count()).toBe(2);
    await persistChange(db, change(del(a)));
    expect(await compactRecent(db)).toBe(1);
    expect(await db.table('pages').toCollection().primaryKeys()).toEqual([pageKey('people', b.id)]);
    expect(await peopleIn(db)).toEqual({ [b.id]: b });
  });

  it('of nothing folds nothing; of a closed database does nothing', async () => {
    const db = await fresh();
    expect(await compactRecent(db)).toBe(0);
    expect(await db.table('pages').count()).toBe(0);
    db.close();
    expect(await compactRecent(db)).toBe(0);
    await expect(compactIfLarge(db)).resolves.toBeUndefined();
  });

  it('runs when a journal entry waits or recent rows exceed COMPACT_AT, not at COMPACT_AT', async () => {
    const db = await fresh();
    for (let from = 0; from < COMPACT_AT; from += 100) await persistChange(db, people(100, from));
    expect(await db.table('recent').count()).toBe(COMPACT_AT);
    await compactIfLarge(db);
    expect(await db.table('recent').count()).toBe(COMPACT_AT);
    await persistChange(db, change(put(person('one-more'))));
    await compactIfLarge(db);
    expect(await db.table('recent').count()).toBe(0);
    expect(Object.keys(await peopleIn(db))).toHaveLength(COMPACT_AT + 1);

    await persistChange(db, change(put(person('small'))));
    await persistChange(db, people(DIRECT_LIMIT + 1, 5000));
    await compactIfLarge(db);
    expect(await journalCount(db)).toBe(0);
    expect(await db.table('recent').count()).toBe(0);
    expect(Object.keys(await peopleIn(db))).toHaveLength(COMPACT_AT + 1 + 1 + DIRECT_LIMIT + 1);
  });
});

it('an empty workspace reads back empty', async () => {
  expect(await readWorkspace(await fresh())).toEqual(emptyTables());
});

describe('compaction cut short', () => {
  it('reports the interruption when the transaction ends without an error of its own', async () => {
    const db = await fresh();
    await persistChange(db, change(put(person('a'))));
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof getAll>
    ) {
      const request = getAll.apply(this, args);
      // Once both reads are issued, end it as a closing window would: no error is set.
      if (this.name === 'recent') this.transaction.abort();
      return request;
    });
    await expect(compactRecent(db)).rejects.toThrow('compaction was interrupted');
    vi.restoreAllMocks();
    expect(await db.table('recent').count()).toBe(1);
  });
});
