/**
 * The launch page: opened from every place an item shows (list, card, bar, palette, side
 * panel), its address restoring page and tab, the Overview saving for every window, and
 * unsaved edits never dropped without asking.
 */
import AxeBuilder from '@axe-core/playwright';
import { AppPage, EditorPanel, LaunchesPage } from './pages/app';
import { BoardPage } from './pages/board';
import { LaunchItemPage } from './pages/launch-page';
import { TimelinePage } from './pages/timeline';
import { expect, test } from './test';

const LAUNCH = 'Payment Links v2';

test('a list title opens the page; Back returns to the list', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  await expect(page).toHaveURL(/#\/launch\/sample-payment-links$/);
  // The header says where it stands.
  await expect(launch.header).toContainText('Readiness');
  await expect(launch.header).toContainText(/T[-+]\d+/);
  await expect(launch.header.getByRole('region', { name: 'Health' })).toContainText(
    /On track|At risk|Off track/,
  );
  await expect(launch.tab('Overview')).toHaveAttribute('aria-selected', 'true');
  await expect(launch.field('Title')).toHaveValue(LAUNCH);

  await expect(launch.header).toContainText('No decision');

  await launch.back().click();
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/launches$/);

  // The go/no-go state: the latest decision, who took it and when.
  await page.getByRole('table').getByRole('link', { name: 'Team workspaces', exact: true }).click();
  await launch.expectOpen('Team workspaces');
  await expect(launch.header).toContainText('Go');
  await expect(launch.header).toContainText('Sat 14 Nov 2026 by Maya Chen');
});

test('a card opens the page by its Open button and Shift+Enter; a click still edits in the panel', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Board');
  const board = new BoardPage(page);
  const launch = new LaunchItemPage(page);
  await board.card(LAUNCH).click();
  await expect(new EditorPanel(page).panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(new EditorPanel(page).panel).toBeHidden();

  await board.card(LAUNCH).hover();
  await board
    .card(LAUNCH)
    .getByRole('button', { name: `Open page of ${LAUNCH}` })
    .click();
  await launch.expectOpen(LAUNCH);
  await expect(new EditorPanel(page).panel).toBeHidden();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();

  await board.card(LAUNCH).focus();
  await page.keyboard.press('Shift+Enter');
  await launch.expectOpen(LAUNCH);
  // The card is gone: reading starts at the page's title.
  await expect(launch.heading(LAUNCH)).toBeFocused();
});

test('a timeline bar opens the page with Enter', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Board');
  await app.goto('Timeline');
  const bar = new TimelinePage(page).bar(LAUNCH);
  await expect(bar).toHaveAttribute('aria-keyshortcuts', /^Enter /);
  await bar.focus();
  await page.keyboard.press('Enter');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  await expect(launch.back()).toHaveText('← Timeline');
});

test('the palette and the side panel open the page', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('usage-based');
  // Enter picks the first match once the list has caught up with the typing.
  await expect(palette.getByRole('option').first()).toContainText(/Usage-based billing/);
  await page.keyboard.press('Enter');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen('Usage-based billing');

  await launch.back().click();
  const editor = await new LaunchesPage(page).openItem(LAUNCH);
  await editor.panel.getByRole('button', { name: 'Open full page' }).click();
  await launch.expectOpen(LAUNCH);
  await expect(editor.panel).toBeHidden();
});

test('the address keeps the page and tab; reload and a typed address restore them', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.getByRole('table').getByRole('link', { name: LAUNCH, exact: true }).click();
  const launch = new LaunchItemPage(page);
  await launch.selectTab('Rollout');
  await expect(page).toHaveURL(/#\/launch\/sample-payment-links\?tab=rollout$/);
  // The betas and waves, each linking to its own page.
  await expect(launch.panel.getByRole('link', { name: 'Payment Links v2 — NA wave' })).toBeVisible();
  // The rollout plan's two waves and the beta beneath it, each table with its header row.
  await expect(launch.panel.getByRole('row')).toHaveCount(5);

  await app.reload();
  await launch.expectOpen(LAUNCH);
  await expect(launch.tab('Rollout')).toHaveAttribute('aria-selected', 'true');

  // Arrow keys move between tabs.
  await launch.tab('Rollout').focus();
  await page.keyboard.press('ArrowRight');
  await expect(launch.tab('Decisions')).toBeFocused();
  await expect(launch.tab('Decisions')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/tab=decisions$/);

  await page.evaluate(() => (window.location.hash = '#/launch/sample-payment-links-beta?tab=feedback'));
  await launch.expectOpen('Payment Links v2 — public preview');
  await expect(launch.tab('Feedback')).toHaveAttribute('aria-selected', 'true');
  await expect(launch.panel).toContainText('Links expire without warning');
  await expect(launch.panel).toContainText('Northwind Traders');

  // A beta added from the Rollout tab belongs to the launch from the start.
  await page.evaluate(() => (window.location.hash = '#/launch/sample-payment-links?tab=rollout'));
  await launch.panel.getByRole('button', { name: 'New beta' }).click();
  const editor = new EditorPanel(page);
  await expect(editor.field('Kind')).toHaveValue('beta');
  await editor.fill('Title', 'Payment Links v2 — private beta');
  await editor.save();
  await expect(editor.panel).toBeHidden();
  await expect(launch.panel.getByRole('link', { name: 'Payment Links v2 — private beta' })).toBeVisible();

  // A child's page opened from its launch returns to the launch.
  await page.evaluate(() => (window.location.hash = '#/launch/sample-payment-links?tab=rollout'));
  await launch.panel.getByRole('link', { name: 'Payment Links v2 — NA wave' }).click();
  await launch.expectOpen('Payment Links v2 — NA wave');
  await expect(launch.back()).toHaveText(`← ${LAUNCH}`);
  await launch.back().click();
  await launch.expectOpen(LAUNCH);
});

test('an edit saved on the Overview shows in another window; a tab switch keeps the draft', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto('/#/launch/sample-payment-links');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  const other = await context.newPage();
  await other.goto('/#/launch/sample-payment-links');
  const otherLaunch = new LaunchItemPage(other);
  await otherLaunch.expectOpen(LAUNCH);

  await launch.field('Summary').fill('Shareable payment links, now with reminders.');
  await launch.selectTab('Rollout');
  await launch.selectTab('Overview');
  await expect(launch.field('Summary')).toHaveValue('Shareable payment links, now with reminders.');
  await launch.field('Title').fill('Payment Links v3');
  await launch.save();
  await expect(app.toast('Saved “Payment Links v3”')).toBeVisible();
  await launch.expectOpen('Payment Links v3');

  await otherLaunch.expectOpen('Payment Links v3');
  await expect(otherLaunch.field('Summary')).toHaveValue('Shareable payment links, now with reminders.');
  // Saved: leaving asks nothing.
  await launch.back().click();
  await expect(launch.unsaved).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
});

test('Escape in the side panel with unsaved edits asks: Keep editing keeps them, Discard drops them', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const launches = new LaunchesPage(page);
  const launch = new LaunchItemPage(page);
  // No changes: closes at once.
  let editor = await launches.openItem(LAUNCH);
  await page.keyboard.press('Escape');
  await expect(editor.panel).toBeHidden();

  editor = await launches.openItem(LAUNCH);
  await editor.fill('Product area', 'Checkout');
  await page.keyboard.press('Escape');
  await expect(launch.unsaved).toHaveAccessibleName(`Discard unsaved changes to “${LAUNCH}”?`);
  await expect(launch.unsaved.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await launch.keepEditing();
  await expect(editor.field('Product area')).toHaveValue('Checkout');

  // Opening another item in the panel asks too.
  // (The row's Edit button is under the panel: reach it by keyboard.)
  await launches.table.getByRole('button', { name: 'Edit Usage-based billing', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(launch.unsaved).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(launch.unsaved).toBeHidden();
  await expect(editor.field('Product area')).toHaveValue('Checkout');

  await editor.panel.getByRole('button', { name: 'Close editor' }).click();
  await launch.discard();
  await expect(editor.panel).toBeHidden();
  editor = await launches.openItem(LAUNCH);
  await expect(editor.field('Product area')).not.toHaveValue('Checkout');
});

test('leaving the page with unsaved edits asks, by Back, a view key and the palette', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Board');
  await page.goto('/#/launch/sample-payment-links');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  await launch.field('Product area').fill('Checkout');

  await launch.back().click();
  await launch.keepEditing();
  await launch.expectOpen(LAUNCH);

  await app.nav('Launches').click();
  await launch.keepEditing();
  await launch.expectOpen(LAUNCH);

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('usage-based');
  // Enter picks the first match once the list has caught up with the typing.
  await expect(palette.getByRole('option').first()).toContainText(/Usage-based billing/);
  await page.keyboard.press('Enter');
  await launch.keepEditing();
  await launch.expectOpen(LAUNCH);
  await expect(launch.field('Product area')).toHaveValue('Checkout');

  await page.keyboard.press('Alt+3');
  await launch.discard();
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  await expect(new LaunchesPage(page).row(LAUNCH)).not.toContainText('Checkout');
});

test('closing the window with unsaved edits asks the browser’s question; with none it closes', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto('/#/launch/sample-payment-links');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen(LAUNCH);
  await launch.field('Product area').fill('Checkout');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  const clean = await context.newPage();
  await clean.goto('/#/launch/sample-payment-links');
  await new LaunchItemPage(clean).expectOpen(LAUNCH);
  let questions = 0;
  clean.on('dialog', () => questions++);
  await clean.close({ runBeforeUnload: true });
  await expect.poll(() => clean.isClosed()).toBe(true);
  expect(questions).toBe(0);
});

test('a deleted item, or an address naming none, says so with a way back', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await page.goto('/#/launch/sample-dark-mode');
  const launch = new LaunchItemPage(page);
  await launch.expectOpen('Dashboard dark mode');

  const other = await context.newPage();
  await other.goto('/#/launches');
  const launches = new LaunchesPage(other);
  await launches
    .row('Dashboard dark mode')
    .getByRole('button', { name: 'Delete Dashboard dark mode' })
    .click();
  await other
    .getByRole('dialog', { name: 'Delete “Dashboard dark mode”?' })
    .getByRole('button', { name: 'Delete' })
    .click();

  await expect(
    page.getByRole('heading', { name: 'This launch item no longer exists', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();

  await page.goto('/#/launch/no-such-item');
  await expect(
    page.getByRole('heading', { name: 'This launch item no longer exists', level: 1 }),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`the page, its tabs and the unsaved-changes question (${scheme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // five axe runs over a full page
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.startWithSample('Launches');
    await page.goto('/#/launch/sample-payment-links');
    const launch = new LaunchItemPage(page);
    await launch.expectOpen(LAUNCH);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    for (const tab of ['Overview', 'Rollout', 'Feedback', 'Decisions']) {
      await launch.selectTab(tab);
      expect(await serious(), tab).toEqual([]);
    }
    await launch.selectTab('Overview');
    await launch.field('Product area').fill('Checkout');
    await launch.back().click();
    await expect(launch.unsaved).toBeVisible();
    expect(await serious()).toEqual([]);
  });
