// Board: navigation to an interactive board, frame times during a drag across columns, and
// the time from the drop to the change being saved.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  importWorkspace,
  round,
  savesSoFar,
  startFrames,
  stats,
  stopFrames,
  waitForSave,
} from './common.mjs';

export async function boardBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = helpers.generateWorkspace({ items, readinessPerItem: 5, dependencies: 0, seed: 7, today });
  const file = join(outDir, `board-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);

  const interactive = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/board`);
    await page.locator('.card').first().waitFor({ timeout: 60_000 });
    // The next frame: the board has painted and takes input.
    interactive.push(
      await page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() =>
              done({
                loaded: performance.getEntriesByName('lc:workspace-loaded')[0]?.startTime ?? NaN,
                at: performance.now(),
              }),
            ),
          ),
      ),
    );
  }

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
  const frames = await stopFrames(page);
  const before = await savesSoFar(page);
  await page.mouse.up();
  const save = await waitForSave(page, before);
  const droppedAt = await page.evaluate(() => window.__droppedAt);
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    items,
    loadedMs: stats(interactive.map((i) => i.loaded)),
    interactiveMs: stats(interactive.map((i) => i.at)),
    dragFrameMs: frames,
    dropToSavedMs: round(save.startTime + save.duration - droppedAt),
    domNodes,
  };
}

export function boardTable(rows) {
  return [
    'Board (targets: 5,000 items interactive < 500 ms; drag frame p95 < 16.7 ms; drop to saved < 100 ms)',
    '| items | navigation → workspace loaded ms | navigation → interactive ms (median) | drag frame ms (median / p95 / max) | frames over budget | drop → saved ms | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.loadedMs.median} | ${r.interactiveMs.median} | ${r.dragFrameMs.median} / ${r.dragFrameMs.p95} / ${r.dragFrameMs.max} | ${r.dragFrameMs.over16_7} of ${r.dragFrameMs.n} | ${r.dropToSavedMs} | ${r.domNodes} |`,
    ),
  ].join('\n');
}
