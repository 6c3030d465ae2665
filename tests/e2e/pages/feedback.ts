/** Page model of the feedback inbox: its filters, rows, selection, bulk actions and dialogs. */
import { expect, type Locator, type Page } from '@playwright/test';

export class FeedbackPage {
  constructor(readonly page: Page) {}

  /** Opens the inbox from the navigation. */
  async open() {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /^Feedback/ })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Feedback', level: 1 })).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Feedback' });
  }

  get summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /feedback records/ });
  }

  /** A record's row, by its title. */
  row(title: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** The titles of the rows in the DOM, top to bottom. */
  async titles(): Promise<string[]> {
    // Views are chunks of their own: wait for the list before reading it.
    await this.grid.waitFor();
    return this.grid.locator('tbody tr[aria-selected]').getByRole('button').allInnerTexts();
  }

  /** Group header rows' text ("Payment Links v2 3 · 29 accounts · $660,000 at stake"). */
  get groupHeaders(): Locator {
    return this.grid.getByRole('rowheader');
  }

  async filter(label: 'Launch' | 'Source' | 'Region' | 'Theme' | 'Status' | 'Severity', option: string) {
    await this.page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search feedback' }).fill(text);
  }

  async sortBy(option: string) {
    await this.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: option });
  }

  async groupBy(option: string) {
    await this.page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: option });
  }

  /** Clicks rows: the first alone, the rest with Ctrl (added to the selection). */
  async select(...titles: string[]) {
    for (const [i, title] of titles.entries())
      await this.row(title)
        .getByRole('gridcell')
        .first()
        .click(i === 0 ? {} : { modifiers: ['ControlOrMeta'] });
  }

  get bulkBar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected feedback' });
  }

  get captureDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Capture feedback' });
  }

  importDialog(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Import feedback from ${fileName}` });
  }

  get detail(): Locator {
    return this.page.getByRole('complementary', { name: /./ }).filter({ has: this.page.getByText(/^Score/) });
  }
}
