/** Page model of the collision radar beside the timeline, the capacity strip on its axis and the regions' capacity in Settings. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CollisionsPage {
  constructor(readonly page: Page) {}

  toolbarButton(): Locator {
    return this.page.getByRole('button', { name: /^Collisions \(\d+\)/ });
  }

  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Collisions' });
  }

  /** Opens the panel (the toolbar button toggles it; pressed while it is open). */
  async open() {
    const button = this.toolbarButton();
    await expect(button).toBeVisible();
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await expect(this.panel()).toBeVisible();
  }

  openList(): Locator {
    return this.panel().getByRole('list', { name: 'Open collisions' });
  }

  acknowledgedList(): Locator {
    return this.panel().getByRole('list', { name: 'Acknowledged collisions' });
  }

  /** The "Acknowledged (n)" fold. */
  acknowledgedSummary(): Locator {
    return this.panel().getByText(/^Acknowledged \(\d+\)$/);
  }

  async expandAcknowledged() {
    if (!(await this.acknowledgedList().isVisible())) await this.acknowledgedSummary().click();
    await expect(this.acknowledgedList()).toBeVisible();
  }

  /** An entry of a list, by the words of its message. */
  entry(list: Locator, message: string | RegExp): Locator {
    return list.getByRole('listitem').filter({ hasText: message });
  }

  /** Acknowledges an open collision with a note, saved with Enter. */
  async acknowledge(message: string | RegExp, note: string) {
    const entry = this.entry(this.openList(), message);
    await entry.getByRole('button', { name: 'Acknowledge…' }).click();
    const field = entry.getByRole('textbox', { name: 'Why this collision is acceptable' });
    await field.fill(note);
    await field.press('Enter');
  }

  /** The capacity strip's marker of an ISO week ("2026-W51"). */
  capacityMarker(week: string): Locator {
    return this.page
      .getByRole('list', { name: 'Tier-1 capacity by week' })
      .getByRole('listitem', { name: new RegExp(`^Week ${week} `) });
  }

  /** A region's own Tier-1 capacity field in Settings → Regions. */
  regionCapacity(code: string): Locator {
    return this.page
      .getByRole('region', { name: 'Regions' })
      .getByRole('textbox', { name: `${code} Tier-1 capacity per week` });
  }

  async setRegionCapacity(code: string, value: string) {
    const field = this.regionCapacity(code);
    await field.fill(value);
    await field.press('Enter');
  }
}
