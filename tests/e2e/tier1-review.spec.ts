/**
 * The launch review of a Tier 1 launch with three regional waves, as a product-ops lead runs
 * it: the launch and its waves are created in the app (each gets its playbook), the readiness
 * matrix shows which functions are not ready, a cell opens the checklist of that function with
 * owners and days left, a date change re-flows every T-offset, and no path moves the launch
 * past the gate until a Go is recorded through the dialog. A reload finds all of it.
 */
import { AppPage, EditorPanel, LaunchesPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { MatrixPage } from './pages/matrix';
import { ShiftQuestion } from './pages/milestones';
import { ChecklistPage } from './pages/readiness';
import { expect, test } from './test';

const LAUNCH = 'Atlas GA';
const WAVES = [
  ['Atlas GA — NA wave', '2027-01-12', 'NA'],
  ['Atlas GA — EU & UK wave', '2027-01-26', 'EU'],
  ['Atlas GA — APAC wave', '2027-02-09', 'APAC'],
] as const;

test('a Tier 1 launch with three waves: gaps by function, owners and days left, re-flow, and the gate', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const launches = new LaunchesPage(page);
  const launch = new LaunchItemPage(page);
  const checklist = new ChecklistPage(page);
  await app.startWithSample('Launches');

  // The launch: Tier 1, dated, with its playbook.
  const editor = await launches.newItem();
  await editor.fill('Title', LAUNCH);
  await editor.select('Tier', 'Tier 1');
  await editor.fill('Launch date (T-0)', '2027-01-12');
  await expect(editor.field('Readiness checklist').locator('option:checked')).toHaveText(/Tier 1 launch/);
  await editor.save();
  await expect(editor.panel).toBeHidden();

  // Three regional waves from its Rollout tab, each a rollout of the launch with its own checklist.
  await page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  await launch.expectOpen(LAUNCH);
  for (const [title, day, region] of WAVES) {
    await launch.selectTab('Rollout');
    await launch.panel.getByRole('button', { name: 'Add wave' }).click();
    const wave = new EditorPanel(page);
    await expect(wave.field('Kind')).toHaveValue('rollout');
    await wave.fill('Title', title);
    await wave.fill('Launch date (T-0)', day);
    await wave.panel.getByRole('checkbox', { name: region, exact: true }).check();
    await wave.save();
    await expect(wave.panel).toBeHidden();
    await expect(launch.panel.getByRole('link', { name: title })).toBeVisible();
  }

  // The review: the matrix names the functions that are not ready, per launch and wave.
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.filter('Launch dates', 'All dates');
  await expect(matrix.row(LAUNCH)).toBeVisible();
  for (const [title] of WAVES) await expect(matrix.row(title)).toBeVisible();
  await expect(matrix.cell(LAUNCH, 'Legal & Compliance')).toBeVisible();
  await expect(matrix.cell(LAUNCH, 'Legal & Compliance')).toHaveAccessibleName(/0 of \d+ done|0\/\d+/);

  // A cell opens that function's checklist: who owns each gap and how many days remain.
  await matrix.cell(LAUNCH, 'Legal & Compliance').click();
  await launch.expectOpen(LAUNCH);
  await expect(launch.tab('Readiness')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/tab=readiness&function=legal/);
  const terms = checklist.line('Terms, claims and compliance review');
  await expect(terms).toBeVisible();
  const due = page.getByRole('textbox', { name: 'Due of “Terms, claims and compliance review”' });
  await expect(due).toHaveValue('T-21');
  await expect(terms).toContainText('22 Dec');
  await checklist.owner('Terms, claims and compliance review').selectOption({ label: 'Maya Chen' });
  await expect(checklist.owner('Terms, claims and compliance review')).toHaveValue(/.+/);

  // Moving the launch a week re-flows every T-offset due date at once.
  await launch.selectTab('Overview');
  await launch.field('Launch date (T-0)').fill('2027-01-19');
  await launch.save();
  // Asked whether its three waves move too: the waves keep their own days here.
  await new ShiftQuestion(page).answer(/^Only this launch$/);
  await expect(app.toast(`Saved “${LAUNCH}”`)).toBeVisible();
  await launch.selectTab('Readiness');
  await expect(due).toHaveValue('T-21');
  await expect(checklist.line('Terms, claims and compliance review')).toContainText('29 Dec');

  // The gate: Retrospective is refused from the Stage field, with the reason.
  await launch.selectTab('Overview');
  await launch.field('Stage').selectOption({ label: 'Retrospective' });
  await launch.save();
  await expect(
    launch.panel.getByRole('alert').filter({ hasText: /cannot move to Retrospective/ }),
  ).toContainText('Tier 1 launches need a recorded Go or Conditional go');
  await launch.field('Stage').selectOption({ label: 'Planning' });

  // A Go recorded through the dialog (nothing preselected) opens it.
  await launch.selectTab('Decisions');
  await launch.panel.getByRole('button', { name: 'Record go/no-go decision…' }).click();
  const dialog = page.getByRole('dialog', { name: `Go / no-go for “${LAUNCH}”` });
  for (const outcome of ['Go', 'Conditional go', 'No-go'])
    await expect(dialog.getByRole('radio', { name: outcome, exact: true })).not.toBeChecked();
  await dialog.getByRole('radio', { name: 'Go', exact: true }).check();
  await dialog.getByLabel('Decided by', { exact: true }).fill('Maya Chen');
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
  await expect(launch.header).toContainText('Go');
  await launch.selectTab('Overview');
  await launch.field('Stage').selectOption({ label: 'Launched' });
  await launch.save();
  await expect(launch.header).toContainText('Launched');

  // All of it is stored.
  await app.reload();
  await launch.expectOpen(LAUNCH);
  await expect(launch.header).toContainText('Launched');
  await expect(launch.header).toContainText('Maya Chen');
  await launch.selectTab('Readiness');
  await expect(checklist.owner('Terms, claims and compliance review')).toHaveValue(/.+/);
  await expect(checklist.line('Terms, claims and compliance review')).toContainText('29 Dec');
  await launch.selectTab('Rollout');
  for (const [title] of WAVES) await expect(launch.panel.getByRole('link', { name: title })).toBeVisible();
});
