// Storage: load 10,000 launch items with 100,000 readiness items, save one edit, export JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOADS,
  importWorkspace,
  paintedAt,
  round,
  savesSoFar,
  stats,
  waitForSave,
  watchFirstPaint,
  storageWorkspace,
} from './common.mjs';

export async function storageBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = storageWorkspace(helpers, items, today);
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
  await watchFirstPaint(context, 'table tbody tr');
  const page = await context.newPage();
  const importMs = await importWorkspace(page, baseUrl, file);

  const label = `${items.toLocaleString('en-US')} launch items`;
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/launches`);
    const interactive = await paintedAt(page);
    await page.getByText(label, { exact: true }).waitFor({ timeout: 60_000 });
    const loaded = await page.evaluate(
      () => performance.getEntriesByName('lc:workspace-loaded')[0]?.startTime ?? NaN,
    );
    loads.push({ loaded, interactive });
  }

  const saves = [];
  for (let i = 0; i < 15; i++) {
    // The row's Edit button opens the side panel (its title opens the launch page).
    await page
      .getByRole('table')
      .locator('tbody tr td.table__actions')
      .first()
      .getByRole('button', { name: /^Edit / })
      .click();
    const editor = page.getByRole('dialog', { name: /^Edit/ });
    await editor.getByLabel('Title', { exact: true }).fill(`Edited title ${i}`);
    const before = await savesSoFar(page);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    saves.push((await waitForSave(page, before)).duration);
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

export function storageTable(rows) {
  return [
    'Storage (targets: 10,000 items + 100,000 readiness load < 1000 ms; one edit saved < 50 ms; JSON export < 1000 ms)',
    '| items | readiness | JSON export ms | import ms | load → store ms (median) | load → list ms (median) | edit saved ms (median / p95 / max) | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.readiness} | ${r.exportJsonMs} | ${r.importMs} | ${r.loadToStoreMs.median} | ${r.loadToInteractiveListMs.median} | ${r.editSaveMs.median} / ${r.editSaveMs.p95} / ${r.editSaveMs.max} | ${r.domNodesWithList} |`,
    ),
  ].join('\n');
}
