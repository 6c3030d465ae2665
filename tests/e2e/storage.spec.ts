/**
 * The database on disk, in the real browser: a workspace saved by an earlier version of the
 * app is upgraded with a backup first; one saved by a newer version is left alone.
 */
import type { Page } from '@playwright/test';
import { AppPage, LaunchesPage } from './pages/app';
import { expect, test } from './test';

/** The version-1 stores, as Dexie created them (Dexie stores version × 10). */
const V1_STORES: Record<string, { keyPath: string; indexes: string[] }> = {
  settings: { keyPath: 'id', indexes: [] },
  items: { keyPath: 'id', indexes: ['stageId', 'parentId'] },
  readinessByItem: { keyPath: 'itemId', indexes: [] },
  milestones: { keyPath: 'id', indexes: ['itemId'] },
  people: { keyPath: 'id', indexes: [] },
  blackouts: { keyPath: 'id', indexes: [] },
  decisions: { keyPath: 'id', indexes: ['itemId'] },
  feedback: { keyPath: 'id', indexes: ['itemId'] },
  playbooks: { keyPath: 'id', indexes: [] },
};

/** Every record the app has stored, read with plain IndexedDB as the app reads it. */
async function storedRecords(page: Page): Promise<Record<string, { id: string; itemId?: string }[]>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('launch-control');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['pages', 'journal', 'recent']);
          const pages = tx.objectStore('pages').getAll();
          const journal = tx.objectStore('journal').getAll();
          const recent = tx.objectStore('recent').getAll();
          tx.oncomplete = () => {
            const tables: Record<string, Map<string, unknown>> = {};
            const table = (name: string) => (tables[name] ??= new Map());
            for (const p of pages.result as { table: string; records: string }[])
              for (const r of JSON.parse(p.records) as { id: string }[]) table(p.table).set(r.id, r);
            // Then large changes not yet folded into pages, in the order written.
            const entries = journal.result as { seq: number; records: string }[];
            for (const entry of entries.sort((a, b) => a.seq - b.seq))
              for (const w of JSON.parse(entry.records) as { table: string; id: string; record: unknown }[])
                if (w.record === null) table(w.table).delete(w.id);
                else table(w.table).set(w.id, w.record);
            // Recent records win over both; null means deleted.
            for (const r of recent.result as { table: string; id: string; record: string | null }[])
              if (r.record === null) table(r.table).delete(r.id);
              else table(r.table).set(r.id, JSON.parse(r.record));
            open.result.close();
            // In id order, so two reads compare equal whatever order the pages hold them in.
            const sorted = Object.fromEntries(
              Object.entries(tables).map(([name, map]) => [
                name,
                [...map.values()].sort((a, b) => {
                  const [x, y] = [(a as { id: string }).id, (b as { id: string }).id];
                  return x < y ? -1 : x > y ? 1 : 0;
                }),
              ]),
            );
            resolve(sorted as Record<string, { id: string }[]>);
          };
        };
      }),
  );
}

/** Replaces the app's database with one at `version` holding `stores` and `rows`. */
async function writeDatabase(
  page: Page,
  version: number,
  stores: Record<string, { keyPath: string; indexes: string[] }>,
  rows: Record<string, unknown[]>,
) {
  // A page of the same origin that does not run the app, so nothing holds the database open.
  await page.goto('/icon.svg');
  await page.evaluate(
    ({ version, stores, rows }) =>
      new Promise<void>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase('launch-control');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const open = indexedDB.open('launch-control', version);
          open.onupgradeneeded = () => {
            for (const [name, { keyPath, indexes }] of Object.entries(stores)) {
              const store = open.result.createObjectStore(name, { keyPath });
              for (const index of indexes) store.createIndex(index, index);
            }
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(Object.keys(stores), 'readwrite');
            for (const [name, list] of Object.entries(rows))
              for (const row of list) tx.objectStore(name).put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { version, stores, rows },
  );
}

test('a workspace saved by the first version of the app opens upgraded, with a backup taken first', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  // Version 1 had no store for the tables added since (beta participants, …): a workspace
  // saved by it holds only its own tables.
  const records = Object.fromEntries(
    Object.entries(await storedRecords(page)).filter(
      ([table]) => table === 'readiness' || Object.hasOwn(V1_STORES, table),
    ),
  );

  // The same records in the version-1 layout: a store per table, readiness grouped by item.
  const rows: Record<string, unknown[]> = {};
  for (const [table, list] of Object.entries(records)) if (table !== 'readiness') rows[table] = list;
  const groups = new Map<string, unknown[]>();
  for (const r of records.readiness ?? []) groups.set(r.itemId!, [...(groups.get(r.itemId!) ?? []), r]);
  rows.readinessByItem = [...groups].map(([itemId, items]) => ({ itemId, items }));
  await writeDatabase(page, 10, V1_STORES, rows);

  await page.goto('/#/launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
  expect(await storedRecords(page)).toEqual(records);

  await app.goto('Settings');
  await expect(page.getByText(/Before upgrading the database from version 1 to 5/)).toBeVisible();

  // Edits after the upgrade are kept.
  await app.goto('Launches');
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem('Dashboard dark mode');
  await editor.field('Title').fill('Dashboard dark mode (upgraded)');
  await editor.save();
  await app.reload();
  await expect(launches.row('Dashboard dark mode (upgraded)')).toBeVisible();
});

test('a workspace saved by a newer version is explained and left untouched', async ({ page }) => {
  await page.goto('/icon.svg');
  await writeDatabase(
    page,
    990,
    { pages: { keyPath: 'key', indexes: [] } },
    {
      pages: [{ key: 'items:1', table: 'items', records: '[]' }],
    },
  );
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'This workspace needs a newer Launch Control' }),
  ).toBeVisible();
  await expect(page.getByText(/database version 99; this version understands up to 5/)).toBeVisible();
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('launch-control');
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
      }),
  );
  expect(version).toBe(990);
});
