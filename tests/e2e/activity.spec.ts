/**
 * An item's Activity: what was saved, in words, newest first — edits made here, undo, and
 * edits made in another window (which appear without a reload) — and still there after one.
 */
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { expect, test } from './test';

const LAUNCH = 'Payment Links v2';

test('Activity lists saved changes with what changed, including undo and another window’s edits', async ({
  context,
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  const url = page.url();

  await launch.field('Product area').fill('Payments platform');
  await launch.save();
  await launch.selectTab('Activity');
  const first = launch.panel.getByRole('listitem').first();
  await expect(first).toContainText(`Edit “${LAUNCH}”`);
  await expect(first).toContainText('Product area:');
  await expect(first).toContainText('→ Payments platform');

  // Undo is a change of its own: the history grows, it is never rewritten.
  await page.keyboard.press('Control+z');
  await expect(launch.panel.getByRole('listitem').first()).toContainText(`Undo Edit “${LAUNCH}”`);
  await expect(launch.panel.getByRole('listitem').first()).toContainText('Payments platform →');

  // Another window edits the same item: this one's Activity shows it without a reload.
  const other = await context.newPage();
  await other.goto(url);
  const otherLaunch = new LaunchItemPage(other);
  await otherLaunch.expectOpen(LAUNCH);
  await otherLaunch.field('Product area').fill('Checkout');
  await otherLaunch.save();
  await expect(launch.panel.getByRole('listitem').first()).toContainText('→ Checkout');

  await app.reload();
  await launch.expectOpen(LAUNCH);
  await launch.selectTab('Activity');
  const entries = launch.panel.locator('.activity__entry');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('Product area: Payments → Checkout');
  await expect(entries.nth(1)).toContainText('Undo');
  await expect(entries.nth(2)).toContainText('Product area: Payments → Payments platform');
  // The sample's own creation: the item, and its checklist summed up in one line.
  await expect(entries.nth(3)).toContainText('Create the sample workspace');
  await expect(entries.nth(3)).toContainText(/\d+ readiness lines added/);
});
