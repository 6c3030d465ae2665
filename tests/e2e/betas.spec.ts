/**
 * A beta's page: a lead adds a participant and an exit criterion, marks the criterion met with
 * its evidence and sees the beta's health change — in this window, in another one without a
 * reload, and after a reload. With "A beta moves on only when its exit criteria are met" on,
 * the board refuses to move the beta on while criteria are open, saying which, and lets it
 * through once they are met.
 */
import AxeBuilder from '@axe-core/playwright';
import { AppPage } from './pages/app';
import { BetaTab } from './pages/beta';
import { BoardPage } from './pages/board';
import { expect, test } from './test';

// Long journeys through two windows and the board: given the time a loaded machine needs.
test.slow();

// The sample's running preview: 3 of 4 participants active, 3 exit criteria, none met.
const BETA = 'Usage-based billing — private preview';

test('participants and exit criteria on a beta’s page change its health, in every window', async ({
  context,
  page,
}) => {
  await new AppPage(page).startWithSample('Launches');
  const beta = new BetaTab(page);
  await beta.open(BETA);
  await expect(beta.fact('Active participants')).toContainText('3 of 4');
  await expect(beta.fact('Exit criteria met')).toContainText('0 of 3');
  await expect(beta.fact('Exit criteria met')).toContainText('Missed: Usage alerts arrive within 1 hour');
  await expect(beta.fact('Open critical feedback')).toHaveText('1');
  await expect(beta.fact('Feedback linked')).toContainText(/accounts · \$[\d,]+ at stake/);

  // Another window on the same beta, open before anything changes.
  const other = await context.newPage();
  await other.goto(page.url());
  const otherBeta = new BetaTab(other);
  await otherBeta.launch.expectOpen(BETA);
  await expect(otherBeta.fact('Active participants')).toContainText('3 of 4');

  await beta.addParticipant({
    account: 'Trey Research',
    contact: 'Ida Berg',
    region: 'EU',
    status: 'Active',
  });
  // Active without a joined day: joined today.
  await expect(beta.participant('Trey Research')).toContainText('Thu 26 Nov 2026');
  await expect(beta.fact('Active participants')).toContainText('4 of 5');

  await beta.addCriterion('NPS at least 40');
  await expect(beta.fact('Exit criteria met')).toContainText('0 of 4');
  await beta.markMet('NPS at least 40', 'Survey of 24 Nov: NPS 46');
  await expect(beta.criterion('NPS at least 40')).toContainText('Evidence: Survey of 24 Nov: NPS 46');
  await expect(beta.fact('Exit criteria met')).toContainText('1 of 4');

  // The other window shows it all without a reload.
  await expect(otherBeta.participant('Trey Research')).toBeVisible();
  await expect(otherBeta.criterion('NPS at least 40')).toContainText('Evidence: Survey of 24 Nov: NPS 46');
  await expect(otherBeta.fact('Exit criteria met')).toContainText('1 of 4');
  await expect(otherBeta.fact('Active participants')).toContainText('4 of 5');

  // A participant's status changes in place, and undo puts it back.
  await page.bringToFront();
  await beta
    .participant('Trey Research')
    .getByRole('combobox', { name: 'Status of Trey Research' })
    .selectOption({
      label: 'Dropped',
    });
  await expect(beta.fact('Active participants')).toContainText('3 of 5');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(beta.fact('Active participants')).toContainText('4 of 5');

  // Edited in place: the row opens on its account, Save closes it and the keyboard goes back to Edit.
  await beta.participants.getByRole('button', { name: 'Edit Trey Research' }).click();
  const edit = beta.participants.getByRole('form', { name: 'Edit Trey Research' });
  await expect(edit.getByLabel('Account of Trey Research')).toBeFocused();
  await edit.getByLabel('Segment of Trey Research').fill('Enterprise');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(beta.participant('Trey Research')).toContainText('Enterprise');
  await expect(beta.participants.getByRole('button', { name: 'Edit Trey Research' })).toBeFocused();

  await new AppPage(page).reload();
  await beta.launch.expectOpen(BETA);
  await expect(
    beta.participant('Trey Research').getByRole('combobox', { name: 'Status of Trey Research' }),
  ).toHaveValue('active');
  await expect(beta.criterion('NPS at least 40')).toContainText('Evidence: Survey of 24 Nov: NPS 46');
  await expect(beta.fact('Exit criteria met')).toContainText('1 of 4');
});

test('with the exit gate on, the board holds a beta until its exit criteria are met', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample('Launches');
  await app.goto('Settings');
  const setting = page.getByRole('checkbox', { name: 'A beta moves on only when its exit criteria are met' });
  await expect(setting).not.toBeChecked();
  await setting.check();
  await expect(setting).toBeChecked();

  await app.goto('Board');
  const board = new BoardPage(page);
  await board.dragAndDrop(board.card(BETA), board.column('Readiness'));
  await expect(
    app.toast(
      /cannot move to Readiness: 3 exit criteria are not met — Invoice totals match metered usage for 30 days \(open\); Usage alerts arrive within 1 hour \(missed\); 10 accounts active on metered plans \(open\)/,
    ),
  ).toBeVisible();
  await board.expectIn(BETA, 'Beta');

  await app.goto('Launches');
  const beta = new BetaTab(page);
  await beta.open(BETA);
  await expect(beta.health).toContainText('The beta stays at its stage until every exit criterion is met');
  // Two of three met: the gate still holds, naming the one left.
  await beta.markMet(
    'Invoice totals match metered usage for 30 days',
    'Reconciliation report, 30 days clean',
  );
  await beta.markMet('Usage alerts arrive within 1 hour', 'Alert latency dashboard, p99 12 min');
  await expect(beta.health).toContainText('The beta stays at its stage until every exit criterion is met');
  await app.goto('Board');
  await board.dragAndDrop(board.card(BETA), board.column('Readiness'));
  await expect(
    app.toast(
      /cannot move to Readiness: 1 exit criterion is not met — 10 accounts active on metered plans \(open\)\./,
    ),
  ).toBeVisible();
  await board.expectIn(BETA, 'Beta');

  // All three met: the gate opens.
  await app.goto('Launches');
  await beta.open(BETA);
  await beta.markMet('10 accounts active on metered plans', 'Billing admin: 12 accounts on metered plans');
  await expect(beta.health).toContainText('Every exit criterion is met: the beta can move on.');

  await app.goto('Board');
  await board.dragAndDrop(board.card(BETA), board.column('Readiness'));
  await board.expectIn(BETA, 'Readiness');
  await app.reload();
  await board.expectIn(BETA, 'Readiness');
});

for (const scheme of ['light', 'dark'] as const)
  test(`the Beta tab has no serious accessibility problems (${scheme}), with the evidence prompt open`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await new AppPage(page).startWithSample('Launches');
    const beta = new BetaTab(page);
    await beta.open(BETA);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(await serious()).toEqual([]);
    await beta.criteria
      .getByRole('combobox', { name: 'Status of 10 accounts active on metered plans' })
      .selectOption({ label: 'Met' });
    await beta.participants.getByRole('button', { name: 'Edit Fabrikam' }).click();
    expect(await serious()).toEqual([]);
  });
