/**
 * Spreadsheet and calendar exports from the command palette: the dialog's filters, the count it
 * announces, and the downloaded files read back (CSV with papaparse, iCalendar with ical.js).
 */
import ICAL from 'ical.js';
import * as Papa from 'papaparse';
import { AppPage } from './pages/app';
import { ExportDialogPage } from './pages/exports';
import { expect, test } from './test';

/** The fixed clock's day (tests/e2e/test.ts): in every suggested file name. */
const TODAY = '2026-11-26';

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test('exports the launch items of one region as CSV from the palette', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const dialog = await ExportDialogPage.fromPalette(page, 'launch items csv', 'Export launch items (CSV)…');
  await expect(dialog.count).toHaveText(/^Will export \d+ launch items\.$/);
  const everything = await dialog.announcedCount();

  await dialog.chooseRegion('European Union (EU)');
  await expect(dialog.count).not.toHaveText(`Will export ${everything} launch items.`);
  const inEurope = await dialog.announcedCount();
  expect(inEurope).toBeGreaterThan(0);
  expect(inEurope).toBeLessThan(everything);

  const file = await dialog.save();
  expect(file.name).toBe(`launch-items-EU-${TODAY}.csv`);
  await expect(app.toast(`Exported ${inEurope} launch items to ${file.name}`)).toBeVisible();
  expect(file.text.split('\r\n')[0]).toMatch(/^ID,Title,Kind,Tier,Stage,Owner,/);
  const rows = csvRows(file.text);
  expect(rows).toHaveLength(inEurope);
  for (const row of rows) {
    expect(row.Regions!.split('; ')).toContain('European Union');
    expect(row['Launch date']).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    // Names, not ids: the sample's stages and people are named.
    expect(row.Stage).not.toMatch(/^sample-/);
    expect(row.Owner).not.toMatch(/^sample-/);
  }
});

test('exports the calendar of one region as .ics from the palette', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const dialog = await ExportDialogPage.fromPalette(page, 'calendar', 'Export calendar (.ics)…');
  await expect(dialog.count).toHaveText(/^Will export \d+ events: .*launch days?/);
  await dialog.chooseRegion('European Union (EU)');
  await expect(dialog.count).toHaveText(/^Will export \d+ events/);
  const announced = await dialog.announcedCount();

  const file = await dialog.save();
  expect(file.name).toBe(`launch-calendar-EU-${TODAY}.ics`);
  await expect(app.toast(`Exported ${announced} events to ${file.name}`)).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/\(European Union\)$/);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(announced);
  for (const event of events) {
    expect(String(event.getFirstPropertyValue('uid'))).toMatch(/^[a-z]+-.+@launch-control$/);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).isDate).toBe(true);
  }
  const summaries = events.map((e) => String(e.getFirstPropertyValue('summary')));
  expect(summaries.some((s) => s.startsWith('Launch: '))).toBe(true);
});

test('says when nothing matches and keeps Save off, and when the range ends before it starts', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const dialog = await ExportDialogPage.fromPalette(page, 'readiness csv', 'Export readiness (CSV)…');
  await expect(dialog.saveButton).toBeEnabled();
  await dialog.setDays('1990-01-01', '1990-12-31');
  await expect(dialog.count).toHaveText('Nothing to export: no readiness items match these filters.');
  await expect(dialog.saveButton).toBeDisabled();
  await dialog.setDays('2026-12-31', '2026-12-01');
  await expect(dialog.dialog.getByText('The range ends before it starts')).toBeVisible();
  await expect(dialog.saveButton).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
});

test('a launch exports with its betas and waves; a deletion in another window is counted at once', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const dialog = await ExportDialogPage.fromPalette(page, 'launch items csv', 'Export launch items (CSV)…');
  const everything = await dialog.announcedCount();

  const other = await context.newPage();
  const otherApp = new AppPage(other);
  await otherApp.open();
  await otherApp.goto('Launches');
  await other.getByRole('table').getByRole('button', { name: 'Delete Dashboard dark mode' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.count).toHaveText(`Will export ${everything - 1} launch items.`);

  await dialog.chooseLaunch(/^Team workspaces \(/);
  const file = await dialog.save();
  const titles = csvRows(file.text).map((row) => row.Title);
  expect(titles).toContain('Team workspaces');
  expect(titles.length).toBeGreaterThan(1);
  expect(titles).not.toContain('Dashboard dark mode');
  for (const row of csvRows(file.text))
    expect(row.Title === 'Team workspaces' || row.Parent === 'Team workspaces').toBe(true);
});

test('archived launches: left out of the list and of "All launches" unless included; a chosen launch deleted elsewhere is let go', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.startWithSample();
  const dialog = await ExportDialogPage.fromPalette(page, 'launch items csv', 'Export launch items (CSV)…');
  const everything = await dialog.announcedCount();
  const archivedBox = dialog.dialog.getByRole('checkbox', { name: 'Include archived items' });
  await expect(archivedBox).not.toBeChecked();

  // Another window archives a launch: the count and the list leave it out at once.
  const other = await context.newPage();
  const otherApp = new AppPage(other);
  await otherApp.open();
  await otherApp.goto('Launches');
  await other
    .getByRole('table')
    .getByRole('button', { name: 'Archive Usage-based billing', exact: true })
    .click();
  await expect(dialog.count).toHaveText(`Will export ${everything - 1} launch items.`);
  const launchList = dialog.dialog.getByLabel('Launch');
  await expect(launchList.getByRole('option', { name: /^Usage-based billing/ })).toHaveCount(0);

  // Included, it is back in both, labelled.
  await archivedBox.check();
  await expect(dialog.count).toHaveText(`Will export ${everything} launch items.`);
  await expect(launchList.getByRole('option', { name: /^Usage-based billing .*— archived$/ })).toHaveCount(1);

  // The chosen launch is deleted in the other window: the dialog goes back to all launches and says so.
  await dialog.chooseLaunch(/^Dashboard dark mode/);
  await expect(dialog.count).toHaveText(/^Will export \d+ launch items?\.$/);
  await other.getByRole('table').getByRole('button', { name: 'Delete Dashboard dark mode' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.count).toHaveText(
    `The launch chosen was deleted or archived meanwhile: all launches are counted. Will export ${everything - 1} launch items.`,
  );
  await expect(launchList).toHaveValue('');

  let titles = csvRows((await dialog.save()).text).map((row) => row.Title);
  expect(titles).toHaveLength(everything - 1);
  expect(titles).toContain('Usage-based billing');
  expect(titles).not.toContain('Dashboard dark mode');

  // Without the box, the same export leaves the archived launch out.
  const again = await ExportDialogPage.fromPalette(page, 'launch items csv', 'Export launch items (CSV)…');
  titles = csvRows((await again.save()).text).map((row) => row.Title);
  expect(titles).toHaveLength(everything - 2);
  expect(titles).not.toContain('Usage-based billing');
});
