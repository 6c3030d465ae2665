/** Page model of the readiness matrix: its grid, cells by launch item and function, its filters. */
import { expect, type Locator, type Page } from '@playwright/test';

export class MatrixPage {
  constructor(readonly page: Page) {}

  /** Opens the matrix from the navigation. */
  async open() {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /^Readiness matrix/ })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Readiness matrix', level: 1 })).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Readiness matrix' });
  }

  get summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /launch items with a checklist/ });
  }

  /** A launch item's row, found by its title. */
  row(title: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').getByRole('button', { name: title, exact: true }) });
  }

  /** The cell of one function (by its name) in a launch item's row. */
  cell(title: string, functionName: string): Locator {
    return this.row(title).getByRole('gridcell', { name: new RegExp(`^${escape(functionName)}: `) });
  }

  /** The titles of the rows in the DOM, top to bottom (all of them while the list is short). */
  async titles(): Promise<string[]> {
    // Views are chunks of their own: wait for the grid before reading it.
    await this.grid.waitFor();
    return this.grid.getByRole('rowheader').getByRole('button').allInnerTexts();
  }

  /** The element that has the focus (check it with toHaveAccessibleName). */
  get focused(): Locator {
    return this.page.locator(':focus');
  }

  async filter(label: 'Launch dates' | 'Tier' | 'Region' | 'Stage', option: string) {
    await this.page.getByRole('combobox', { name: label }).selectOption({ label: option });
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
