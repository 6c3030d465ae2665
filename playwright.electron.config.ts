/**
 * The desktop end-to-end test: drives the real Electron app with Playwright's _electron. It
 * runs wherever Electron's binary is installed and reports itself skipped, with the reason,
 * where it is not (machines without internet access cannot download it).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 120_000,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
});
