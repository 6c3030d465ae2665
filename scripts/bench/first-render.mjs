// First render, cold and warm. Cold: a fresh browser process on a persistent profile that
// already holds the workspace, with its HTTP and V8 code caches deleted, as when the app starts
// after a reboot. Warm: the same page navigated again (bundle cached and compiled), as when a
// window is reloaded. Both are timed in the page from navigation start: watchFirstPaint's
// "painted and interactive" and the `lc:workspace-loaded` mark.
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

/** One page load's figures, in ms from navigation start. */
async function load(page, url) {
  await page.goto(url);
  const painted = await paintedAt(page);
  const loaded = await page.evaluate(
    () => performance.getEntriesByName('lc:workspace-loaded')[0]?.startTime ?? NaN,
  );
  return { painted, loaded };
}

const summary = (loads) => ({
  paintedMs: stats(loads.map((l) => l.painted)),
  loadedMs: stats(loads.map((l) => l.loaded).filter((n) => !Number.isNaN(n))),
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
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    warm.push(await load(page, url));
  }
  return { cold: summary(cold), warm: summary(warm), context, page };
}
