/**
 * Quick add typed at machine speed: every title and Enter becomes exactly one card with that
 * title, in the order typed, however far the saves lag behind the typing.
 */
import { expect, test } from './test';
import { AppPage } from './pages/app';
import { BoardPage } from './pages/board';

// Short titles: each key press is a round trip to the browser, and the race is between the
// Enter presses and the saves, not the letters.
const TITLES = Array.from({ length: 60 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);

test('60 titles typed without pause each become one card, and all survive a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.startWithSample('Board');
  const board = new BoardPage(page);
  const before = await board.titlesIn('Beta');

  await page.getByRole('button', { name: 'Add item to Beta' }).click();
  const input = page.getByRole('textbox', { name: 'Title of the new launch item in Beta' });
  await expect(input).toBeFocused();
  for (const title of TITLES) await page.keyboard.type(`${title}\n`);
  await expect(input).toHaveValue('');

  // Tall enough that the column's virtual list has every card in the DOM.
  await page.setViewportSize({ width: 1400, height: 9000 });
  const added = async () => (await board.titlesIn('Beta')).slice(before.length);
  await expect.poll(added).toEqual(TITLES);
  await app.reload();
  await expect.poll(added).toEqual(TITLES);
  expect(await board.titlesIn('Beta')).toHaveLength(before.length + TITLES.length);
});
