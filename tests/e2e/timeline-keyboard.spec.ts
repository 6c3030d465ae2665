/**
 * The timeline by keyboard and screen reader: one Tab stop with a roving focus over the rows,
 * Enter opens the launch page, Space moves a bar's dates (saved on Enter, one undo step, seen
 * by another window), and the dates in view are announced once a zoom or scroll settles.
 */
import { expect, test } from './test';
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { TimelinePage } from './pages/timeline';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
  await new AppPage(page).goto('Timeline');
});

test('the rows are one Tab stop; ↓ ↑ Home End move the focus between rows', async ({ page }) => {
  const timeline = new TimelinePage(page);
  const chart = timeline.chart();
  // A row's Tab stop is its bar (in its lane) or, with no bar, its title (in the title column).
  const tabStops = chart.locator('.tl-row [tabindex="0"], .tl-titles [tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
  // The capacity strip on the axis is one more stop at most, however many weeks it marks.
  const capacityStops = chart
    .getByRole('list', { name: 'Tier-1 capacity by week' })
    .locator('[tabindex="0"]');
  // The strip is drawn a moment after the first paint: count both at the same moment.
  const stopsBesideCapacity = async () =>
    (await chart.locator('[tabindex="0"]').count()) - (await capacityStops.count());
  await expect.poll(stopsBesideCapacity).toBe(1);
  await expect.poll(() => capacityStops.count()).toBeLessThanOrEqual(1);

  const dark = timeline.bar('Dashboard dark mode');
  await dark.focus();
  await expect(tabStops).toHaveCount(1);
  await expect(dark).toHaveAttribute('tabindex', '0'); // the last focused bar keeps the Tab stop

  await page.keyboard.press('ArrowUp');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  // Another row's bar (the chart may scroll to it, taking this bar out of the drawn days).
  await expect.poll(focusedName).toMatch(/^(?!Dashboard dark mode:).+: (Launch|Beta|Rollout)/);
  await page.keyboard.press('ArrowDown');
  await expect(dark).toBeFocused();

  // Whether the focus is in the first or last drawn row (its key is on its lane and its title).
  const focusIn = (which: 'first' | 'last') =>
    page.evaluate((which) => {
      const lanes = [...document.querySelectorAll<HTMLElement>('.tl-row')];
      const lane = which === 'first' ? lanes[0] : lanes[lanes.length - 1];
      const focused = document.activeElement?.closest<HTMLElement>('[data-row-key]');
      return Boolean(lane && focused && focused.dataset.rowKey === lane.dataset.rowKey);
    }, which);
  await page.keyboard.press('Home');
  await expect.poll(() => focusIn('first')).toBe(true);
  await page.keyboard.press('End');
  await expect.poll(() => focusIn('last')).toBe(true);

  // Tab leaves the chart and Shift+Tab comes back to the bar that had the focus.
  const last = page.locator(':focus');
  const lastName = await last.getAttribute('aria-label');
  await page.keyboard.press('Tab');
  await expect(chart.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', lastName!);
});

test('Enter on a bar opens its launch page; E opens the side panel', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.bar('Dashboard dark mode').focus();
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Edit Dashboard dark mode' })).toBeVisible();
  await page.keyboard.press('Escape');
  await timeline.bar('Dashboard dark mode').focus();
  await page.keyboard.press('Enter');
  await new LaunchItemPage(page).expectOpen('Dashboard dark mode');
});

test('the dates in view are announced after a zoom and a scroll settle', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await expect(timeline.rangeAnnouncement()).toHaveText(
    /^Showing \d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}, month zoom$/,
  );
  await timeline.zoom('Weeks');
  await expect(timeline.rangeAnnouncement()).toHaveText(/, week zoom$/);
  await page.getByRole('button', { name: 'Today' }).click();
  // Today (26 Nov 2026) is in the middle of what is shown.
  await expect(timeline.rangeAnnouncement()).toHaveText(/^Showing \d+ Nov 2026 – \d+ Dec 2026, week zoom$/);
});

test('moving dates by keyboard saves on Enter, Ctrl+Z undoes, and another window sees it without reload', async ({
  page,
  context,
}) => {
  const timeline = new TimelinePage(page);
  const other = await context.newPage();
  await other.goto('/#/timeline');
  const otherTimeline = new TimelinePage(other);
  await expect(otherTimeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 2 Dec 2026/);

  const bar = timeline.bar('Dashboard dark mode');
  await timeline.moveByKeys(bar, ['Shift+ArrowRight', 'ArrowRight']);
  await expect(bar).toHaveAccessibleName(/to 10 Dec 2026/);
  await expect(otherTimeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 10 Dec 2026/);

  await page.keyboard.press('Control+z');
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(otherTimeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 2 Dec 2026/);
});

test('← and → go from a bar to the milestones of its row (never moving one) and Escape comes back', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Quarters');
  const isMilestone = { name: /^Milestone: / };
  const row = timeline
    .chart()
    .locator('.tl-row')
    .filter({ has: page.getByRole('button', isMilestone) })
    .first();
  await expect(row.getByRole('button', isMilestone).first()).toHaveAttribute('tabindex', '-1'); // out of the Tab order
  const bar = row.locator('.tl-bar');
  await bar.focus();
  // The first milestone to the right of the bar's start, or else the one to its left.
  await page.keyboard.press('ArrowRight');
  if (!(await row.locator('.tl-milestone:focus').count())) await page.keyboard.press('ArrowLeft');
  const focused = row.locator('.tl-milestone:focus');
  await expect(focused).toHaveCount(1);
  // Another arrow goes on to the row's next marker (or stays): it never moves the milestone.
  const id = (await focused.getAttribute('data-milestone-id'))!;
  const marker = row.locator(`[data-milestone-id="${id}"]`);
  const name = (await marker.getAttribute('aria-label'))!;
  await page.keyboard.press('ArrowRight');
  await expect(row.locator('.tl-bar:focus, .tl-milestone:focus')).toHaveCount(1);
  await expect(marker).toHaveAttribute('aria-label', name);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await marker.focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeFocused();
});
