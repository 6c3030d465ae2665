import { expect, test } from './test';
import { AppPage } from './pages/app';
import { BoardPage } from './pages/board';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
});

test('columns are the stages with counts, and cards name their titles', async ({ page }) => {
  const board = new BoardPage(page);
  await expect(board.column('Planning')).toHaveAccessibleName('Planning column, 6 items');
  await expect(board.column('Beta')).toHaveAccessibleName('Beta column, 2 items');
  const card = board.card('Payment Links v2');
  await expect(card).toContainText('Tier 1');
  await expect(card).toContainText('T-21');
  await expect(card).toContainText('NA · EU · UK');
  await expect(card).toContainText('Maya Chen');
  await card.click();
  await expect(page.getByRole('dialog', { name: 'Edit Payment Links v2' })).toBeVisible();
});

test('drag a card to another column with the mouse; undo and redo; the move persists', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await board.dragAndDrop(board.card('Team workspaces — LATAM wave'), board.column('Rolling out'), 'bottom');
  await board.expectIn('Team workspaces — LATAM wave', 'Rolling out');
  await expect
    .poll(() => board.titlesIn('Rolling out'))
    .toEqual(['Team workspaces — EU wave', 'Team workspaces — LATAM wave']);

  await page.keyboard.press('Control+z');
  await board.expectIn('Team workspaces — LATAM wave', 'Readiness');
  await page.keyboard.press('Control+Shift+z');
  await board.expectIn('Team workspaces — LATAM wave', 'Rolling out');
  await app.reload();
  await board.expectIn('Team workspaces — LATAM wave', 'Rolling out');
  await expect
    .poll(() => board.titlesIn('Rolling out'))
    .toEqual(['Team workspaces — EU wave', 'Team workspaces — LATAM wave']);

  await page.keyboard.press('Control+z'); // history is per window session: nothing to undo after a reload
  await board.expectIn('Team workspaces — LATAM wave', 'Rolling out');
});

test('reorder within a column with the mouse', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  const before = await board.titlesIn('Readiness');
  await board.dragAndDrop(board.card(before[2]!), board.card(before[0]!), 'top');
  const after = [before[2], before[0], before[1]];
  await expect.poll(() => board.titlesIn('Readiness')).toEqual(after);
  await app.reload();
  await expect.poll(() => board.titlesIn('Readiness')).toEqual(after);
});

test('move a card with the keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  const card = board.card('Usage-based billing — private preview');
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Picked up Usage-based billing — private preview/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/is over Team workspaces — LATAM wave in the Readiness column/)).toBeAttached();
  await page.keyboard.press('Space');
  await board.expectIn('Usage-based billing — private preview', 'Readiness');
  await app.reload();
  await board.expectIn('Usage-based billing — private preview', 'Readiness');
});

test('quick arrow presses move the card one column each, while the board scrolls to follow', async ({
  page,
}) => {
  const board = new BoardPage(page);
  const planning = await board.titlesIn('Planning');
  await board.card('Payment Links v2').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Payment Links v2 is over .*Readiness column/)).toBeAttached();
  // Readiness → Rolling out → Launched → Retrospective without waiting between presses, as a
  // practised keyboard user moves; the last columns are scrolled into view on the way.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Payment Links v2 is over .*Retrospective column/)).toBeAttached();
  await page.keyboard.press('Escape');
  await board.expectIn('Payment Links v2', 'Readiness');
  expect(await board.titlesIn('Planning')).toEqual(planning);
});

test('Escape cancels a drag and leaves the board exactly as it was', async ({ page }) => {
  const board = new BoardPage(page);
  const planning = await board.titlesIn('Planning');
  const drag = await board.drag(board.card(planning[0]!), board.column('Beta'));
  await expect(page.locator('.cell--over')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await drag.drop();
  expect(await board.titlesIn('Planning')).toEqual(planning);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // And with the keyboard.
  await board.card(planning[1]!).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  expect(await board.titlesIn('Planning')).toEqual(planning);
});

test('the go/no-go gate refuses a drop into Launched and names the open sign-offs', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  const drag = await board.drag(board.card('Payment Links v2'), board.column('Launched'));
  await expect(page.locator('.cell--refused')).toHaveCount(1);
  await drag.drop();
  await expect(
    app.toast(
      /“Payment Links v2” cannot move to Launched: Tier 1 launches need a recorded Go or Conditional go, and 6 required sign-offs are open — Security and privacy review/,
    ),
  ).toBeVisible();
  await board.expectIn('Payment Links v2', 'Readiness');
  await app.reload();
  await board.expectIn('Payment Links v2', 'Readiness');
});

test('a conditional go recorded in the editor lets the card into Launched; undo holds it back again', async ({
  page,
}) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await board.card('Payment Links v2').click();
  const editor = page.getByRole('dialog', { name: 'Edit Payment Links v2' });
  const decisions = editor.getByRole('region', { name: 'Go / no-go' });
  await expect(decisions).toContainText(
    'cannot move to Launched: Tier 1 launches need a recorded Go or Conditional go, and 6 required sign-offs are open',
  );
  await expect(decisions).toContainText('No decision recorded.');

  const dialog = page.getByRole('dialog', { name: 'Go / no-go for “Payment Links v2”' });
  // Escape closes the dialog only, not the editor behind it.
  await decisions.getByRole('button', { name: 'Record go/no-go decision…' }).click();
  await expect(dialog.getByRole('radio', { name: 'Go', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeVisible();
  await decisions.getByRole('button', { name: 'Record go/no-go decision…' }).click();
  await dialog.getByRole('radio', { name: 'Conditional go' }).check();
  await dialog.getByLabel('Decided by').fill('Maya Chen');
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  // A conditional go must name who accepts the risk: nothing is recorded until it does.
  await expect(dialog.getByText('A conditional go names the person who accepts the risk')).toBeVisible();
  await dialog.getByLabel('Risk accepted by').fill('Ana Ruiz');
  await dialog.getByLabel('Conditions').fill('Security review closes within a week of launch');
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor).toBeVisible(); // the editor behind it stays open
  await expect(decisions).toContainText('Conditional go on');
  await expect(decisions).toContainText('Risk accepted by Ana Ruiz.');
  await expect(decisions).toContainText('Can move to Launched.');
  await editor.getByRole('button', { name: 'Close editor' }).click();

  await board.dragAndDrop(board.card('Payment Links v2'), board.column('Launched'));
  await board.expectIn('Payment Links v2', 'Launched');

  // Undo the move, then the decision: the gate holds the card back again.
  await page.keyboard.press('Control+z');
  await board.expectIn('Payment Links v2', 'Readiness');
  await page.keyboard.press('Control+z');
  await expect(app.toast(/Undid “Record Conditional go for “Payment Links v2””/)).toBeVisible();
  await board.dragAndDrop(board.card('Payment Links v2'), board.column('Launched'));
  await expect(app.toast(/cannot move to Launched/)).toBeVisible();
  await board.expectIn('Payment Links v2', 'Readiness');

  // Redo both: the decision and the move are back, and saved.
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await board.expectIn('Payment Links v2', 'Launched');
  await app.reload();
  await board.expectIn('Payment Links v2', 'Launched');
  await board.card('Payment Links v2').click();
  await expect(page.getByRole('region', { name: 'Go / no-go' })).toContainText('Risk accepted by Ana Ruiz.');
});

test('swimlanes by region show an item in each of its regions; moving it in one lane moves it', async ({
  page,
}) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await page.getByLabel('Swimlanes').selectOption({ label: 'Region' });
  await expect(page).toHaveURL(/group=region/);
  for (const lane of ['NA — North America', 'EU — European Union', 'UK — United Kingdom'])
    await expect(board.card('Payment Links v2', board.column('Readiness', lane))).toBeVisible();
  await board.dragAndDrop(
    board.card('Payment Links v2', board.column('Readiness', 'EU — European Union')),
    board.column('Planning', 'EU — European Union'),
    'center', // not the bottom edge: near the board's edge it would scroll
  );
  for (const lane of ['NA — North America', 'UK — United Kingdom'])
    await expect(board.card('Payment Links v2', board.column('Planning', lane))).toBeVisible();
  await app.reload();
  await expect(page.getByLabel('Swimlanes')).toHaveValue('region');
  await expect(board.card('Payment Links v2', board.column('Planning', 'NA — North America'))).toBeVisible();
});

test('dragging across tier lanes changes the tier', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1300 }); // both lanes on screen
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await page.getByLabel('Swimlanes').selectOption({ label: 'Tier' });
  const card = board.card('Team workspaces — LATAM wave', board.column('Readiness', 'Tier 2'));
  await board.dragAndDrop(card, board.column('Readiness', 'Tier 1'), 'bottom');
  const moved = board.card('Team workspaces — LATAM wave', board.column('Readiness', 'Tier 1'));
  await expect(moved).toContainText('Tier 1');
  await app.reload();
  await expect(moved).toContainText('Tier 1');
});

test('filters narrow the board and are kept in the address', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Rollout' });
  await page.getByLabel('Region', { exact: true }).selectOption('EU');
  await expect(page.getByText('Showing 2 of 14 launch items')).toBeVisible();
  await expect(board.card('Payment Links v2 — EU & UK wave')).toBeVisible();
  await expect(board.card('Payment Links v2')).toHaveCount(0);
  await page.getByLabel('Search cards').fill('team');
  await expect(page.getByText('Showing 1 of 14 launch items')).toBeVisible();
  await app.reload();
  await expect(page.getByLabel('Search cards')).toHaveValue('team');
  await expect(page.getByText('Showing 1 of 14 launch items')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('14 launch items', { exact: true })).toBeVisible();
});

test('quick add at the foot of a column; Enter saves and keeps the field for the next', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await page.getByRole('button', { name: 'Add item to Beta' }).click();
  const input = page.getByRole('textbox', { name: 'Title of the new launch item in Beta' });
  await input.fill('Partner API beta');
  await input.press('Enter');
  await input.fill('Mobile SDK beta');
  await input.press('Enter');
  await input.press('Escape');
  await expect
    .poll(async () => (await board.titlesIn('Beta')).slice(-2))
    .toEqual(['Partner API beta', 'Mobile SDK beta']);
  await app.reload();
  await board.expectIn('Mobile SDK beta', 'Beta');
});

test('stages are renamed, moved, added and removed from the board', async ({ page }) => {
  const board = new BoardPage(page);
  await page.getByRole('button', { name: 'Actions for the Beta stage' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('textbox', { name: 'Rename the Beta stage' }).fill('Preview');
  await page.keyboard.press('Enter');
  await expect(board.column('Preview')).toBeVisible();

  await page.getByRole('button', { name: 'Actions for the Preview stage' }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // Move left
  await expect(page.locator('.column-header__name').first()).toContainText('Preview');

  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('textbox', { name: 'Name of stage 7' }).fill('Hypercare');
  await page.keyboard.press('Enter');
  await expect(board.column('Hypercare')).toBeVisible();

  await page.getByRole('button', { name: 'Actions for the Planning stage' }).click();
  await page.getByRole('menuitem', { name: 'Remove…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the “Planning” stage?' });
  // Hypercare comes after Launched: the go/no-go gate holds Planning's launches out of it.
  await dialog.getByLabel('Move to').selectOption({ label: 'Hypercare' });
  await dialog.getByRole('button', { name: 'Remove and move items' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '6 items cannot move there' })).toContainText(
    'cannot move to Hypercare: Tier 1 launches need a recorded Go or Conditional go',
  );
  await expect(board.column('Planning')).toHaveAccessibleName('Planning column, 6 items');
  await page.getByRole('button', { name: 'Actions for the Planning stage' }).click();
  await page.getByRole('menuitem', { name: 'Remove…' }).click();
  await dialog.getByLabel('Move to').selectOption({ label: 'Readiness' });
  await dialog.getByRole('button', { name: 'Remove and move items' }).click();
  await expect(board.column('Planning')).toHaveCount(0);
  await expect(board.column('Readiness')).toHaveAccessibleName('Readiness column, 9 items');
  await expect(board.column('Hypercare')).toHaveAccessibleName('Hypercare column, 0 items');
});

test('dropping a card where it was changes nothing and adds no undo step', async ({ page }) => {
  const board = new BoardPage(page);
  const planning = await board.titlesIn('Planning');
  const card = board.card(planning[1]!);
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 12, box.y + box.height / 2 + 6, { steps: 4 });
  await page.mouse.up();
  await card.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  expect(await board.titlesIn('Planning')).toEqual(planning);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('a card dropped outside the board stays where it was', async ({ page }) => {
  const board = new BoardPage(page);
  const drag = await board.drag(
    board.card('Dashboard dark mode'),
    page.getByRole('navigation', { name: 'Views' }),
  );
  await drag.drop();
  await board.expectIn('Dashboard dark mode', 'Readiness');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('an address pasted into the open tab switches to that view with its filters', async ({ page }) => {
  // Only the hash changes: the page is not reloaded.
  await page.goto('/#/launches');
  await expect(page.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  await page.goto('/#/board?group=tier');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Swimlanes')).toHaveValue('tier');
});
