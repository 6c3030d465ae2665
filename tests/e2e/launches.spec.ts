import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';

test('first run offers the sample workspace, and a new item survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { name: /Are we ready/ })).toBeVisible();
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  await expect(page.getByText('14 launch items')).toBeVisible();
  await expect(launches.row('Payment Links v2')).toContainText('Tier 1');

  const editor = await launches.newItem();
  await editor.fill('Title', 'Fraud rules for marketplaces');
  await editor.select('Kind', 'Beta');
  await editor.select('Tier', 'Tier 1');
  await editor.fill('Launch date (T-0)', '2030-03-15');
  await editor.panel.getByRole('checkbox', { name: 'EU' }).check();
  await editor.select('Owner (DRI)', 'Maya Chen');
  await editor.save();
  await expect(editor.panel).toBeHidden();
  await expect(launches.row('Fraud rules for marketplaces')).toContainText('Maya Chen');

  await app.reload();
  await expect(page.getByText('15 launch items')).toBeVisible();
  const row = launches.row('Fraud rules for marketplaces');
  await expect(row).toContainText('Beta');
  await expect(row).toContainText('15 Mar 2030');
});

test('edit an item, undo and redo the edit, and the undo persists', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem('Dashboard dark mode');
  await editor.fill('Title', 'Dark mode everywhere');
  await editor.save();
  await expect(launches.row('Dark mode everywhere')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(launches.row('Dashboard dark mode')).toBeVisible();
  await expect(app.toast('Undid “Edit “Dark mode everywhere””')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(launches.row('Dark mode everywhere')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(launches.row('Dashboard dark mode')).toBeVisible();

  await app.reload();
  await expect(launches.row('Dashboard dark mode')).toBeVisible();
  await expect(launches.row('Dark mode everywhere')).toHaveCount(0);
});

test('an invalid field shows a message and saves nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem('Payment Links v2');
  await editor.fill('Title', '');
  await editor.fill('Start date', '2031-01-10');
  await editor.save();
  await expect(editor.errorFor('Title')).toHaveText('Enter a title');
  await expect(editor.errorFor('Start date')).toHaveText(
    'The start date must be on or before the launch date',
  );
  await expect(editor.field('Title')).toBeFocused();
  await expect(editor.field('Title')).toHaveAttribute('aria-invalid', 'true');
  await editor.panel.getByRole('button', { name: 'Cancel' }).click();

  await app.reload();
  const reopened = await launches.openItem('Payment Links v2');
  await expect(reopened.field('Start date')).not.toHaveValue('2031-01-10');
});

test('two pages of the app see each other’s changes without reloading', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const other = await context.newPage();
  await other.goto('/#/launches');
  await expect(other.getByRole('heading', { name: 'Launches' })).toBeVisible();

  const editor = await new LaunchesPage(page).openItem('Team workspaces');
  await editor.fill('Title', 'Team spaces');
  await editor.save();
  await expect(new LaunchesPage(other).row('Team spaces')).toBeVisible();

  await other.bringToFront();
  await new LaunchesPage(other)
    .row('Usage-based billing')
    .getByRole('button', { name: 'Archive Usage-based billing' })
    .click();
  await expect(new LaunchesPage(page).row('Usage-based billing')).toHaveCount(0);
});

test('archive, restore and delete with undo', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  await launches
    .row('Dashboard dark mode')
    .getByRole('button', { name: 'Archive Dashboard dark mode' })
    .click();
  await expect(launches.row('Dashboard dark mode')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Show archived/ }).check();
  await launches
    .row('Dashboard dark mode')
    .getByRole('button', { name: 'Restore Dashboard dark mode' })
    .click();
  await page.getByRole('checkbox', { name: /Show archived/ }).uncheck();
  await expect(launches.row('Dashboard dark mode')).toBeVisible();

  await launches
    .row('Dashboard dark mode')
    .getByRole('button', { name: 'Delete Dashboard dark mode' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Dashboard dark mode”?' });
  await expect(dialog).toContainText('3 readiness items');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(launches.row('Dashboard dark mode')).toHaveCount(0);
  await app
    .toast('Deleted “Dashboard dark mode”')
    .locator('..')
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(launches.row('Dashboard dark mode')).toBeVisible();
  await app.reload();
  await expect(launches.row('Dashboard dark mode')).toBeVisible();
});

test('sort, search and keyboard navigation', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  await launches.sortBy('Title');
  const titles = await launches.titlesInOrder();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await expect(launches.table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await launches.sortBy('Title');
  await expect(launches.table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  await launches.search('kenji');
  await expect(page.getByText('Showing 1 of 14 launch items')).toBeVisible();
  await launches.search('zzz');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();

  await page.locator('body').click();
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New launch item' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New launch item' })).toBeHidden();
});

test('an empty workspace explains what to do', async ({ page }) => {
  const app = new AppPage(page);
  await app.startEmpty();
  await expect(page.getByRole('heading', { name: 'No launch items yet' })).toBeVisible();
});

test('parent and dependencies are chosen by typing, and a dependency loop is refused', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const launches = new LaunchesPage(page);
  let editor = await launches.openItem('Dashboard dark mode');
  const depends = editor.panel.getByRole('combobox', { name: 'Depends on' });
  await depends.fill('team work');
  await expect(
    editor.panel.getByRole('listbox', { name: 'Depends on matches' }).getByRole('option'),
  ).toHaveCount(4);
  await depends.press('ArrowDown');
  await depends.press('Enter');
  await expect(editor.panel.getByRole('list', { name: 'Depends on: chosen' })).toContainText(
    'Team workspaces — beta',
  );
  const parent = editor.panel.getByRole('combobox', { name: 'Parent launch' });
  await parent.fill('payment links v2');
  await editor.panel.getByRole('option', { name: /^Payment Links v2 · Launch/ }).click();
  await editor.save();
  await expect(launches.row('Dashboard dark mode')).toContainText('Part of Payment Links v2');

  await app.reload();
  editor = await launches.openItem('Team workspaces — beta');
  await editor.panel.getByRole('combobox', { name: 'Depends on' }).fill('dark mode');
  await editor.panel.getByRole('combobox', { name: 'Depends on' }).press('Enter');
  await editor.save();
  await expect(editor.errorFor('Depends on')).toContainText('already depends on this item');
});
