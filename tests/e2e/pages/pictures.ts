/** Page model of the picture export dialog ("Export picture…" on the timeline and the board). */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class PictureDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Export (timeline|board) as picture$/ });
  }

  /** Opens the dialog from the toolbar of the view on screen. */
  async openFromToolbar(): Promise<this> {
    await this.page.getByRole('button', { name: 'Export picture…' }).click();
    await expect(this.dialog).toBeVisible();
    return this;
  }

  async format(name: 'PNG' | 'SVG' | 'PDF') {
    await this.dialog.getByRole('radio', { name }).check();
  }

  async size(label: 'Slide 16:9' | 'A4 landscape' | 'Letter landscape') {
    await this.dialog.getByLabel('Size').selectOption({ label });
  }

  get title(): Locator {
    return this.dialog.getByLabel('Title');
  }

  get preview(): Locator {
    return this.dialog.getByRole('img', { name: /^Preview of page 1 of \d+$/ });
  }

  exportButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Export (PNG|SVG|PDF)$/ });
  }

  /** Exports and returns the download with its bytes; the dialog closes once it is saved. */
  async export(): Promise<{ download: Download; bytes: Buffer }> {
    const downloading = this.page.waitForEvent('download');
    await this.exportButton().click();
    const download = await downloading;
    const path = await download.path();
    await expect(this.dialog).toBeHidden();
    return { download, bytes: await readFile(path) };
  }
}

/** A PNG's width and height, from its IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
