import { expect, test } from './test';
import { AppPage } from './pages/app';
import { BoardPage } from './pages/board';
import { TimelinePage } from './pages/timeline';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
  await new AppPage(page).goto('Timeline');
});

test('zoom levels, today, and the view kept in the address', async ({ page }) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await expect(page.locator('.tl-today')).toBeVisible();
  await timeline.zoom('Quarters');
  await expect(page.locator('.tl-axis__major').first()).toContainText(/^Q\d FY\d\d$/);
  await timeline.zoom('Weeks');
  await expect(page).toHaveURL(/zoom=week/);
  // The subtitle counts the item rows, not group headers. Tall enough to draw every row.
  await page.setViewportSize({ width: 1440, height: 2000 });
  // Polled: the rows are drawn a frame or more after the window grows or the grouping changes.
  const subtitle = page.locator('.view--timeline').getByText(/\d+ rows · /);
  const itemRows = page.locator('.tl-title:not(.tl-title--group)');
  const rows = async () => ({
    drawn: await itemRows.count(),
    counted: Number(/(\d+) rows/.exec((await subtitle.textContent()) ?? '')?.[1]),
  });
  const countedAsDrawn = async () => {
    const { drawn, counted } = await rows();
    return drawn === counted;
  };
  await expect.poll(countedAsDrawn).toBe(true);
  const ungrouped = (await rows()).drawn;
  await page.getByLabel('Group by').selectOption({ label: 'Region' });
  await expect(page.getByRole('button', { name: /^NA — North America/ })).toBeVisible();
  await expect(page.locator('.tl-title--group')).not.toHaveCount(0);
  await expect.poll(countedAsDrawn).toBe(true);
  // By region, an item in two regions has a row in each.
  expect((await rows()).drawn).toBeGreaterThan(ungrouped);
  await app.reload();
  await expect(
    page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Weeks' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Group by')).toHaveValue('region');
  await page.getByRole('button', { name: /^NA — North America/ }).click(); // collapse
  await expect(page.getByRole('button', { name: /^NA — North America/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('drag a bar to move it and an edge to resize it; undo; both persist and show on the board', async ({
  page,
}) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks'); // 40 px a day
  await page.getByRole('button', { name: 'Today' }).click(); // the bar runs up to T+6: bring it into view
  const bar = timeline.bar('Dashboard dark mode');
  await expect(bar).toContainText('Dashboard dark mode');

  let drag = await timeline.dragBar('Dashboard dark mode', 80);
  await expect(drag.tooltip).toContainText('launch 4 Dec 2026'); // two days later, with T-minus
  await drag.drop();
  await expect(bar).toHaveAccessibleName(/to 4 Dec 2026, launch T-8/);

  drag = await timeline.dragBar('Dashboard dark mode', 120, 'end');
  await drag.drop();
  await expect(bar).toHaveAccessibleName(/to 7 Dec 2026/);

  await page.keyboard.press('Control+z');
  await expect(bar).toHaveAccessibleName(/to 4 Dec 2026/);
  await app.reload();
  await expect(timeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 4 Dec 2026/);

  await app.goto('Board');
  await expect(new BoardPage(page).card('Dashboard dark mode')).toContainText('4 Dec 2026');
});

test('move a bar with the keyboard: Space, then arrows by a day, Shift by a week, Alt resizes; Enter saves', async ({
  page,
}) => {
  const app = new AppPage(page);
  const timeline = new TimelinePage(page);
  const bar = timeline.bar('Dashboard dark mode');
  await bar.focus();
  await page.keyboard.press('Space');
  const tooltip = bar.getByRole('status');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('Moving: 13 Nov 2026 – 3 Dec 2026');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(tooltip).toContainText('– 26 Nov 2026');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(tooltip).toContainText('– 27 Nov 2026');
  await page.keyboard.press('Alt+Shift+ArrowLeft'); // the start edge, a day earlier
  await expect(tooltip).toContainText('5 Nov 2026 – 27 Nov 2026');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled(); // nothing saved yet
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAccessibleName(/5 Nov 2026 to 27 Nov 2026/);
  await expect(bar).toBeFocused();
  await app.reload();
  await expect(timeline.bar('Dashboard dark mode')).toHaveAccessibleName(/to 27 Nov 2026/);
});

test('Escape while moving by keyboard puts the dates back and saves nothing', async ({ page }) => {
  const timeline = new TimelinePage(page);
  const bar = timeline.bar('Dashboard dark mode');
  await bar.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(bar.getByRole('status')).toContainText('– 9 Dec 2026');
  await page.keyboard.press('Escape');
  await expect(bar.getByRole('status')).toHaveCount(0);
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('Escape cancels a drag', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const before = await timeline.bar('Dashboard dark mode').getAttribute('aria-label');
  const drag = await timeline.dragBar('Dashboard dark mode', 200);
  await expect(drag.tooltip).toBeVisible(); // the drag is really under way
  await page.keyboard.press('Escape');
  await drag.drop();
  expect(await timeline.bar('Dashboard dark mode').getAttribute('aria-label')).toBe(before);
});

test('a drag into a blackout window shows a collision, listed in the radar', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Quarters'); // 4 px a day
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode'); // launches T+6; the company-wide freeze is T+40 … T+46
  await expect(bar).not.toHaveClass(/tl-bar--collision/);
  const drag = await timeline.dragBar('Dashboard dark mode', 140); // +35 days: launch 41 days from today
  await expect(drag.tooltip).toContainText('(T-41)');
  await drag.drop();
  await expect(bar).toHaveClass(/tl-bar--collision/);
  await expect(bar).toHaveAccessibleName(
    /Collision: “Dashboard dark mode” launches on .* inside “Company-wide code freeze”/,
  );
  await page.getByRole('button', { name: /^Collisions \(\d+\)/ }).click();
  const radar = page.getByRole('complementary', { name: 'Collisions' });
  const entry = radar.getByRole('button', { name: /“Dashboard dark mode” launches on/ });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(bar).toBeFocused();
});

test('blackout windows are created and edited from the timeline', async ({ page }) => {
  await page.getByRole('button', { name: 'Blackouts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Blackout windows' });
  await dialog.getByRole('button', { name: 'Add blackout window' }).click();
  await dialog.getByLabel('Title').fill('Launch week freeze');
  await dialog.getByLabel('First day').fill('2026-12-10');
  await dialog.getByLabel('Last day').fill('2026-12-01');
  await dialog.getByRole('button', { name: 'Add window' }).click();
  await expect(dialog.getByText('The window must end on or after its first day')).toBeVisible();
  await dialog.getByLabel('Last day').fill('2026-12-12');
  await dialog.getByRole('checkbox', { name: 'EU' }).check();
  await dialog.getByRole('button', { name: 'Add window' }).click();
  await expect(dialog.getByText(/Launch week freeze · Thu 10 Dec 2026 – Sat 12 Dec 2026 · EU/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Edit Launch week freeze' }).click();
  await dialog.getByLabel('Title').fill('EU launch freeze');
  await dialog.getByRole('button', { name: 'Save window' }).click();
  await expect(dialog.getByText(/EU launch freeze/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.tl-band[title="EU launch freeze (EU)"]').first()).toBeAttached();
});

test('a dependency is added by dragging from one bar to another; a late one is drawn red and solid', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Quarters');
  const from = timeline.bar('Team workspaces — EU wave');
  const to = timeline.bar('Dashboard dark mode');
  const late = page.locator('svg.tl-arrows path.tl-arrow--late');
  const lateBefore = await late.count();
  await from.hover();
  const dot = from.locator('.tl-bar__link');
  const a = (await dot.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  // The EU wave ends 11 days after today; Dashboard dark mode started 14 days before it: late.
  await expect(late).toHaveCount(lateBefore + 1);
  for (const arrow of await late.all()) {
    await expect(arrow).toHaveAttribute('marker-end', 'url(#tl-arrowhead-late)');
    // Solid, not dashed: dashed curves are slow to draw (timeline-arrows.css).
    await expect(arrow).toHaveCSS('stroke-dasharray', 'none');
    await expect(arrow).toHaveCSS('stroke-width', '2px');
  }
  await page.locator('.tl-scroll').getByRole('button', { name: 'Dashboard dark mode', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Depends on: chosen' })).toContainText(
    'Team workspaces — EU wave',
  );
});

test('a keyboard move: Escape puts the dates back unsaved; ten presses and Enter are one save and one undo step, stored even if the window closes at once', async ({
  page,
  context,
}) => {
  const timeline = new TimelinePage(page);
  // A second window sees each save (and only saves) without reloading.
  const watcher = await context.newPage();
  await watcher.goto('/#/timeline?zoom=week');
  const watched = new TimelinePage(watcher);
  await watcher.getByRole('button', { name: 'Today' }).click();
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const bar = timeline.bar('Dashboard dark mode');
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(watched.bar('Dashboard dark mode')).toHaveAccessibleName(/to 2 Dec 2026/);

  // Moving shows the new dates; Escape puts them back and saves nothing.
  await timeline.moveByKeys(bar, Array(10).fill('ArrowRight'), 'Escape');
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(page.locator('.tl-tooltip')).toHaveCount(0);
  await expect(undoButton).toBeDisabled();

  // Ten presses, then Enter: saved once. Had Escape saved, this would end on 22 Dec.
  await timeline.moveByKeys(bar, Array(10).fill('ArrowRight'));
  await expect(bar).toHaveAccessibleName(/to 12 Dec 2026/);
  await expect(watched.bar('Dashboard dark mode')).toHaveAccessibleName(/to 12 Dec 2026/);

  // One Ctrl+Z takes all ten back, and there is nothing left to undo.
  await page.keyboard.press('Control+z');
  await expect(bar).toHaveAccessibleName(/to 2 Dec 2026/);
  await expect(undoButton).toBeDisabled();
  await expect(watched.bar('Dashboard dark mode')).toHaveAccessibleName(/to 2 Dec 2026/);

  // Moved again and the window closed right after Enter: the other window has it.
  await timeline.moveByKeys(bar, Array(10).fill('ArrowRight'));
  await page.close(); // no wait for anything
  await expect(watched.bar('Dashboard dark mode')).toHaveAccessibleName(/to 12 Dec 2026/);
  const reopened = await context.newPage();
  await reopened.goto('/#/timeline?zoom=week');
  await reopened.getByRole('button', { name: 'Today' }).click();
  await expect(new TimelinePage(reopened).bar('Dashboard dark mode')).toHaveAccessibleName(/to 12 Dec 2026/);
});

/** Scrolls the chart to its first day, far from today. */
async function scrollToStart(timeline: TimelinePage) {
  await timeline.chart().evaluate((el) => el.scrollTo({ left: 0, top: 0 }));
}

/** Moves a bar by whole weeks with the keyboard (Space, Shift+→ …, Enter). */
async function moveWeeks(timeline: TimelinePage, title: string, weeks: number) {
  await timeline.moveByKeys(timeline.bar(title), Array(weeks).fill('Shift+ArrowRight'));
  await expect(timeline.bar(title)).toHaveClass(/tl-bar--collision/);
}

test('a collision clicked in week zoom focuses its bar, far off screen and not drawn yet', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await moveWeeks(timeline, 'Dashboard dark mode', 5); // launch T+41: inside the code freeze
  await timeline.zoom('Weeks');
  await scrollToStart(timeline);
  await expect(timeline.bar('Dashboard dark mode')).toHaveCount(0); // not drawn at the start of the axis

  await timeline.showCollisions();
  await timeline
    .collisionsPanel()
    .getByRole('button', { name: /“Dashboard dark mode” launches on/ })
    .click();
  const bar = timeline.bar('Dashboard dark mode');
  await expect(bar).toBeFocused();
  await expect(bar).toBeInViewport();
  await expect(bar).toHaveAttribute('tabindex', '0');
});

test('a collision under a collapsed parent opens that parent only and focuses the bar (month zoom)', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  const wave = 'Team workspaces — LATAM wave';
  await moveWeeks(timeline, wave, 5); // launch T+44: inside the code freeze
  const teams = page.getByRole('button', { name: 'Hide the betas and rollouts of Team workspaces' });
  const links = page.getByRole('button', { name: 'Hide the betas and rollouts of Payment Links v2' });
  await teams.click();
  await links.click();
  await expect(timeline.bar(wave)).toHaveCount(0);
  await scrollToStart(timeline);

  await timeline.showCollisions();
  await timeline
    .collisionsPanel()
    .getByRole('button', { name: new RegExp(`“${wave}” launches on`) })
    .click();
  await expect(timeline.bar(wave)).toBeFocused();
  await expect(timeline.bar(wave)).toBeInViewport();
  await expect(
    page.getByRole('button', { name: 'Hide the betas and rollouts of Team workspaces' }),
  ).toHaveAttribute('aria-expanded', 'true');
  // The other collapsed launch stays collapsed.
  await expect(
    page.getByRole('button', { name: 'Show the betas and rollouts of Payment Links v2' }),
  ).toHaveAttribute('aria-expanded', 'false');
});

test('the lanes line up with the date axis at every zoom', async ({ page }) => {
  const timeline = new TimelinePage(page);
  // The lanes take their place and width from the stylesheet; the axis from the scale.
  for (const level of ['Weeks', 'Quarters', 'Months'] as const) {
    await timeline.zoom(level);
    await expect
      .poll(async () => {
        const axis = (await timeline.chart().locator('.tl-axis').boundingBox())!;
        const lane = (await timeline.chart().locator('.tl-lane').first().boundingBox())!;
        return [Math.round(lane.x - axis.x), Math.round(lane.width - axis.width)];
      })
      .toEqual([0, 0]);
  }
});

test('week zoom: the axis shows the month and year wherever it is scrolled', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(timeline.axisPin()).toHaveText('Nov 2026');
  // Well into a month: no month tick in view, only day numbers, and the month still shows.
  await timeline.chart().evaluate((el) => (el.scrollLeft += 40 * 50));
  await expect(timeline.axisPin()).toHaveText('Jan 2027');
  const pin = (await timeline.axisPin().boundingBox())!;
  const chart = (await timeline.chart().boundingBox())!;
  expect(Math.abs(pin.x - (chart.x + 321))).toBeLessThan(3); // at the axis's left, beside the titles
  await timeline.zoom('Quarters');
  await expect(timeline.axisPin()).toHaveText(/^Q\d FY\d\d · [A-Z][a-z]{2} \d{4}$/);
});

test('the drag tooltip stays inside the chart near its right edge and on the top row', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const chart = (await timeline.chart().boundingBox())!;
  // The bar's start 120 px from the chart's right edge.
  const before = (await timeline.bar('Dashboard dark mode').boundingBox())!;
  await timeline.chart().evaluate((el, dx) => (el.scrollLeft -= dx), chart.x + chart.width - 120 - before.x);
  const drag = await timeline.dragBar('Dashboard dark mode', 80);
  const tip = (await drag.tooltip.boundingBox())!;
  expect(tip.x + tip.width).toBeLessThanOrEqual(chart.x + chart.width);
  expect(tip.x).toBeGreaterThanOrEqual(chart.x + 320);
  await page.keyboard.press('Escape');
  await drag.drop();

  // The top row (Home brings its bar into view): the tooltip goes below the bar, not under the axis.
  await timeline.bar('Dashboard dark mode').focus();
  await page.keyboard.press('Home');
  const first = timeline.chart().locator('.tl-row').first().locator('.tl-bar');
  await expect(first).toBeFocused();
  const title = (await first.getAttribute('aria-label'))!.split(':')[0]!;
  const top = await timeline.dragBar(title, 40);
  const header = (await timeline.chart().locator('.tl-header').boundingBox())!;
  const below = (await top.tooltip.boundingBox())!;
  expect(below.y).toBeGreaterThanOrEqual(header.y + header.height);
  await page.keyboard.press('Escape');
  await top.drop();
});

test('a bar dragged left goes under the title column; the Today label is not covered', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks');
  await page.getByRole('button', { name: 'Today' }).click();
  const drag = await timeline.dragBar('Dashboard dark mode', -600);
  const bar = (await timeline.bar('Dashboard dark mode').boundingBox())!;
  const chart = (await timeline.chart().boundingBox())!;
  expect(bar.x).toBeLessThan(chart.x + 300); // the bar runs under the titles…
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.tl-title, .tl-bar')?.className ?? '',
    [chart.x + 200, bar.y + bar.height / 2],
  );
  expect(onTop).toMatch(/tl-title/); // …which stay on top
  await page.keyboard.press('Escape');
  await drag.drop();

  const label = (await timeline.todayLabel().boundingBox())!;
  const atLabel = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.className ?? '',
    [label.x + label.width / 2, label.y + label.height / 2],
  );
  expect(atLabel).toBe('tl-axis__today');
});

test('a wave bar shows its number, ramp and status in words', async ({ page }) => {
  const timeline = new TimelinePage(page);
  const wave = timeline.bar('Team workspaces — EU wave');
  // Drawn by the stylesheet from its label (the bar's name says it, so its text stays its name).
  await expect(wave.locator('.tl-bar__wave')).toBeVisible();
  await expect(wave.locator('.tl-bar__wave')).toHaveAttribute('data-label', 'Wave 1 · 50 % · Live');
  await expect(wave).toHaveAccessibleName(/: Rollout \(Wave 1 · 50 % · Live\),/);
});

test('an item without dates says so beside the title column, wherever the chart is scrolled', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto('Board');
  await page.getByRole('button', { name: 'Add item to Planning' }).click();
  const input = page.getByRole('textbox', { name: 'Title of the new launch item in Planning' });
  await input.fill('Undated partner pilot');
  await input.press('Enter');
  await input.press('Escape');
  await app.goto('Timeline');
  const timeline = new TimelinePage(page);
  const title = timeline.chart().getByRole('button', { name: 'Undated partner pilot', exact: true });
  await expect(title).toBeVisible();
  const note = timeline.chart().getByText('No dates yet');
  const titleColumnRight = async () => (await timeline.chart().locator('.tl-corner').boundingBox())!;
  const place = async () => {
    const [box, row] = [(await note.boundingBox())!, (await title.boundingBox())!];
    return {
      x: Math.round(box.x),
      beside: box.x >= (await titleColumnRight()).x + 320,
      sameRow: Math.abs(box.y - row.y) < 18,
    };
  };
  const before = await place();
  expect(before).toMatchObject({ beside: true, sameRow: true });
  await timeline.chart().evaluate((el) => (el.scrollLeft += 1500));
  await expect.poll(place).toEqual(before);
});

test('a bar that starts left of the view keeps its words beside the title column as the chart scrolls', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  const bar = timeline.bar('Usage-based billing');
  const words = bar.locator('.tl-bar__label');
  const columnRight = (await timeline.chart().locator('.tl-corner').boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  // Scroll until the bar starts 100 px left of the view, then 200 px further.
  const shift = barBox.x - (columnRight.x + columnRight.width) + 100;
  for (const dx of [shift, 200]) {
    await timeline.chart().evaluate((el, dx) => (el.scrollLeft += dx), dx);
    // The words move on the scroll event, which the browser sends in the next frame: read before
    // it, a scroll to the left shows them carried right with the lanes (68 px here), a state no
    // frame paints. So the gap is polled until it is in range, not until it is merely ≥ 0.
    // Out of range, what the words were placed for is shown beside the gap.
    const place = async () => {
      const gap = Math.round((await words.boundingBox())!.x - (columnRight.x + columnRight.width));
      if (gap >= 0 && gap < 40) return 'beside the column';
      const moved = await words.evaluate(
        (el) => (el.closest('.tl-bar__text') as HTMLElement).style.transform,
      );
      return { gap, moved, scrollLeft: await timeline.chart().evaluate((el) => el.scrollLeft) };
    };
    await expect.poll(place).toBe('beside the column');
    await expect(words).toBeVisible();
    // Drawn as any bar's words (only a rolled-back wave's are struck through).
    await expect(words).toHaveCSS('text-decoration-line', 'none');
  }
});

test('a company-wide blackout that started left of the view shows no name over the titles', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.zoom('Weeks'); // 40 px a day: the code freeze (T+40 … T+46) is 280 px wide
  await page.getByRole('button', { name: 'Today' }).click();
  await timeline.chart().evaluate((el) => (el.scrollLeft += 1500)); // the freeze in view
  const name = page.locator('.tl-band__label').getByText('Company-wide code freeze');
  await expect(name).toBeVisible();
  const corner = (await timeline.chart().locator('.tl-corner').boundingBox())!;
  const columnRight = corner.x + corner.width;
  const start = (await name.boundingBox())!.x;
  expect(start).toBeGreaterThan(columnRight);
  // The band starts 100 px left of the view, under the title column: no name is drawn there.
  await timeline.chart().evaluate((el, dx) => (el.scrollLeft += dx), start - columnRight + 100);
  await expect
    .poll(async () => {
      const box = await name.boundingBox(); // null once out of the drawn days
      return box === null || box.width < 1 || box.x >= columnRight;
    })
    .toBe(true);
  // Back in view, it is named at its start again.
  await timeline.chart().evaluate((el, dx) => (el.scrollLeft -= dx), start - columnRight + 100);
  await expect.poll(async () => Math.round((await name.boundingBox())?.x ?? 0)).toBe(Math.round(start));
});

test('a row is read as its title, then its bar and milestones (the title owns its lane)', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  const title = timeline
    .chart()
    .locator('.tl-title', { has: page.getByRole('button', { name: 'Usage-based billing', exact: true }) });
  const lane = timeline.chart().locator(`[id="${await title.getAttribute('aria-owns')}"]`);
  await expect(lane.locator('.tl-bar')).toHaveAccessibleName(/^⚠?\s*Usage-based billing: Launch/);
  await expect(lane.getByRole('button', { name: /^Milestone: / }).first()).toBeAttached();
});
