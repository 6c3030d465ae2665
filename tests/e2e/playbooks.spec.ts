/**
 * Playbooks, end to end: a launch created in the app gets the checklist of the playbook for its
 * kind and tier (or none, when the person opts out); Apply playbook adds only what is missing;
 * a tier change offers the new tier's lines; quick add on the board applies the playbook too;
 * and a playbook edited in Settings is what the next launch gets — in another window as well.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';
import { BoardPage } from './pages/board';
import { LaunchItemPage } from './pages/launch-page';
import { ApplyPlaybookDialog, PlaybooksSettingsPage } from './pages/playbooks';
import { ChecklistPage } from './pages/readiness';

async function openReadiness(page: import('@playwright/test').Page, title: string) {
  await new AppPage(page).goto('Launches');
  await page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(title);
  await launch.selectTab('Readiness');
  return launch;
}

test('a new launch gets its playbook; opting out, applying and a tier change', async ({ page }) => {
  const app = new AppPage(page);
  const launches = new LaunchesPage(page);
  const checklist = new ChecklistPage(page);
  await app.startEmpty();

  // A Tier 1 launch: the checklist follows the tier as it is changed.
  let editor = await launches.newItem();
  const choice = editor.field('Readiness checklist');
  await expect(choice.locator('option:checked')).toHaveText('Tier 2 launch (Launch · Tier 2)');
  await editor.fill('Title', 'Atlas GA');
  await editor.select('Tier', 'Tier 1');
  await expect(choice.locator('option:checked')).toHaveText('Tier 1 launch (Launch · Tier 1)');
  await expect(editor.panel).toContainText('The playbook for this kind and tier: 21 readiness lines');
  await editor.save();
  await expect(editor.panel).toBeHidden();

  await openReadiness(page, 'Atlas GA');
  await expect(checklist.line('Security and privacy review signed off')).toBeVisible();
  await expect(checklist.line('Retrospective held')).toBeVisible();
  expect(await checklist.titles('Legal & Compliance')).toEqual(['Terms, claims and compliance review']);

  // Opting out: an empty checklist.
  await app.goto('Launches');
  editor = await launches.newItem();
  await editor.fill('Title', 'Bare launch');
  await editor.field('Readiness checklist').selectOption({ label: 'None — start with an empty checklist' });
  await editor.select('Tier', 'Tier 3');
  // Once picked, the choice no longer follows the tier.
  await expect(editor.field('Readiness checklist')).toHaveValue('');
  await editor.save();
  await expect(editor.panel).toBeHidden();
  await openReadiness(page, 'Bare launch');
  await expect(checklist.line('Release notes written')).toHaveCount(0);

  // Apply playbook: the Tier 3 launch playbook, listed line by line; a second apply adds nothing.
  const apply = new ApplyPlaybookDialog(page);
  await apply.open();
  await expect(apply.dialog.getByLabel('Playbook')).toHaveValue('playbook-launch-t3');
  await expect(apply.summary).toHaveText('3 new lines; 0 already on the checklist');
  await expect(apply.lines).toHaveCount(3);
  await expect(apply.lines.first()).toContainText('T-3');
  await expect(apply.lines.first()).toContainText('Release notes written');
  await apply.dialog.getByRole('button', { name: 'Add 3 lines' }).click();
  await expect(checklist.line('Release notes written')).toBeVisible();
  await expect(app.toast('Apply “Tier 3 launch” to “Bare launch” (3 readiness lines)')).toBeVisible();
  await apply.open();
  await expect(apply.summary).toHaveText('0 new lines; 3 already on the checklist');
  await expect(apply.dialog.getByRole('button', { name: 'Nothing to add' })).toBeDisabled();
  await apply.dialog.getByLabel('Playbook').selectOption({ label: 'Tier 2 launch (Launch · Tier 2)' });
  await expect(apply.summary).toHaveText('8 new lines; 0 already on the checklist');
  await apply.dialog.getByRole('button', { name: 'Cancel' }).click();

  // Raising the tier offers the Tier 1 lines the checklist lacks, as its own undoable change.
  const launchPage = new LaunchItemPage(page);
  await launchPage.selectTab('Overview');
  await launchPage.field('Tier').selectOption({ label: 'Tier 1' });
  await launchPage.save();
  const offer = page.locator('.toasts').getByRole('status').filter({ hasText: 'Now Tier 1' });
  await expect(offer).toContainText('“Tier 1 launch” has 21 readiness lines this checklist lacks');
  await offer.getByRole('button', { name: 'Add all 21' }).click();
  await launchPage.selectTab('Readiness');
  await expect(checklist.line('Security and privacy review signed off')).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(checklist.line('Security and privacy review signed off')).toHaveCount(0);
  await expect(checklist.line('Release notes written')).toBeVisible();
});

test('quick add applies the playbook; a playbook edited in Settings is what the next launch gets', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const checklist = new ChecklistPage(page);
  await app.startEmpty('Board');
  const board = new BoardPage(page);
  await page.getByRole('button', { name: 'Add item to Planning' }).click();
  const quick = page.getByRole('textbox', { name: 'Title of the new launch item in Planning' });
  await quick.fill('Quick one');
  await quick.press('Enter');
  await expect(board.card('Quick one')).toBeVisible();
  await openReadiness(page, 'Quick one');
  // A new item is a Tier 2 launch: the Tier 2 launch playbook.
  await expect(checklist.line('Support briefed; macros updated')).toBeVisible();

  // Settings: the Tier 3 launch playbook gains a required line and a new name.
  const other = await context.newPage();
  await other.goto('/#/settings');
  const otherSettings = new PlaybooksSettingsPage(other);
  await app.goto('Settings');
  const settings = new PlaybooksSettingsPage(page);
  const editor = await settings.open('Tier 3 launch');
  await settings.addLine('Support', 'Status page updated', 'T-1', true);
  expect(await settings.lineTitles()).toEqual([
    'Release notes written',
    'Support told what changed',
    'In-app announcement shown',
    'Status page updated',
  ]);
  await editor.getByRole('button', { name: 'Move line 4 up' }).click();
  await editor.getByRole('textbox', { name: 'Due of line 3' }).fill('2026-12-01');
  await editor.getByRole('textbox', { name: 'Due of line 3' }).press('Enter');
  await expect(settings.section.getByRole('alert')).toContainText(
    'A playbook line is due relative to launch',
  );
  await editor.getByRole('textbox', { name: 'Playbook name' }).fill('Small launch');
  await editor.getByRole('textbox', { name: 'Playbook name' }).press('Enter');
  await expect(settings.section.getByRole('group', { name: 'Playbook Small launch' })).toBeVisible();
  // The other window shows the edited playbook without a reload.
  await otherSettings.open('Small launch');
  expect(await otherSettings.lineTitles()).toEqual([
    'Release notes written',
    'Support told what changed',
    'Status page updated',
    'In-app announcement shown',
  ]);

  // Duplicate, then delete the copy and undo the delete from the toast.
  await settings.section.getByRole('button', { name: 'Duplicate' }).click();
  const copy = settings.section.getByRole('group', { name: 'Playbook Small launch (copy)' });
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(app.toast(/Deleted playbook “Small launch \(copy\)”/)).toBeVisible();
  await page.locator('.toasts').getByRole('button', { name: 'Undo' }).click();
  await expect(settings.section.getByRole('button', { name: /^Small launch \(copy\) / })).toBeVisible();

  // A new Tier 3 launch gets the edited playbook.
  await app.goto('Launches');
  const editorPanel = await new LaunchesPage(page).newItem();
  await editorPanel.fill('Title', 'Tooltip tweak');
  await editorPanel.select('Tier', 'Tier 3');
  await expect(editorPanel.field('Readiness checklist').locator('option:checked')).toHaveText(
    'Small launch (Launch · Tier 3)',
  );
  await editorPanel.save();
  await expect(editorPanel.panel).toBeHidden();
  await openReadiness(page, 'Tooltip tweak');
  await expect(checklist.line('Status page updated')).toBeVisible();
});

test('the playbook editor and the Apply playbook dialog have no serious accessibility violations', async ({
  page,
}) => {
  // axe over a 21-line editor is slow on a busy machine.
  test.setTimeout(90_000);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');
  await expect(page.getByText('Pick a playbook to edit its lines.')).toBeVisible();
  await new PlaybooksSettingsPage(page).open('Tier 1 launch');
  expect(await serious()).toEqual([]);
  await page.goto('/#/launch/sample-dark-mode?tab=readiness');
  const apply = new ApplyPlaybookDialog(page);
  await apply.open();
  // Its own playbook's lines are all there already: another one has lines to list.
  await expect(apply.summary).toHaveText('0 new lines; 3 already on the checklist');
  await apply.dialog.getByLabel('Playbook').selectOption({ label: 'Tier 1 launch (Launch · Tier 1)' });
  await expect(apply.lines).toHaveCount(21);
  expect(await serious()).toEqual([]);
});
