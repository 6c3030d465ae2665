/** Page model of Settings → Data → Backups: the list, "Back up now" and "Restore…". */
import { expect, type Locator, type Page } from '@playwright/test';

export class BackupsSection {
  readonly section: Locator;
  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Backups' });
  }

  get list(): Locator {
    return this.section.getByRole('list', { name: 'Backups' });
  }

  /** The backups listed, newest first. */
  get rows(): Locator {
    return this.list.getByRole('listitem');
  }

  emptyState(): Locator {
    return this.section.getByText(/^No backups yet — one is made every 15 minutes while you work/);
  }

  async backUpNow() {
    await this.section.getByRole('button', { name: 'Back up now' }).click();
  }

  /** Restores a listed backup up to the import preview, which it returns. */
  async restore(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: /^Restore the backup of / }).click();
    const preview = this.page.getByRole('dialog', { name: /^Import the backup of / });
    await expect(preview).toBeVisible();
    return preview;
  }
}
