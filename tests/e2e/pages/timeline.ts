/** Page model of the timeline. */
import type { Locator, Page } from '@playwright/test';

export class TimelinePage {
  constructor(readonly page: Page) {}

  /** The scrolling chart (axis, title column and rows). */
  chart(): Locator {
    return this.page.locator('.tl-scroll');
  }

  bar(title: string): Locator {
    return this.chart().getByRole('button', { name: new RegExp(`^${escape(title)}:`) });
  }

  /** The bar that has the keyboard focus. */
  focusedBar(): Locator {
    return this.chart().locator('.tl-bar:focus');
  }

  /** The polite live region that says which dates are in view. */
  rangeAnnouncement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Showing / });
  }

  /** The month and year pinned at the left of the axis. */
  axisPin(): Locator {
    return this.chart().locator('.tl-axis-pin span');
  }

  todayLabel(): Locator {
    return this.chart().locator('.tl-axis__today');
  }

  collisionsPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Collisions' });
  }

  async showCollisions() {
    await this.page.getByRole('button', { name: /^Collisions \(\d+\)/ }).click();
  }

  async zoom(level: 'Weeks' | 'Months' | 'Quarters') {
    await this.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: level }).click();
  }

  /**
   * Moves a bar's dates (or a milestone's day) by keyboard: Space starts moving, the keys move
   * (ArrowRight, a day; Shift+ArrowRight, a week; on a bar Alt+ the end, Alt+Shift+ the start),
   * Enter saves (Escape puts them back).
   */
  async moveByKeys(target: Locator, keys: readonly string[], finish: 'Enter' | 'Escape' = 'Enter') {
    await target.focus();
    await this.page.keyboard.press('Space');
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.keyboard.press(finish);
  }

  /** Drags a bar's body (or an edge) horizontally by a number of pixels, as a person would. */
  async dragBar(title: string, dx: number, part: 'body' | 'start' | 'end' = 'body') {
    const box = (await this.bar(title).boundingBox())!;
    // Grab the part of the bar that is on screen (right of the sticky title column).
    const area = (await this.chart().boundingBox())!;
    const left = Math.max(box.x, area.x + 330);
    const right = Math.min(box.x + box.width, area.x + area.width - 10);
    const x = part === 'start' ? box.x + 3 : part === 'end' ? box.x + box.width - 3 : (left + right) / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 5 });
    await this.page.mouse.move(x + dx, y, { steps: 5 });
    return {
      drop: () => this.page.mouse.up(),
      tooltip: this.page.locator('.tl-tooltip'),
      /** Where the pointer is now. */
      at: { x: x + dx, y },
    };
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
