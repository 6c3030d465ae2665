/**
 * The e2e `test`: every page runs with its clock fixed at one moment, so the sample workspace
 * (dated around "today") and every date the tests read are the same on any day CI runs.
 * Timers still run; only Date is fixed.
 */
import { test as base } from '@playwright/test';

export const FIXED_NOW = new Date('2026-11-26T10:00:00');

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await use(page);
  },
  context: async ({ context }, use) => {
    // Pages opened later in the same context (a second window) get the same clock.
    context.on('page', (page) => void page.clock.setFixedTime(FIXED_NOW));
    await use(context);
  },
});

export { expect } from '@playwright/test';
