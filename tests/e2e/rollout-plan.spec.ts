/**
 * A launch's regional rollout plan: a lead lays out a three-region rollout from a template on
 * the launch's page, edits waves in place, sees them under the launch on the timeline, in a
 * second window without reloading and after a reload; undo takes the waves away in one step.
 */
import AxeBuilder from '@axe-core/playwright';
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { RolloutPlanPage } from './pages/rollout';
import { TimelinePage } from './pages/timeline';
import { expect, test } from './test';

// Tier 3, six regions, launch day Wed 2 Dec 2026 (T+6 from the fixed clock), no waves yet.
const LAUNCH = 'Dashboard dark mode';
const ADDRESS = '/#/launch/sample-dark-mode?tab=rollout';
const NA = `${LAUNCH} — NA wave`;
const EU = `${LAUNCH} — EU & UK wave`;
const APAC = `${LAUNCH} — APAC wave`;

test('a lead lays out a three-region rollout from a template; every window shows it, also after a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000); // one whole planning session, two windows and a reload
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto(ADDRESS);
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  const other = await context.newPage();
  await other.goto(ADDRESS);
  await new LaunchItemPage(other).expectOpen(LAUNCH);
  const plan = new RolloutPlanPage(page);
  const otherPlan = new RolloutPlanPage(other);

  // Empty: what a rollout plan is.
  await expect(plan.plan).toContainText('A rollout plan takes this launch live region by region');
  await expect(plan.table).toHaveCount(0);

  // The dialog previews each template's waves and dates before anything is created.
  await plan.openTemplates();
  await expect(plan.template(/^NA first, then EU & UK, then APAC/)).toBeChecked();
  await expect(plan.template(/^NA first/)).toBeFocused();
  await expect(plan.previewRows).toHaveCount(3);
  await expect(plan.previewRows.nth(0)).toContainText(/1\s*NA\s*Wed 2 Dec 2026 T-0\s*10 %/);
  await expect(plan.previewRows.nth(1)).toContainText(/2\s*EU · UK\s*Wed 16 Dec 2026 T\+14\s*50 %/);
  await expect(plan.previewRows.nth(2)).toContainText(/3\s*APAC\s*Wed 30 Dec 2026 T\+28\s*100 %/);
  await expect(plan.dialog).toContainText('data residency (Legal & Compliance, due T-21)');
  // Keyboard: arrows pick another template, and the preview follows.
  await page.keyboard.press('ArrowDown');
  await expect(plan.template('All regions at once')).toBeChecked();
  await expect(plan.previewRows).toHaveCount(1);
  await expect(plan.previewRows.first()).toContainText('NA · EU · UK · APAC · LATAM · JP');
  await page.keyboard.press('ArrowUp');
  await expect(plan.create(3)).toBeEnabled();
  await plan.create(3).click();
  await expect(plan.dialog).toBeHidden();
  await expect(plan.templateButton).toBeFocused();
  await expect(app.toast(`Added 3 rollout waves to “${LAUNCH}”`)).toBeVisible();

  await expect.poll(() => plan.waveTitles()).toEqual([NA, EU, APAC]);
  await expect(plan.row(EU)).toContainText('EU · UK');
  await expect(plan.goLive(EU)).toHaveValue('2026-12-16');
  await expect(plan.row(EU)).toContainText('T+14 of the launch');
  await expect(plan.ramp(EU)).toHaveValue('50');
  await expect(plan.status(EU)).toHaveValue('planned');
  await expect(plan.row(EU)).toContainText('0/5 done');
  // The other window has them too, without a reload.
  await expect.poll(() => otherPlan.waveTitles()).toEqual([NA, EU, APAC]);

  // Inline edits: ramp, status, owner, go-live, gate criteria — each saved at once.
  await plan.type(plan.ramp(NA), '150');
  await expect(plan.plan.getByRole('alert')).toHaveText('The ramp cannot be more than 100 %');
  await expect(plan.ramp(NA)).toHaveAttribute('aria-invalid', 'true');
  await plan.ramp(NA).press('Escape');
  await expect(plan.ramp(NA)).toHaveValue('10');
  await expect(plan.plan.getByRole('alert')).toHaveCount(0);
  await plan.type(plan.ramp(NA), '25');
  await plan.status(NA).selectOption({ label: 'Live' });
  await plan.owner(APAC).selectOption({ label: 'Kenji Sato' });
  await plan.type(plan.goLive(APAC), '2027-01-06');
  await expect(plan.row(APAC)).toContainText('T+35 of the launch');
  await plan.type(plan.gate(EU), 'EU VAT invoices verified');
  await expect(otherPlan.ramp(NA)).toHaveValue('25');
  await expect(otherPlan.status(NA)).toHaveValue('live');
  await expect(otherPlan.owner(APAC)).toHaveValue('sample-kenji');
  await expect(otherPlan.goLive(APAC)).toHaveValue('2027-01-06');
  await expect(otherPlan.gate(EU)).toHaveValue('EU VAT invoices verified');

  // Reorder: APAC up to wave 2, and back.
  await plan.move(APAC, 'up').click();
  await expect.poll(() => plan.waveTitles()).toEqual([NA, APAC, EU]);
  await expect(plan.move(APAC, 'up')).toBeFocused();
  await expect(plan.row(APAC).getByRole('rowheader')).toContainText('2');
  // EU & UK, now third, goes live before the wave ahead of it.
  await expect(plan.row(EU)).toContainText('Before the wave ahead of it (6 Jan 2027)');
  await plan.move(APAC, 'down').click();
  await expect.poll(() => plan.waveTitles()).toEqual([NA, EU, APAC]);
  await expect(plan.plan).not.toContainText('Before the wave ahead of it');

  // On the timeline the three waves sit under their launch.
  await app.goto('Timeline');
  const timeline = new TimelinePage(page);
  const launchBar = (await timeline.bar(LAUNCH).boundingBox())!;
  const tops = [];
  for (const title of [NA, EU, APAC]) tops.push((await timeline.bar(title).boundingBox())!.y);
  expect(tops[0]).toBeGreaterThan(launchBar.y);
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);

  // A reload shows everything as saved.
  await page.goto(ADDRESS);
  await app.reload();
  await launch.expectOpen(LAUNCH);
  await expect.poll(() => plan.waveTitles()).toEqual([NA, EU, APAC]);
  await expect(plan.ramp(NA)).toHaveValue('25');
  await expect(plan.status(NA)).toHaveValue('live');
  await expect(plan.goLive(APAC)).toHaveValue('2027-01-06');
  await expect(plan.gate(EU)).toHaveValue('EU VAT invoices verified');
});

test('undo takes the template’s waves and their readiness away in one step, in every window', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto(ADDRESS);
  await new LaunchItemPage(page).expectOpen(LAUNCH);
  const other = await context.newPage();
  await other.goto(ADDRESS);
  const plan = new RolloutPlanPage(page);
  const otherPlan = new RolloutPlanPage(other);
  await plan.openTemplates();
  await plan.create(3).click();
  await expect(plan.dialog).toBeHidden();
  await expect(plan.table.getByRole('link')).toHaveCount(3);
  await expect(otherPlan.table.getByRole('link')).toHaveCount(3);

  await page.keyboard.press('Control+z');
  await expect(plan.table).toHaveCount(0);
  await expect(plan.plan).toContainText('A rollout plan takes this launch live region by region');
  await expect(otherPlan.table).toHaveCount(0);
  // Redo brings all three back with their checklists.
  await page.keyboard.press('Control+Shift+z');
  await expect(plan.table.getByRole('link')).toHaveCount(3);
  await expect(plan.row(APAC)).toContainText('0/5 done');
});

test('the sample’s plan: numbered waves with ramps and gate criteria; a launch without T-0 is told why', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto('/#/launch/sample-payment-links?tab=rollout');
  const plan = new RolloutPlanPage(page);
  await expect
    .poll(() => plan.waveTitles())
    .toEqual(['Payment Links v2 — NA wave', 'Payment Links v2 — EU & UK wave']);
  await expect(plan.ramp('Payment Links v2 — NA wave')).toHaveValue('25');
  await expect(plan.gate('Payment Links v2 — NA wave')).toHaveValue(/Checkout conversion at or above v1/);
  // The betas are listed beneath the plan.
  await expect(page.getByRole('region', { name: 'Betas' })).toContainText(
    'Payment Links v2 — public preview',
  );

  // A template needs the launch's T-0.
  await page.goto('/#/launch/sample-payment-links');
  const launch = new LaunchItemPage(page);
  await launch.field('Launch date (T-0)').fill('');
  await launch.save();
  await launch.selectTab('Rollout');
  await plan.openTemplates();
  await expect(plan.dialog.getByRole('alert')).toHaveText(
    '“Payment Links v2” has no launch day (T-0) yet: set it first, and the waves follow from it.',
  );
  await expect(plan.dialog.getByRole('button', { name: 'Create waves' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(plan.dialog).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const)
  test(`the plan and the template dialog (${scheme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    test.setTimeout(90_000); // two axe runs over a full page
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.startWithSample('Launches');
    await page.goto('/#/launch/sample-payment-links?tab=rollout');
    const plan = new RolloutPlanPage(page);
    await expect(plan.table).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    await plan.type(plan.ramp('Payment Links v2 — NA wave'), '101');
    await expect(plan.plan.getByRole('alert')).toBeVisible();
    expect(await serious()).toEqual([]);
    await plan.ramp('Payment Links v2 — NA wave').press('Escape');
    await plan.openTemplates();
    expect(await serious()).toEqual([]);
  });
