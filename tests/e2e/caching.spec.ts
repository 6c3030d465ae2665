/**
 * The browser version's files: the preview server lets the browser keep every file named by a
 * hash of its content, so a second load asks the server only for the page itself.
 */
// Playwright's own test, not the fixed clock's: a fake clock also replaces `performance`,
// whose resource timings are what this test reads.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

/** The app's files this page has loaded so far, with the bytes each took over the network. */
const assetLoads = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.includes('/assets/'))
      .map((entry) => ({
        name: new URL(entry.name).pathname,
        transferred: (entry as PerformanceResourceTiming).transferSize,
      })),
  );

test('a second load takes the app’s files from the browser’s cache and asks only for the page again', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  const first = new Set((await assetLoads(page)).map((file) => file.name));
  await page.goto('about:blank');
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  // Only files the first load had: one fetched for the first time (a dialog's code, fetched
  // when the window is idle) comes over the network once. A file taken from the cache
  // transferred nothing; a round trip to check it shows its headers' bytes even when the
  // answer is "not modified".
  const again = (await assetLoads(page)).filter((file) => first.has(file.name));
  expect(again.length).toBeGreaterThan(5);
  expect(again.filter((file) => file.transferred > 0)).toEqual([]);
  // index.html names the build's current files, so it is always asked for again.
  const pageBytes = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize,
  );
  expect(pageBytes).toBeGreaterThan(0);
});
