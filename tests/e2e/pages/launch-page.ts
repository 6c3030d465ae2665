/** Page model of a launch item's page: its header, tabs, Overview form and the unsaved-edits question. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LaunchItemPage {
  constructor(readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 1, exact: true });
  }

  /** Waits until the page of `title` is on screen. */
  async expectOpen(title: string) {
    await expect(this.heading(title)).toBeVisible();
    await expect(this.page).toHaveURL(/#\/launch\//);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tablist', { name: 'Launch item sections' }).getByRole('tab', { name });
  }

  async selectTab(name: string) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The visible tab panel. */
  get panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  get header(): Locator {
    return this.page.locator('.launch-header');
  }

  field(label: string): Locator {
    return this.page.getByRole('form', { name: 'Launch item fields' }).getByLabel(label, { exact: true });
  }

  async save() {
    await this.page
      .getByRole('form', { name: 'Launch item fields' })
      .getByRole('button', { name: 'Save changes' })
      .click();
  }

  /** The "← Board" (or previous item) link. */
  back(): Locator {
    return this.page.getByRole('button', { name: /^← / });
  }

  /** The question asked before unsaved edits are lost. */
  get unsaved(): Locator {
    return this.page.getByRole('dialog', { name: /^Discard unsaved changes to/ });
  }

  async keepEditing() {
    await this.unsaved.getByRole('button', { name: 'Keep editing' }).click();
    await expect(this.unsaved).toBeHidden();
  }

  async discard() {
    await this.unsaved.getByRole('button', { name: 'Discard' }).click();
    await expect(this.unsaved).toBeHidden();
  }
}
