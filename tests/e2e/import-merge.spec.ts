/**
 * Merging a workspace file from Settings → Data → Import: a file with one item edited later
 * and one new item is previewed per table with the conflict named, applied, and undone; a
 * second window shows the merged workspace and then the undo. A preview left open follows what
 * another window changes meanwhile. The file format's JSON Schema is
 * saved from the command palette.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';
import { ImportDialog } from './pages/import';

type FileRecord = Record<string, unknown> & { id: string; title: string };

/** The workspace as the app exports it (Settings → Export), read back as JSON. */
async function exportedFile(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace (JSON)…' }).click();
  await (await download).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')) as { tables: Record<string, FileRecord[]> };
}

async function titles(page: Page): Promise<string[]> {
  return (await new LaunchesPage(page).titlesInOrder()).sort();
}

test('merge a file with a changed and a new item: preview, conflict, apply, undo; another window follows', async ({
  page,
  context,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');
  const file = await exportedFile(page, testInfo.outputPath('exported.json'));

  // The file: "Team workspaces" renamed after the workspace's last edit, and one new item.
  const items = file.tables.items!;
  const changed = items.find((item) => item.title === 'Team workspaces')!;
  changed.title = 'Team workspaces for enterprises';
  changed.updatedAt = '2026-11-27T09:30:00.000Z';
  items.push({ ...changed, id: 'merge-new-item', title: 'Offline mode', parentId: null, dependsOn: [] });
  const path = testInfo.outputPath('to-merge.json');
  writeFileSync(path, JSON.stringify(file));

  const other = await context.newPage();
  await other.goto('/#/launches');
  await expect(other.getByText('14 launch items')).toBeVisible();

  const preview = await ImportDialog.open(page, path, 'to-merge.json');
  await preview.choose('Merge into the workspace');
  await expect(preview.counts('What merging changes', 'Launch items')).toHaveText(['1', '1', '13']);
  await expect(preview.conflicts).toHaveText([
    /^File’s version Launch item “Team workspaces for enterprises” was edited later in the file \(2026-11-27 09:30 UTC in the file, .* here\)\.$/,
  ]);
  await preview.confirm('Merge into workspace');
  await expect(app.toast(/^Merged to-merge\.json into the workspace/)).toBeVisible();

  await app.goto('Launches');
  await expect(page.getByText('15 launch items')).toBeVisible();
  const merged = await titles(page);
  expect(merged).toContain('Offline mode');
  expect(merged).toContain('Team workspaces for enterprises');
  expect(merged).not.toContain('Team workspaces');
  await expect(other.getByText('15 launch items')).toBeVisible();
  await expect.poll(() => titles(other)).toEqual(merged);

  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('14 launch items')).toBeVisible();
  const undone = await titles(page);
  expect(undone).toContain('Team workspaces');
  expect(undone).not.toContain('Offline mode');
  await expect(other.getByText('14 launch items')).toBeVisible();
  await expect.poll(() => titles(other)).toEqual(undone);
});

test('the preview follows another window: what it shows is what is applied', async ({
  page,
  context,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');
  // The file holds exactly the workspace: at first there is nothing to import either way.
  const path = testInfo.outputPath('same.json');
  await exportedFile(page, path);

  const preview = await ImportDialog.open(page, path, 'same.json');
  await expect(preview.dialog.getByText('There is nothing to import.', { exact: false })).toBeVisible();
  await expect(preview.dialog.getByRole('button', { name: 'Replace workspace' })).toBeDisabled();

  // Meanwhile another window adds an item the file does not have.
  const other = await context.newPage();
  await other.goto('/#/launches');
  const editor = await new LaunchesPage(other).newItem();
  await editor.fill('Title', 'Offline mode');
  await editor.save();
  await expect(other.getByText('15 launch items')).toBeVisible();

  // The open preview now removes it, and merging still brings nothing.
  await expect(preview.counts('What replacing changes', 'Launch items')).toHaveText(['0', '0', '1']);
  await preview.choose('Merge into the workspace');
  await expect(preview.dialog.getByText('There is nothing to merge.', { exact: false })).toBeVisible();
  await expect(preview.dialog.getByRole('button', { name: 'Merge into workspace' })).toBeDisabled();

  await preview.choose('Replace the workspace');
  await preview.confirm('Replace workspace');
  await app.goto('Launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
  await expect(other.getByText('14 launch items')).toBeVisible();
  expect(await titles(other)).not.toContain('Offline mode');
});

test('a merge the workspace cannot take is refused with its reason and changes nothing', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');
  const file = await exportedFile(page, testInfo.outputPath('exported.json'));
  // The file calls the "planning" stage "Ideas" and has a new stage named "Planning": valid in
  // the file, but merged the workspace would have two stages of that name.
  const settings = file.tables.settings![0] as unknown as { stages: { id: string; name: string }[] };
  settings.stages[0] = { id: 'planning', name: 'Ideas' };
  settings.stages.push({ id: 'stage-from-file', name: 'Planning' });
  const path = testInfo.outputPath('clash.json');
  writeFileSync(path, JSON.stringify(file));

  const preview = await ImportDialog.open(page, path, 'clash.json');
  await preview.choose('Merge into the workspace');
  await expect(preview.dialog.getByRole('list', { name: 'Why it cannot be merged' })).toHaveText(
    'The merged settings would have two stages of one name: “Planning” (id planning) and “Planning” (id stage-from-file); rename one of them here or in the file',
  );
  await expect(preview.dialog.getByRole('button', { name: 'Merge into workspace' })).toBeDisabled();
  // Replace stays possible: the file itself is valid.
  await preview.choose('Replace the workspace');
  await expect(preview.dialog.getByRole('button', { name: 'Replace workspace' })).toBeEnabled();
  await preview.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview.dialog).toBeHidden();
});

test('the workspace file format (JSON Schema) is saved from the command palette, as published in docs/', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('JSON Schema');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /Workspace file format \(JSON Schema\)…/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('launch-control-workspace.schema.json');
  const path = testInfo.outputPath('schema.json');
  await saved.saveAs(path);
  expect(readFileSync(path, 'utf8')).toBe(
    readFileSync(join(__dirname, '../../docs/workspace.schema.json'), 'utf8'),
  );
  await expect(app.toast(/^Saved the workspace file format/)).toBeVisible();
});
