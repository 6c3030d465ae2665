import { expect, test } from './test';
import { AppPage } from './pages/app';

test('settings edits stages, regions and readiness functions, and they persist', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.nav('Settings').click();
  const stages = page.getByRole('region', { name: 'Stages' });

  await stages.getByRole('textbox', { name: 'stage name', exact: true }).nth(1).fill('Preview');
  await stages.getByRole('textbox', { name: 'stage name', exact: true }).nth(1).press('Enter');
  await stages.getByRole('textbox', { name: 'New stage name' }).fill('Hypercare');
  await stages.getByRole('button', { name: 'Add stage' }).click();
  await stages.getByRole('button', { name: 'Move Hypercare up' }).click();

  await stages.getByRole('button', { name: 'Remove Readiness' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the “Readiness” stage?' });
  await expect(dialog).toContainText('3 launch items are in this stage');
  await dialog.getByLabel('Move to').selectOption({ label: 'Planning' });
  await dialog.getByRole('button', { name: 'Remove and move items' }).click();

  const regions = page.getByRole('region', { name: 'Regions' });
  await regions.getByRole('textbox', { name: 'New region code' }).fill('mena');
  await regions.getByRole('textbox', { name: 'New region name' }).fill('Middle East & North Africa');
  await regions.getByRole('button', { name: 'Add region' }).click();
  await regions.getByRole('button', { name: 'Remove JP' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'JP is still used by' })).toBeVisible();

  const functions = page.getByRole('region', { name: 'Readiness functions' });
  await functions.getByRole('textbox', { name: 'New function name' }).fill('Partnerships');
  await functions.getByRole('button', { name: 'Add function' }).click();

  await app.reload();
  await app.nav('Settings').click();
  // Settings is a chunk of its own and evaluateAll does not wait: poll until it has drawn.
  const names = () =>
    page
      .getByRole('region', { name: 'Stages' })
      .getByRole('textbox', { name: 'stage name', exact: true })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect
    .poll(names)
    .toEqual(['Planning', 'Preview', 'Rolling out', 'Launched', 'Hypercare', 'Retrospective']);
  await expect(
    page.getByRole('region', { name: 'Regions' }).getByText('MENA', { exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Readiness functions' })
      .getByRole('textbox', { name: 'function name', exact: true })
      .last(),
  ).toHaveValue('Partnerships');

  // Undo reaches settings changes too.
  await page.locator('body').click();
  await page.keyboard.press('Alt+3');
  await expect(
    page.getByRole('table').getByRole('row').filter({ hasText: 'Dashboard dark mode' }),
  ).toContainText('Planning');
});

test('export the workspace as JSON and import it back; a bad file changes nothing', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await app.nav('Settings').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace (JSON)…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^launch-control-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = testInfo.outputPath('workspace.json');
  await download.saveAs(exported);

  // Change something, then import the export back: the change is reverted.
  await app.nav('Launches').click();
  await page.getByRole('table').getByRole('button', { name: 'Delete Dashboard dark mode' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('13 launch items')).toBeVisible();

  await app.nav('Settings').click();
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(exported);
  const preview = page.getByRole('dialog', { name: 'Import workspace.json?' });
  await expect(preview.getByRole('row', { name: /^Launch items/ })).toHaveText(/Launch items\s*1\s*0\s*0/);
  await preview.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(app.toast(/^Imported/)).toBeVisible();
  await expect(page.getByText(/Before importing workspace\.json/)).toBeVisible();

  // A malformed file: the problems are listed and nothing changes.
  const bad = testInfo.outputPath('bad.json');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(bad, '{"format":"launch-control.workspace","version":1,"tables":{"items":[{"id":"x"}]}}');
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (await chooser).setFiles(bad);
  const problems = page.getByRole('dialog', { name: 'bad.json cannot be imported' });
  await expect(problems).toContainText('Nothing was changed');
  await expect(problems).toContainText('Launch item #1');
  await problems.getByRole('button', { name: 'Close' }).click();

  await app.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible(); // the address kept the view
  await app.goto('Launches');
  await expect(page.getByText('14 launch items')).toBeVisible();
});
