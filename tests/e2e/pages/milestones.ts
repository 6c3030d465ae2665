/**
 * Page models for milestones and for moving a launch: the launch page's Milestones section,
 * the diamonds on the timeline and their dialog, and the question asked when a launch moves.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Milestones section in a launch page's Overview. */
export class MilestonesSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Milestones' });
  }

  get list(): Locator {
    return this.section.getByRole('list', { name: 'Milestones by date' });
  }

  /** The day field of a milestone, by its title. */
  day(title: string): Locator {
    return this.section.getByLabel(`Day of milestone ${title}`, { exact: true });
  }

  titleField(title: string): Locator {
    return this.section.getByLabel(`Title of milestone ${title}`, { exact: true });
  }

  async add(title: string, day: string) {
    const form = this.section.getByRole('form', { name: 'Add a milestone' });
    await form.getByLabel('New milestone').fill(title);
    await form.getByLabel('Day').fill(day);
    await form.getByRole('button', { name: 'Add milestone' }).click();
  }

  async rename(title: string, next: string) {
    await this.titleField(title).fill(next);
    await this.titleField(title).press('Enter');
  }

  async setDay(title: string, day: string) {
    await this.day(title).fill(day);
    await this.day(title).press('Enter');
  }

  async delete(title: string) {
    await this.section.getByRole('button', { name: `Delete milestone ${title}`, exact: true }).click();
  }
}

/** Milestones on the timeline: diamonds (buttons) and the dialog that adds or edits one. */
export class TimelineMilestones {
  constructor(readonly page: Page) {}

  /** The diamond of a milestone, e.g. "Milestone: Code freeze, Thu 3 Dec 2026". */
  marker(title: string): Locator {
    return this.page.locator('.tl-scroll').getByRole('button', { name: new RegExp(`^Milestone: ${title},`) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Add a milestone to|Edit milestone of) / });
  }

  async fillDialog(fields: { title?: string; day?: string }) {
    if (fields.title !== undefined) await this.dialog.getByLabel('Title').fill(fields.title);
    if (fields.day !== undefined) await this.dialog.getByLabel('Day').fill(fields.day);
    await this.dialog.getByRole('button', { name: /^(Add milestone|Save)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Drags a diamond horizontally by a number of pixels, as a person would. */
  async drag(title: string, dx: number) {
    const box = (await this.marker(title).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 5 });
    await this.page.mouse.move(x + dx, y, { steps: 5 });
    await this.page.mouse.up();
  }
}

/** The question asked when a launch's anchor day moves and things belong to it. */
export class ShiftQuestion {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Move what belongs to / });
  }

  async answer(button: 'Move them too' | RegExp | 'Cancel', options: { remember?: boolean } = {}) {
    await expect(this.dialog).toBeVisible();
    if (options.remember) await this.dialog.getByRole('checkbox', { name: /Remember my choice/ }).check();
    await this.dialog.getByRole('button', { name: button }).click();
    await expect(this.dialog).toBeHidden();
  }
}
