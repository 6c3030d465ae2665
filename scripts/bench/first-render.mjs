// First render, cold and warm. Cold: a fresh browser process on a persistent profile that
// already holds the workspace, with its HTTP and V8 code caches deleted, as when the app starts
// after a reboot. Warm: the same page navigated again (bundle cached and compiled), as when a
// window is reloaded. Both are timed in the page from navigation start: watchFirstPaint's
// "painted and interactive" and the `lc:workspace-loaded` mark. On the timeline the first bars
// may be drawn from the first screen an earlier window kept (`lc:first-screen-kept`), before
// the workspace is read; each figure says in how many loads they were. Every load stays open
// a moment after its workspace is read, as a window does, so it keeps its first screen.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LOADS, VIEWPORT, importWorkspace, paintedAt, stats, watchFirstPaint } from './common.mjs';

const launch = (env, dir) =>
  chromium.launchPersistentContext(dir, { ...env.launchOptions, viewport: VIEWPORT });

/** A new persistent profile at outDir/.profiles/<name> holding the workspace in `file`. */
export async function profileWith(env, name, file) {
  const dir = join(env.outDir, '.profiles', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const context = await launch(env, dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await importWorkspace(page, env.baseUrl, file);
  } finally {
    await context.close();
  }
  return dir;
}

/**
 * Warm loads per figure: more than LOADS, since one takes ~2 s (a cold one a new browser), and on
 * this 2-core machine five warm medians of one build spread over ~50 ms between runs.
 */
const WARM_LOADS = 11;

/** How long a load stays open once its workspace is read (a window keeps its first screen). */
const STAY_MS = 1500;

/** One page load's figures, in ms from navigation start. */
async function load(page, url) {
  await page.goto(url);
  const painted = await paintedAt(page);
  await page.waitForFunction(() => performance.getEntriesByName('lc:workspace-loaded').length > 0, null, {
    timeout: 60_000,
  });
  const { loaded, kept } = await page.evaluate(() => ({
    loaded: performance.getEntriesByName('lc:workspace-loaded')[0].startTime,
    kept: performance.getEntriesByName('lc:first-screen-kept').length > 0,
  }));
  await page.waitForTimeout(STAY_MS);
  return { painted, loaded, kept };
}

const summary = (loads) => ({
  paintedMs: stats(loads.map((l) => l.painted)),
  loadedMs: stats(loads.map((l) => l.loaded)),
  /** Loads whose first bars were drawn from a kept first screen. */
  keptLoads: loads.filter((l) => l.kept).length,
});

/**
 * Cold loads of `route` (each in a new browser process), then warm loads in one more process,
 * whose context and page stay open for the rest of the bench (the caller closes the context).
 */
export async function firstRender(env, dir, route, selector) {
  const url = `${env.baseUrl}/#/${route}`;
  const cold = [];
  for (let i = 0; i < LOADS; i++) {
    rmSync(join(dir, 'Default', 'Cache'), { recursive: true, force: true });
    rmSync(join(dir, 'Default', 'Code Cache'), { recursive: true, force: true });
    const context = await launch(env, dir);
    try {
      await watchFirstPaint(context, selector);
      cold.push(await load(context.pages()[0] ?? (await context.newPage()), url));
    } finally {
      await context.close();
    }
  }
  const context = await launch(env, dir);
  await watchFirstPaint(context, selector);
  const page = context.pages()[0] ?? (await context.newPage());
  // The first load fills the caches; the timed ones after it are warm.
  await load(page, url);
  const warm = [];
  for (let i = 0; i < WARM_LOADS; i++) {
    await page.goto('about:blank');
    warm.push(await load(page, url));
  }
  return { cold: summary(cold), warm: summary(warm), context, page };
}
