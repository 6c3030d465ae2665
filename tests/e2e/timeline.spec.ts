import { expect, test } from './test';
import { AppPage } from './pages/app';
import { BoardPage } from './pages/board';
import { TimelinePage } from './pages/timeline';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
  await new AppPage(page).goto('Timeline');
});

test('zoom levels, today, and the view kept in the address', async ({ page }) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await expect(page.locator('.tl-today')).toBeVisible();
  await timeline.zoom('Quarters');
  await expect(page.locator('.tl-axis__major').first()).toContainText(/^Q\d FY\d\d$/);
  await timeline.zoom('Weeks');
  await expect(page).toHaveURL(/zoom=week/);
  await page.getByLabel('Group by').selectOption({ label: 'Region' });
  await expect(page.getByRole('button', { name: /^NA — North America/ })).toBeVisible();
  await app.reload();
  await expect(
    page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Weeks' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Group by')).toHaveValue('region');
  await page.getByRole('button', { name: /^NA — North America/ }).click(); // collapse
  await expect(page.getByRole('button', { name: /^NA — North America/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('drag a bar to move it and an edge to resize it; undo; both persist and show on the board', async ({
  page,
}) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks'); // 40 px a day
  await page.getByRole('button', { name: 'Today' }).click(); // the bar runs up to T+6: bring it into view
  const bar = timeline.bar('Dashboard dark mode');
  await expect(bar).toContainText('Dashboard dark mode');

  let drag = await timeline.dragBar('Dashboard dark mode', 80);
  await expect(drag.tooltip).toContainText('launch 4 Dec 2026'); // two days later, with T-minus
  await drag.drop();
  await expect(bar).toHaveAccessibleName(/to 4 Dec 2026, launch T-8/);

  drag = await timeline.dragBar('Dashboard dark mode', 120, 'end');
  await drag.drop();
  await expect(bar).toHaveAccessibleName(/to 7 Dec 2026/);

  await page.keyboard.press('Control+z');
  await expect(bar).toHaveAccessibleName(/to 4 Dec 2026/);
  await app.reload();
  await expect(timeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 4 Dec 2026/);

  await app.goto('Board');
  await expect(new BoardPage(page).card('Dashboard dark mode')).toContainText('4 Dec 2026');
});

test('move a bar with the keyboard: Space, then arrows by a day, Shift by a week, Alt resizes; Enter saves', async ({
  page,
}) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  const bar = timeline.bar('Dashboard dark mode');
  await bar.focus();
  await page.keyboard.press('Space');
  const tooltip = bar.getByRole('status');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('Moving: 13 Nov 2026 – 3 Dec 2026');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(tooltip).toContainText('– 26 Nov 2026');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(tooltip).toContainText('– 27 Nov 2026');
  await page.keyboard.press('Alt+Shift+ArrowLeft'); // the start edge, a day earlier
  await expect(tooltip).toContainText('5 Nov 2026 – 27 Nov 2026');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled(); // nothing saved yet
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAccessibleName(/5 Nov 2026 to 27 Nov 2026/);
  await expect(bar).toBeFocused();
  await app.reload();
  await expect(timeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 27 Nov 2026/);
});

test('Escape while moving by keyboard puts the dates back and saves nothing', async ({ page }) => {
  const timeline = new TimelinePage(page);
  const bar = timeline.bar('Dashboard dark mode');
  await bar.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(bar.getByRole('status')).toContainText('– 9 Dec 2026');
  await page.keyboard.press('Escape');
  await expect(bar.getByRole('status')).toHaveCount(0);
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('Escape cancels a drag', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const before = await timeline.bar('Dashboard dark mode').getAttribute('aria-label');
  const drag = await timeline.dragBar('Dashboard dark mode', 200);
  await expect(drag.tooltip).toBeVisible(); // the drag is really under way
  await page.keyboard.press('Escape');
  await drag.drop();
  expect(await timeline.bar('Dashboard dark mode').getAttribute('aria-label')).toBe(before);
});

test('a drag into a blackout window shows a collision, listed in the radar', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Quarters'); // 4 px a day
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode'); // launches T+6; the company-wide freeze is T+40 … T+46
  await expect(bar).not.toHaveClass(/tl-bar--collision/);
  const drag = await timeline.dragBar('Dashboard dark mode', 140); // +35 days: launch 41 days from today
  await expect(drag.tooltip).toContainText('(T-41)');
  await drag.drop();
  await expect(bar).toHaveClass(/tl-bar--collision/);
  await expect(bar).toHaveAccessibleName(
    /Collision: “Dashboard dark mode” launches on .* inside “Company-wide code freeze”/,
  );
  await page.getByRole('button', { name: /^Collisions \(\d+\)/ }).click();
  const radar = page.getByRole('complementary', { name: 'Collisions' });
  const entry = radar.getByRole('button', { name: /“Dashboard dark mode” launches on/ });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(bar).toBeFocused();
});

test('blackout windows are created and edited from the timeline', async ({ page }) => {
  await page.getByRole('button', { name: 'Blackouts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Blackout windows' });
  await dialog.getByRole('button', { name: 'Add blackout window' }).click();
  await dialog.getByLabel('Title').fill('Launch week freeze');
  await dialog.getByLabel('First day').fill('2026-12-10');
  await dialog.getByLabel('Last day').fill('2026-12-01');
  await dialog.getByRole('button', { name: 'Add window' }).click();
  await expect(dialog.getByText('The window must end on or after its first day')).toBeVisible();
  await dialog.getByLabel('Last day').fill('2026-12-12');
  await dialog.getByRole('checkbox', { name: 'EU' }).check();
  await dialog.getByRole('button', { name: 'Add window' }).click();
  await expect(dialog.getByText(/Launch week freeze · Thu 10 Dec 2026 – Sat 12 Dec 2026 · EU/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Edit Launch week freeze' }).click();
  await dialog.getByLabel('Title').fill('EU launch freeze');
  await dialog.getByRole('button', { name: 'Save window' }).click();
  await expect(dialog.getByText(/EU launch freeze/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.tl-band[title="EU launch freeze (EU)"]').first()).toBeAttached();
});

test('a dependency is added by dragging from one bar to another', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Quarters');
  const from = timeline.bar('Team workspaces — EU wave');
  const to = timeline.bar('Dashboard dark mode');
  await from.hover();
  const dot = from.locator('.tl-bar__link');
  const a = (await dot.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.locator('.tl-scroll').getByRole('button', { name: 'Dashboard dark mode', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Depends on: chosen' })).toContainText(
    'Team workspaces — EU wave',
  );
});

test('ten ArrowRight presses in one keyboard move are one undo step, stored even if the window closes at once', async ({
  page,
  context,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode');
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await timeline.moveByKeys(bar, Array(10).fill('ArrowRight'));
  await page.close(); // right after Enter: no wait for anything

  const other = await context.newPage();
  await other.goto('/#/timeline?zoom=week');
  const again = new TimelinePage(other);
  await other.getByRole('button', { name: 'Today' }).click();
  await expect(again.bar('Dashboard dark mode')).toHaveAccessibleName(/to 12 Dec 2026/);

  // In a window that made the presses, one Ctrl+Z takes all ten back.
  await again.moveByKeys(again.bar('Dashboard dark mode'), Array(10).fill('ArrowLeft'));
  await expect(again.bar('Dashboard dark mode')).toHaveAccessibleName(/to 2 Dec 2026/);
  await other.keyboard.press('Control+z');
  await expect(again.bar('Dashboard dark mode')).toHaveAccessibleName(/to 12 Dec 2026/);
  await expect(other.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
