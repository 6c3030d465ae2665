import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { AppPage } from './pages/app';

// SPEC quality bar: no serious axe-core violations, in every view.
for (const view of ['Board', 'Timeline', 'Launches', 'Settings'] as const)
  test(`${view}: no serious or critical accessibility violations`, async ({ page }) => {
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
