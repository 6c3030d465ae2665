/**
 * People, end to end: a workspace started empty gets its first people (Enter saves), one is made
 * the owner of a launch item and is still there after a reload, another window sees new people
 * at once, and removing someone who owns things hands their work over — undoably.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';
import { PeoplePage } from './pages/people';

test('add people to an empty workspace, assign an owner, and remove with a hand-over', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const people = new PeoplePage(page);
  await app.startEmpty();
  // With nobody in People yet, the editor's owner and approvers say where to add them.
  const empty = await new LaunchesPage(page).newItem();
  await expect(empty.panel).toContainText('No people yet — add them in People (Alt+5).');
  await empty.panel.getByRole('button', { name: 'Close editor' }).click();
  await app.nav('People').click();
  await expect(people.heading).toBeVisible();
  await expect(page.getByText('People are the owners (DRIs) and approvers')).toBeVisible();

  // A second window on the same workspace, open before anyone is added.
  const other = await context.newPage();
  await other.goto('/#/people');
  const otherPeople = new PeoplePage(other);
  await expect(otherPeople.heading).toBeVisible();

  await people.add({
    name: 'Ana Ruiz',
    team: 'Payments',
    role: 'Product lead',
    region: 'EU',
    email: 'ana@example.com',
    areas: 'Checkout, tax,  Checkout',
  });
  await expect(people.dialog).toBeHidden();
  await expect(people.row('Ana Ruiz')).toContainText('ana@example.com');
  await expect(people.row('Ana Ruiz')).toContainText('EU');
  await expect(people.row('Ana Ruiz').locator('.people-area')).toHaveText(['Checkout', 'tax']);
  await expect(otherPeople.row('Ana Ruiz')).toBeVisible();

  // A name already in People, in another case, is refused beside the field.
  await people.add({ name: 'ana ruiz' });
  await expect(people.dialog).toContainText('“Ana Ruiz” is already in People; use a different name');
  await people.fill({ name: 'Ben Okafor', team: 'Support' });
  await people.dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(people.row('Ben Okafor')).toBeVisible();
  await expect(page.getByText('2 people', { exact: true })).toBeVisible();

  // Ana owns a new launch item; Ben approves it.
  await app.goto('Launches');
  const launches = new LaunchesPage(page);
  const editor = await launches.newItem();
  await editor.fill('Title', 'Checkout v3');
  await editor.select('Owner (DRI)', 'Ana Ruiz');
  await editor.panel.getByRole('checkbox', { name: 'Ben Okafor' }).check();
  await editor.save();
  await expect(editor.panel).toBeHidden();

  await app.reload();
  await expect(launches.row('Checkout v3')).toContainText('Ana Ruiz');
  await app.nav('People').click();
  expect(await people.counts('Ana Ruiz')).toEqual(['1', '0', '0']);
  expect(await people.counts('Ben Okafor')).toEqual(['0', '1', '0']);

  // Editing keeps the person's work; the other window follows.
  await people.edit('Ana Ruiz');
  await people.dialog.getByLabel('Role').fill('Group product lead');
  await people.dialog.getByLabel('Role').press('Enter');
  await expect(people.row('Ana Ruiz')).toContainText('Group product lead');
  await expect(otherPeople.row('Ana Ruiz')).toContainText('Group product lead');

  // Removing Ana asks whom to hand her item to.
  await people.remove('Ana Ruiz');
  const dialog = people.removeDialog('Ana Ruiz');
  await expect(dialog).toContainText('Ana Ruiz owns 1 launch item. Who takes them over?');
  await dialog.getByLabel('Hand over to').selectOption({ label: 'Ben Okafor (Support)' });
  await dialog.getByRole('button', { name: 'Remove and hand over' }).click();
  await expect(app.toast('Remove “Ana Ruiz” from People, handing their work to “Ben Okafor”')).toBeVisible();
  await expect(people.row('Ana Ruiz')).toHaveCount(0);
  expect(await people.counts('Ben Okafor')).toEqual(['1', '1', '0']);
  await expect(otherPeople.row('Ana Ruiz')).toHaveCount(0);

  // Undo from the toast brings her back with her item.
  await page.locator('.toasts').getByRole('button', { name: 'Undo' }).click();
  await expect(people.row('Ana Ruiz')).toBeVisible();
  expect(await people.counts('Ana Ruiz')).toEqual(['1', '0', '0']);

  // Someone named on nothing is removed without a question.
  await people.add({ name: 'Cleo Park' });
  await expect(people.row('Cleo Park')).toBeVisible();
  await people.remove('Cleo Park');
  await expect(people.row('Cleo Park')).toHaveCount(0);
  await expect(app.toast('Remove “Cleo Park” from People')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`People and its hand-over dialog (${scheme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    const people = new PeoplePage(page);
    await app.startWithSample();
    await page.keyboard.press('Alt+5');
    await expect(people.heading).toBeVisible();
    await people.remove('Maya Chen');
    await expect(people.removeDialog('Maya Chen')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(serious).toEqual([]);
  });
