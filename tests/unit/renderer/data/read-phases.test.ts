/**
 * Startup reads the first screen's tables before the rest (readInPhases): the first tables come
 * with journal entries and recent rows applied exactly as the whole read applies them, the rest
 * completes the same workspace, and damage found in the later tables still sets it aside.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeBuilder } from '../../../../shared/domain/change';
import { TABLES, emptyTables, type TableName, type Workspace } from '../../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../../shared/formats/workspace-json';
import { LaunchControlDb } from '../../../../renderer/data/db';
import { JOURNAL_STORE, PAGES_STORE, pageKey, type Page } from '../../../../renderer/data/layout';
import { openWorkspace } from '../../../../renderer/data/open';
import { compactRecent } from '../../../../renderer/data/compact';
import { persistChange } from '../../../../renderer/data/persist';
import {
  checkRows,
  preparePages,
  readInPhases,
  readRows,
  readWorkspaceChecked,
} from '../../../../renderer/data/read';
import { listQuarantine } from '../../../../renderer/data/repair';
import { BrowserBackupStore } from '../../../../renderer/data/snapshots';
import { NOW, sample } from '../../../fixtures/workspace';

const FIRST = new Set<TableName>(TABLES.filter((t) => t !== 'readiness'));
let counter = 0;
const toClose: { close(): void }[] = [];
afterEach(() => {
  for (const c of toClose.splice(0)) c.close();
});

/** The sample in pages, then a journal entry and recent rows over it, as a closed window leaves them. */
async function stored() {
  counter += 1;
  const name = `phases-${counter}-${Date.now()}`;
  const db = new LaunchControlDb(name);
  await db.open();
  toClose.push(db);
  await persistChange(db, replaceWorkspace(emptyTables(), sample()));
  await compactRecent(db);
  const ws = sample();
  const item = ws.items['sample-dark-mode']!;
  const line = Object.values(ws.readiness)[0]!;
  // A large change that was journalled but not folded into the pages yet (no check: validated).
  await db.table(JOURNAL_STORE).add({
    records: JSON.stringify([
      { table: 'items', id: item.id, record: { ...item, title: 'From the journal' } },
      { table: 'readiness', id: line.id, record: { ...line, title: 'Journal line' } },
    ]),
  });
  // A later small edit of the same item: its recent row wins over the journal.
  const edit = new ChangeBuilder(ws);
  edit.put('items', { ...item, title: 'From a recent row' });
  const milestone = Object.values(ws.milestones)[0]!;
  edit.delete('milestones', milestone.id);
  await persistChange(db, edit.build('Rename'));
  const snapshots = new BrowserBackupStore(`${name}-snapshots`);
  toClose.push(snapshots);
  return { db, name, snapshots, itemId: item.id, lineId: line.id, milestoneId: milestone.id };
}

async function damagePage(db: LaunchControlDb, table: TableName, id: string) {
  const page = (await db.table<Page, string>(PAGES_STORE).get(pageKey(table, id)))!;
  await db.table(PAGES_STORE).put({ ...page, records: '[{"not": json' });
}

describe('reading the first screen first', () => {
  it('hands over the first tables with journal entries and recent rows applied, then completes the same workspace', async () => {
    const { db, itemId, lineId, milestoneId } = await stored();
    const shown: Workspace[] = [];
    const read = await readInPhases(db, FIRST, (first) => void shown.push(first));
    expect(shown).toHaveLength(1);
    const first = shown[0]!;
    expect(first.items[itemId]!.title).toBe('From a recent row');
    expect(first.milestones[milestoneId]).toBeUndefined();
    expect(Object.keys(first.items)).toHaveLength(Object.keys(sample().items).length);
    // The later table is not read yet.
    expect(first.readiness).toEqual({});

    const whole = await readWorkspaceChecked(db);
    expect(read.workspace).toEqual(whole.workspace);
    expect(read.damage).toEqual([]);
    expect(read.workspace.readiness[lineId]!.title).toBe('Journal line');
    // The first tables are the very objects shown, so what was derived from them stays valid.
    for (const table of FIRST) expect(read.workspace[table]).toBe(first[table]);
  });

  it('finds damage in a later table after the first screen, and the opening sets it aside as the whole read does', async () => {
    const { db, name, snapshots, lineId } = await stored();
    await damagePage(db, 'readiness', lineId);
    const whole = await readWorkspaceChecked(db);
    const phased = await readInPhases(db, FIRST, () => undefined);
    expect(phased.workspace).toEqual(whole.workspace);
    expect(phased.damage).toEqual(whole.damage);
    expect(phased.damage).toEqual([expect.objectContaining({ table: 'readiness', id: null })]);
    db.close();

    let shownItems = 0;
    const opened = await openWorkspace({
      name,
      snapshots,
      now: () => NOW,
      first: { tables: FIRST, show: (first) => void (shownItems = Object.keys(first.items).length) },
    });
    toClose.push(opened.db);
    expect(shownItems).toBe(Object.keys(sample().items).length);
    expect(opened.repair?.damage).toEqual([expect.objectContaining({ table: 'readiness', id: null })]);
    expect(await listQuarantine(opened.db)).toEqual([
      expect.objectContaining({ table: 'readiness', raw: '[{"not": json' }),
    ]);
  });

  it('shows nothing first when a first table is damaged: the recovery screen comes first', async () => {
    const { db, itemId } = await stored();
    await damagePage(db, 'items', itemId);
    let shown = false;
    const phased = await readInPhases(db, FIRST, () => void (shown = true));
    const whole = await readWorkspaceChecked(db);
    expect(shown).toBe(false);
    expect(phased.workspace).toEqual(whole.workspace);
    expect(phased.damage).toEqual(whole.damage);
  });

  it('reports an unreadable journal entry once, with the later tables', async () => {
    const { db } = await stored();
    await db.table(JOURNAL_STORE).add({ records: 'not json' });
    const phased = await readInPhases(db, FIRST, () => undefined);
    const whole = await readWorkspaceChecked(db);
    expect(phased.damage).toEqual(whole.damage);
    expect(phased.damage).toEqual([expect.objectContaining({ table: 'journal', id: null })]);
  });

  it('writes nothing while reading, and waits for the first screen before reading the rest', async () => {
    const { db } = await stored();
    const pagesBefore = await db.table(PAGES_STORE).toArray();
    const journalBefore = await db.table(JOURNAL_STORE).count();
    const order: string[] = [];
    let release!: () => void;
    const reading = readInPhases(db, FIRST, async () => {
      order.push('shown');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('painted');
    }).then(() => order.push('whole'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['shown']);
    release();
    await reading;
    expect(order).toEqual(['shown', 'painted', 'whole']);
    expect(await db.table(PAGES_STORE).toArray()).toEqual(pagesBefore);
    expect(await db.table(JOURNAL_STORE).count()).toBe(journalBefore);
  });
});

describe('pages prepared in slices (preparePages)', () => {
  it('read exactly as checkRows reads them itself: good, unchecked and damaged pages alike', async () => {
    const { db, itemId } = await stored();
    await damagePage(db, 'readiness', Object.values(sample().readiness)[1]!.id);
    // A page without its check (as older versions wrote them): validated record by record.
    const itemPage = (await db.table<Page, string>(PAGES_STORE).get(pageKey('items', itemId)))!;
    await db.table(PAGES_STORE).put({ ...itemPage, check: undefined });
    const rows = await readRows(db);
    // A slice of 0 ms yields between every page: the slicing cannot change the result.
    const prepared = await preparePages(rows.pages, 0);
    expect(prepared.size).toBe(rows.pages.length);
    expect(checkRows(rows, undefined, prepared)).toEqual(checkRows(rows));
    expect(checkRows(rows).damage.length).toBeGreaterThan(0);
    expect(checkRows(rows).verified.length).toBeGreaterThan(0);
  });
});
