// Board: navigation to an interactive board (cold and warm), frame times during drags from the
// top of one full column to the top of another, and the time from the drop to the change saved.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  requireInView,
  runsStats,
  savesSoFar,
  settle,
  startFrames,
  stats,
  stopFrames,
  viewportLabel,
  waitForSave,
} from './common.mjs';
import { firstRender, profileWith } from './first-render.mjs';

const DRAGS = 5;

/**
 * The two fullest board columns in the window (cells whose cards overflow them; the fullest
 * first) and the cards a user can see: inside their cell's scroll box and the window.
 */
function boardScene(page) {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('.cell__scroll')].map((el, index) => {
      const r = el.getBoundingClientRect();
      return { index, fill: el.scrollHeight / Math.max(1, el.clientHeight), r };
    });
    const full = cells
      .filter((c) => c.fill > 1 && c.r.left >= 0 && c.r.right <= window.innerWidth && c.r.height > 0)
      .sort((a, b) => b.fill - a.fill)
      .map((c) => c.index);
    let cards = 0;
    for (const card of document.querySelectorAll('.card')) {
      const r = card.getBoundingClientRect();
      const box = card.closest('.cell__scroll')?.getBoundingClientRect();
      if (!box) continue;
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      if (
        r.bottom > top &&
        r.top < bottom &&
        r.right > Math.max(box.left, 0) &&
        r.left < Math.min(box.right, window.innerWidth)
      )
        cards++;
    }
    return { full, cards };
  });
}

export async function boardBench(env, items) {
  const { helpers, outDir, today } = env;
  const ws = helpers.generateWorkspace({ items, readinessPerItem: 5, dependencies: 0, seed: 7, today });
  const file = join(outDir, `board-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const dir = await profileWith(env, `board-${items}`, file);
  const { cold, warm, context, page } = await firstRender(env, dir, 'board', '.card');
  try {
    await settle(page, 600);
    // Each drag picks up the first card of the fullest column in the window and drops it at
    // the top of the next fullest (above its first card): the longest lists a drag crosses.
    const frames = [];
    const dropToSaved = [];
    const cardsInView = [];
    for (let d = 0; d < DRAGS; d++) {
      const scene = await boardScene(page);
      cardsInView.push(requireInView(scene.cards, 'board, cards before a drag'));
      if (scene.full.length < 2)
        throw new Error(`board: ${scene.full.length} full columns in the window; a drag needs two`);
      const [fromCell, toCell] = scene.full.map((i) => page.locator('.cell__scroll').nth(i));
      const from = await fromCell.locator('.card').first().boundingBox();
      const target = await toCell.locator('.card').first().boundingBox();
      const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
      const end = { x: target.x + target.width / 2, y: target.y + target.height / 4 };
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
      frames.push(await stopFrames(page));
      const before = await savesSoFar(page);
      await page.mouse.up();
      const save = await waitForSave(page, before);
      const droppedAt = await page.evaluate(() => window.__droppedAt);
      dropToSaved.push(save.startTime + save.duration - droppedAt);
      await settle(page, 300);
    }
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return {
      items,
      viewport: viewportLabel(),
      firstRender: { cold, warm },
      loadedMs: warm.loadedMs,
      interactiveMs: warm.paintedMs,
      dragFrameMs: runsStats(frames),
      cardsInView: Math.min(...cardsInView),
      dropToSavedMs: stats(dropToSaved),
      domNodes,
    };
  } finally {
    await context.close();
  }
}

export function boardTable(rows) {
  return [
    `Board (${rows[0].viewport} window; targets: 5,000 items interactive < 500 ms; drag frame p95 < 16.7 ms; drop to saved < 100 ms)`,
    '| items | interactive, cold ms (median / p95) | warm ms (median / p95) | nav → workspace loaded, cold / warm ms | cards in view | drag frame ms, pooled over 5 drags (median / p95 / max) | run p95s median | frames over budget | drop → saved ms (median / max) | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const { cold, warm } = r.firstRender;
      const d = r.dragFrameMs;
      return `| ${r.items} | ${cold.paintedMs.median} / ${cold.paintedMs.p95} | ${warm.paintedMs.median} / ${warm.paintedMs.p95} | ${cold.loadedMs.median} / ${warm.loadedMs.median} | ${r.cardsInView} | ${d.median} / ${d.p95} / ${d.max} | ${d.perRunP95Median} | ${d.over16_7} of ${d.n} | ${r.dropToSavedMs.median} / ${r.dropToSavedMs.max} | ${r.domNodes} |`;
    }),
  ].join('\n');
}
