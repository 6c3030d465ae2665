/**
 * Nothing lost when storage goes wrong, in the real browser: a lost settings record, damaged
 * pages and records, a window closed right after undoing a large change, and a full disk.
 * Storage is damaged with plain IndexedDB through page.evaluate, as a crash or a bad disk would.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './pages/app';
import { expect, test } from './test';

type Row = Record<string, unknown>;

/**
 * Plain IndexedDB on the app's database, installed in the page before the app loads (the
 * app's content-security policy forbids building functions from strings, so each helper is
 * a real function). Every call opens its own connection and closes it again.
 */
function installDatabaseTools() {
  const withDb = <T>(stores: string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => () => T) =>
    new Promise<T>((resolve, reject) => {
      const open = indexedDB.open('launch-control');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        let tx: IDBTransaction;
        let result: () => T;
        try {
          tx = db.transaction(stores, mode);
          result = body(tx);
        } catch (error) {
          db.close();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        tx.oncomplete = () => {
          db.close();
          resolve(result());
        };
        tx.onabort = () => {
          db.close();
          reject(tx.error);
        };
      };
    });
  (window as unknown as { __db: unknown }).__db = {
    getAll: (store: string) =>
      withDb([store], 'readonly', (tx) => {
        const request = tx.objectStore(store).getAll();
        return () => request.result as unknown[];
      }),
    put: (store: string, rows: unknown[]) =>
      withDb([store], 'readwrite', (tx) => {
        for (const row of rows) tx.objectStore(store).put(row);
        return () => undefined;
      }),
  };
}

interface DbTools {
  getAll(store: string): Promise<Row[]>;
  put(store: string, rows: Row[]): Promise<void>;
}
test.beforeEach(async ({ context }) => {
  await context.addInitScript(installDatabaseTools);
});

function getAll(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(({ store }) => (window as unknown as { __db: DbTools }).__db.getAll(store), { store });
}

/** Puts rows into a store. */
function put(page: Page, store: string, rows: Row[]) {
  return page.evaluate(({ store, rows }) => (window as unknown as { __db: DbTools }).__db.put(store, rows), {
    store,
    rows,
  });
}

/**
 * Brings every record into the pages, as a long-running app leaves them: a large import is
 * journalled and then folded into the pages with everything written before it.
 */
async function intoPages(page: Page, app: AppPage, path: string) {
  await app.goto('Settings');
  await largeImport(page, 250, path);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace workspace' }).click();
  await expect(app.toast(/^Imported/)).toBeVisible();
  await expect
    .poll(async () => (await getAll(page, 'journal')).length + (await getAll(page, 'recent')).length)
    .toBe(0);
}

async function pages(page: Page) {
  return (await getAll(page, 'pages')) as { key: string; table: string; records: string }[];
}

test('a lost settings record is rebuilt; the launches stay and the first run is never offered', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await expect(page.getByText('14 launch items')).toBeVisible();
  await put(page, 'recent', [
    { key: 'settings/workspace', table: 'settings', id: 'workspace', record: null },
  ]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your workspace settings were missing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start empty' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue with what could be read' }).click();
  await app.goto('Launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
  await app.goto('Board');
  await expect(page.getByText('Dashboard dark mode').first()).toBeVisible();

  // Rebuilt and saved: the next start opens straight into the app.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await app.goto('Settings');
  await expect(page.getByText(/Before rebuilding the missing workspace settings/)).toBeVisible();
});

test('a damaged page and records set aside: the rest opens, the damage is listed and exportable', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await intoPages(page, app, testInfo.outputPath('large.json'));
  const stored = await pages(page);
  const itemsPage = stored
    .filter((p) => p.table === 'items')
    .sort((a, b) => JSON.parse(b.records).length - JSON.parse(a.records).length)[0]!;
  const lost = (JSON.parse(itemsPage.records) as { id: string }[]).length;
  const milestones = stored.find((p) => p.table === 'milestones')!;
  const [soon, ...rest] = JSON.parse(milestones.records) as Row[];
  await put(page, 'pages', [
    { ...itemsPage, records: '[{"id": "x", garbage' },
    { ...milestones, records: JSON.stringify([{ ...soon, date: 'soon' }, ...rest]) },
  ]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Part of your workspace could not be read' })).toBeVisible();
  const table = page.getByRole('table', { name: 'What was set aside' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText(`a whole page (${itemsPage.key})`);
  await expect(
    table.getByRole('row', { name: new RegExp(`milestones ${soon!.id as string} date`) }),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the damaged data (JSON)…' }).click();
  const file = testInfo.outputPath('damaged.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { records: { raw: string }[] };
  expect(exported.records.map((r) => r.raw)).toContain('[{"id": "x", garbage');

  await page.getByRole('button', { name: 'Continue with what could be read' }).click();
  await app.goto('Launches');
  await expect(page.getByText(`${14 - lost} launch items`)).toBeVisible();
  await app.goto('Timeline');
  await app.goto('Board');
  await app.goto('Settings');
  await expect(page.getByRole('heading', { name: 'Damaged data set aside' })).toBeVisible();

  // Editing works again, and the damage stays set aside (not reported again) after a reload.
  await app.goto('Launches');
  await page
    .getByRole('table')
    .getByRole('button', { name: /^Delete / })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`${13 - lost} launch items`)).toBeVisible();
  await app.reload();
  await expect(page.getByText(`${13 - lost} launch items`)).toBeVisible();
});

test('a backup can be restored from the recovery screen', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await intoPages(page, app, testInfo.outputPath('large.json'));
  const settings = (await pages(page)).find((p) => p.table === 'settings')!;
  await put(page, 'pages', [{ ...settings, records: 'not json' }]);
  await page.reload();
  await page
    .getByRole('list', { name: 'Backups' })
    .getByRole('listitem')
    .filter({ hasText: 'Before importing large.json' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(app.toast(/^Restored the backup/)).toBeVisible();
  await app.goto('Launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
});

/** A workspace file with the sample plus `extra` people: importing it is one large change. */
async function largeImport(page: Page, extra: number, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace (JSON)…' }).click();
  await (await download).saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8')) as { tables: { people: Row[] } };
  for (let i = 0; i < extra; i++)
    file.tables.people.push({
      id: `extra-${i}`,
      name: `Extra ${i}`,
      team: '',
      role: '',
      region: null,
      email: '',
    });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, JSON.stringify(file));
}

/** People as stored: pages, then journal entries in order, then recent rows (the app's reading order). */
async function peopleStored(page: Page): Promise<number> {
  const people = new Map<string, unknown>();
  for (const p of await pages(page))
    if (p.table === 'people') for (const r of JSON.parse(p.records) as { id: string }[]) people.set(r.id, r);
  const journal = (await getAll(page, 'journal')) as { seq: number; records: string }[];
  for (const entry of journal.sort((a, b) => a.seq - b.seq))
    for (const w of JSON.parse(entry.records) as { table: string; id: string; record: unknown }[])
      if (w.table === 'people') {
        if (w.record) people.set(w.id, w.record);
        else people.delete(w.id);
      }
  for (const r of (await getAll(page, 'recent')) as { table: string; id: string; record: string | null }[])
    if (r.table === 'people') {
      if (r.record) people.set(r.id, r.record);
      else people.delete(r.id);
    }
  return people.size;
}

test('undoing a large import survives the window closing at once', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');
  const path = testInfo.outputPath('large.json');
  await largeImport(page, 320, path);
  const before = await peopleStored(page);

  for (let attempt = 0; attempt < 3; attempt++) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
    await (await chooser).setFiles(path);
    await page.getByRole('dialog').getByRole('button', { name: 'Replace workspace' }).click();
    await expect(app.toast(/^Imported/)).toBeVisible();
    expect(await peopleStored(page)).toBe(before + 320);
    // Undo, and in the same moment leave the page: a reload in the same task is the closest a
    // test gets to closing the window mid-save (the page's unfinished transactions are dropped).
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }),
      );
      location.reload();
    });
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect(await peopleStored(page)).toBe(before);
  }
});

test('a full disk: the person is told, the window stays readable, and saving resumes once space returns', async ({
  page,
}) => {
  // Every write fails with the browser's out-of-space error while __diskFull is set, and the
  // connection is closed after it, as Chromium does after an I/O failure.
  await page.addInitScript(() => {
    const flags = window as unknown as { __diskFull: boolean };
    flags.__diskFull = false;
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        if (flags.__diskFull) {
          const db = this.transaction.db;
          setTimeout(() => {
            db.close();
            db.onclose?.call(db, new Event('close'));
          });
          throw new DOMException('IO error: 000005.log: No space left on device', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  });
  const app = new AppPage(page);
  await app.startWithSample();
  await expect(page.getByText('14 launch items')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));

  const remove = async () => {
    await page.getByRole('table').getByRole('button', { name: 'Delete Dashboard dark mode' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  };
  await remove();
  await expect(app.toast(/^Could not save .*: the disk is full\. Nothing was changed\.$/)).toBeVisible();
  await expect(page.getByText('14 launch items')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'The disk is full, so changes can’t be saved' });
  await expect(banner).toBeVisible();
  await expect(page.getByText(/reload/i)).toHaveCount(0);
  // Still readable: the views open.
  await app.goto('Board');
  await app.goto('Launches');

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await expect(app.toast(/^Saving again/)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await remove();
  await expect(page.getByText('13 launch items')).toBeVisible();
  await app.reload();
  await expect(page.getByText('13 launch items')).toBeVisible();
});
