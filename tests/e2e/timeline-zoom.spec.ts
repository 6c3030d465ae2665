import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { TimelinePage } from './pages/timeline';

/** Pixels per day at each zoom (scale.ts). */
const PX_PER_DAY = { Weeks: 40, Months: 12, Quarters: 4 } as const;

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
  await new AppPage(page).goto('Timeline');
});

/** Whole days from today to the day under a screen x, measured from the drawn Today line. */
async function dayAt(page: Page, clientX: number, zoom: keyof typeof PX_PER_DAY): Promise<number> {
  const todayLeft = await page.locator('.tl-today').evaluate((el) => el.getBoundingClientRect().left);
  return Math.floor((clientX - todayLeft) / PX_PER_DAY[zoom]);
}

function pressed(page: Page, zoom: keyof typeof PX_PER_DAY) {
  return expect(
    page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: zoom }),
  ).toHaveAttribute('aria-pressed', 'true');
}

test('Ctrl+wheel over a bar zooms in and out, keeping the day under the pointer', async ({ page }) => {
  await page.getByRole('button', { name: 'Today' }).click();
  await pressed(page, 'Months');
  // A point on a bar inside the visible lanes (drawn bars include some off screen).
  const { x, y } = await page.locator('.tl-scroll').evaluate((el) => {
    const area = el.getBoundingClientRect();
    const lanesLeft = area.left + 320;
    const right = area.left + el.clientWidth;
    for (const bar of el.querySelectorAll('.tl-bar')) {
      const box = bar.getBoundingClientRect();
      const left = Math.max(box.left, lanesLeft);
      if (box.right - 10 > left && left + 10 < right && box.top > area.top + 52 && box.bottom < area.bottom)
        return {
          x: left + Math.min(20, (Math.min(box.right, right) - left) / 2),
          y: box.top + box.height / 2,
        };
    }
    throw new Error('no bar in view');
  });
  await page.mouse.move(x, y);
  const before = await dayAt(page, x, 'Months');

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await pressed(page, 'Weeks');
  await expect.poll(async () => Math.abs((await dayAt(page, x, 'Weeks')) - before)).toBeLessThanOrEqual(1);

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await pressed(page, 'Quarters');
  await expect.poll(async () => Math.abs((await dayAt(page, x, 'Quarters')) - before)).toBeLessThanOrEqual(1);
  // A wheel without Ctrl scrolls, and does not zoom.
  await page.mouse.wheel(0, 100);
  await pressed(page, 'Quarters');
});

test('the zoom buttons keep the day at the centre of the chart', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await page.getByRole('button', { name: 'Today' }).click();
  const centreX = await timeline.chart().evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return rect.left + 320 + (el.clientWidth - 320) / 2;
  });
  const before = await dayAt(page, centreX, 'Months');
  for (const zoom of ['Weeks', 'Quarters', 'Months'] as const) {
    await timeline.zoom(zoom);
    await pressed(page, zoom);
    await expect
      .poll(async () => Math.abs((await dayAt(page, centreX, zoom)) - before))
      .toBeLessThanOrEqual(1);
  }
});

test('a bar focused from the keyboard keeps the focus across zooms', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode');
  await bar.focus();
  await expect(timeline.focusedBar()).toHaveAccessibleName(/^Dashboard dark mode:/);
  // Zoom with Ctrl+wheel over the bar, so it stays in view, and the focus never leaves it.
  const box = (await bar.boundingBox())!;
  const area = (await timeline.chart().boundingBox())!;
  await page.mouse.move(Math.max(box.x, area.x + 330) + 10, box.y + box.height / 2);
  for (const [deltaY, zoom] of [
    [-100, 'Weeks'],
    [100, 'Months'],
    [100, 'Quarters'],
  ] as const) {
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, deltaY);
    await page.keyboard.up('Control');
    await pressed(page, zoom);
    await expect(timeline.chart()).toHaveAttribute(
      'data-zoom',
      zoom === 'Weeks' ? 'week' : zoom === 'Months' ? 'month' : 'quarter',
    );
    await expect(timeline.focusedBar()).toHaveAccessibleName(/^Dashboard dark mode:/);
  }
});

test('a zoom in the middle of a drag moves the bar by the days under the pointer, not by pixels', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks'); // 40 px a day
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode');
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  // Dragged 2 days later (80 px at Weeks), then zoomed out to Months (12 px a day) over it: the
  // day under the pointer stays put, so the drag is still 2 days. Measured in pixels, the next
  // move would make it 7.
  const drag = await timeline.dragBar('Dashboard dark mode', 80);
  await expect(drag.tooltip).toContainText('launch 4 Dec 2026');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await pressed(page, 'Months');
  await expect(timeline.chart()).toHaveAttribute('data-zoom', 'month');
  await page.mouse.move(drag.at.x + 1, drag.at.y);
  await expect(drag.tooltip).toContainText('launch 4 Dec 2026');
  // One more day at the new scale is 12 px.
  await page.mouse.move(drag.at.x + 1 + PX_PER_DAY.Months, drag.at.y, { steps: 3 });
  await expect(drag.tooltip).toContainText('launch 5 Dec 2026');
  await drag.drop();
  await expect(bar).toHaveAccessibleName(/to 5 Dec 2026/);
});
