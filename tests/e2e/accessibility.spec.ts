import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { AppPage } from './pages/app';

// No serious axe-core violations, in every view, in the light and the dark colour scheme.
for (const scheme of ['light', 'dark'] as const)
  for (const view of ['Board', 'Timeline', 'Launches', 'Settings'] as const)
    test(`${view} (${scheme}): no serious or critical accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      await app.startWithSample(view === 'Board' ? 'Board' : 'Launches');
      if (view !== 'Board' && view !== 'Launches') await app.goto(view);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
      expect(serious).toEqual([]);
    });

test('the first-run screen has no serious accessibility violations', async ({ page }) => {
  await new AppPage(page).open();
  await expect(page.getByRole('heading', { name: /Are we ready/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const)
  test(`the item editor and the go/no-go dialog (${scheme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.startWithSample('Launches');
    await page.getByRole('table').getByRole('button', { name: 'Edit Payment Links v2', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Payment Links v2' });
    await expect(editor).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(await serious()).toEqual([]);
    await editor.getByRole('button', { name: 'Record go/no-go decision…' }).click();
    await expect(page.getByRole('dialog', { name: /Go \/ no-go for/ })).toBeVisible();
    expect(await serious()).toEqual([]);
  });

test('the command palette (dark) has no serious accessibility violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await new AppPage(page).startWithSample('Board');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('pay');
  await expect(page.getByRole('option', { name: /Payment Links v2/ }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`),
  ).toEqual([]);
});
