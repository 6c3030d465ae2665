/** Page model of the timeline. */
import type { Locator, Page } from '@playwright/test';

export class TimelinePage {
  constructor(readonly page: Page) {}

  bar(title: string): Locator {
    return this.page.locator('.tl-scroll').getByRole('button', { name: new RegExp(`^${escape(title)}:`) });
  }

  async zoom(level: 'Weeks' | 'Months' | 'Quarters') {
    await this.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: level }).click();
  }

  /** Drags a bar's body (or an edge) horizontally by a number of pixels, as a person would. */
  async dragBar(title: string, dx: number, part: 'body' | 'start' | 'end' = 'body') {
    const box = (await this.bar(title).boundingBox())!;
    // Grab the part of the bar that is on screen (right of the sticky title column).
    const area = (await this.page.locator('.tl-scroll').boundingBox())!;
    const left = Math.max(box.x, area.x + 330);
    const right = Math.min(box.x + box.width, area.x + area.width - 10);
    const x = part === 'start' ? box.x + 3 : part === 'end' ? box.x + box.width - 3 : (left + right) / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 5 });
    await this.page.mouse.move(x + dx, y, { steps: 5 });
    return { drop: () => this.page.mouse.up(), tooltip: this.page.locator('.tl-tooltip') };
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
