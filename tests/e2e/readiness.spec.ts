/**
 * A launch item's readiness checklist on its launch page: add a line, mark it done with
 * evidence, reorder by keyboard, bulk set the owner, delete and undo; another window of the
 * same browser sees the changes, and a reload keeps them.
 */
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { ChecklistPage } from './pages/readiness';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';

const LAUNCH = 'Payment Links v2';

async function openReadiness(app: AppPage) {
  await app.page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  const launch = new LaunchItemPage(app.page);
  await launch.expectOpen(LAUNCH);
  await launch.selectTab('Readiness');
  return new ChecklistPage(app.page);
}

test('add, mark done with evidence, reorder by keyboard, bulk owner, delete and undo', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const checklist = await openReadiness(app);
  await expect(page).toHaveURL(/tab=readiness/);
  await expect(checklist.group('Support')).toContainText(/\d+\/\d+ done/);

  // A second window on the same launch page.
  const other = await context.newPage();
  await other.goto(page.url());
  const otherChecklist = new ChecklistPage(other);
  await expect(otherChecklist.group('Support')).toBeVisible();

  // Add a line: it lands at the foot of Support, due like the line before it.
  const before = await checklist.titles('Support');
  await checklist.add('Support', 'Escalation path agreed');
  expect(await checklist.titles('Support')).toEqual([...before, 'Escalation path agreed']);
  await expect(
    checklist
      .line('Escalation path agreed')
      .getByRole('textbox', { name: 'Due of “Escalation path agreed”' }),
  ).toHaveValue(/^T[-+]\d+$/);
  await expect(otherChecklist.line('Escalation path agreed')).toBeVisible();

  // Due typed as a T-offset; a word is refused with a message.
  const due = checklist.line('Escalation path agreed').getByRole('textbox', { name: /^Due of/ });
  await due.fill('next week');
  await due.press('Enter');
  await expect(checklist.line('Escalation path agreed').getByRole('alert')).toContainText('T-14 or T+3');
  await due.fill('T-3');
  await due.press('Enter');
  await expect(checklist.line('Escalation path agreed')).toContainText('14 Dec');

  // Done without evidence asks for it.
  await checklist.markDone('Escalation path agreed', 'https://wiki.example.com/support/escalations');
  await expect(
    checklist
      .line('Escalation path agreed')
      .getByRole('link', { name: 'wiki.example.com/support/escalations' }),
  ).toBeVisible();
  await expect(otherChecklist.status('Escalation path agreed')).toHaveValue('done');

  // Reorder by keyboard: Alt+ArrowUp on the line moves it up one place, and says so.
  await checklist.handle('Escalation path agreed').focus();
  await page.keyboard.press('Alt+ArrowUp');
  const moved = [...before.slice(0, -1), 'Escalation path agreed', before.at(-1)!];
  await expect.poll(() => checklist.titles('Support')).toEqual(moved);
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Escalation path agreed”' })).toBeVisible();
  await expect(checklist.handle('Escalation path agreed')).toBeFocused();
  await expect.poll(() => otherChecklist.titles('Support')).toEqual(moved);

  // Bulk: select the Support lines (Shift-click for the range), set their owner.
  const first = moved[0]!;
  await checklist.select(first);
  await checklist.select(moved.at(-1)!, { shift: true });
  await expect(checklist.bulk).toContainText(`${moved.length} selected`);
  await checklist.bulk
    .getByRole('combobox', { name: 'Set owner of selected' })
    .selectOption({ label: 'Sam Patel' });
  for (const title of moved) await expect(checklist.owner(title)).toHaveValue('sample-sam');

  // Delete them; the toast says Ctrl+Z undoes it, and it does.
  await checklist.bulk.getByRole('button', { name: 'Delete selected' }).click();
  await expect(app.toast(`Delete ${moved.length} readiness items — Ctrl+Z undoes it`)).toBeVisible();
  await expect(checklist.group('Support')).toHaveCount(0);
  await expect(otherChecklist.group('Support')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => checklist.titles('Support')).toEqual(moved);
  await expect(otherChecklist.line('Escalation path agreed')).toBeVisible();

  await app.reload();
  await expect.poll(() => checklist.titles('Support')).toEqual(moved);
  await expect(checklist.status('Escalation path agreed')).toHaveValue('done');
  await expect(checklist.owner(first)).toHaveValue('sample-sam');
});

test('the function filter is kept in the address and shows one function', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const checklist = await openReadiness(app);
  await page.getByRole('combobox', { name: 'Show function' }).selectOption('legal');
  await expect(page).toHaveURL(/function=legal/);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Legal & Compliance']);
  await app.reload();
  await expect(checklist.group('Legal & Compliance')).toBeVisible();
  await expect(checklist.group('Support')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all functions' }).click();
  await expect(checklist.group('Support')).toBeVisible();
});

test('a line is dragged by its handle to another place, and into another function', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const checklist = await openReadiness(app);
  const product = await checklist.titles('Product & Engineering');
  const last = product.at(-1)!;
  await dragTo(page, checklist.handle(last), checklist.line(product[0]!));
  await expect.poll(() => checklist.titles('Product & Engineering')).toEqual([last, ...product.slice(0, -1)]);

  const support = await checklist.titles('Support');
  await dragTo(page, checklist.handle(last), checklist.line(support[0]!));
  await expect.poll(() => checklist.titles('Support')).toEqual([last, ...support]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => checklist.titles('Product & Engineering')).toEqual([last, ...product.slice(0, -1)]);
});

/** A pointer drag in small steps, as a person's mouse moves (dnd-kit starts after 5 px). */
async function dragTo(page: Page, handle: Locator, target: Locator) {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + 60, to.y + to.height / 3, { steps: 12 });
  await page.mouse.up();
}
