/**
 * Backups in Settings → Data: back up now, make a change, restore the backup through the
 * import preview — the change is gone here and in another window — then Ctrl+Z brings it back,
 * and the workspace as it was before the restore is a backup of its own; a restore cancelled
 * keeps every backup; a backup made in one window shows in another.
 */
import { AppPage, LaunchesPage } from './pages/app';
import { BackupsSection } from './pages/backups';
import { FIXED_NOW, expect, test } from './test';

const LAUNCH = 'Payment Links v2';
const RENAMED = 'Payment Links v3';

test('a backup restored from Settings replaces the workspace, undoably, in every window', async ({
  context,
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await app.goto('Settings');
  const backups = new BackupsSection(page);
  await expect(backups.emptyState()).toBeVisible();

  await backups.backUpNow();
  await expect(app.toast('Backed up the workspace.')).toBeVisible();
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText('Backed up by hand');
  await expect(backups.rows.first()).toContainText(/\d+ KB · 14 launch items, \d+ readiness items/);
  // Nothing changed since: the same workspace is not backed up twice.
  await backups.backUpNow();
  await expect(app.toast(/^Nothing has changed since the backup of/)).toBeVisible();
  await expect(backups.rows).toHaveCount(1);

  await app.goto('Launches');
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem(LAUNCH);
  await editor.fill('Title', RENAMED);
  await editor.save();
  await expect(launches.row(RENAMED)).toBeVisible();

  // Another window, open on the launches while the restore happens.
  const other = await context.newPage();
  await other.goto('/');
  const otherLaunches = new LaunchesPage(other);
  await new AppPage(other).goto('Launches');
  await expect(otherLaunches.row(RENAMED)).toBeVisible();

  await app.goto('Settings');
  const preview = await backups.restore(backups.rows.filter({ hasText: 'Backed up by hand' }));
  await expect(preview.getByRole('row', { name: /Launch items 0 1 0/ })).toBeVisible();
  await preview.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(preview).toBeHidden();
  // The workspace as it was before the restore was backed up first.
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('Before restoring a backup');

  await app.goto('Launches');
  await expect(launches.row(LAUNCH)).toBeVisible();
  await expect(launches.row(RENAMED)).toHaveCount(0);
  await expect(otherLaunches.row(LAUNCH)).toBeVisible();
  await expect(otherLaunches.row(RENAMED)).toHaveCount(0);

  // The restore is one undoable change.
  await page.keyboard.press('Control+z');
  await expect(launches.row(RENAMED)).toBeVisible();
  await expect(otherLaunches.row(RENAMED)).toBeVisible();
  await expect(launches.row(LAUNCH)).toHaveCount(0);

  // Still so after a reload: what is stored is the undone restore.
  await new AppPage(other).reload();
  await expect(otherLaunches.row(RENAMED)).toBeVisible();

  // The backup taken before the restore holds exactly the workspace the undo brought back.
  await app.goto('Settings');
  const back = await backups.restore(backups.rows.filter({ hasText: 'Before restoring a backup' }));
  await expect(back.getByText('This file holds exactly what the workspace already has.')).toBeVisible();
  await back.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.rows).toHaveCount(2);
});

test('a backup is made at the next quarter of an hour after a change is saved', async ({ page }) => {
  // Timers are the page's fake clock here, so a quarter of an hour passes at once.
  await page.clock.install({ time: FIXED_NOW });
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem(LAUNCH);
  await editor.fill('Title', RENAMED);
  await editor.save();
  await expect(launches.row(RENAMED)).toBeVisible();

  // Saving a change makes no backup by itself.
  await app.goto('Settings');
  const backups = new BackupsSection(page);
  await expect(backups.emptyState()).toBeVisible();

  await page.clock.runFor(15 * 60 * 1000);
  // Listed afresh when Settings opens again.
  await app.goto('Launches');
  await app.goto('Settings');
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText('Automatic, every 15 minutes while you work');
});

test('Restore… then Cancel keeps every backup, the chosen one too', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launches = new LaunchesPage(page);
  const backups = new BackupsSection(page);
  // Three backups of today (as many as the rotation keeps), and a change after the last one.
  let title = LAUNCH;
  let minutes = 0;
  // A minute apart (the page's clock is fixed), so the rotation can tell them apart.
  const later = () => page.clock.setFixedTime(new Date(FIXED_NOW.getTime() + ++minutes * 60_000));
  for (const next of ['Payment Links A', 'Payment Links B', 'Payment Links C']) {
    await later();
    await app.goto('Settings');
    await backups.backUpNow();
    await expect(app.toast('Backed up the workspace.').last()).toBeVisible();
    await app.goto('Launches');
    const editor = await launches.openItem(title);
    await editor.fill('Title', next);
    await editor.save();
    await expect(launches.row(next)).toBeVisible();
    title = next;
  }
  await later();
  await app.goto('Settings');
  await expect(backups.rows).toHaveCount(3);
  const oldest = await backups.rows.last().locator('time').getAttribute('datetime');

  const preview = await backups.restore(backups.rows.last());
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(backups.rows).toHaveCount(3);
  await expect(backups.rows.last().locator('time')).toHaveAttribute('datetime', oldest!);

  // Applying it backs up the workspace first; then the chosen backup has done its work.
  const again = await backups.restore(backups.rows.last());
  await again.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(again).toBeHidden();
  await expect(backups.rows.first()).toContainText('Before restoring a backup');
  await app.goto('Launches');
  await expect(launches.row(LAUNCH)).toBeVisible();
});

test('a backup made in one window shows in another window’s open list of backups', async ({
  context,
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await app.goto('Settings');
  const backups = new BackupsSection(page);
  await expect(backups.emptyState()).toBeVisible();

  const other = await context.newPage();
  await other.goto('/');
  await new AppPage(other).goto('Settings');
  const otherBackups = new BackupsSection(other);
  await expect(otherBackups.emptyState()).toBeVisible();

  await backups.backUpNow();
  await expect(backups.rows).toHaveCount(1);
  // Nothing happens in the other window: it hears of the backup and lists it.
  await expect(otherBackups.rows).toHaveCount(1);
  await expect(otherBackups.rows.first()).toContainText('Backed up by hand');
});
