/** Page models of playbooks: the Settings editor, and the Apply playbook dialog on a checklist. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PlaybooksSettingsPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Playbooks' });
  }

  /** Picks a playbook from the list; its editor shows beside it. */
  async open(name: string): Promise<Locator> {
    await this.section
      .getByRole('navigation', { name: 'Playbooks' })
      .getByRole('button', { name: new RegExp(`^${name} `) })
      .click();
    const editor = this.section.getByRole('group', { name: `Playbook ${name}` });
    await expect(editor).toBeVisible();
    return editor;
  }

  /** Adds a line at the foot of the open playbook; Enter in the title adds it. */
  async addLine(functionName: string, title: string, due: string, required = false) {
    const form = this.section.getByRole('form', { name: 'New line' });
    await form.getByLabel('Function of the new line').selectOption({ label: functionName });
    await form.getByLabel('Due of the new line').fill(due);
    if (required) await form.getByRole('checkbox', { name: 'Required sign-off' }).check();
    await form.getByLabel('Title of the new line').fill(title);
    await form.getByLabel('Title of the new line').press('Enter');
    await expect(form.getByLabel('Title of the new line')).toHaveValue('');
  }

  /** The titles of the open playbook's lines, in order. */
  async lineTitles(): Promise<string[]> {
    // Settings is a chunk of its own: wait for the section before reading it.
    await this.section.waitFor();
    return this.section
      .getByRole('textbox', { name: /^Title of line \d+$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }
}

export class ApplyPlaybookDialog {
  constructor(readonly page: Page) {}

  /** An empty checklist offers the button twice (its toolbar and its empty state): either opens it. */
  async open() {
    await this.page.getByRole('button', { name: 'Apply playbook…' }).first().click();
    await expect(this.dialog).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Apply a playbook to/ });
  }

  get summary(): Locator {
    return this.dialog.getByRole('status');
  }

  get lines(): Locator {
    return this.dialog.getByRole('list', { name: 'Lines to add' }).getByRole('listitem');
  }
}
