/** Page model of the brief screen: its choices, its actions and the brief it previews. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class BriefScreen {
  constructor(readonly page: Page) {}

  get screen(): Locator {
    return this.page.getByRole('region', { name: 'Readiness brief' });
  }

  /** The brief itself, as the preview shows it. */
  get document(): Locator {
    return this.screen.getByRole('article', { name: 'Preview' });
  }

  /** "Brief #N" above the preview. */
  get number(): Locator {
    return this.screen.getByText(/^Brief #\d+$/).first();
  }

  /** What happened to the last action ("Saved Brief #1 as …"). */
  get status(): Locator {
    return this.screen.getByRole('status');
  }

  get error(): Locator {
    return this.screen.getByRole('alert');
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { name: 'Readiness brief', level: 1 })).toBeVisible();
    await expect(this.page).toHaveURL(/#\/brief\?/);
  }

  kind(name: 'Launch brief' | 'Portfolio brief'): Locator {
    return this.screen.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  audience(name: 'Executive' | 'Full team'): Locator {
    return this.screen.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  get launch(): Locator {
    return this.screen.getByRole('combobox', { name: 'Launch' });
  }

  field(label: 'From' | 'To' | 'Region' | 'Tier' | 'Kind'): Locator {
    return this.screen.getByLabel(label, { exact: true });
  }

  /** Chooses the launch by typing part of its title and picking it from the matches. */
  async chooseLaunch(title: string) {
    await this.launch.fill(title);
    await this.screen
      .getByRole('option', { name: new RegExp(`^${escape(title)}`) })
      .first()
      .click();
    await expect(this.launch).toHaveValue(title);
  }

  action(name: 'Copy Markdown' | 'Save .md' | 'Save as PDF' | 'Print'): Locator {
    return this.screen.getByRole('group', { name: 'Brief actions' }).getByRole('button', { name });
  }

  /** Save .md: the download it starts. */
  async saveMarkdown(): Promise<{ download: Download; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.action('Save .md').click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }

  /** "← Board" or "← <launch title>". */
  back(): Locator {
    return this.screen.getByRole('button', { name: /^← / });
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
