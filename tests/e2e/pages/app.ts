/** Page model of the app: what a user sees and does, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  /** First run with the sample workspace, then the given view (the board is the default). */
  async startWithSample(view: 'Board' | 'Launches' = 'Launches') {
    await this.open();
    await this.page.getByRole('button', { name: 'Start with the sample workspace' }).click();
    await this.goto(view);
  }

  async startEmpty(view: 'Board' | 'Launches' = 'Launches') {
    await this.open();
    await this.page.getByRole('button', { name: 'Start empty' }).click();
    await this.goto(view);
  }

  async goto(view: 'Board' | 'Timeline' | 'Launches' | 'Settings') {
    await this.nav(view).click();
    await expect(this.page.getByRole('heading', { name: view, level: 1 })).toBeVisible();
  }

  /** Reloads the window; the address keeps the view it was on. */
  async reload() {
    await this.page.reload();
    await expect(this.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  }

  nav(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: new RegExp(`^${name}`) });
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }
}

export class LaunchesPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table');
  }

  row(title: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** Opens the item in the side panel (a row's title opens its launch page instead). */
  async openItem(title: string): Promise<EditorPanel> {
    await this.table.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
    const editor = new EditorPanel(this.page);
    await expect(editor.panel).toBeVisible();
    return editor;
  }

  async newItem(): Promise<EditorPanel> {
    await this.page.getByRole('button', { name: 'New launch item' }).first().click();
    const editor = new EditorPanel(this.page);
    await expect(editor.panel).toBeVisible();
    return editor;
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search launch items' }).fill(text);
  }

  async sortBy(column: string) {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  async titlesInOrder(): Promise<string[]> {
    // Views are chunks of their own: wait for the table before reading it.
    await this.table.waitFor();
    return this.table.locator('tbody tr td.table__title .link-button').allInnerTexts();
  }
}

export class EditorPanel {
  readonly panel: Locator;
  constructor(readonly page: Page) {
    this.panel = page.getByRole('dialog', { name: /Edit|New launch item/ });
  }

  field(label: string | RegExp): Locator {
    return this.panel.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string, value: string) {
    await this.field(label).fill(value);
  }

  async select(label: string, option: string) {
    await this.field(label).selectOption({ label: option });
  }

  async save() {
    await this.panel.getByRole('button', { name: /Save changes|Create launch item/ }).click();
  }

  errorFor(label: string): Locator {
    return this.panel
      .locator('.field', { has: this.page.getByText(label, { exact: true }) })
      .locator('.field__error');
  }
}
