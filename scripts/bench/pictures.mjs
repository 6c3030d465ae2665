// Pictures: the whole timeline of a generated workspace as a PDF (A4, one page per ~30 rows,
// each page drawn into the PDF as vectors and text), made from the export dialog as a person
// would, timed from the click on "Export PDF" to the file being handed to the browser; and the
// same as a slide PNG of the first page range. Runs against the browser build like the other
// view benchmarks. The first PDF is kept beside the results (pictures-<items>.pdf) to look at.
import { writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { importWorkspace, round, stats } from './common.mjs';

const RUNS = 5;

/** The first and last day any bar or milestone of the workspace covers. */
function wholeRange(ws) {
  const days = [];
  for (const item of Object.values(ws.items))
    for (const day of [item.startDate, item.launchDate, item.endDate]) if (day) days.push(day);
  for (const milestone of Object.values(ws.milestones)) days.push(milestone.date);
  days.sort();
  return { from: days[0], to: days.at(-1) };
}

async function exportOnce(page, format, range, keepAs) {
  await page.getByRole('button', { name: 'Export picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export timeline as picture' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByLabel('Size').selectOption(format === 'PDF' ? 'a4' : 'slide');
  await dialog.getByLabel('From').fill(range.from);
  await dialog.getByLabel('To').fill(range.to);
  await dialog.getByRole('img', { name: /^Preview of page 1 of \d+$/ }).waitFor();
  const pages = Number(
    /of (\d+)$/.exec(await dialog.getByRole('img').getAttribute('alt'))?.[1] ?? Number.NaN,
  );
  const download = page.waitForEvent('download', { timeout: 300_000 });
  const started = Date.now();
  await dialog.getByRole('button', { name: `Export ${format}` }).click();
  const file = await download;
  const ms = Date.now() - started;
  const { size } = await stat(await file.path());
  if (keepAs) await file.saveAs(keepAs);
  await dialog.waitFor({ state: 'hidden' });
  return { ms, pages, bytes: size };
}

/** Times a whole-timeline PDF (and a PNG) of `items` generated launch items. */
export async function picturesBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = helpers.generateWorkspace({ items, readinessPerItem: 2, dependencies: 200, seed: 17, today });
  const file = join(outDir, `pictures-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  try {
    await importWorkspace(page, baseUrl, file);
    await page.goto(`${baseUrl}/#/timeline`);
    await page.getByRole('heading', { name: 'Timeline', level: 1 }).waitFor();
    const range = wholeRange(ws);
    const pdf = [];
    for (let run = 0; run < RUNS; run++)
      pdf.push(
        await exportOnce(page, 'PDF', range, run === 0 ? join(outDir, `pictures-${items}.pdf`) : null),
      );
    const png = await exportOnce(page, 'PNG', range).catch((error) => ({ error: String(error) }));
    return {
      items,
      range,
      pdf: { ...stats(pdf.map((r) => r.ms)), pages: pdf[0].pages, mb: round(pdf[0].bytes / 1e6) },
      png,
    };
  } finally {
    await context.close();
  }
}

export function picturesTable(rows) {
  return [
    `Pictures: the whole timeline as an A4 PDF (${RUNS} runs; click on Export PDF → file handed over)`,
    '| items | pages | median ms | p95 ms | size |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.items} | ${r.pdf.pages} | ${r.pdf.median} | ${r.pdf.p95} | ${r.pdf.mb} MB |`),
  ].join('\n');
}
