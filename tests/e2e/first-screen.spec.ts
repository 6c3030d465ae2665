/**
 * The timeline's first screen kept between windows: a window opened on the timeline draws the
 * top rows an earlier window kept before it has read the workspace, then the read replaces
 * them; a copy from before a change is never drawn.
 *
 * To see what is drawn before the read, the new window's database read is held back: its
 * first IndexedDB call (listing the databases) waits `HOLD_MS`. The first titles the chart
 * draws are recorded as they appear, with whether the read had been let go by then. (The
 * pages' clock is fixed, which also stubs User Timing marks: they cannot say it here.)
 */
import type { BrowserContext, Page } from '@playwright/test';
import { AppPage, LaunchesPage } from './pages/app';
import { expect, test } from './test';

const HOLD_MS = 4000;

/** A new window of `context` whose database read waits, recording the first titles drawn. */
async function windowWithHeldRead(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await holdRead(page);
  return page;
}

/** From its next load on, `page`'s database read waits, and the first titles drawn are recorded. */
async function holdRead(page: Page) {
  await page.addInitScript((hold) => {
    const w = window as unknown as Drawn & { released?: boolean };
    const list = indexedDB.databases.bind(indexedDB);
    indexedDB.databases = () =>
      new Promise((resolve) => setTimeout(resolve, hold)).then(() => {
        w.released = true;
        return list();
      });
    const observer = new MutationObserver(() => {
      const titles = [...document.querySelectorAll('.tl-title__text')].map((t) => t.textContent ?? '');
      if (titles.length === 0) return;
      w.firstTitles = titles;
      w.beforeRead = !w.released;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, HOLD_MS);
}

/** The titles the chart drew first, and whether the database read had been let go by then. */
interface Drawn {
  firstTitles?: string[];
  beforeRead?: boolean;
}
const firstTitles = (page: Page) => page.evaluate(() => (window as unknown as Drawn).firstTitles ?? null);
const drawnBeforeRead = (page: Page) => page.evaluate(() => (window as unknown as Drawn).beforeRead ?? null);
/** The toolbar counts collisions once the whole workspace is read. */
const collisionsCounted = (page: Page) => page.getByRole('button', { name: /^Collisions \(\d+\)/ });

/** Waits until `page` has kept its first screen under the current stamp. */
async function waitForKeptCopy(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const stamp = localStorage.getItem('launch-control:stored-stamp');
        const kept = localStorage.getItem('launch-control:first-screen:parent');
        return stamp !== null && kept !== null && kept.includes(`"stamp":${JSON.stringify(stamp)}`);
      }),
    )
    .toBe(true);
}

const titleColumn = (page: Page) => page.locator('.tl-scroll .tl-title__text');

/** The sample workspace on the timeline, read whole and its first screen kept: the titles drawn. */
async function sampleTimelineKept(page: Page): Promise<string[]> {
  await new AppPage(page).startWithSample();
  await page.goto('/#/timeline');
  await expect(collisionsCounted(page)).toBeVisible();
  await waitForKeptCopy(page);
  return titleColumn(page).allTextContents();
}

test('a window opened on the timeline draws the kept first screen before reading, then the workspace', async ({
  page,
  context,
}) => {
  const titles = await sampleTimelineKept(page);
  const subtitle = await page.getByText(/\d+ rows ·/).textContent();

  const other = await windowWithHeldRead(context);
  await other.goto('/#/timeline');
  // Drawn while the read is still held: the same rows, the same count.
  await expect(titleColumn(other).first()).toBeVisible();
  expect(await drawnBeforeRead(other)).toBe(true);
  expect(await firstTitles(other)).toEqual(titles);
  await expect(other.getByText(/\d+ rows ·/)).toHaveText(subtitle!);
  // Nothing can be changed from it yet: moving a bar's dates asks to wait.
  await other.locator('.tl-bar').first().focus();
  for (const key of ['Space', 'ArrowRight', 'Enter']) await other.keyboard.press(key);
  await expect(
    new AppPage(other).toast('Still opening your workspace — try again in a moment.'),
  ).toBeVisible();
  // A picture of the timeline asked for now is of the whole workspace: it opens after the read.
  await other.getByRole('button', { name: 'Export picture…' }).click();
  await other.waitForTimeout(500);
  await expect(other.getByRole('dialog')).toHaveCount(0);
  // Then the read: the whole chart, with its collisions counted, and the picture dialog.
  await expect(collisionsCounted(other)).toBeVisible({ timeout: HOLD_MS + 10_000 });
  expect(await titleColumn(other).allTextContents()).toEqual(titles);
  await expect(other.getByRole('dialog')).toBeVisible();
});

test('a copy kept before a change in another window is never drawn; the next one shows the change', async ({
  page,
  context,
}) => {
  const [first] = await sampleTimelineKept(page);
  // The only window on the timeline goes; on the launch list the first row's item is renamed.
  await page.goto('/#/launches');
  const launches = new LaunchesPage(page);
  const editor = await launches.openItem(first!);
  await editor.fill('Title', 'Renamed while closed');
  await editor.save();
  await expect(launches.row('Renamed while closed')).toBeVisible();

  // A window opened on the timeline draws nothing before its read: the copy is stale.
  const second = await windowWithHeldRead(context);
  await second.goto('/#/timeline');
  await expect(collisionsCounted(second)).toBeVisible({ timeout: HOLD_MS + 10_000 });
  expect(await drawnBeforeRead(second)).toBe(false);
  expect((await firstTitles(second))?.[0]).toBe('Renamed while closed');
  // It keeps a new copy, which the next window draws before its read.
  await waitForKeptCopy(second);
  const third = await windowWithHeldRead(context);
  await third.goto('/#/timeline');
  await expect(titleColumn(third).first()).toBeVisible();
  expect(await drawnBeforeRead(third)).toBe(true);
  expect((await firstTitles(third))?.[0]).toBe('Renamed while closed');
});

test('another grouping, or a damaged copy, opens the timeline from the read alone', async ({
  page,
  context,
}) => {
  const titles = await sampleTimelineKept(page);
  await page.evaluate(() => {
    const key = 'launch-control:first-screen:parent';
    // One character of the copy changed, as a damaged disk or a hand edit would.
    localStorage.setItem(key, localStorage.getItem(key)!.replace('"itemRows":', '"itemRows":1'));
  });
  const damaged = await windowWithHeldRead(context);
  await damaged.goto('/#/timeline');
  await expect(collisionsCounted(damaged)).toBeVisible({ timeout: HOLD_MS + 10_000 });
  expect(await drawnBeforeRead(damaged)).toBe(false);
  expect(await firstTitles(damaged)).toEqual(titles);

  const byRegion = await windowWithHeldRead(context);
  await byRegion.goto('/#/timeline?group=region');
  await expect(collisionsCounted(byRegion)).toBeVisible({ timeout: HOLD_MS + 10_000 });
  expect(await drawnBeforeRead(byRegion)).toBe(false);
});

test('the collisions panel waits for the read rather than count the kept rows alone', async ({
  page,
  context,
}) => {
  await sampleTimelineKept(page);
  const held = await windowWithHeldRead(context);
  await held.goto('/#/timeline?collisions=1');
  const panel = held.getByRole('complementary', { name: 'Collisions' });
  await expect(titleColumn(held).first()).toBeVisible();
  expect(await drawnBeforeRead(held)).toBe(true);
  // Past the first paint, still held: the panel still finds them.
  await held.waitForTimeout(1000);
  await expect(panel.getByText('Finding collisions…')).toBeVisible();
  await expect(collisionsCounted(held)).toBeVisible({ timeout: HOLD_MS + 10_000 });
  await expect(panel.getByText('Finding collisions…')).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Collisions' })).toBeVisible();
});

test('a window closed straight after a change of grouping keeps that grouping’s first screen as it goes', async ({
  page,
}) => {
  await sampleTimelineKept(page);
  await holdRead(page);
  await page.getByLabel('Group by').selectOption({ label: 'Region' });
  await expect(page).toHaveURL(/group=region/);
  // Reloaded at once, before the window was idle: the copy was kept as the page went.
  await page.reload();
  await expect(titleColumn(page).first()).toBeVisible();
  expect(await drawnBeforeRead(page)).toBe(true);
  await expect(collisionsCounted(page)).toBeVisible({ timeout: HOLD_MS + 10_000 });
});
