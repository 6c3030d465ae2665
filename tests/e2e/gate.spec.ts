/**
 * The go/no-go gate as a new user met it: a Tier 1 launch with open required sign-offs and no
 * decision is refused past the gate stage (here Retrospective, after Launched) by drag, by the
 * keyboard and by the editor's Stage field, each time saying why; the decision dialog decides
 * nothing for the person; a Go recorded through it opens the gate, in this window and another.
 */
import { exportWorkspaceJson } from '../../shared/formats/workspace-json';
import { sampleWorkspace } from '../../shared/sample/sample';
import { expect, test } from './test';
import { AppPage, EditorPanel } from './pages/app';
import { BoardPage } from './pages/board';
import { DecisionsSection } from './pages/decisions';
import { TimelinePage } from './pages/timeline';

const LAUNCH = 'Payment Links v2'; // Tier 1, in Readiness, 6 required sign-offs open, no decision
const HELD =
  /“Payment Links v2” cannot move to Retrospective: Tier 1 launches need a recorded Go or Conditional go, and 6 required sign-offs are open — Security and privacy review signed off/;

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
});

test('a Tier 1 launch with open sign-offs is refused into Retrospective by drag, with the reason', async ({
  page,
}) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  const drag = await board.drag(board.card(LAUNCH), board.column('Retrospective'));
  await expect(page.locator('.cell--refused')).toHaveCount(1);
  await drag.drop();
  await expect(app.toast(HELD)).toBeVisible();
  await board.expectIn(LAUNCH, 'Readiness');
  await app.reload();
  await board.expectIn(LAUNCH, 'Readiness');
});

test('…and by the keyboard, announced and shown', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await board.card(LAUNCH).focus();
  await page.keyboard.press('Space');
  // Readiness → Rolling out → Launched → Retrospective, one column a press.
  for (const column of ['Rolling out', 'Launched', 'Retrospective']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(new RegExp(`is over .*${column} column`))).toBeAttached();
  }
  await page.keyboard.press('Space');
  await expect(
    page.getByText(/cannot move to Retrospective: .* The card stayed where it was\./),
  ).toBeAttached();
  await expect(app.toast(HELD)).toBeVisible();
  await board.expectIn(LAUNCH, 'Readiness');
});

test('…and by the editor’s Stage field, which keeps the edit open with the reason', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await board.card(LAUNCH).click();
  const editor = new EditorPanel(page);
  await editor.select('Stage', 'Retrospective');
  await editor.save();
  await expect(editor.panel.getByRole('alert')).toContainText(HELD);
  await expect(editor.panel).toBeVisible();
  await editor.panel.getByRole('button', { name: 'Close editor' }).click();
  // The Stage change was never saved: closing asks before dropping it.
  const discard = page.getByRole('button', { name: /Discard/ });
  await expect(discard).toBeVisible();
  await discard.click();
  await expect(editor.panel).toBeHidden();
  await app.reload();
  await board.expectIn(LAUNCH, 'Readiness');
});

test('the decision dialog preselects nothing and says what is missing', async ({ page }) => {
  const board = new BoardPage(page);
  await board.card(LAUNCH).click();
  const decisions = new DecisionsSection(page, LAUNCH);
  await expect(decisions.section).toContainText('No decision recorded.');
  await decisions.openDialog();
  for (const outcome of ['Go', 'Conditional go', 'No-go'] as const)
    await expect(decisions.outcome(outcome)).not.toBeChecked();
  await expect(decisions.field('Decided by')).toHaveValue('');
  await expect(decisions.field('Decided on')).toHaveValue('2026-11-26');
  await expect(decisions.field('Decided on')).toHaveAttribute('max', '2026-11-26');

  // One click on Record records nothing: it names what is missing.
  await decisions.record();
  await expect(decisions.dialog.getByText('Choose Go, Conditional go or No-go')).toBeVisible();
  await expect(decisions.errorFor('Decided by')).toHaveText('Say who decided');
  await expect(decisions.dialog).toBeVisible();

  // A No-go dated in the future, to be re-evaluated before it was taken: both refused.
  await decisions.outcome('No-go').check();
  await decisions.field('Decided by').fill('Maya Chen');
  await decisions.field('Decided on').fill('2026-12-01');
  await decisions.field('Re-evaluate on').fill('2026-11-30');
  await decisions.record();
  await expect(decisions.errorFor('Decided on')).toHaveText(
    'A decision cannot be dated after today (Thu 26 Nov 2026)',
  );
  await decisions.field('Decided on').fill('2026-11-20');
  await expect(decisions.field('Re-evaluate on')).toHaveAttribute('min', '2026-11-21');
  await decisions.field('Re-evaluate on').fill('2026-11-20');
  await decisions.record();
  await expect(decisions.errorFor('Re-evaluate on')).toHaveText('Re-evaluate on a day after the decision');
  await page.keyboard.press('Escape');
  await expect(decisions.dialog).toBeHidden();
  await expect(decisions.section).toContainText('No decision recorded.');
});

test('a Go recorded through the dialog, by keyboard, opens the gate here and in another window', async ({
  page,
  context,
}) => {
  const board = new BoardPage(page);
  const other = await context.newPage();
  const otherBoard = new BoardPage(other);
  await other.goto('/');
  await otherBoard.expectIn(LAUNCH, 'Readiness');

  await board.card(LAUNCH).click();
  const decisions = new DecisionsSection(page, LAUNCH);
  await expect(decisions.section).toContainText('cannot move to Launched: Tier 1 launches need');
  await decisions.openDialog();
  // The first choice has the focus, unchosen; Space chooses it.
  await expect(decisions.outcome('Go')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(decisions.outcome('Go')).toBeChecked();
  await decisions.field('Decided by').fill('Maya Chen');
  await decisions.field('Decided by').press('Enter');
  await expect(decisions.dialog).toBeHidden();
  await expect(decisions.section).toContainText('Go on Thu 26 Nov 2026 by Maya Chen');
  await expect(decisions.section).toContainText('Can move to Launched.');
  await page.getByRole('button', { name: 'Close editor' }).click();

  // The card shows the badge; its description (the card body is hidden from the tree) says it.
  await expect(board.card(LAUNCH).locator('.badge--decision-go')).toHaveText('Go');
  await expect(board.card(LAUNCH)).toHaveAccessibleDescription(/decision Go;/);
  await expect(otherBoard.card(LAUNCH)).toHaveAccessibleDescription(/decision Go;/);

  await board.dragAndDrop(board.card(LAUNCH), board.column('Retrospective'));
  await board.expectIn(LAUNCH, 'Retrospective');
  await otherBoard.expectIn(LAUNCH, 'Retrospective');
});

test('health shows its reasons, and an override the evidence contradicts is called out', async ({ page }) => {
  const board = new BoardPage(page);
  const card = board.card(LAUNCH);
  await expect(card).toHaveAccessibleDescription(/Off track: 1 required item blocked: /);
  await card.click();
  const editor = new EditorPanel(page);
  await editor.select('Health', 'Override: On track');
  await editor.fill('Reason for override', 'Legal confirmed by phone');
  await editor.save();
  await expect(editor.panel).toBeHidden();
  await expect(card).toHaveAccessibleDescription(/; On track \(set by hand\): Legal confirmed by phone /);
  await expect(card.locator('.badge--health-on-track')).toHaveAttribute(
    'title',
    'Set by hand: Legal confirmed by phone',
  );
  await card.click();
  // Beside the Health field, in the editor.
  const warning = editor.panel.getByRole('note', {
    name: 'Health override disagrees with the evidence',
  });
  await expect(warning.getByRole('paragraph')).toHaveText(
    '⚠ Override says On track; the evidence says Off track:',
  );
  await expect(warning.getByRole('listitem').first()).toHaveText(
    '1 required item blocked: Terms, claims and compliance review',
  );
});

test('timeline bars show the standing decision and name it, with health reasons as the description', async ({
  page,
}) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await app.goto('Timeline');
  await timeline.zoom('Quarters');
  const teams = timeline.bar('Team workspaces');
  await expect(teams).toHaveAccessibleName(/, decision Go, On track$/);
  await expect(teams.locator('.badge--decision-go')).toBeVisible();
  const payments = timeline.bar(LAUNCH);
  // Its own NA wave going live with it is one go-live, not a capacity collision.
  await expect(payments).toHaveAccessibleName(/, Off track$/);
  await expect(payments).toHaveAccessibleDescription(/^Off track: 1 required item blocked: /);
  await expect(timeline.bar('Instant payouts')).toHaveAccessibleName(
    /\. Collision: 2 Tier-1 launches going live in NA in week /,
  );
});

test('an import may bring launches past the gate without a Go, and its preview lists them', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto('Settings');
  // The sample as a file, with "Dashboard dark mode" (Tier 3, no decision) already Launched.
  const incoming = sampleWorkspace('2026-11-26', '2026-11-26T09:00:00.000Z');
  incoming.items['sample-dark-mode'] = { ...incoming.items['sample-dark-mode']!, stageId: 'launched' };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace (JSON)…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'skipped-gate.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportWorkspaceJson(incoming, '2026-11-26T09:00:00.000Z')),
  });
  const preview = page.getByRole('dialog', { name: 'Import skipped-gate.json?' });
  const note = preview.getByRole('note', { name: 'Launches without a go decision' });
  await expect(note).toContainText(
    '2 items are at or after the go/no-go gate without a Go or Conditional go. The import keeps them where they are:',
  );
  // "Team workspaces" has a Go: it is not listed.
  await expect(note.getByRole('listitem')).toHaveText([
    'Dashboard dark mode (Launched)',
    'Team workspaces — beta (Retrospective)',
  ]);
  await preview.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(preview).toBeHidden();
  await app.goto('Board');
  await new BoardPage(page).expectIn('Dashboard dark mode', 'Launched');
});

test('Settings choose the tiers that always need a decision', async ({ page }) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  const WAVE = 'Team workspaces — EU wave'; // Tier 2, every sign-off done, no decision
  await app.goto('Settings');
  const tiers = page.getByRole('group', { name: 'Always need a recorded Go or Conditional go' });
  await expect(tiers.getByRole('checkbox', { name: 'Tier 1' })).toBeChecked();
  await expect(tiers.getByRole('checkbox', { name: 'Tier 2' })).not.toBeChecked();
  await tiers.getByRole('checkbox', { name: 'Tier 2' }).check();
  await app.reload();
  await expect(tiers.getByRole('checkbox', { name: 'Tier 2' })).toBeChecked();

  await app.goto('Board');
  await board.dragAndDrop(board.card(WAVE), board.column('Launched'));
  await expect(
    app.toast(
      `“${WAVE}” cannot move to Launched: Tier 2 launches need a recorded Go or Conditional go, and none is recorded.`,
    ),
  ).toBeVisible();
  await board.expectIn(WAVE, 'Rolling out');

  await app.goto('Settings');
  await tiers.getByRole('checkbox', { name: 'Tier 2' }).uncheck();
  await app.goto('Board');
  await board.dragAndDrop(board.card(WAVE), board.column('Launched'));
  await board.expectIn(WAVE, 'Launched');
});

test('quick add into a column past the gate is refused with its reason, and nothing is added', async ({
  page,
}) => {
  const app = new AppPage(page);
  const board = new BoardPage(page);
  await page.getByRole('button', { name: 'Add item to Retrospective' }).click();
  const input = page.getByRole('textbox', { name: 'Title of the new launch item in Retrospective' });
  await input.fill('Hotfix');
  await input.press('Enter');
  // A new launch gets its playbook's checklist, whose sign-offs are all open.
  await expect(
    app.toast(/^“Hotfix” cannot be added to Retrospective: \d+ required sign-offs are open — /),
  ).toBeVisible();
  await expect(board.column('Retrospective')).toHaveAccessibleName('Retrospective column, 1 item');
});
