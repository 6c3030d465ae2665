// Readiness matrix: a page load straight onto the matrix and a switch to it from the board,
// each to the first cells painted, then frame times while scrolling down through the rows and
// across the functions. Launch items × 12 readiness functions with 13 lines each, every date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOADS,
  VIEWPORT,
  countInView,
  frameStats,
  importWorkspace,
  paintedAt,
  stats,
  viewportLabel,
  watchFirstPaint,
} from './common.mjs';

const FUNCTIONS = 12;
const LINES_PER_ITEM = 13;
// Keep in step with renderer/features/matrix/MatrixGrid.tsx.
const ROW_HEIGHT = 52;

/** Scrolls the matrix by `dx`/`dy` at the start of each of `steps` frames; the frame intervals. */
function framesWhileScrolling(page, { dx, dy, steps }) {
  return page.evaluate(
    ({ dx, dy, steps }) =>
      new Promise((done) => {
        const el = document.querySelector('.matrix-scroll');
        const frames = [];
        let last = performance.now();
        let i = 0;
        const tick = (t) => {
          if (i > 0) frames.push(t - last);
          last = t;
          if (i === steps) return done(frames);
          el.scrollLeft += dx;
          el.scrollTop += dy;
          i += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { dx, dy, steps },
  );
}

/**
 * The rows and cells a user sees (their box inside the scroll box, below the sticky column
 * headers; overscan rows do not count), and the rows the grid says it has; throws if none.
 */
async function inView(page, when) {
  const area = { area: '.matrix-scroll', top: '.matrix__head' };
  const seen = {
    rows: await countInView(page, { ...area, items: '.matrix__body [role="row"]' }),
    cells: await countInView(page, { ...area, items: '.matrix__body [role="gridcell"]' }),
    gridRows: await page.evaluate(
      () => Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? 0) - 1,
    ),
  };
  if (seen.rows === 0 || seen.cells === 0)
    throw new Error(
      `matrix ${when}: ${seen.rows} rows and ${seen.cells} cells in view; nothing was measured`,
    );
  return seen;
}

/** Board → matrix in the same window (the navigation button), to the first cells painted, in ms. */
function switchToMatrix(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const button = [...document.querySelectorAll('.nav__item')].find((b) =>
          b.textContent.startsWith('Readiness matrix'),
        );
        if (!button) return fail(new Error('no "Readiness matrix" button in the navigation'));
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.matrix-cell')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
  );
}

export async function matrixBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = helpers.generateWorkspace({
    items,
    readinessPerItem: LINES_PER_ITEM,
    dependencies: 0,
    seed: 17,
    today,
    functions: FUNCTIONS,
  });
  const lines = Object.keys(ws.readiness).length;
  const file = join(outDir, `matrix-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: VIEWPORT });
  await watchFirstPaint(context, '.matrix-cell');
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);

  // Every launch date, so all the items are rows (the default shows the next six weeks).
  const address = `${baseUrl}/#/matrix?range=all`;
  const navigation = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(address);
    navigation.push(await paintedAt(page));
  }
  const opened = await inView(page, 'after opening');
  if (opened.gridRows !== items) throw new Error(`matrix shows ${opened.gridRows} rows of ${items} items`);

  const switches = [];
  for (let i = 0; i < Math.max(LOADS, 7); i++) {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /^Board/ })
      .click();
    await page.locator('.card').first().waitFor();
    await page.waitForTimeout(200);
    switches.push(await switchToMatrix(page));
  }

  const down = frameStats(await framesWhileScrolling(page, { dx: 0, dy: ROW_HEIGHT * 3, steps: 150 }));
  const scrolled = await inView(page, 'after scrolling down');
  const across = frameStats(await framesWhileScrolling(page, { dx: 24, dy: 0, steps: 60 }));
  const scrollTop = await page.evaluate(() => document.querySelector('.matrix-scroll').scrollTop);
  if (scrollTop === 0) throw new Error('the matrix did not scroll');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    items,
    viewport: viewportLabel(),
    functions: FUNCTIONS,
    readinessItems: lines,
    navigationMs: stats(navigation),
    switchMs: stats(switches),
    scrollDown: down,
    scrollAcross: across,
    rowsInView: Math.min(opened.rows, scrolled.rows),
    cellsInView: Math.min(opened.cells, scrolled.cells),
    domNodes,
  };
}

export function matrixTable(rows) {
  const f = (s) => `${s.median} / ${s.p95} / ${s.max} (${s.over16_7} over)`;
  return [
    `Readiness matrix (${rows[0].viewport} window; targets: 1,000 items × 12 functions open < 300 ms, judged on the p95; scroll p95 frame < 16.7 ms)`,
    '| items × functions | readiness items | navigation → cells painted ms (median / p95) | board → matrix ms (median / p95) | scroll ↓ frame ms (median / p95 / max) | scroll → frame ms | rows / cells in view | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} × ${r.functions} | ${r.readinessItems} | ${r.navigationMs.median} / ${r.navigationMs.p95} | ${r.switchMs.median} / ${r.switchMs.p95} | ${f(r.scrollDown)} | ${f(r.scrollAcross)} | ${r.rowsInView} / ${r.cellsInView} | ${r.domNodes} |`,
    ),
  ].join('\n');
}
