/** Page model of go/no-go in the side panel editor: the gate's status, the decisions and the record dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

export class DecisionsSection {
  readonly section: Locator;
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    readonly title: string,
  ) {
    this.section = page
      .getByRole('dialog', { name: `Edit ${title}` })
      .getByRole('region', { name: 'Go / no-go' });
    this.dialog = page.getByRole('dialog', { name: `Go / no-go for “${title}”` });
  }

  async openDialog() {
    await this.section.getByRole('button', { name: 'Record go/no-go decision…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  outcome(name: 'Go' | 'Conditional go' | 'No-go'): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async record() {
    await this.dialog.getByRole('button', { name: 'Record decision' }).click();
  }

  /** The error message under a field of the dialog. */
  errorFor(label: string): Locator {
    return this.dialog
      .locator('.field', { has: this.page.getByText(label, { exact: true }) })
      .locator('.field__error');
  }
}
