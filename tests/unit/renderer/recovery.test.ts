/**
 * A damaged database still opens: everything readable loads, what is not is set aside in the
 * quarantine store (kept as stored) and listed, and a workspace whose settings record is gone
 * gets rebuilt settings instead of the first-run screen that would replace its records.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeBuilder } from '../../../shared/domain/change';
import { countRecords, emptyTables } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/formats/workspace-json';
import { LaunchControlDb } from '../../../renderer/data/db';
import { PAGES_STORE, RECENT_STORE, isCheckedPage, pageKey, type Page } from '../../../renderer/data/layout';
import { openWorkspace } from '../../../renderer/data/open';
import { compactRecent } from '../../../renderer/data/compact';
import { persistChange } from '../../../renderer/data/persist';
import { readWorkspace } from '../../../renderer/data/read';
import { listQuarantine, discardQuarantine, quarantineJson } from '../../../renderer/data/repair';
import { BrowserBackupStore } from '../../../renderer/data/snapshots';
import { NOW, sample } from '../../fixtures/workspace';

let counter = 0;
const toClose: { close(): void }[] = [];
afterEach(() => {
  for (const c of toClose.splice(0)) c.close();
});

async function stored() {
  counter += 1;
  const name = `recovery-${counter}-${Date.now()}`;
  const db = new LaunchControlDb(name);
  await db.open();
  await persistChange(db, replaceWorkspace(emptyTables(), sample()));
  await compactRecent(db); // into pages, as a running app leaves it
  const snapshots = new BrowserBackupStore(`${name}-snapshots`);
  toClose.push(snapshots);
  return { db, name, snapshots };
}

async function reopen(name: string, snapshots: BrowserBackupStore) {
  const opened = await openWorkspace({ name, snapshots, now: () => NOW });
  toClose.push(opened.db);
  return opened;
}

/** Rewrites the page holding a record with `edit` applied to its records' JSON text. */
async function editPage(
  db: LaunchControlDb,
  table: Page['table'],
  id: string,
  edit: (text: string) => unknown,
) {
  const key = pageKey(table, id);
  const page = (await db.table<Page, string>(PAGES_STORE).get(key))!;
  await db.table(PAGES_STORE).put({ ...page, records: edit(page.records) });
}

describe('opening a damaged database', () => {
  it('opens every other page when one page is garbage JSON, and keeps that page as it was', async () => {
    const { db, name, snapshots } = await stored();
    const before = sample();
    const key = pageKey('items', 'sample-dark-mode');
    const lost = Object.keys(before.items).filter((id) => pageKey('items', id) === key);
    await editPage(db, 'items', 'sample-dark-mode', () => '{"this is": not json');
    db.close();

    const { workspace, repair, db: opened } = await reopen(name, snapshots);
    expect(Object.keys(workspace.items).sort()).toEqual(
      Object.keys(before.items)
        .filter((id) => !lost.includes(id))
        .sort(),
    );
    expect(workspace.readiness).toEqual(before.readiness);
    expect(repair?.damage).toEqual([
      expect.objectContaining({ table: 'items', id: null, where: { store: 'pages', key } }),
    ]);
    expect(repair!.damage[0]!.reason).toMatch(/unreadable JSON/);
    const quarantined = await listQuarantine(opened);
    expect(quarantined).toEqual([
      expect.objectContaining({ table: 'items', raw: '{"this is": not json', at: NOW }),
    ]);
    // The page is clean now: saving a record that hashes to it works, and a reload reads it.
    const ws = workspace;
    const item = ws.items[Object.keys(ws.items)[0]!]!;
    await persistChange(
      opened,
      new ChangeBuilder(ws).put('items', { ...item, title: 'Saved after' }).build('x'),
    );
    expect((await readWorkspace(opened)).items[item.id]!.title).toBe('Saved after');
    const [snapshot] = await snapshots.list();
    expect(snapshot).toMatchObject({
      reason: 'Before setting unreadable records aside',
      records: countRecords(ws),
    });
  });

  it('sets aside single records with a missing field, a day like "soon" or a wrong type, keeping their page-mates', async () => {
    const { db, name, snapshots } = await stored();
    const before = sample();
    await editPage(db, 'items', 'sample-dark-mode', (text) =>
      JSON.stringify(
        (JSON.parse(text) as Record<string, unknown>[]).map((r) => {
          if (r.id !== 'sample-dark-mode') return r;
          const { title: _gone, ...rest } = r;
          return rest;
        }),
      ),
    );
    const milestone = Object.values(before.milestones)[0]!;
    await editPage(db, 'milestones', milestone.id, (text) =>
      JSON.stringify(
        (JSON.parse(text) as Record<string, unknown>[]).map((r) =>
          r.id === milestone.id ? { ...r, date: 'soon' } : r,
        ),
      ),
    );
    const person = Object.values(before.people)[0]!;
    await editPage(db, 'people', person.id, () => 42);
    db.close();

    const { workspace, repair } = await reopen(name, snapshots);
    expect(workspace.items['sample-dark-mode']).toBeUndefined();
    expect(workspace.milestones[milestone.id]).toBeUndefined();
    expect(Object.keys(workspace.items)).toHaveLength(Object.keys(before.items).length - 1);
    const byId = new Map(repair!.damage.map((d) => [d.id ?? d.where.key, d]));
    expect(byId.get('sample-dark-mode')).toMatchObject({
      table: 'items',
      reason: expect.stringMatching(/^title/),
    });
    expect(byId.get(milestone.id)).toMatchObject({
      table: 'milestones',
      reason: expect.stringMatching(/^date/),
    });
    expect(byId.get(pageKey('people', person.id))).toMatchObject({
      reason: 'stored as number, not as text',
      raw: '42',
    });
    expect(JSON.parse(byId.get(milestone.id)!.raw)).toMatchObject({ id: milestone.id, date: 'soon' });
  });

  it('a record changed since the pages were written, but unreadable, leaves its older readable version', async () => {
    const { db, name, snapshots } = await stored();
    const key = `items/sample-dark-mode`;
    await db.table(RECENT_STORE).put({ key, table: 'items', id: 'sample-dark-mode', record: '{broken' });
    db.close();
    const { workspace, repair, db: opened } = await reopen(name, snapshots);
    expect(workspace.items['sample-dark-mode']).toEqual(sample().items['sample-dark-mode']);
    expect(repair!.damage).toEqual([
      expect.objectContaining({ where: { store: 'recent', key }, raw: '{broken' }),
    ]);
    expect(await opened.table(RECENT_STORE).count()).toBe(0);
  });

  it('rebuilds settings when the settings record is garbled, keeping every stage and function in use', async () => {
    const { db, name, snapshots } = await stored();
    await editPage(db, 'settings', 'workspace', () => '[{"id":"workspace","stages":"many"}]');
    db.close();
    const { workspace, repair } = await reopen(name, snapshots);
    expect(repair).toMatchObject({ settingsRebuilt: true });
    const settings = workspace.settings.workspace!;
    const stageIds = new Set(settings.stages.map((s) => s.id));
    const functionIds = new Set(settings.functions.map((f) => f.id));
    expect(Object.values(workspace.items).every((i) => stageIds.has(i.stageId))).toBe(true);
    expect(Object.values(workspace.readiness).every((r) => functionIds.has(r.functionId))).toBe(true);
    expect(countRecords(workspace)).toBe(countRecords(sample()));
  });

  it('rebuilds missing settings instead of offering a first run, after a snapshot, and only once', async () => {
    const { db, name, snapshots } = await stored();
    const ws = sample();
    await persistChange(db, new ChangeBuilder(ws).delete('settings', 'workspace').build('lost'));
    db.close();
    const first = await reopen(name, snapshots);
    expect(first.repair).toEqual({ damage: [], settingsRebuilt: true });
    expect(first.workspace.settings.workspace?.name).toBe('Recovered workspace');
    expect(Object.keys(first.workspace.items)).toHaveLength(Object.keys(ws.items).length);
    const [snapshot] = await snapshots.list();
    expect(snapshot!.reason).toBe('Before rebuilding the missing workspace settings');
    first.db.close();
    const second = await reopen(name, snapshots);
    expect(second.repair).toBeNull();
    expect(second.workspace).toEqual(first.workspace);
  });

  it('keeps quarantined rows until they are discarded, and exports them with their raw text', async () => {
    const { db, name, snapshots } = await stored();
    await editPage(db, 'decisions', Object.keys(sample().decisions)[0]!, () => 'garbage');
    db.close();
    const { db: opened } = await reopen(name, snapshots);
    opened.close();
    const again = await reopen(name, snapshots);
    expect(again.repair).toBeNull(); // already set aside: nothing new to report
    const rows = await listQuarantine(again.db);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(quarantineJson(rows, NOW))).toMatchObject({
      format: 'launch-control.quarantine',
      records: [{ table: 'decisions', raw: 'garbage' }],
    });
    await discardQuarantine(again.db);
    expect(await listQuarantine(again.db)).toEqual([]);
  });

  it('validates a page whose text no longer matches its check, however plausible the text', async () => {
    const { db, name, snapshots } = await stored();
    const page = (await db.table<Page, string>(PAGES_STORE).get(pageKey('items', 'sample-dark-mode')))!;
    expect(isCheckedPage(page)).toBe(true); // written by the app from its own records
    // Same length, still JSON, but a tier the schema refuses: only validation can tell.
    await editPage(db, 'items', 'sample-dark-mode', (text) => text.replace(/"tier":\d/, '"tier":7'));
    db.close();
    const { repair } = await reopen(name, snapshots);
    expect(repair!.damage.map((d) => d.reason)).toContain('tier: Tier is 1, 2 or 3');
  });

  it('gives pages validated record by record their check, so the next start skips validating them', async () => {
    const { db, name, snapshots } = await stored();
    const pages = await db.table<Page, string>(PAGES_STORE).toArray();
    await db.table(PAGES_STORE).bulkPut(pages.map(({ check: _check, ...rest }) => rest));
    db.close();
    const opened = await reopen(name, snapshots);
    expect(opened.repair).toBeNull();
    await vi.waitFor(async () => {
      const now = await opened.db.table<Page, string>(PAGES_STORE).toArray();
      expect(now.every(isCheckedPage)).toBe(true);
    });
    expect(opened.workspace).toEqual(sample());
  });

  it('leaves an empty database to the first run', async () => {
    counter += 1;
    const snapshots = new BrowserBackupStore(`empty-${counter}-snapshots`);
    toClose.push(snapshots);
    const { workspace, repair } = await reopen(`empty-${counter}-${Date.now()}`, snapshots);
    expect(countRecords(workspace)).toBe(0);
    expect(repair).toBeNull();
    expect(await snapshots.list()).toEqual([]);
  });
});
