/**
 * My work: the open readiness lines of one person across launches, overdue first; ticking one
 * off asks for evidence, another window of the same browser sees it go, a reload keeps it, and
 * "me" is remembered on this machine.
 */
import { AppPage } from './pages/app';
import { LaunchItemPage } from './pages/launch-page';
import { ChecklistPage, MyWorkPage } from './pages/readiness';
import { expect, test } from './test';

test('tick off a line with evidence; another window sees it; a reload keeps it', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const work = new MyWorkPage(page);
  await work.open();
  await work.iAm('Maya Chen');
  await expect(work.whose).toHaveValue('me');
  await expect(page.getByRole('status').filter({ hasText: /open readiness item/ })).toBeVisible();
  const { title, launch } = await work.lineAt(0);
  await expect(work.line(title, launch)).toHaveCount(1);

  // A second window of the same browser: the same person is "me" there too.
  const other = await context.newPage();
  await other.goto('/#/my-work');
  const otherWork = new MyWorkPage(other);
  await expect(otherWork.whose).toHaveValue('me');
  await expect(otherWork.line(title, launch)).toHaveCount(1);

  await work.tickOff(title, launch, 'https://wiki.example.com/evidence/e2e');
  await expect(work.line(title, launch)).toHaveCount(0);
  await expect(app.toast(`Mark “${title}” done — Ctrl+Z undoes it`)).toBeVisible();
  await expect(otherWork.line(title, launch)).toHaveCount(0);

  await app.reload();
  await expect(page.getByRole('heading', { name: 'My work', level: 1 })).toBeVisible();
  await expect(work.whose).toHaveValue('me');
  await expect(work.list).toBeVisible();
  await expect(work.line(title, launch)).toHaveCount(0);

  // On the launch page the line is done, with its evidence.
  await work.list
    .getByRole('button', { name: `Open the readiness of “${launch}”`, exact: true })
    .first()
    .click();
  const launchPage = new LaunchItemPage(page);
  await launchPage.expectOpen(launch);
  await expect(launchPage.tab('Readiness')).toHaveAttribute('aria-selected', 'true');
  // It opened on the function of the line clicked; the ticked-off line may be in another.
  await page.getByRole('button', { name: 'Show all functions' }).click();
  const checklist = new ChecklistPage(page);
  await expect(checklist.status(title)).toHaveValue('done');
  await expect(
    checklist.line(title).getByRole('link', { name: 'wiki.example.com/evidence/e2e' }),
  ).toBeVisible();
});

test('overdue lines come first; undo brings a ticked-off line back', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  const work = new MyWorkPage(page);
  await work.open();
  await work.whose.selectOption({ label: 'Everyone' });
  const everyone = page.getByRole('region', { name: 'Maya Chen' });
  await expect(everyone).toBeVisible();
  // The sample has overdue lines on the fixed day, and each owner's overdue ones lead their list.
  const overdueLine = page.locator('.mw-line--overdue').first();
  await expect(overdueLine).toBeVisible();
  const owner = page.getByRole('region').filter({ has: overdueLine }).last();
  await expect(owner.getByRole('listitem').first()).toHaveClass(/mw-line--overdue/);
  await work.iAm('Jonas Becker');
  const lines = work.list.getByRole('listitem');
  await expect(lines.first()).toBeVisible();
  const overdue = await lines.evaluateAll((els) =>
    els.map((el) => el.classList.contains('mw-line--overdue')),
  );
  // Every overdue line is before every other.
  expect(overdue).toContain(false);
  expect(overdue.slice(overdue.indexOf(false))).not.toContain(true);

  const { title, launch } = await work.lineAt(0);
  await work
    .line(title, launch)
    .getByRole('combobox', { name: `Status of “${title}”` })
    .selectOption('blocked');
  await expect(work.line(title, launch).getByRole('combobox', { name: `Status of “${title}”` })).toHaveValue(
    'blocked',
  );
  await work.tickOff(title, launch, 'Confirmed in the weekly launch review');
  await expect(work.line(title, launch)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(work.line(title, launch)).toHaveCount(1);
});

test('with nobody in People it says where to add them', async ({ page }) => {
  const app = new AppPage(page);
  await app.startEmpty('Launches');
  await new MyWorkPage(page).open();
  await expect(page.getByRole('heading', { name: 'No people yet — add them in People' })).toBeVisible();
  await page.getByRole('button', { name: 'Go to People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
});
