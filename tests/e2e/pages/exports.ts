/** Page model of the CSV and calendar exports: run from the command palette, filtered in a dialog. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ExportDialogPage {
  constructor(
    readonly page: Page,
    /** The dialog's title, e.g. "Export launch items (CSV)". */
    readonly title: string,
  ) {}

  /** Opens the export through the command palette, as a person would type it. */
  static async fromPalette(page: Page, search: string, command: string): Promise<ExportDialogPage> {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill(search);
    // Options read "Workspace: Export launch items (CSV)…" (the group, then the label).
    await palette.getByRole('option', { name: command, exact: false }).click();
    const dialog = new ExportDialogPage(page, command.replace(/…$/, ''));
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.title });
  }

  /** What the dialog says will be exported (or why nothing will). */
  get count(): Locator {
    return this.dialog.getByRole('status');
  }

  get saveButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Save' });
  }

  async chooseRegion(label: string) {
    await this.dialog.getByLabel('Region').selectOption({ label });
  }

  async chooseLaunch(label: string | RegExp) {
    const select = this.dialog.getByLabel('Launch');
    // The dialog is a chunk of its own: wait for its field before reading the options.
    await select.waitFor();
    const options = await select.getByRole('option').allTextContents();
    const match = options.find((text) => (typeof label === 'string' ? text === label : label.test(text)));
    if (!match) throw new Error(`No launch option ${String(label)} among ${options.join(', ')}`);
    await select.selectOption({ label: match });
  }

  async setDays(from: string, to: string) {
    await this.dialog.getByLabel('From').fill(from);
    await this.dialog.getByLabel('To').fill(to);
  }

  /** The number the dialog announces: "Will export 7 launch items." → 7. */
  async announcedCount(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    const match = /Will export ([\d,]+) /.exec(text);
    if (!match) throw new Error(`No count in "${text}"`);
    return Number(match[1]!.replace(/,/g, ''));
  }

  /** Saves (a download in the browser build) and returns the file's name and text. */
  async save(): Promise<{ name: string; text: string; download: Download }> {
    const downloading = this.page.waitForEvent('download');
    await this.saveButton.click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    await expect(this.dialog).toBeHidden();
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8'), download };
  }
}
