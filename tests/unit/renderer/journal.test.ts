/**
 * Large changes go to the journal first: one row, written without reading anything, so the
 * transaction is complete the moment it is issued (as small changes are). Reading replays
 * pages, then journal entries in the order written, then recent rows; compaction folds both.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeBuilder, applyChange, type Change } from '../../../shared/domain/change';
import { emptyTables, type Workspace } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/formats/workspace-json';
import { compactIfLarge, compactRecent } from '../../../renderer/data/compact';
import { LaunchControlDb } from '../../../renderer/data/db';
import {
  JOURNAL_STORE,
  PAGES_STORE,
  RECENT_STORE,
  pageCheck,
  type JournalEntry,
} from '../../../renderer/data/layout';
import {
  BLIND_DELETE_LIMIT,
  DIRECT_LIMIT,
  persistChange,
  whenJournalled,
} from '../../../renderer/data/persist';
import { readWorkspace } from '../../../renderer/data/read';
import { sample } from '../../fixtures/workspace';

let counter = 0;
const toClose: LaunchControlDb[] = [];
afterEach(() => {
  for (const db of toClose.splice(0)) db.close();
  whenJournalled(null);
  vi.restoreAllMocks();
});

async function compacted(ws: Workspace = sample()) {
  counter += 1;
  const db = new LaunchControlDb(`journal-${counter}-${Date.now()}`);
  toClose.push(db);
  await db.open();
  await persistChange(db, replaceWorkspace(emptyTables(), ws));
  await compactRecent(db);
  return db;
}

/** A change of more than DIRECT_LIMIT records: new people, plus `extra` first. */
function large(ws: Workspace, label: string, extra?: (b: ChangeBuilder) => ChangeBuilder): Change {
  let builder = extra ? extra(new ChangeBuilder(ws)) : new ChangeBuilder(ws);
  for (let i = 0; i <= DIRECT_LIMIT; i++)
    builder = builder.put('people', {
      ...ws.people['sample-maya']!,
      id: `${label}-${i}`,
      name: `${label} ${i}`,
    });
  return builder.build(label);
}

const rename = (ws: Workspace, title: string) =>
  new ChangeBuilder(ws).put('items', { ...ws.items['sample-dark-mode']!, title }).build(title);

describe('the journal', () => {
  it('writes a large change as one journal entry without reading, and tells compaction', async () => {
    const db = await compacted();
    const pagesBefore = await db.table(PAGES_STORE).toArray();
    const journalled = vi.fn();
    whenJournalled(journalled);
    const reads = [
      vi.spyOn(IDBObjectStore.prototype, 'get'),
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'getAllKeys'),
    ];
    const ws = sample();
    const change = large(ws, 'big');
    await persistChange(db, change);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(journalled).toHaveBeenCalledTimes(1);
    expect(await db.table(JOURNAL_STORE).count()).toBe(1);
    expect(await db.table(PAGES_STORE).toArray()).toEqual(pagesBefore);
    expect(await readWorkspace(db)).toEqual(applyChange(ws, change));
  });

  it('replays entries in the order written, with recent rows written after them winning', async () => {
    const db = await compacted();
    let ws = sample();
    const steps = [
      rename(ws, 'Recent before'),
      large(ws, 'first', (b) => b.put('items', { ...ws.items['sample-dark-mode']!, title: 'First journal' })),
    ];
    for (const step of steps) {
      await persistChange(db, step);
      ws = applyChange(ws, step);
    }
    const second = large(ws, 'second', (b) =>
      b.put('items', { ...ws.items['sample-dark-mode']!, title: 'Second journal' }),
    );
    await persistChange(db, second);
    ws = applyChange(ws, second);
    expect((await readWorkspace(db)).items['sample-dark-mode']!.title).toBe('Second journal');
    const after = rename(ws, 'Recent after');
    await persistChange(db, after);
    ws = applyChange(ws, after);
    expect(await db.table(JOURNAL_STORE).count()).toBe(2);
    expect(await readWorkspace(db)).toEqual(ws);
    // Folded into the pages, the same workspace reads back from pages alone.
    expect(await compactRecent(db)).toBe(3);
    expect(await db.table(JOURNAL_STORE).count()).toBe(0);
    expect(await db.table(RECENT_STORE).count()).toBe(0);
    expect(await readWorkspace(db)).toEqual(ws);
  });

  it('a large change removes the older recent rows of its records only', async () => {
    const db = await compacted();
    let ws = sample();
    const other = new ChangeBuilder(ws)
      .put('people', { ...ws.people['sample-maya']!, name: 'Maya R.' })
      .build('o');
    for (const change of [rename(ws, 'Small'), other]) {
      await persistChange(db, change);
      ws = applyChange(ws, change);
    }
    const change = large(ws, 'big', (b) => b.delete('items', 'sample-dark-mode'));
    await persistChange(db, change);
    ws = applyChange(ws, change);
    expect(await db.table(RECENT_STORE).toCollection().primaryKeys()).toEqual(['people/sample-maya']);
    expect(await readWorkspace(db)).toEqual(ws);
    expect(ws.items['sample-dark-mode']).toBeUndefined();
  });

  it('above the blind-delete limit, looks the recent keys up and still removes only its own', async () => {
    const db = await compacted();
    let ws = sample();
    const other = new ChangeBuilder(ws)
      .put('people', { ...ws.people['sample-maya']!, name: 'Maya R.' })
      .build('o');
    for (const change of [rename(ws, 'Small'), other]) {
      await persistChange(db, change);
      ws = applyChange(ws, change);
    }
    let builder = new ChangeBuilder(ws).put('items', { ...ws.items['sample-dark-mode']!, title: 'Huge' });
    for (let i = 0; i <= BLIND_DELETE_LIMIT; i++)
      builder = builder.put('people', { ...ws.people['sample-maya']!, id: `huge-${i}`, name: `Huge ${i}` });
    const huge = builder.build('huge');
    expect(huge.ops.length).toBeGreaterThan(BLIND_DELETE_LIMIT);
    const deletes = vi.spyOn(IDBObjectStore.prototype, 'delete');
    await persistChange(db, huge);
    expect(deletes).toHaveBeenCalledTimes(1); // the one stale recent row, not one per record
    vi.restoreAllMocks();
    ws = applyChange(ws, huge);
    expect(await db.table(RECENT_STORE).toCollection().primaryKeys()).toEqual(['people/sample-maya']);
    expect(await readWorkspace(db)).toEqual(ws);
  });

  it('checks entries as written, so a matching one is trusted and a changed one is not', async () => {
    const db = await compacted();
    await persistChange(db, large(sample(), 'big'));
    const [entry] = await db.table<JournalEntry, number>(JOURNAL_STORE).toArray();
    expect(entry!.check).toBe(pageCheck(entry!.records));
    expect(pageCheck(entry!.records.replace('big 1', 'big 2'))).not.toBe(entry!.check);
    expect(pageCheck('ab')).not.toBe(pageCheck('ba'));
  });

  it('a waiting journal entry is folded by the startup compaction', async () => {
    const db = await compacted();
    const ws = sample();
    const change = large(ws, 'big');
    await persistChange(db, change);
    await compactIfLarge(db);
    expect(await db.table(JOURNAL_STORE).count()).toBe(0);
    expect(await readWorkspace(db)).toEqual(applyChange(ws, change));
  });
});
