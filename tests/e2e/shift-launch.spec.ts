/**
 * Moving a launch moves what belongs to it: a launch day changed in the editor asks whether its
 * milestones, waves and betas move too; "Move them too" moves them all (timeline, launch page,
 * a second window), one Ctrl+Z puts everything back; a remembered choice is honoured next time
 * and shown in Settings; a drag answered with Cancel saves nothing; 1900 is refused on the field.
 */
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { MilestonesSection, ShiftQuestion, TimelineMilestones } from './pages/milestones';
import { TimelinePage } from './pages/timeline';
import { expect, test } from './test';

const LAUNCH = 'Payment Links v2';
const NA_WAVE = 'Payment Links v2 — NA wave';
const EU_WAVE = 'Payment Links v2 — EU & UK wave';
const BETA = 'Payment Links v2 — public preview';
/** What belongs to the launch and moves with it: the two waves and the beta (page id, title). */
const BELONGING = [
  ['sample-payment-links-na', NA_WAVE],
  ['sample-payment-links-eu', EU_WAVE],
  ['sample-payment-links-beta', BETA],
] as const;
const LAUNCH_DATE = 'Launch date (T-0)';

/** A day moved by `days` (yyyy-mm-dd, calendar arithmetic in UTC). */
function plus(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (yyyy-mm-dd). */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

async function openPage(page: Page, id: string, title: string) {
  await page.goto(`/#/launch/${id}`);
  await new LaunchItemPage(page).expectOpen(title);
}

/** The launch day each of the launch's waves and beta shows on its launch page. */
async function launchDaysOfBelonging(page: Page): Promise<string[]> {
  const days: string[] = [];
  for (const [id, title] of BELONGING) {
    await openPage(page, id, title);
    days.push(await new LaunchItemPage(page).field(LAUNCH_DATE).inputValue());
  }
  return days;
}

/** Each wave's and the beta's launch page shows the day expected of it. */
async function expectLaunchDays(page: Page, days: readonly string[]) {
  for (const [index, [id, title]] of BELONGING.entries()) {
    await openPage(page, id, title);
    await expect(new LaunchItemPage(page).field(LAUNCH_DATE), title).toHaveValue(days[index]!);
  }
}

// Two windows, undo, redo and a reload: more than the default half minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('a launch day moved in the editor carries its milestones, waves and beta; one undo puts all back', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launch = new LaunchItemPage(page);
  const milestones = new MilestonesSection(page);
  const belongingDays = await launchDaysOfBelonging(page);
  const movedDays = belongingDays.map((day) => plus(day, 14));
  await openPage(page, 'sample-payment-links', LAUNCH);
  const launchDay = await launch.field(LAUNCH_DATE).inputValue();
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-11-19');

  // A second window on the same launch page, to see the move arrive there.
  const other = await context.newPage();
  await openPage(other, 'sample-payment-links', LAUNCH);
  await expect(new MilestonesSection(other).day('Pricing approved')).toHaveValue('2026-11-19');

  await launch.field(LAUNCH_DATE).fill(plus(launchDay, 14));
  await launch.save();
  const question = new ShiftQuestion(page);
  await expect(question.dialog).toContainText('2 milestones, 2 waves and a beta move by +14 days');
  await expect(question.dialog).toContainText('lines due on a fixed day stay');
  await question.answer('Move them too');

  await expect(milestones.day('Pricing approved')).toHaveValue('2026-12-03');
  await expect(milestones.day('Press embargo lifts')).toHaveValue('2026-12-31');
  await expect(new MilestonesSection(other).day('Pricing approved')).toHaveValue('2026-12-03');

  // Both waves and the beta moved by the same two weeks.
  await expectLaunchDays(page, movedDays);

  // On the timeline: the milestone's diamond and the wave's bar moved.
  await app.goto('Timeline');
  const timeline = new TimelinePage(page);
  const markers = new TimelineMilestones(page);
  await expect(markers.marker('Pricing approved')).toHaveAccessibleName(
    'Milestone: Pricing approved, Thu 3 Dec 2026',
  );
  const movedWave = await timeline.bar(NA_WAVE).getAttribute('aria-label');

  // One undo step puts the launch and everything that moved with it back.
  await page.locator('body').press('Control+z');
  await expect(markers.marker('Pricing approved')).toHaveAccessibleName(
    'Milestone: Pricing approved, Thu 19 Nov 2026',
  );
  await expect(timeline.bar(NA_WAVE)).not.toHaveAttribute('aria-label', movedWave!);
  await expectLaunchDays(page, belongingDays);
  await openPage(page, 'sample-payment-links', LAUNCH);
  await expect(launch.field(LAUNCH_DATE)).toHaveValue(launchDay);

  // Redo it, then check that the move is stored: the waves' and beta's days moved by two weeks.
  await page.locator('body').press('Control+Shift+z');
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-12-03');
  await app.reload();
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-12-03');
  await expectLaunchDays(page, movedDays);
});

test('a remembered choice is honoured next time and shown in Settings', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launch = new LaunchItemPage(page);
  const milestones = new MilestonesSection(page);
  await openPage(page, 'sample-payment-links', LAUNCH);
  const launchDay = await launch.field(LAUNCH_DATE).inputValue();

  await launch.field(LAUNCH_DATE).fill(plus(launchDay, 7));
  await launch.save();
  await new ShiftQuestion(page).answer(/^Only this launch$/, { remember: true });
  await expect(launch.field(LAUNCH_DATE)).toHaveValue(plus(launchDay, 7));
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-11-19');

  // Not asked again: only the launch moves. The save's own evidence first (the milestone's
  // offset from the stored launch day), so that no question could still be on its way.
  await launch.field(LAUNCH_DATE).fill(plus(launchDay, 14));
  await launch.save();
  const pricing = milestones.list
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Title of milestone Pricing approved', { exact: true }) });
  await expect(pricing).toContainText(new RegExp(`T-${daysFrom('2026-11-19', plus(launchDay, 14))}(?!\\d)`));
  await expect(new ShiftQuestion(page).dialog).toHaveCount(0);
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-11-19');

  // Settings → General shows the choice and changes it; it lasts across a reload.
  await app.goto('Settings');
  const choice = page.getByLabel("When a launch's dates move");
  await expect(choice).toHaveValue('never');
  await choice.selectOption({ label: 'Move what belongs to it' });
  await app.reload();
  await expect(page.getByLabel("When a launch's dates move")).toHaveValue('always');

  await openPage(page, 'sample-payment-links', LAUNCH);
  await launch.field(LAUNCH_DATE).fill(plus(launchDay, 21));
  await launch.save();
  await expect(app.toast(`Saved “${LAUNCH}”`).last()).toBeVisible();
  await expect(milestones.day('Pricing approved')).toHaveValue('2026-11-26');
});

test('a launch bar dragged on the timeline asks; Cancel leaves everything as stored', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await app.goto('Timeline');
  const timeline = new TimelinePage(page);
  const before = await timeline.bar(LAUNCH).getAttribute('aria-label');
  const drag = await timeline.dragBar(LAUNCH, 12 * 14);
  await drag.drop();
  const question = new ShiftQuestion(page);
  await expect(question.dialog).toContainText(/move by \+\d+ days/);
  await question.answer('Cancel');
  await expect(timeline.bar(LAUNCH)).toHaveAttribute('aria-label', before!);
  await app.reload();
  await expect(timeline.bar(LAUNCH)).toHaveAttribute('aria-label', before!);
});

test('a launch dated 1900 is refused on the field and nothing is saved', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launch = new LaunchItemPage(page);
  await openPage(page, 'sample-payment-links', LAUNCH);
  const launchDay = await launch.field(LAUNCH_DATE).inputValue();
  await launch.field(LAUNCH_DATE).fill('1900-01-01');
  await launch.save();
  await expect(new ShiftQuestion(page).dialog).toBeHidden();
  await expect(page.getByText('Enter a date between 2000 and 2100')).toBeVisible();
  await expect(launch.field(LAUNCH_DATE)).toHaveAttribute('aria-invalid', 'true');
  await launch.field(LAUNCH_DATE).fill(launchDay);
  await launch.save();
  await app.reload();
  await expect(launch.field(LAUNCH_DATE)).toHaveValue(launchDay);
});
