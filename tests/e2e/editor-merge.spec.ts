/**
 * Two windows editing one launch item: each save keeps what the other saved, and a field
 * changed in both is never overwritten without the person choosing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { AppPage, EditorPanel, LaunchesPage } from './pages/app';

const ITEM = 'Team workspaces';

/** Window A (the test's page) and window B, both on the launches list of the sample workspace. */
async function twoWindows(page: Page, context: BrowserContext) {
  await new AppPage(page).startWithSample();
  const other = await context.newPage();
  await other.goto('/#/launches');
  await expect(other.getByRole('heading', { name: 'Launches', level: 1 })).toBeVisible();
  return { a: new LaunchesPage(page), b: new LaunchesPage(other) };
}

/** Opens the item's editor in a window and leaves it open. */
async function openEditor(window: LaunchesPage): Promise<EditorPanel> {
  await window.page.bringToFront();
  return window.openItem(ITEM);
}

async function saveIn(window: LaunchesPage, editor: EditorPanel) {
  await window.page.bringToFront();
  await editor.save();
}

test('a title saved in one window and a summary saved in another are both kept', async ({
  page,
  context,
}) => {
  const { a, b } = await twoWindows(page, context);
  const editorB = await openEditor(b);
  const editorA = await openEditor(a);

  await editorA.fill('Title', 'Team spaces');
  await saveIn(a, editorA);
  await expect(editorA.panel).toBeHidden();
  await expect(b.row('Team spaces')).toBeVisible();

  await editorB.fill('Summary', 'Shared spaces for whole teams.');
  await saveIn(b, editorB);
  await expect(editorB.panel).toBeHidden();

  for (const window of [a, b]) {
    await expect(window.row('Team spaces')).toBeVisible();
    await expect(window.row(ITEM)).toHaveCount(0);
  }
  for (const window of [a, b]) {
    await window.page.reload();
    const editor = await window.openItem('Team spaces');
    await expect(editor.field('Title')).toHaveValue('Team spaces');
    await expect(editor.field('Summary')).toHaveValue('Shared spaces for whole teams.');
  }
});

test('an open editor shows a field changed elsewhere that the person has not touched', async ({
  page,
  context,
}) => {
  const { a, b } = await twoWindows(page, context);
  const editorB = await openEditor(b);
  await editorB.fill('Summary', 'Typed in B, not saved yet.');

  const editorA = await openEditor(a);
  await editorA.fill('Title', 'Team spaces');
  await editorA.fill('Product area', 'Workspaces');
  await saveIn(a, editorA);

  await expect(editorB.field('Title')).toHaveValue('Team spaces');
  await expect(editorB.field('Product area')).toHaveValue('Workspaces');
  await expect(editorB.field('Summary')).toHaveValue('Typed in B, not saved yet.');
});

/** B changes the title; A changes it too and saves first; then B saves. */
async function sameFieldInBoth(page: Page, context: BrowserContext) {
  const { a, b } = await twoWindows(page, context);
  const editorB = await openEditor(b);
  await editorB.fill('Title', 'Team spaces (B)');
  await editorB.fill('Product area', 'Workspaces');

  const editorA = await openEditor(a);
  await editorA.fill('Title', 'Team spaces (A)');
  await saveIn(a, editorA);
  await expect(editorA.panel).toBeHidden();
  // B's title is B's own while it is being typed.
  await expect(b.row('Team spaces (A)')).toBeVisible();
  await expect(editorB.field('Title')).toHaveValue('Team spaces (B)');

  await saveIn(b, editorB);
  const conflict = editorB.panel.getByRole('region', { name: 'Changed in another window' });
  await expect(conflict).toBeVisible();
  const title = conflict.getByRole('group', { name: 'Title' });
  await expect(title).toContainText('Team spaces (A)');
  await expect(title).toContainText('Team spaces (B)');
  // Nothing is saved while the person has not chosen.
  await expect(a.row('Team spaces (A)')).toBeVisible();
  await expect(a.row('Team spaces (A)')).not.toContainText('Workspaces');
  return { a, b, editorB, conflict, title };
}

test('the same field changed in both windows: keep mine, from the keyboard', async ({ page, context }) => {
  const { a, b, editorB, conflict, title } = await sameFieldInBoth(page, context);
  await b.page.emulateMedia({ colorScheme: 'dark' });
  const axe = await new AxeBuilder({ page: b.page }).include('.conflict').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // The notice takes focus when it appears; its first choice is the next Tab stop.
  await expect(conflict).toBeFocused();
  await b.page.keyboard.press('Tab');
  await expect(title.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await b.page.keyboard.press('Enter');
  await expect(editorB.panel).toBeHidden();
  for (const window of [a, b]) await expect(window.row('Team spaces (B)')).toContainText('Workspaces');
  await page.reload();
  await expect(a.row('Team spaces (B)')).toBeVisible();
});

test('the same field changed in both windows: take theirs', async ({ page, context }) => {
  const { a, b, editorB, title } = await sameFieldInBoth(page, context);
  await title.getByRole('button', { name: 'Take theirs' }).click();
  await expect(editorB.panel).toBeHidden();
  // Their title stays, and B's other change is still saved.
  for (const window of [a, b]) await expect(window.row('Team spaces (A)')).toContainText('Workspaces');
  await page.reload();
  await expect(a.row('Team spaces (A)')).toContainText('Workspaces');
  await expect(a.row('Team spaces (B)')).toHaveCount(0);
});
