/**
 * The browser version's files: the preview server lets the browser keep every file named by a
 * hash of its content, so a second load asks the server only for the page itself.
 */
// Playwright's own test, not the fixed clock's: a fake clock also replaces `performance`,
// whose resource timings are what this test reads.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';

test('a second load takes the app’s files from the browser’s cache and asks only for the page again', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  // Every file the timeline needs has been loaded once.
  await app.goto('Timeline');
  await page.goto('about:blank');
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  // A file taken from the cache transferred nothing; a round trip to check it would show its
  // headers' bytes even when the answer is "not modified".
  const loads = await page.evaluate(() => ({
    files: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.includes('/assets/'))
      .map((entry) => ({
        name: new URL(entry.name).pathname,
        transferred: (entry as PerformanceResourceTiming).transferSize,
      })),
    page: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize,
  }));
  expect(loads.files.length).toBeGreaterThan(5);
  expect(loads.files.filter((file) => file.transferred > 0)).toEqual([]);
  // index.html names the build's current files, so it is always asked for again.
  expect(loads.page).toBeGreaterThan(0);
});
