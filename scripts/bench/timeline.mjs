// Timeline: first render, frame times while scrolling (both ways) and zooming, and the DOM
// size, for workspaces with milestones and 2,000 dependencies.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOADS, importWorkspace, paintedAt, stats, watchFirstPaint } from './common.mjs';

/** Runs `steps` frames, calling step(i) at the start of each; returns the frame intervals. */
function framesWhile(page, kind, steps) {
  return page.evaluate(
    ({ kind, steps }) =>
      new Promise((done) => {
        const el = document.querySelector('.tl-scroll');
        const zooms = ['Weeks', 'Months', 'Quarters'];
        const frames = [];
        let last = performance.now();
        let i = 0;
        const tick = (t) => {
          if (i > 0) frames.push(t - last);
          last = t;
          if (i === steps) return done(frames);
          if (kind === 'x') el.scrollLeft += 60;
          else if (kind === 'y') el.scrollTop += 36 * 3;
          else if (i % 4 === 0)
            [...document.querySelectorAll('.segmented__button')]
              .find((b) => b.textContent === zooms[(i / 4) % 3])
              ?.click();
          i += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { kind, steps },
  );
}

const summary = (frames) => ({ ...stats(frames), over16_7: frames.filter((f) => f > 17.7).length });

export async function timelineBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = helpers.generateWorkspace({ items, readinessPerItem: 2, dependencies: 2000, seed: 11, today });
  const file = join(outDir, `timeline-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await watchFirstPaint(context, '.tl-bar');
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);

  const firstRender = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/timeline`);
    firstRender.push(await paintedAt(page));
  }
  const domBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
  const scrollX = summary(await framesWhile(page, 'x', 120));
  const scrollY = summary(await framesWhile(page, 'y', 120));
  const zoomBefore = await page.evaluate(() => document.querySelector('.tl-scroll').dataset.zoom);
  const zoom = summary(await framesWhile(page, 'zoom', 48));
  // The zoom really changed (the last change, after 48 frames, is to quarters).
  const zoomAfter = await page.evaluate(() => document.querySelector('.tl-scroll').dataset.zoom);
  if (zoomBefore === zoomAfter) throw new Error(`zooming did not change the zoom (${zoomBefore})`);
  const domAfter = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    items,
    dependencies: 2000,
    firstRenderMs: stats(firstRender),
    scrollX,
    scrollY,
    zoom,
    domNodes: Math.max(domBefore, domAfter),
  };
}

export function timelineTable(rows) {
  const f = (s) => `${s.median} / ${s.p95} / ${s.max} (${s.over16_7} over)`;
  return [
    'Timeline (targets: 10,000 items render < 1000 ms; scroll and zoom p95 frame < 16.7 ms; DOM bounded by what is visible)',
    '| items | first render ms (median) | scroll → frame ms (median / p95 / max) | scroll ↓ frame ms | zoom frame ms | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.firstRenderMs.median} | ${f(r.scrollX)} | ${f(r.scrollY)} | ${f(r.zoom)} | ${r.domNodes} |`,
    ),
  ].join('\n');
}
