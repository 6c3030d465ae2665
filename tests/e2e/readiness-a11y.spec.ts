/** No serious axe-core violations on the readiness checklist, its evidence dialog and My work, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { ChecklistPage, MyWorkPage } from './pages/readiness';
import { expect, test } from './test';

// axe takes a while over hundreds of controls on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

/** Serious or critical violations within `selector` (the feature, not the shell around it). */
async function serious(page: Page, selector: string) {
  return (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the checklist, a selection and the evidence dialog (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.startWithSample('Launches');
    await page.getByRole('table').getByRole('link', { name: 'Payment Links v2', exact: true }).click();
    await page.getByRole('tab', { name: 'Readiness' }).click();
    const checklist = new ChecklistPage(page);
    const [first] = await checklist.titles('Support');
    await checklist.select(first!);
    await expect(checklist.bulk).toBeVisible();
    expect(await serious(page, '.readiness')).toEqual([]);
    await checklist.status(first!).selectOption('done');
    await expect(page.getByRole('dialog', { name: `Evidence for “${first}”` })).toBeVisible();
    expect(await serious(page, 'dialog[open]')).toEqual([]);
  });

  test(`My work, for one person and for everyone (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.startWithSample('Launches');
    const work = new MyWorkPage(page);
    await work.open();
    await work.iAm('Jonas Becker');
    await expect(work.list).toBeVisible();
    expect(await serious(page, '.my-work')).toEqual([]);
    await work.whose.selectOption({ label: 'Everyone' });
    await expect(
      page
        .getByRole('region', { name: 'Unassigned' })
        .or(page.getByRole('region', { name: 'Maya Chen' }))
        .first(),
    ).toBeVisible();
    expect(await serious(page, '.my-work')).toEqual([]);
  });
}
