// Shared pieces of the benchmarks: statistics, the app's import flow, frame recording.
export const round = (n) => Math.round(n * 10) / 10;

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)), n: sorted.length };
}

/** A fresh window with an empty workspace, then the file imported through Settings → Import. */
export async function importWorkspace(page, baseUrl, file) {
  await page.goto(`${baseUrl}/#/settings`);
  await page.getByRole('button', { name: 'Start empty' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(file);
  const confirm = page.getByRole('button', { name: 'Replace workspace' });
  await confirm.waitFor({ timeout: 120_000 });
  const started = Date.now();
  await confirm.click();
  await page
    .locator('.toasts')
    .getByText(/^Imported/)
    .waitFor({ timeout: 300_000 });
  return Date.now() - started;
}

/** Starts recording requestAnimationFrame intervals; stopFrames() returns them. */
export async function startFrames(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The frame intervals recorded since startFrames(). */
export async function stopFrames(page) {
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

/** One 60 Hz frame, ms. */
export const FRAME_BUDGET = 16.7;
/**
 * requestAnimationFrame intervals vary by ~0.1 ms around the display's period: a frame on time
 * measures 16.6–16.8 ms, one that missed a single refresh 33.2–33.4 ms. Every frame figure is
 * judged with this margin: the "over" counts here and the frame targets (targets.mjs).
 */
export const VSYNC_JITTER_MS = 1;
export const withinFrames = (figure, budget) => figure <= budget + VSYNC_JITTER_MS;

// A frame "over budget" is an interval longer than one 60 Hz frame (with the jitter margin).
export const frameStats = (frames) => ({
  ...stats(frames),
  over16_7: frames.filter((f) => !withinFrames(f, FRAME_BUDGET)).length,
});

export async function savesSoFar(page) {
  return page.evaluate(() => performance.getEntriesByName('lc:save').length);
}

export async function waitForSave(page, before) {
  await page.waitForFunction((n) => performance.getEntriesByName('lc:save').length > n, before, {
    timeout: 30_000,
  });
  return page.evaluate(() => performance.getEntriesByName('lc:save').at(-1));
}

/** The console message watchFirstPaint's page sends once painted, with the time after it. */
const PAINTED = 'lc-bench:painted ';
/** Each page's paint times not yet taken by paintedAt, oldest first, and who waits for one. */
const paints = new WeakMap();

function paintsOf(page) {
  if (!paints.has(page)) paints.set(page, { times: [], waiting: [] });
  return paints.get(page);
}

/** A time from a document the page has left (an import's page, say) is not its next load's. */
function forgetOnNavigation(page) {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) paintsOf(page).times.length = 0;
  });
}

/**
 * Records, in the page itself, when the first element matching `selector` has been painted
 * and the page takes input again: the frame after it appears, then a task after that frame.
 * Measuring in the page keeps Playwright's round trips out of the figure. The page says so
 * with a console message rather than being polled: a page.waitForFunction made while the page
 * starts runs Playwright's injected script on its main thread (11–25 ms in traced loads, often
 * between the first render and its frame), delaying what is measured.
 */
export async function watchFirstPaint(context, selector) {
  await context.addInitScript(
    ({ sel, message }) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(sel)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => console.debug(message + performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { sel: selector, message: PAINTED },
  );
  context.pages().forEach(forgetOnNavigation);
  context.on('page', forgetOnNavigation);
  context.on('console', (msg) => {
    if (!msg.text().startsWith(PAINTED)) return;
    const page = msg.page();
    if (!page) return;
    const state = paintsOf(page);
    const time = Number(msg.text().slice(PAINTED.length));
    const waiter = state.waiting.shift();
    if (waiter) waiter(time);
    else state.times.push(time);
  });
}

/**
 * Navigation start → painted and interactive (see watchFirstPaint), in ms, of the page's next
 * load not yet measured: call it once per load, after page.goto.
 */
export async function paintedAt(page) {
  const state = paintsOf(page);
  if (state.times.length > 0) return state.times.shift();
  let timer;
  const painted = new Promise((resolve) => state.waiting.push(resolve));
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no first paint within 60 s')), 60_000);
  });
  try {
    return await Promise.race([painted, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Page loads per figure: the median of five is steadier than of three on a busy machine. */
export const LOADS = 5;

/**
 * The window every view is measured in: the desktop app's default window (1360×860), unless
 * BENCH_VIEWPORT=WIDTHxHEIGHT says otherwise. Printed with every table.
 */
export const VIEWPORT = (() => {
  const [width, height] = (process.env.BENCH_VIEWPORT ?? '1360x860').split('x').map(Number);
  return { width, height };
})();
export const viewportLabel = (v = VIEWPORT) => `${v.width}×${v.height}`;

/**
 * How many `items` elements a user can see: their box meets the `area` element's box, less
 * the width of `left` (a sticky column drawn over the items) and the height of `top` (a sticky
 * header). Elements kept in the DOM for overscan, or hidden under the sticky parts, do not count.
 */
export function countInView(page, { area, items, left = null, top = null }) {
  return page.evaluate(
    ({ area, items, left, top }) => {
      const box = document.querySelector(area)?.getBoundingClientRect();
      if (!box) return 0;
      const leftEdge = left
        ? (document.querySelector(left)?.getBoundingClientRect().right ?? box.left)
        : box.left;
      const topEdge = top
        ? (document.querySelector(top)?.getBoundingClientRect().bottom ?? box.top)
        : box.top;
      const right = Math.min(box.right, window.innerWidth);
      const bottom = Math.min(box.bottom, window.innerHeight);
      let n = 0;
      for (const el of document.querySelectorAll(items)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > leftEdge && r.left < right && r.bottom > topEdge && r.top < bottom) n++;
      }
      return n;
    },
    { area, items, left, top },
  );
}

/** Fails the bench run: a figure measured with nothing on screen measures nothing. */
export function requireInView(count, what) {
  if (!(count > 0)) throw new Error(`${what}: 0 in view — the figure would measure an empty viewport`);
  return count;
}

/**
 * Frame figures over several runs: the pooled intervals (median, p95, max, frames over budget:
 * the figure printed and judged) and the median of each run's p95 (how steady the runs were).
 */
export function runsStats(runs) {
  const pooled = frameStats(runs.flat());
  const perRun = runs.map((frames) => stats(frames).p95);
  return { ...pooled, runs: runs.length, perRunP95Median: stats(perRun).median, perRunP95: perRun };
}

/**
 * The JS heap in use after a full garbage collection (twice: the first can leave objects that
 * finalisers freed), in bytes, through the DevTools protocol.
 */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * The JS heap after a forced GC once it has settled: read every second until two readings in a
 * row are within `tolerance` of each other (at most `maxMs`). What the app does in the seconds
 * after opening can hold memory for a moment; the first reading is returned too, so a caller
 * can show that moment rather than hide it.
 */
export async function settledHeap(page, { tolerance = 0.02, maxMs = 15_000 } = {}) {
  const firstBytes = await heapAfterGc(page);
  const started = Date.now();
  let last = firstBytes;
  while (Date.now() - started < maxMs) {
    await page.waitForTimeout(1000);
    const next = await heapAfterGc(page);
    if (Math.abs(next - last) <= tolerance * last) return { bytes: next, firstBytes, settled: true };
    last = next;
  }
  return { bytes: last, firstBytes, settled: false };
}

/** Waits `frames` animation frames and then `ms`: lets the last change paint and settle. */
export async function settle(page, ms = 0, frames = 2) {
  await page.evaluate(
    ({ frames, ms }) =>
      new Promise((done) => {
        const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : setTimeout(done, ms));
        next(frames);
      }),
    { frames, ms },
  );
}

export const mb = (bytes) => round(bytes / 1048576);

/**
 * The storage-sized workspace the storage, heap and export benches share: `items` launch items
 * with 10 readiness items each and a dependency per 5 items, seeded the same way every run.
 */
export function storageWorkspace(helpers, items, today) {
  return helpers.generateWorkspace({
    items,
    readinessPerItem: 10,
    dependencies: Math.round(items / 5),
    seed: 42,
    today,
  });
}
