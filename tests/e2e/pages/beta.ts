/** Page model of a beta's tab on its launch page: the health summary, participants and exit criteria. */
import { expect, type Locator, type Page } from '@playwright/test';
import { LaunchItemPage } from './launch-page';

export class BetaTab {
  readonly launch: LaunchItemPage;
  constructor(readonly page: Page) {
    this.launch = new LaunchItemPage(page);
  }

  /** Opens the beta's page from the Launches list, on its Beta tab. */
  async open(title: string) {
    await this.page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
    await this.launch.expectOpen(title);
    await this.launch.selectTab('Beta');
  }

  get health(): Locator {
    return this.page.getByRole('region', { name: 'Beta health' });
  }

  /** One fact of the health summary ("Active participants", "Exit criteria met", …). */
  fact(name: string): Locator {
    return this.health
      .locator('.beta-health__fact')
      .filter({ has: this.page.getByRole('term').filter({ hasText: name }) })
      .getByRole('definition');
  }

  get participants(): Locator {
    return this.page.getByRole('region', { name: 'Participants' });
  }

  participant(account: string): Locator {
    return this.participants
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: account }) });
  }

  async addParticipant(fields: {
    account: string;
    contact?: string;
    segment?: string;
    region?: string;
    status?: string;
  }) {
    const form = this.page.getByRole('form', { name: 'Add a participant' });
    await form.getByLabel('Account', { exact: true }).fill(fields.account);
    if (fields.contact) await form.getByLabel('Contact', { exact: true }).fill(fields.contact);
    if (fields.segment) await form.getByLabel('Segment', { exact: true }).fill(fields.segment);
    if (fields.region) await form.getByLabel('Region', { exact: true }).selectOption(fields.region);
    if (fields.status)
      await form.getByLabel('Status', { exact: true }).selectOption({ label: fields.status });
    await form.getByRole('button', { name: 'Add participant' }).click();
    await expect(this.participant(fields.account)).toBeVisible();
  }

  get criteria(): Locator {
    return this.page.getByRole('region', { name: 'Exit criteria' });
  }

  criterion(title: string): Locator {
    return this.criteria.getByRole('listitem').filter({ hasText: title });
  }

  async addCriterion(title: string) {
    await this.criteria.getByRole('textbox', { name: 'New exit criterion' }).fill(title);
    await this.criteria.getByRole('button', { name: 'Add criterion' }).click();
    await expect(this.criterion(title)).toBeVisible();
  }

  /** Marks a criterion met: choosing Met asks for its evidence, which is given. */
  async markMet(title: string, evidence: string) {
    await this.criteria.getByRole('combobox', { name: `Status of ${title}` }).selectOption({ label: 'Met' });
    const prompt = this.criteria.getByRole('form', { name: `Evidence for ${title}` });
    await expect(prompt.getByRole('textbox')).toBeFocused();
    await prompt.getByRole('textbox').fill(evidence);
    await prompt.getByRole('button', { name: 'Mark met' }).click();
    await expect(prompt).toBeHidden();
  }

  async removeCriterion(title: string) {
    await this.criteria.getByRole('button', { name: `Remove ${title}`, exact: true }).click();
    await expect(this.criterion(title)).toHaveCount(0);
  }
}
