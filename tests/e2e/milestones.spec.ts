/**
 * Milestones: added, renamed, moved and deleted on the launch page and on the timeline (by
 * pointer and keys), each step undoable, stored across a reload and shown in a second window
 * without reloading it.
 */
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { MilestonesSection, TimelineMilestones } from './pages/milestones';
import { TimelinePage } from './pages/timeline';
import { expect, test } from './test';

const LAUNCH = 'Payment Links v2';

// Two windows and a reload each: more than the default half minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function openLaunch(page: Page) {
  await page.goto('/#/launch/sample-payment-links');
  await new LaunchItemPage(page).expectOpen(LAUNCH);
}

test('on the launch page: add, rename, move and delete a milestone; undo brings it back', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await openLaunch(page);
  const milestones = new MilestonesSection(page);
  const other = await context.newPage();
  await openLaunch(other);
  const elsewhere = new MilestonesSection(other);

  // The form refuses what the command refuses, on its field.
  await milestones.add('', '2026-12-01');
  await expect(milestones.section.getByText('Enter a title')).toBeVisible();
  await milestones.add('Code freeze', '2101-01-01');
  await expect(milestones.section.getByText('Enter a date between 2000 and 2100')).toBeVisible();

  await milestones.add('Code freeze', '2026-12-01');
  await expect(milestones.day('Code freeze')).toHaveValue('2026-12-01');
  await expect(elsewhere.day('Code freeze')).toHaveValue('2026-12-01');
  // Listed by date, after “Pricing approved” (19 Nov) and before “Press embargo lifts” (17 Dec).
  await expect(milestones.list.getByRole('listitem')).toHaveCount(3);
  await expect(milestones.list.getByRole('listitem').nth(1)).toContainText(/T[-+]\d+/);
  await expect(milestones.titleField('Code freeze')).toHaveValue('Code freeze');

  await milestones.rename('Code freeze', 'Final code freeze');
  await expect(elsewhere.titleField('Final code freeze')).toHaveValue('Final code freeze');
  await milestones.setDay('Final code freeze', '2026-12-02');
  await expect(elsewhere.day('Final code freeze')).toHaveValue('2026-12-02');

  await milestones.delete('Final code freeze');
  await expect(milestones.day('Final code freeze')).toHaveCount(0);
  await expect(elsewhere.day('Final code freeze')).toHaveCount(0);
  await app
    .toast(/Delete milestone “Final code freeze”/)
    .locator('..')
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(milestones.day('Final code freeze')).toHaveValue('2026-12-02');

  await app.reload();
  await expect(milestones.day('Final code freeze')).toHaveValue('2026-12-02');
  await expect(elsewhere.day('Final code freeze')).toHaveValue('2026-12-02');
});

test('on the timeline: add with M on a bar, drag, move by keys (Space, arrows, Enter), edit and delete a milestone', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await app.goto('Timeline');
  const timeline = new TimelinePage(page);
  await timeline.zoom('Months');
  const markers = new TimelineMilestones(page);
  const other = await context.newPage();
  await other.goto('/#/timeline');
  const elsewhere = new TimelineMilestones(other);

  await timeline.bar(LAUNCH).focus();
  await page.keyboard.press('m');
  await expect(markers.dialog).toHaveAccessibleName(`Add a milestone to ${LAUNCH}`);
  await markers.fillDialog({ title: 'Docs freeze', day: '2026-12-02' });
  await expect(markers.marker('Docs freeze')).toHaveAccessibleName('Milestone: Docs freeze, Wed 2 Dec 2026');
  await expect(elsewhere.marker('Docs freeze')).toHaveAccessibleName(
    'Milestone: Docs freeze, Wed 2 Dec 2026',
  );

  // Dragged three days later (12 px a day at this zoom), then by keys as a bar is: Space starts
  // moving, arrows move the day shown, Escape puts it back; again, and Enter saves one day later.
  await markers.drag('Docs freeze', 36);
  await expect(markers.marker('Docs freeze')).toHaveAccessibleName('Milestone: Docs freeze, Sat 5 Dec 2026');
  await timeline.moveByKeys(markers.marker('Docs freeze'), ['ArrowRight', 'ArrowRight'], 'Escape');
  await expect(markers.marker('Docs freeze')).toBeFocused();
  await expect(markers.marker('Docs freeze')).not.toContainText('Moving');
  await expect(markers.marker('Docs freeze')).toHaveAccessibleName('Milestone: Docs freeze, Sat 5 Dec 2026');
  await timeline.moveByKeys(markers.marker('Docs freeze'), ['ArrowRight']);
  await expect(markers.marker('Docs freeze')).toHaveAccessibleName('Milestone: Docs freeze, Sun 6 Dec 2026');
  await expect(elsewhere.marker('Docs freeze')).toHaveAccessibleName(
    'Milestone: Docs freeze, Sun 6 Dec 2026',
  );

  // Enter edits it in a dialog.
  await markers.marker('Docs freeze').focus();
  await page.keyboard.press('Enter');
  await expect(markers.dialog).toHaveAccessibleName(`Edit milestone of ${LAUNCH}`);
  await markers.fillDialog({ title: 'Docs frozen' });
  await expect(markers.marker('Docs frozen')).toHaveAccessibleName('Milestone: Docs frozen, Sun 6 Dec 2026');

  await app.reload();
  await expect(markers.marker('Docs frozen')).toHaveAccessibleName('Milestone: Docs frozen, Sun 6 Dec 2026');

  // Delete removes it; undo brings it back.
  await markers.marker('Docs frozen').focus();
  await page.keyboard.press('Delete');
  await expect(markers.marker('Docs frozen')).toHaveCount(0);
  // The focus stays in the row: on its bar.
  await expect(timeline.bar(LAUNCH)).toBeFocused();
  await expect(elsewhere.marker('Docs frozen')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(markers.marker('Docs frozen')).toHaveCount(1);
  await expect(elsewhere.marker('Docs frozen')).toHaveCount(1);
});
