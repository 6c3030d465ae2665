/** Page model of the People view and its dialogs: by role and label, as a user finds them. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PersonFields {
  name: string;
  team?: string;
  role?: string;
  /** The region's code ("EU"). */
  region?: string;
  email?: string;
  areas?: string;
}

export class PeoplePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'People', level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The numbers a row shows: items owned, items approved, readiness lines owned. */
  async counts(name: string): Promise<[string, string, string]> {
    // The view may still be loading (each view is a chunk of its own): wait for the row's cells.
    await this.row(name).locator('.people-table__count').nth(2).waitFor();
    const cells = await this.row(name).locator('.people-table__count').allInnerTexts();
    return [cells[0]!, cells[1]!, cells[2]!];
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Add a person|Edit / });
  }

  /** Opens the add dialog, fills it in and saves with Enter in the last field typed. */
  async add(fields: PersonFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).first().click();
    await expect(this.dialog).toBeVisible();
    await this.fill(fields);
    await this.dialog.getByLabel('Name', { exact: true }).press('Enter');
  }

  async fill(fields: PersonFields): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.team !== undefined) await d.getByLabel('Team').fill(fields.team);
    if (fields.role !== undefined) await d.getByLabel('Role').fill(fields.role);
    // The option's value is the region code.
    if (fields.region !== undefined) await d.getByLabel('Region').selectOption(fields.region);
    if (fields.email !== undefined) await d.getByLabel('E-mail').fill(fields.email);
    if (fields.areas !== undefined) await d.getByLabel('Subject-matter areas').fill(fields.areas);
  }

  async edit(name: string): Promise<void> {
    await this.table.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async remove(name: string): Promise<void> {
    await this.table.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
  }

  removeDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Remove ${name} from People?` });
  }
}
