/**
 * Readiness briefs in the app: an executive and a full-team launch brief from the launch page,
 * a regional portfolio brief from the palette, the next brief saying what changed, another
 * window seeing the recorded briefs without a reload, undo of a recording, the screen's own
 * messages (no launches, an unknown launch, a range backwards), the browser's Back after the
 * brief is closed, and a brief whose number another window took meanwhile.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';
import { BriefScreen } from './pages/brief';
import { LaunchItemPage } from './pages/launch-page';
import { ShiftQuestion } from './pages/milestones';

const LAUNCH = 'Payment Links v2';

/** The sample workspace, the launch's page, then its Brief… button. */
async function launchBrief(page: Page): Promise<BriefScreen> {
  await new AppPage(page).startWithSample('Launches');
  await page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  await new LaunchItemPage(page).expectOpen(LAUNCH);
  await page.getByRole('button', { name: 'Brief…' }).click();
  const brief = new BriefScreen(page);
  await brief.expectOpen();
  return brief;
}

async function runFromPalette(page: Page, label: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill(label);
  await palette.getByRole('option', { name: `Workspace: ${label}` }).click();
  await expect(palette).toBeHidden();
}

test('an executive launch brief from the launch page, saved as Markdown once, then back', async ({
  page,
}) => {
  const brief = await launchBrief(page);
  await expect(brief.launch).toHaveValue(LAUNCH);
  await expect(brief.audience('Executive')).toBeChecked();
  await expect(brief.document.getByRole('heading', { level: 1 })).toHaveText(`Launch brief — ${LAUNCH}`);
  await expect(brief.document.getByRole('heading', { name: 'Top risks' })).toBeVisible();
  await expect(brief.document.getByRole('heading', { name: 'Open readiness items' })).toHaveCount(0);
  await expect(brief.number).toHaveText('Brief #1');

  const { download, text } = await brief.saveMarkdown();
  expect(download.suggestedFilename()).toBe('brief-payment-links-v2-1.md');
  expect(text).toContain(`# Launch brief — ${LAUNCH}`);
  expect(text).toContain('Brief #1');
  expect(text).toMatch(/^\| Function +\| +Done +\|/m);
  await expect(brief.status).toHaveText(
    /^Saved Brief #1 as brief-payment-links-v2-1\.md\. Recorded: the next brief of this launch will be Brief #2/,
  );
  await expect(brief.screen.getByText('Recorded', { exact: true })).toBeVisible();

  // Saved again, it is the same brief, recorded once: still #1, and the next one is still #2.
  const again = await brief.saveMarkdown();
  expect(again.download.suggestedFilename()).toBe('brief-payment-links-v2-1.md');
  expect(again.text).toBe(text);
  await expect(brief.status).toHaveText('Saved Brief #1 as brief-payment-links-v2-1.md.');

  await page.keyboard.press('Escape');
  await new LaunchItemPage(page).expectOpen(LAUNCH);
  await page.getByRole('button', { name: 'Brief…' }).click();
  await expect(brief.number).toHaveText('Brief #2');
  await expect(brief.document).toContainText('nothing changed');
});

test('a full-team brief, chosen with the keyboard, is kept in the address', async ({ page }) => {
  const brief = await launchBrief(page);
  await brief.audience('Executive').focus();
  await page.keyboard.press('ArrowDown');
  await expect(brief.audience('Full team')).toBeChecked();
  await expect(page).toHaveURL(/audience=team/);
  for (const section of ['Risks', 'Open readiness items', 'Betas and rollout waves', 'Decision log'])
    await expect(brief.document.getByRole('heading', { name: section, exact: true })).toBeVisible();
  await expect(brief.document).toContainText('Terms, claims and compliance review — Tomás Alvarez');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.reload();
  await brief.expectOpen();
  await expect(brief.audience('Full team')).toBeChecked();
  await expect(brief.document.getByRole('heading', { name: 'Decision log' })).toBeVisible();
  // With no page under it after a reload, Back returns to the view.
  await expect(brief.back()).toHaveText('← Board');

  // An address naming a launch that is not there says so; another is chosen by typing.
  await page.evaluate(() => (window.location.hash = '#/brief?kind=launch&launch=gone'));
  await expect(brief.error).toContainText('There is no launch item with the id “gone”.');
  await expect(brief.action('Save .md')).toBeDisabled();
  await brief.error.getByRole('button', { name: 'Choose another launch' }).click();
  await expect(brief.screen.getByText('Choose the launch item to brief.')).toBeVisible();
  await brief.chooseLaunch('Usage-based billing');
  await expect(brief.document.getByRole('heading', { level: 1 })).toHaveText(
    'Launch brief — Usage-based billing',
  );
  await expect(page).toHaveURL(/launch=sample-usage-billing/);
});

test('a portfolio brief from the palette, for one region, saved', async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
  await runFromPalette(page, 'Portfolio brief…');
  const brief = new BriefScreen(page);
  await brief.expectOpen();
  await expect(brief.kind('Portfolio brief')).toBeChecked();
  // The next six weeks from the fixed day, 26 Nov 2026.
  await expect(brief.field('From')).toHaveValue('2026-11-26');
  await expect(brief.field('To')).toHaveValue('2027-01-07');
  await expect(brief.document).toContainText('Payment Links v2 — NA wave');

  await brief.field('Region').selectOption('EU');
  await expect(page).toHaveURL(/region=EU/);
  await expect(brief.document.getByRole('heading', { level: 1 })).toHaveText(
    'Portfolio brief (EU) — 26 Nov 2026 – 7 Jan 2027',
  );
  await expect(brief.document).toContainText('Regional go-to-market version: European Union (EU) only');
  await expect(brief.document).toContainText('Payment Links v2 — EU & UK wave');
  await expect(brief.document).not.toContainText('NA wave');

  const { download, text } = await brief.saveMarkdown();
  expect(download.suggestedFilename()).toBe('portfolio-brief-eu-2026-11-26-to-2027-01-07-1.md');
  expect(text).toContain('# Portfolio brief (EU)');
  expect(text).not.toContain('NA wave');
  // Printed and saved as a PDF (the browser's print dialog) it is the same brief, recorded once.
  await brief.action('Print').click();
  await expect(brief.status).toHaveText('Brief #1 went to the print dialog.');
  await brief.action('Save as PDF').click();
  await expect(brief.status).toHaveText('Brief #1 went to the print dialog: choose “Save as PDF” there.');
  await expect(brief.number).toHaveText('Brief #1');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
  // The board's own button opens it with the board's filters.
  await page.getByRole('combobox', { name: 'Tier' }).selectOption({ label: 'Tier 1' });
  await page.getByRole('button', { name: 'Portfolio brief…' }).click();
  await expect(brief.field('Tier')).toHaveValue('1');
});

test('the second brief says what changed since the first: a launch date moved in the side panel', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const brief = await launchBrief(page);
  await brief.action('Copy Markdown').click();
  await expect(brief.status).toHaveText(/^Copied Brief #1 as Markdown\./);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`# Launch brief — ${LAUNCH}`);
  expect(copied).toContain('First brief for this launch.');

  await brief.back().click();
  await new LaunchItemPage(page).expectOpen(LAUNCH);
  await new AppPage(page).goto('Launches');
  const editor = await new LaunchesPage(page).openItem(LAUNCH);
  await editor.fill('Launch date (T-0)', '2026-12-22');
  await editor.save();
  // Its waves and milestones stay where they are: the brief names the launch day's move alone.
  await new ShiftQuestion(page).answer(/^Only this launch$/);
  await expect(editor.panel).toBeHidden();

  // From the palette, the brief is of the launch last briefed here.
  await runFromPalette(page, 'Readiness brief…');
  await brief.expectOpen();
  await expect(brief.number).toHaveText('Brief #2');
  const changed = brief.document.getByRole('heading', { name: 'Changed since the last brief' });
  await expect(changed).toBeVisible();
  await expect(brief.document).toContainText('Since Brief #1');
  await expect(brief.document).toContainText(/launch day moved from Thu 17 Dec 2026 to Tue 22 Dec 2026/);
});

test('another window sees the recorded briefs without reloading', async ({ page, context }) => {
  const brief = await launchBrief(page);
  const other = await context.newPage();
  await other.goto('/#/brief?kind=launch&launch=sample-payment-links');
  const otherBrief = new BriefScreen(other);
  await otherBrief.expectOpen();
  await expect(otherBrief.number).toHaveText('Brief #1');

  await brief.saveMarkdown();
  await expect(otherBrief.number).toHaveText('Brief #2');
  await expect(otherBrief.document).toContainText('Since Brief #1');

  // Here the next brief is #2 as well, once this one is put away.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Brief…' }).click();
  await expect(brief.number).toHaveText('Brief #2');
  const second = await brief.saveMarkdown();
  expect(second.download.suggestedFilename()).toBe('brief-payment-links-v2-2.md');
  await expect(otherBrief.number).toHaveText('Brief #3');
});

test('undo takes a recording back, and redo records it again', async ({ page }) => {
  const brief = await launchBrief(page);
  await brief.saveMarkdown();
  await expect(brief.screen.getByText('Recorded', { exact: true })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(new AppPage(page).toast(/^Undid/)).toBeVisible();
  await expect(brief.screen.getByText('Recorded', { exact: true })).toBeHidden();
  await expect(brief.number).toHaveText('Brief #1');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Brief…' }).click();
  await expect(brief.number).toHaveText('Brief #1');
  await expect(brief.document).toContainText('First brief for this launch.');

  await page.keyboard.press('Control+Shift+z');
  await expect(brief.number).toHaveText('Brief #2');
});

test('the screen says what is wrong: no launches yet, a range backwards', async ({ page }) => {
  const app = new AppPage(page);
  await app.startEmpty('Board');
  await runFromPalette(page, 'Readiness brief…');
  const brief = new BriefScreen(page);
  await brief.expectOpen();
  await expect(brief.screen.getByRole('heading', { name: 'There are no launches yet' })).toBeVisible();
  await expect(brief.action('Copy Markdown')).toBeDisabled();

  await brief.kind('Portfolio brief').check();
  await brief.field('From').fill('2027-02-01');
  await expect(brief.error).toHaveText('The range must start on or before the day it ends.');
  await brief.screen.getByRole('button', { name: 'Back to the next six weeks' }).click();
  await expect(brief.error).toBeHidden();
  await expect(brief.document).toContainText('Brief #1');
  await expect(brief.action('Save .md')).toBeEnabled();
});

test('closed with its Back link, the brief leaves no extra history: the browser’s Back leaves the launch page', async ({
  page,
}) => {
  const brief = await launchBrief(page);
  await brief.back().click();
  await new LaunchItemPage(page).expectOpen(LAUNCH);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/launches/);
});

test('a brief whose number another window took meanwhile is not handed out under it', async ({
  page,
  context,
}) => {
  const brief = await launchBrief(page);
  await brief.saveMarkdown();
  // Taken back here, the brief stays on screen as #1; then another window records its own #1.
  await page.keyboard.press('Control+z');
  await expect(brief.screen.getByText('Recorded', { exact: true })).toBeHidden();
  const other = await context.newPage();
  await other.goto('/#/brief?kind=launch&launch=sample-payment-links');
  const otherBrief = new BriefScreen(other);
  await expect(otherBrief.number).toHaveText('Brief #1');
  await otherBrief.saveMarkdown();
  await expect(brief.number).toHaveText('Brief #1');

  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await brief.action('Save .md').click();
  await expect(brief.status).toHaveText(
    'Another window recorded Brief #1 meanwhile — this is now Brief #2. Nothing left the app: save it again to hand out Brief #2.',
  );
  await expect(brief.number).toHaveText('Brief #2');
  expect(downloads).toBe(0);
  const { download, text } = await brief.saveMarkdown();
  expect(download.suggestedFilename()).toBe('brief-payment-links-v2-2.md');
  expect(text).toContain('Brief #2');
  await expect(brief.screen.getByText('Recorded', { exact: true })).toBeVisible();
});
