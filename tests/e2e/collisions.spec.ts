/**
 * Collisions a lead can trust: capacity per region (set in Settings, seen on the timeline),
 * acknowledging a collision with a note (in every window, after a reload) until its dates
 * change, and the capacity strip on the timeline's axis. The sample's one real capacity clash:
 * Instant payouts and Usage-based billing's NA wave go live in NA on Mon 25 Jan 2027 (2027-W04).
 */
import { AppPage, LaunchesPage } from './pages/app';
import { CollisionsPage } from './pages/collisions';
import { TimelinePage } from './pages/timeline';
import { expect, test } from './test';

const NA_CLASH = /Tier-1 launches going live in NA in week 2027-W04/;

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample();
});

test('a region’s capacity in Settings takes the capacity collision off the timeline, and clearing it brings it back', async ({
  page,
}) => {
  const app = new AppPage(page);
  const collisions = new CollisionsPage(page);
  await app.goto('Timeline');
  await collisions.open();
  await expect(collisions.entry(collisions.openList(), NA_CLASH)).toBeVisible();
  // A launch and its own wave are one go-live: no capacity collision names only Payment Links v2.
  await expect(
    collisions
      .openList()
      .getByRole('listitem')
      .filter({ hasText: /capacity/i }),
  ).toHaveCount(1);

  await app.goto('Settings');
  await expect(collisions.regionCapacity('NA')).toHaveAttribute('placeholder', '1');
  await collisions.setRegionCapacity('NA', '2');
  await app.goto('Timeline');
  await collisions.open();
  await expect(collisions.entry(collisions.panel(), NA_CLASH)).toHaveCount(0);

  await app.goto('Settings');
  await collisions.setRegionCapacity('NA', '');
  await expect(collisions.regionCapacity('NA')).toHaveValue('');
  await app.goto('Timeline');
  await collisions.open();
  await expect(collisions.entry(collisions.openList(), NA_CLASH)).toBeVisible();
});

test('an acknowledged collision shows in another window and after a reload, and reopens when a launch day moves', async ({
  page,
  context,
}) => {
  // Two windows, a reload and an edit: a long journey on a busy machine.
  test.slow();
  const app = new AppPage(page);
  const collisions = new CollisionsPage(page);
  await app.goto('Timeline');
  await collisions.open();
  const before = Number((await collisions.toolbarButton().textContent())!.match(/\d+/)![0]);

  const other = await context.newPage();
  await other.goto('/#/timeline');
  const elsewhere = new CollisionsPage(other);
  await elsewhere.open();
  await expect(elsewhere.entry(elsewhere.openList(), NA_CLASH)).toBeVisible();

  await collisions.acknowledge(NA_CLASH, 'Support doubles up that week');
  await expect(collisions.toolbarButton()).toHaveText(`Collisions (${before - 1})`);
  await expect(collisions.entry(collisions.openList(), NA_CLASH)).toHaveCount(0);
  await expect(collisions.acknowledgedSummary()).toHaveText('Acknowledged (1)');
  await collisions.expandAcknowledged();
  const acknowledged = collisions.entry(collisions.acknowledgedList(), NA_CLASH);
  await expect(acknowledged).toContainText('“Support doubles up that week”');
  await expect(acknowledged).toContainText('acknowledged on Thu 26 Nov 2026');

  // The other window follows without a reload.
  await expect(elsewhere.toolbarButton()).toHaveText(`Collisions (${before - 1})`);
  await elsewhere.expandAcknowledged();
  await expect(elsewhere.entry(elsewhere.acknowledgedList(), NA_CLASH)).toContainText(
    'Support doubles up that week',
  );

  await app.reload();
  await collisions.open();
  await expect(collisions.acknowledgedSummary()).toHaveText('Acknowledged (1)');

  // One day later, still in week 4: the same clash, but not the dates it was accepted with.
  await app.goto('Launches');
  const editor = await new LaunchesPage(page).openItem('Instant payouts');
  await editor.fill('Launch date (T-0)', '2027-01-26');
  await editor.save();
  await expect(editor.panel).toBeHidden();
  await app.goto('Timeline');
  await collisions.open();
  const reopened = collisions.entry(collisions.openList(), NA_CLASH);
  await expect(reopened).toContainText(
    'Reopened: dates changed since it was acknowledged on Thu 26 Nov 2026 (“Support doubles up that week”).',
  );
  await expect(collisions.toolbarButton()).toHaveText(`Collisions (${before})`);
  await expect(collisions.acknowledgedSummary()).toHaveCount(0);
});

test('acknowledging needs a note, Escape cancels, and Reopen takes it back', async ({ page }) => {
  const app = new AppPage(page);
  const collisions = new CollisionsPage(page);
  await app.goto('Timeline');
  await collisions.open();
  const entry = collisions.entry(collisions.openList(), NA_CLASH);
  await entry.getByRole('button', { name: 'Acknowledge…' }).click();
  const note = entry.getByRole('textbox', { name: 'Why this collision is acceptable' });
  await note.press('Enter');
  await expect(entry.getByRole('alert')).toHaveText('Say why this collision is accepted');
  await note.press('Escape');
  await expect(note).toBeHidden();

  await collisions.acknowledge(NA_CLASH, 'Accepted for now');
  await collisions.expandAcknowledged();
  await collisions
    .entry(collisions.acknowledgedList(), NA_CLASH)
    .getByRole('button', { name: 'Reopen' })
    .click();
  await expect(collisions.entry(collisions.openList(), NA_CLASH)).toBeVisible();
  await expect(collisions.acknowledgedSummary()).toHaveCount(0);
  // Undo puts the acknowledgement back.
  await page.keyboard.press('Control+z');
  await expect(collisions.acknowledgedSummary()).toHaveText('Acknowledged (1)');
});

test('the capacity strip on the axis names each region’s count, capacity and launches for the week', async ({
  page,
}) => {
  const app = new AppPage(page);
  const collisions = new CollisionsPage(page);
  const timeline = new TimelinePage(page);
  await app.goto('Timeline');
  await timeline.zoom('Quarters');
  const marker = collisions.capacityMarker('2027-W04');
  await expect(marker).toHaveAccessibleName(
    'Week 2027-W04 (25 Jan 2027 – 31 Jan 2027): NA: 2 of 1 Tier-1 (over capacity) — Instant payouts, Usage-based billing',
  );
  await expect(marker).toHaveClass(/tl-capacity__week--over/);

  await app.goto('Settings');
  await collisions.setRegionCapacity('NA', '2');
  await app.goto('Timeline');
  await expect(marker).toHaveAccessibleName(/NA: 2 of 2 Tier-1 \(at capacity\)/);
  await expect(marker).toHaveClass(/tl-capacity__week--at/);
});
