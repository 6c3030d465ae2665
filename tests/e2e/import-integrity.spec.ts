/**
 * Importing a file the app's own commands would refuse: every problem is listed by record
 * title in one go and nothing changes; a file that is not UTF-8 is read as Windows-1252 and
 * says so. The files are from the import corpus (tests/fixtures/imports).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';
import { AppPage } from './pages/app';

const CORPUS = join(__dirname, '../fixtures/imports');
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  { errors?: string[]; warning?: string }
>;

async function importFile(app: AppPage, name: string) {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(join(CORPUS, name));
}

test('a file with several integrity problems lists every one by title and changes nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');

  await importFile(app, 'several-problems.json');
  const dialog = page.getByRole('dialog', { name: 'several-problems.json cannot be imported' });
  await expect(dialog).toContainText('Nothing was changed');
  const problems = dialog.getByRole('listitem');
  await expect(problems).toHaveText(expected['several-problems.json']!.errors!);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await app.goto('Launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
  // The file gave this item the owner "toString" and a launch on 9999-12-31: neither came in.
  await expect(page.getByRole('table')).not.toContainText('toString');
  await expect(page.getByRole('table')).not.toContainText('9999');
});

test('a Windows-1252 file is read as such, with a warning beside its problems', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.goto('Settings');

  await importFile(app, 'windows-1252-with-a-problem.json');
  const dialog = page.getByRole('dialog', { name: 'windows-1252-with-a-problem.json cannot be imported' });
  await expect(dialog.getByRole('note')).toHaveText(expected['windows-1252-with-a-problem.json']!.warning!);
  // The accented name was decoded, not replaced by "�".
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Person “Tomás Alvarez” is in an unknown region (MOON).',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await importFile(app, 'valid-windows-1252.json');
  const preview = page.getByRole('dialog', { name: 'Import valid-windows-1252.json?' });
  await expect(preview.getByRole('note')).toContainText('This file is not UTF-8');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
});
