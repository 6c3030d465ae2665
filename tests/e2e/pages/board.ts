/** Page model of the launch board. */
import { expect, type Locator, type Page } from '@playwright/test';

export class BoardPage {
  constructor(readonly page: Page) {}

  /** A column (or a column within a lane): its list of cards, named "Beta column, 2 items". */
  column(stage: string, lane?: string): Locator {
    const name = lane
      ? new RegExp(`^${stage} column, ${lane} lane, \\d+ items?$`)
      : new RegExp(`^${stage} column, \\d+ items?$`);
    return this.page.getByRole('list', { name });
  }

  card(title: string, within?: Locator): Locator {
    return (within ?? this.page.getByRole('group', { name: 'Launch board' })).getByRole('group', {
      name: title,
      exact: true,
    });
  }

  async titlesIn(stage: string, lane?: string): Promise<string[]> {
    // Views are chunks of their own: wait for the column before reading it.
    await this.column(stage, lane).waitFor();
    return this.column(stage, lane)
      .getByRole('group')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));
  }

  /** Drags with the mouse as a person would: press, move in steps, release. */
  async drag(card: Locator, target: Locator, position: 'top' | 'bottom' | 'center' = 'center') {
    await target.scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('card or target not visible');
    const y =
      position === 'top' ? to.y + 4 : position === 'bottom' ? to.y + to.height - 4 : to.y + to.height / 2;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
    await this.page.mouse.move(to.x + to.width / 2, y, { steps: 10 });
    return {
      drop: async () => {
        await this.page.mouse.up();
      },
    };
  }

  async dragAndDrop(card: Locator, target: Locator, position: 'top' | 'bottom' | 'center' = 'center') {
    const drag = await this.drag(card, target, position);
    await drag.drop();
  }

  async expectIn(title: string, stage: string) {
    await expect(this.card(title, this.column(stage))).toBeVisible();
  }
}
