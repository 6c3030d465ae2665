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

// A frame "over budget" is an interval longer than one 60 Hz frame (with 1 ms of timer jitter).
export const frameStats = (frames) => ({ ...stats(frames), over16_7: frames.filter((f) => f > 17.7).length });

export async function savesSoFar(page) {
  return page.evaluate(() => performance.getEntriesByName('lc:save').length);
}

export async function waitForSave(page, before) {
  await page.waitForFunction((n) => performance.getEntriesByName('lc:save').length > n, before, {
    timeout: 30_000,
  });
  return page.evaluate(() => performance.getEntriesByName('lc:save').at(-1));
}

/**
 * Records, in the page itself, when the first element matching `selector` has been painted
 * and the page takes input again: the frame after it appears, then a task after that frame.
 * Measuring in the page keeps Playwright's polling and round trips out of the figure.
 */
export async function watchFirstPaint(context, selector) {
  await context.addInitScript((sel) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(sel)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

/** Navigation start → painted and interactive (see watchFirstPaint), in ms. */
export async function paintedAt(page) {
  await page.waitForFunction(() => window.__paintedAt !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__paintedAt);
}

/** Page loads per figure: the median of five is steadier than of three on a busy machine. */
export const LOADS = 5;
