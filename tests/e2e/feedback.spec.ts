/**
 * The feedback inbox with the sample workspace: capturing feedback linked to a launch (it shows
 * on the launch page's Feedback tab, in a second window at once and after a reload), importing
 * a CSV with a column mapping changed and a bad row reported, merging two duplicates and
 * undoing it, filtering, sorting and grouping kept in the address, and an axe check.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { AppPage } from './pages/app';
import { FeedbackPage } from './pages/feedback';

async function openInbox(page: Page): Promise<FeedbackPage> {
  await new AppPage(page).startWithSample('Board');
  const inbox = new FeedbackPage(page);
  await inbox.open();
  return inbox;
}

async function secondWindow(context: BrowserContext, hash: string): Promise<Page> {
  const other = await context.newPage();
  await other.goto(`/${hash}`);
  await expect(other.getByRole('navigation', { name: 'Views' })).toBeVisible();
  return other;
}

test('the inbox lists the sample feedback by score with its totals', async ({ page }) => {
  const inbox = await openInbox(page);
  await expect(inbox.summary).toHaveText('7 feedback records · 63 accounts · $1,045,000 at stake');
  expect(await inbox.titles()).toEqual([
    'Need VAT breakdown on receipts',
    'Mid-cycle plan changes are prorated twice',
    'Payment link expired before the customer paid',
    'Links expire without warning',
    'Usage alerts arrive a day late',
    'Audit log export to CSV',
    'Invoices must show yen without decimals',
  ]);
});

test('feedback captured and linked to a launch shows on its Feedback tab, in another window and after a reload', async ({
  page,
  context,
}) => {
  // Two windows, a reload and four saves: longer than one view's test.
  test.slow();
  const inbox = await openInbox(page);
  const other = await secondWindow(context, '#/launch/sample-payment-links?tab=feedback');
  await expect(other.getByRole('status').filter({ hasText: 'feedback records' })).toHaveText(
    '3 feedback records · 29 accounts · $660,000 revenue at stake',
  );

  await page.keyboard.press('ControlOrMeta+Shift+F');
  const dialog = inbox.captureDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Account', exact: true }).fill('Fabrikam');
  await dialog.getByRole('combobox', { name: 'Severity' }).selectOption({ label: '4 – Critical' });
  await dialog.getByRole('textbox', { name: 'Number of accounts' }).fill('3');
  await dialog.getByRole('textbox', { name: 'Revenue at stake' }).fill('25,000');
  await dialog
    .getByRole('combobox', { name: 'Linked launch or beta' })
    .selectOption({ label: 'Payment Links v2 (Launch)' });
  await dialog.getByRole('textbox', { name: 'Themes' }).fill('Checkout, Mobile');
  // Enter without a title says what is missing.
  await dialog.getByRole('textbox', { name: 'Account', exact: true }).press('Enter');
  await expect(dialog.getByText('Enter a title')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Checkout button hidden on mobile');
  await dialog.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(inbox.row('Checkout button hidden on mobile')).toContainText('Fabrikam');
  await expect(inbox.row('Checkout button hidden on mobile')).toContainText('$25,000');

  // The other window, on the launch page, shows it at once, with the new totals.
  await expect(other.getByRole('cell', { name: /^Checkout button hidden on mobile/ })).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'feedback records' })).toHaveText(
    '4 feedback records · 32 accounts · $685,000 revenue at stake',
  );
  // Unlinking there takes it off the tab and leaves it in the inbox, unlinked.
  await other.getByRole('button', { name: 'Unlink Checkout button hidden on mobile' }).click();
  await expect(other.getByRole('cell', { name: /^Checkout button hidden on mobile/ })).toHaveCount(0);
  await expect(inbox.row('Checkout button hidden on mobile').getByRole('gridcell').nth(8)).toHaveText('—');

  // Captured from the launch page, it starts linked to that launch.
  await other.getByRole('button', { name: 'Capture feedback' }).click();
  const fromPage = other.getByRole('dialog', { name: 'Capture feedback' });
  await expect(fromPage.getByRole('combobox', { name: 'Linked launch or beta' })).toHaveValue(
    'sample-payment-links',
  );
  await fromPage.getByRole('textbox', { name: 'Title' }).fill('Receipts need a logo');
  await fromPage.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('cell', { name: /^Receipts need a logo/ })).toBeVisible();

  await new AppPage(page).reload();
  await expect(inbox.row('Receipts need a logo')).toContainText('Payment Links v2');
  await expect(inbox.row('Checkout button hidden on mobile')).toBeVisible();
});

test('a CSV imports with a column mapping changed; a bad row is reported and left out', async ({
  page,
  context,
}) => {
  const inbox = await openInbox(page);
  const other = await secondWindow(context, '#/feedback');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(path.join(__dirname, '../fixtures/feedback-import.csv'));
  const dialog = inbox.importDialog('feedback-import.csv');
  await expect(dialog).toBeVisible();
  // Guessed from the header: "Value" is taken for revenue; the person picks "ARR impact".
  const revenue = dialog.getByRole('combobox', { name: 'Revenue at stake' });
  await expect(revenue.locator('option:checked')).toHaveText('Value');
  await revenue.selectOption({ label: 'ARR impact' });
  await expect(dialog.getByRole('row', { name: /Need SEPA Direct Debit/ })).toContainText('$250,000');
  await expect(dialog.getByRole('list', { name: 'Rows left out' })).toHaveText(
    'Row 4: severity “urgent” is not 1–4 or low, medium, high, critical',
  );
  await expect(dialog.getByRole('status')).toHaveText('2 rows will be imported; 1 row left out (see below).');
  await dialog.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.row('Need SEPA Direct Debit')).toContainText('$250,000');
  await expect(inbox.row('Refunds take a week to show')).toContainText('Refunds, Reporting');
  await expect(inbox.row('Dashboard too slow with many links')).toHaveCount(0);
  await expect(new FeedbackPage(other).row('Need SEPA Direct Debit')).toBeVisible();
  // One undoable change.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inbox.row('Need SEPA Direct Debit')).toHaveCount(0);
  await expect(new FeedbackPage(other).row('Need SEPA Direct Debit')).toHaveCount(0);
});

test('two duplicates merge into one, counts kept; the merged one is listed under it; undo unmerges', async ({
  page,
  context,
}) => {
  const inbox = await openInbox(page);
  const other = await secondWindow(context, '#/feedback');
  await inbox.select('Links expire without warning', 'Payment link expired before the customer paid');
  await expect(inbox.bulkBar).toContainText('2 records selected');
  await inbox.bulkBar.getByRole('button', { name: 'Merge duplicates…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge 2 into one' });
  await dialog.getByRole('radio', { name: /^Links expire without warning/ }).check();
  await dialog.getByRole('button', { name: 'Merge 2 into “Links expire without warning”' }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.row('Payment link expired before the customer paid')).toHaveCount(0);
  const kept = inbox.row('Links expire without warning');
  // 14 + 6 accounts, $120,000 + $90,000, the highest severity.
  // The Accounts and Revenue cells exactly: "20" alone is already in "$120,000" before the merge.
  const cells = kept.getByRole('gridcell');
  await expect(cells.nth(6)).toHaveText('20');
  await expect(cells.nth(7)).toHaveText('$210,000');
  await expect(kept).toContainText('Critical');
  await expect(inbox.summary).toHaveText('6 feedback records · 63 accounts · $1,045,000 at stake');
  await expect(new FeedbackPage(other).row('Payment link expired before the customer paid')).toHaveCount(0);

  await kept.getByRole('button', { name: 'Links expire without warning' }).click();
  const detail = page.getByRole('complementary', { name: 'Links expire without warning' });
  await expect(detail.getByRole('heading', { name: 'Merged into this (1)' })).toBeVisible();
  await expect(detail.getByRole('listitem')).toContainText('Payment link expired before the customer paid');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inbox.row('Payment link expired before the customer paid')).toBeVisible();
  await expect(kept).toContainText('$120,000');
  await expect(new FeedbackPage(other).row('Payment link expired before the customer paid')).toBeVisible();
});

test('filters, order and grouping are kept in the address and survive a reload', async ({ page }) => {
  const inbox = await openInbox(page);
  await inbox.filter('Source', 'Beta');
  expect(await inbox.titles()).toEqual([
    'Mid-cycle plan changes are prorated twice',
    'Payment link expired before the customer paid',
    'Links expire without warning',
    'Usage alerts arrive a day late',
  ]);
  await inbox.filter('Theme', 'Expiry');
  await inbox.sortBy('Accounts');
  expect(await inbox.titles()).toEqual([
    'Links expire without warning',
    'Payment link expired before the customer paid',
  ]);
  await expect(page).toHaveURL(/#\/feedback\?source=beta&theme=Expiry&sort=accounts$/);
  await new AppPage(page).reload();
  expect(await inbox.titles()).toEqual([
    'Links expire without warning',
    'Payment link expired before the customer paid',
  ]);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await inbox.groupBy('Launch');
  await expect(inbox.groupHeaders.first()).toHaveText(
    /^Payment Links v2\s*3 · 29 accounts · \$660,000 at stake$/,
  );
  await inbox.search('yen');
  await expect(inbox.groupHeaders).toHaveCount(1);
  await expect(inbox.groupHeaders.first()).toHaveText(
    /^Usage-based billing.*1 · 3 accounts · \$60,000 at stake$/,
  );
  await inbox.search('nothing like this');
  await expect(page.getByRole('heading', { name: 'Nothing matches the filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(inbox.summary).toHaveText('7 feedback records · 63 accounts · $1,045,000 at stake');
});

test('rows are selected with the keyboard and changed in bulk', async ({ page }) => {
  const inbox = await openInbox(page);
  await inbox.row('Need VAT breakdown on receipts').getByRole('gridcell').first().click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(inbox.bulkBar).toContainText('3 records selected');
  await page.keyboard.press('ControlOrMeta+a');
  await expect(inbox.bulkBar).toContainText('7 records selected');
  await page.keyboard.press('Escape');
  await expect(inbox.bulkBar).toBeHidden();
  await page.keyboard.press('Space');
  await expect(inbox.bulkBar).toContainText('1 record selected');
  await inbox.bulkBar
    .getByRole('combobox', { name: 'Set status of the selected feedback' })
    .selectOption({ label: 'Planned' });
  await expect(inbox.row('Payment link expired before the customer paid')).toContainText('Planned');
});

test('in a long list Home, End and PageDown keep the focus on a row, and the grid keeps its Tab stop', async ({
  page,
}) => {
  const inbox = await openInbox(page);
  const csv = ['Title', ...Array.from({ length: 300 }, (_, i) => `Imported feedback ${i + 1}`)].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = inbox.importDialog('many.csv');
  await dialog.getByRole('button', { name: 'Import 300 records' }).click();
  await expect(dialog).toBeHidden();
  const focusedRow = inbox.grid.locator('tbody tr:focus');
  await inbox.grid.getByRole('row').nth(1).getByRole('gridcell').first().click();
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  // 307 records: the last is row 308 of the grid (the header is row 1).
  await page.keyboard.press('End');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '308');
  await page.keyboard.press('Home');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('PageDown');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '12');
  // Scrolled far from the focused row, the grid still has the row to Tab to.
  await inbox.grid.locator('xpath=..').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
  await expect(inbox.grid.locator('tbody tr[tabindex="0"]')).toHaveAttribute('aria-rowindex', '12');
});

for (const scheme of ['light', 'dark'] as const)
  test(`the inbox (${scheme}) has no serious accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const inbox = await openInbox(page);
    await inbox.select('Links expire without warning', 'Audit log export to CSV');
    await inbox
      .row('Links expire without warning')
      .getByRole('button', { name: 'Links expire without warning' })
      .click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(serious).toEqual([]);
  });
