/** Page model of a workspace import: choosing the file in Settings → Data, and its preview dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportDialog {
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    fileName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Import ${fileName}?` });
  }

  /** From Settings: picks the file through the import button's file chooser and waits for the preview. */
  static async open(page: Page, path: string, fileName: string): Promise<ImportDialog> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
    await (await chooser).setFiles(path);
    const dialog = new ImportDialog(page, fileName);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async choose(mode: 'Replace the workspace' | 'Merge into the workspace') {
    await this.dialog.getByRole('radio', { name: mode }).check();
  }

  /** The preview's table row of one kind of record ("Launch items"): its cells after the name. */
  counts(table: 'What merging changes' | 'What replacing changes', records: string): Locator {
    return this.dialog
      .getByRole('table', { name: table })
      .getByRole('row', { name: new RegExp(`^${records}`) })
      .getByRole('cell');
  }

  get conflicts(): Locator {
    return this.dialog.getByRole('region', { name: 'Conflicts' }).getByRole('listitem');
  }

  async confirm(label: 'Merge into workspace' | 'Replace workspace') {
    await this.dialog.getByRole('button', { name: label }).click();
    await expect(this.dialog).toBeHidden();
  }
}
