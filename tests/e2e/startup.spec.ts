/**
 * Startup: every place opens straight from its address (each view is a chunk of its own,
 * asked for with the page's own code and run while the workspace is read), the timeline's first screen is completed by the rest
 * of the workspace, and the app-wide dialogs open from their keys right after a start.
 */
import { AppPage } from './pages/app';
import { expect, test } from './test';

/** Each place, what shows it is open, and its chunk (its file name's start). */
const PLACES: { hash: string; heading: string; shows: string; chunk: string }[] = [
  { hash: '#/board', heading: 'Board', shows: 'Dashboard dark mode', chunk: 'BoardView' },
  { hash: '#/timeline', heading: 'Timeline', shows: 'Dashboard dark mode', chunk: 'TimelineView' },
  { hash: '#/launches', heading: 'Launches', shows: '14 launch items', chunk: 'LaunchesView' },
  {
    hash: '#/launch/sample-dark-mode',
    heading: 'Dashboard dark mode',
    shows: 'Readiness',
    chunk: 'LaunchPage',
  },
  { hash: '#/matrix', heading: 'Readiness matrix', shows: 'Dashboard dark mode', chunk: 'MatrixView' },
  { hash: '#/brief?kind=portfolio', heading: 'Readiness brief', shows: 'Portfolio', chunk: 'BriefScreen' },
  { hash: '#/settings', heading: 'Settings', shows: 'Stages', chunk: 'SettingsView' },
];

/**
 * Whether the page asked for the chunk with its own code: the build's route preload added a
 * module preload for it (marked so), not only main.tsx's import() once the app's code had run.
 */
const chunkAskedWithPage = (page: import('@playwright/test').Page, chunk: string) =>
  page.evaluate(
    (chunk) =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][data-route-preload]')].some(
        (l) => new URL(l.href).pathname.split('/').pop()!.startsWith(`${chunk}-`),
      ),
    chunk,
  );

test('every place opens straight from its address after a reload', async ({ page }) => {
  // Seven starts in one test.
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.startWithSample();
  for (const place of PLACES) {
    await page.goto(`/${place.hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { name: place.heading, level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByText(place.shows).first()).toBeVisible();
    expect(await chunkAskedWithPage(page, place.chunk), place.chunk).toBe(true);
  }
});

test('the timeline opened first is completed by the rest of the workspace, and saves work', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  await page.goto('/#/timeline');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  // The readiness lines read after the first screen are there: the launch page's checklist.
  await page.goto('/#/launch/sample-dark-mode?tab=readiness');
  await expect(page.getByRole('heading', { name: 'Dashboard dark mode', level: 1 })).toBeVisible();
  await expect(page.getByText('Opening…')).toHaveCount(0);
  await expect(page.getByText('No readiness items yet')).toHaveCount(0);
  // And a change is saved (nothing is still loading): capture feedback, then reload.
  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Title/ }).fill('Heard at startup');
  await dialog.getByRole('textbox', { name: /Title/ }).press('Enter');
  await expect(app.toast('Captured “Heard at startup”')).toBeVisible();
  await page.goto('/#/feedback');
  await page.reload();
  await expect(page.getByRole('main').getByText('Heard at startup').first()).toBeVisible();
});

test('the side panel opens from its key straight after a start', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Board');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'Launch item' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New launch item' })).toBeVisible();
});
