import { expect, test } from './test';
import { AppPage } from './pages/app';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
});

test('Ctrl+K opens the command palette; it finds and runs "timeline"', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox');
  await expect(input).toBeFocused();
  await input.fill('timeline');
  const option = palette.getByRole('option', { name: /Timeline/ }).first();
  await expect(option).toContainText('Alt+2'); // each command shows its shortcut
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
});

test('the palette finds a launch item by title and opens its launch page', async ({ page }) => {
  await page.getByRole('button', { name: /^Search/ }).click();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('dark mode');
  await expect(palette.getByRole('option', { name: /Dashboard dark mode/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Dashboard dark mode', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Dashboard dark mode');
});

test('Escape closes the palette and says when nothing matches', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('zzzqqq');
  await expect(palette.getByText('Nothing matches “zzzqqq”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('typing straight after Ctrl+K is not lost, and New launch item can run from the palette', async ({
  page,
}) => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new launch');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toHaveValue('new launch');
  const option = palette.getByRole('option', { name: /New launch item/ });
  await expect(option).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New launch item' })).toBeVisible();
});

test('the workspace commands run from their keys while typing, and from the palette', async ({ page }) => {
  await page.getByPlaceholder('Search cards…').focus(); // Ctrl/Cmd+Shift+E works in a text field too
  let download = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+E');
  expect((await download).suggestedFilename()).toMatch(/^launch-control-\d{4}-\d{2}-\d{2}\.json$/);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('export');
  download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
});

test('Enter runs the best match for what was typed, even before the list has caught up', async ({ page }) => {
  // On a slow machine the list follows the typing a moment behind: Enter must not run the
  // best match of an earlier, shorter query (with nothing typed, that is New launch item).
  test.slow(); // the CPU is slowed 30 times while typing
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /New launch item/ })).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 30 });
  const download = page.waitForEvent('download');
  await page.keyboard.type('export');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^launch-control-\d{4}-\d{2}-\d{2}\.json$/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(palette).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'New launch item' })).toBeHidden();
});

test('Enter pressed while the palette is still loading runs what was typed once it is there', async ({
  page,
}) => {
  // The palette's search is loaded on first use (or once the app is idle): hold it back.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/PaletteBody-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await new AppPage(page).reload();
  await page.keyboard.press('Control+k');
  const field = page.getByRole('dialog', { name: 'Command palette' }).getByRole('textbox');
  await expect(field).toBeFocused();
  await page.keyboard.type('export');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  release();
  expect((await download).suggestedFilename()).toMatch(/^launch-control-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
});
