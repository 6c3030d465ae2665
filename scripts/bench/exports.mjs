// Exports: each export format of a generated workspace (10,000 launch items and their
// readiness lines by default), timed in Node over the shared modules bench.mjs bundles, each
// against the 1 s budget. Read models are memoised per table version, so every run gets fresh
// copies of the tables (made outside the timing): a run never reuses the previous run's work.
// The timeline PDF is drawn by the browser (SVG pages as vectors through svg2pdf.js and jsPDF): timed in
// the app, from Export PDF to the download, for 1,000 items over the whole range of their days.
import { writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { importWorkspace, round, stats, storageWorkspace } from './common.mjs';

const RUNS = 7;
export const EXPORT_BUDGET_MS = 1000;

/** The workspace with every table copied: same records, new table identities (no memo hits). */
function freshTables(ws) {
  return Object.fromEntries(
    Object.entries(ws).map(([table, records]) => [table, Object.assign(Object.create(null), records)]),
  );
}

/** The export formats that exist in this build, each as a function of a workspace. */
function formats(helpers, ws, today, now) {
  const json = helpers.exportWorkspaceJson(ws, now);
  const days = Object.values(ws.items)
    .map((item) => item.launchDate)
    .filter(Boolean)
    .sort();
  const portfolio = {
    kind: 'portfolio',
    from: days[0],
    to: days.at(-1),
    filters: { region: null, tier: null, kind: null },
  };
  return [
    ['JSON export', (w) => helpers.exportWorkspaceJson(w, now)],
    [
      'JSON parse + validate',
      () => {
        const parsed = helpers.parseWorkspaceJson(json);
        if (!parsed.ok) throw new Error(`the generated workspace is invalid: ${parsed.errors[0]}`);
        return json;
      },
    ],
    [
      `Markdown portfolio brief (${days[0]} – ${days.at(-1)})`,
      (w) => helpers.buildBrief(w, portfolio, { today, now }).markdown,
    ],
    ['CSV of launch items', (w) => helpers.launchItemsCsv(w, undefined, { today })],
    ['CSV of readiness lines', (w) => helpers.readinessCsv(w)],
    ['iCalendar (.ics)', (w) => helpers.calendarIcs(w, undefined, { now })],
  ];
}

/** One format: a first (cold) run, then RUNS more, each on fresh tables. */
function measure(ws, run) {
  const times = [];
  // CPU time beside wall time: on a machine busy with other work the wall time grows with the
  // wait for a core, the CPU time far less (it still counts the garbage collector's threads).
  const cpuTimes = [];
  let first = 0;
  let bytes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const tables = freshTables(ws);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const output = run(tables);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (i === 0) {
      first = round(ms);
      bytes = Buffer.byteLength(output);
    } else {
      times.push(ms);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  const timing = stats(times);
  return {
    ...timing,
    cpu: stats(cpuTimes).median,
    first,
    bytes,
    withinBudget: timing.p95 < EXPORT_BUDGET_MS,
  };
}

export async function exportsBench({ helpers, today }, items) {
  const ws = storageWorkspace(helpers, items, today);
  const now = new Date().toISOString();
  const results = [];
  for (const [name, run] of formats(helpers, ws, today, now)) {
    console.log(`  ${name}…`);
    results.push({ name, ...measure(ws, run) });
  }
  return { items, readinessItems: Object.keys(ws.readiness).length, results };
}

const PDF_RUNS = 5;

/** The timeline of `items` launch items as an A4 PDF from the app's Export picture… dialog. */
export async function timelinePdfBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = storageWorkspace(helpers, items, today);
  const days = Object.values(ws.items)
    .flatMap((item) => [item.startDate, item.launchDate, item.endDate])
    .filter(Boolean)
    .sort();
  const file = join(outDir, `workspace-pdf-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);
  await page.goto(`${baseUrl}/#/timeline`);
  await page.getByRole('heading', { name: 'Timeline', level: 1 }).waitFor({ timeout: 60_000 });
  const times = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < PDF_RUNS; i++) {
    await page.getByRole('button', { name: 'Export picture…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export timeline as picture' });
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByLabel('Size').selectOption({ label: 'A4 landscape' });
    await dialog.getByLabel('From').fill(days[0]);
    await dialog.getByLabel('To').fill(days.at(-1));
    const preview = dialog.getByRole('img', { name: /^Preview of page 1 of \d+$/ });
    await preview.waitFor({ timeout: 60_000 });
    pages = Number((await preview.getAttribute('alt')).match(/of (\d+)$/)[1]);
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloading;
    times.push(Date.now() - started);
    bytes = (await stat(await download.path())).size;
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
  }
  await context.close();
  // Every run counts here, the first too: each draws every page afresh.
  const timing = stats(times);
  const result = {
    name: `Timeline PDF in the app, A4, ${pages} pages (${days[0]} – ${days.at(-1)})`,
    ...timing,
    first: round(times[0]),
    bytes,
    withinBudget: timing.p95 < EXPORT_BUDGET_MS,
  };
  return { items, readinessItems: Object.keys(ws.readiness).length, results: [result] };
}

export function exportsTable(rows) {
  const size = (bytes) => (bytes >= 1e6 ? `${round(bytes / 1e6)} MB` : `${round(bytes / 1e3)} kB`);
  return [
    `Exports (target: each < ${EXPORT_BUDGET_MS} ms; in Node ${RUNS} runs after a first, on fresh tables each; the PDF ${PDF_RUNS} runs in the app)`,
    '| items | readiness items | export | first ms | median ms | p95 ms | CPU ms (median) | size | within 1 s |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...rows.flatMap((row) =>
      row.results.map(
        (r) =>
          `| ${row.items} | ${row.readinessItems} | ${r.name} | ${r.first} | ${r.median} | ${r.p95} | ${r.cpu ?? '–'} | ${size(r.bytes)} | ${r.withinBudget ? 'yes' : 'NO'} |`,
      ),
    ),
  ].join('\n');
}
