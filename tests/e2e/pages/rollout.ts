/** Page model of a launch's regional rollout plan (its Rollout tab) and the template dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

export class RolloutPlanPage {
  constructor(readonly page: Page) {}

  get plan(): Locator {
    return this.page.getByRole('region', { name: 'Regional rollout plan' });
  }

  get table(): Locator {
    return this.plan.getByRole('table');
  }

  /** The plan's wave titles, in plan order. */
  async waveTitles(): Promise<string[]> {
    return this.table.getByRole('rowheader').getByRole('link').allTextContents();
  }

  row(title: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  ramp(title: string): Locator {
    return this.plan.getByLabel(`Ramp of ${title}`, { exact: true });
  }

  status(title: string): Locator {
    return this.plan.getByLabel(`Status of ${title}`, { exact: true });
  }

  goLive(title: string): Locator {
    return this.plan.getByLabel(`Go-live day of ${title}`, { exact: true });
  }

  owner(title: string): Locator {
    return this.plan.getByLabel(`Regional owner of ${title}`, { exact: true });
  }

  gate(title: string): Locator {
    return this.plan.getByLabel(`Gate criteria after ${title}`, { exact: true });
  }

  /** Types into an in-place field and saves it with Enter. */
  async type(field: Locator, value: string) {
    await field.fill(value);
    await field.press('Enter');
  }

  move(title: string, direction: 'up' | 'down'): Locator {
    return this.plan.getByRole('button', { name: `Move ${title} ${direction}` });
  }

  get templateButton(): Locator {
    return this.plan.getByRole('button', { name: 'Create waves from template…' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Create waves from template' });
  }

  template(name: string | RegExp): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  /** The rows of the dialog's preview (header left out). */
  get previewRows(): Locator {
    return this.dialog
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') });
  }

  async openTemplates() {
    await this.templateButton.click();
    await expect(this.dialog).toBeVisible();
  }

  create(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Create ${count} wave${count === 1 ? '' : 's'}` });
  }
}
