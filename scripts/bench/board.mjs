// Board: navigation to an interactive board, frame times during a drag across columns, and
// the time from the drop to the change being saved.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOADS,
  importWorkspace,
  paintedAt,
  savesSoFar,
  startFrames,
  stats,
  stopFrames,
  frameStats,
  waitForSave,
  watchFirstPaint,
} from './common.mjs';

const DRAGS = 5;

export async function boardBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = helpers.generateWorkspace({ items, readinessPerItem: 5, dependencies: 0, seed: 7, today });
  const file = join(outDir, `board-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await watchFirstPaint(context, '.card');
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);

  const interactive = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/board`);
    const at = await paintedAt(page);
    const loaded = await page.evaluate(
      () => performance.getEntriesByName('lc:workspace-loaded')[0]?.startTime ?? NaN,
    );
    interactive.push({ loaded, at });
  }

  // Several drags, each picking up the first card of the first column and dropping it in the
  // third: frame times across all of them, and drop → saved for each.
  const frames = [];
  const dropToSaved = [];
  for (let d = 0; d < DRAGS; d++) {
    const from = await page.locator('.cell__scroll').nth(0).locator('.card').first().boundingBox();
    const to = await page.locator('.cell__scroll').nth(2).boundingBox();
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + 200 };
    await page.evaluate(() =>
      window.addEventListener('pointerup', () => (window.__droppedAt = performance.now()), {
        capture: true,
        once: true,
      }),
    );
    await startFrames(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
    const steps = 60;
    for (let s = 1; s <= steps; s++)
      await page.mouse.move(
        start.x + ((end.x - start.x) * s) / steps,
        start.y + ((end.y - start.y) * s) / steps,
      );
    frames.push(...(await stopFrames(page)));
    const before = await savesSoFar(page);
    await page.mouse.up();
    const save = await waitForSave(page, before);
    const droppedAt = await page.evaluate(() => window.__droppedAt);
    dropToSaved.push(save.startTime + save.duration - droppedAt);
    await page.waitForTimeout(300);
  }
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    items,
    loadedMs: stats(interactive.map((i) => i.loaded)),
    interactiveMs: stats(interactive.map((i) => i.at)),
    dragFrameMs: frameStats(frames),
    dropToSavedMs: stats(dropToSaved),
    domNodes,
  };
}

export function boardTable(rows) {
  return [
    'Board (targets: 5,000 items interactive < 500 ms; drag frame p95 < 16.7 ms; drop to saved < 100 ms)',
    '| items | navigation → workspace loaded ms | navigation → interactive ms (median) | drag frame ms (median / p95 / max) | frames over budget | drop → saved ms (median / max) | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.loadedMs.median} | ${r.interactiveMs.median} | ${r.dragFrameMs.median} / ${r.dragFrameMs.p95} / ${r.dragFrameMs.max} | ${r.dragFrameMs.over16_7} of ${r.dragFrameMs.n} | ${r.dropToSavedMs.median} / ${r.dropToSavedMs.max} | ${r.domNodes} |`,
    ),
  ].join('\n');
}
