#!/usr/bin/env node
// `npm run bench`: performance benchmarks in Chromium against the browser build, on seeded
// data. Writes bench-results/results.json and prints a table. Figures, not pass/fail: the
// targets from SPEC.md are printed beside them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const PORT = Number(process.env.BENCH_PORT ?? 4329);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TODAY = new Date().toISOString().slice(0, 10);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)), n: sorted.length };
};
const round = (n) => Math.round(n * 10) / 10;

async function bundleHelpers() {
  const dir = join(root, 'bench-results/.build');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'tests/bench/entry.ts'),
      outDir: dir,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  return import(pathToFileURL(join(dir, 'entry.mjs')).href);
}

async function storageBench(browser, helpers, items) {
  const ws = helpers.generateWorkspace({
    items,
    readinessPerItem: 10,
    dependencies: Math.round(items / 5),
    seed: 42,
    today: TODAY,
  });
  const t0 = performance.now();
  const json = helpers.exportWorkspaceJson(ws, new Date().toISOString());
  const exportMs = performance.now() - t0;
  const t1 = performance.now();
  const parsed = helpers.parseWorkspaceJson(json);
  const parseMs = performance.now() - t1;
  if (!parsed.ok) throw new Error(`generated workspace is invalid: ${parsed.errors[0]}`);
  const file = join(outDir, `workspace-${items}.json`);
  writeFileSync(file, json);

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Settings/ })
    .click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(file);
  const confirm = page.getByRole('button', { name: 'Replace workspace' });
  await confirm.waitFor({ timeout: 120_000 });
  const importStart = Date.now();
  await confirm.click();
  await page
    .locator('.toasts')
    .getByText(/^Imported/)
    .waitFor({ timeout: 300_000 });
  const importMs = Date.now() - importStart;

  const label = `${items.toLocaleString('en-US')} launch items`;
  const loads = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.getByText(label, { exact: true }).waitFor({ timeout: 60_000 });
    loads.push(
      await page.evaluate(() => ({
        loaded: performance.getEntriesByName('lc:workspace-loaded')[0]?.startTime ?? NaN,
        interactive: performance.now(),
      })),
    );
  }

  const saves = [];
  for (let i = 0; i < 15; i++) {
    const row = page.getByRole('table').locator('tbody tr td.table__title .link-button').first();
    await row.click();
    const editor = page.getByRole('dialog', { name: /^Edit/ });
    await editor.getByLabel('Title', { exact: true }).fill(`Edited title ${i}`);
    const before = await page.evaluate(() => performance.getEntriesByName('lc:save').length);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('lc:save').length > n, before);
    saves.push(await page.evaluate(() => performance.getEntriesByName('lc:save').at(-1).duration));
    await editor.waitFor({ state: 'hidden' });
  }
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    items,
    readiness: items * 10,
    jsonMB: round(json.length / 1e6),
    exportJsonMs: round(exportMs),
    parseValidateJsonMs: round(parseMs),
    importMs,
    loadToStoreMs: stats(loads.map((l) => l.loaded)),
    loadToInteractiveListMs: stats(loads.map((l) => l.interactive)),
    editSaveMs: stats(saves),
    domNodesWithList: domNodes,
  };
}

const helpers = await bundleHelpers();
await build({ configFile: join(root, 'vite.web.config.mts'), logLevel: 'warn' });
const server = await preview({
  configFile: join(root, 'vite.web.config.mts'),
  preview: { port: PORT, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ARGS,
});
const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  storage: [],
};
try {
  for (const items of (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)) {
    console.log(`Storage benchmark: ${items} launch items, ${items * 10} readiness items…`);
    results.storage.push(await storageBench(browser, helpers, items));
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(
  '\nStorage (targets: 10,000 items + 100,000 readiness load < 1000 ms; one edit saved < 50 ms; JSON export < 1000 ms)',
);
console.log(
  '| items | readiness | JSON export ms | import ms | load → store ms (median) | load → list ms (median) | edit saved ms (median / p95 / max) | DOM nodes |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results.storage)
  console.log(
    `| ${r.items} | ${r.readiness} | ${r.exportJsonMs} | ${r.importMs} | ${r.loadToStoreMs.median} | ${r.loadToInteractiveListMs.median} | ${r.editSaveMs.median} / ${r.editSaveMs.p95} / ${r.editSaveMs.max} | ${r.domNodesWithList} |`,
  );
console.log(`\nWritten to ${join(outDir, 'results.json')}`);
