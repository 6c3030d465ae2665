/**
 * Pictures of the timeline and the board: PNG, PDF and SVG files from the export dialog (its
 * toolbar button and the palette), checked by their bytes (a PDF by its inflated content: vector
 * drawing and Helvetica text); and print styles that leave the navigation and toolbars off the
 * page.
 */
import { inflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { AppPage, LaunchesPage } from './pages/app';
import { pngSize, PictureDialog } from './pages/pictures';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).startWithSample('Board');
});

test('the timeline as a slide-sized PNG, drawn at twice the size', async ({ page }) => {
  await new AppPage(page).goto('Timeline');
  const pictures = await new PictureDialog(page).openFromToolbar();
  await expect(pictures.dialog.getByRole('radio', { name: 'PNG' })).toBeChecked();
  await expect(pictures.dialog.getByLabel('Size')).toHaveValue('slide');
  await expect(pictures.title).toHaveValue('Launch timeline — Nov 2026 – Apr 2027');
  await expect(pictures.preview).toBeVisible();

  const { download, bytes } = await pictures.export();
  expect(download.suggestedFilename()).toBe('launch-timeline-2026-11-26.png');
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.length).toBeGreaterThan(5 * 1024);
  expect(pngSize(bytes)).toEqual({ width: 2560, height: 1440 });
  await expect(new AppPage(page).toast(/^Saved the timeline picture to launch-timeline/)).toBeVisible();
});

test('the timeline as an A4 PDF from the palette, over a range typed in, with its title', async ({
  page,
}) => {
  await new AppPage(page).goto('Timeline');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('timeline as picture');
  await palette.getByRole('option', { name: /Export timeline as picture/ }).click();
  const pictures = new PictureDialog(page);
  await expect(pictures.dialog).toBeVisible();
  await pictures.format('PDF');
  await pictures.size('A4 landscape');

  // A range the wrong way round is refused before anything is made.
  await pictures.dialog.getByLabel('To').fill('2026-10-01');
  await expect(pictures.dialog.getByText('The last day must be on or after the first')).toBeVisible();
  await expect(pictures.exportButton()).toBeDisabled();
  await pictures.dialog.getByLabel('To').fill('2027-02-28');
  await expect(pictures.title).toHaveValue('Launch timeline — Nov 2026 – Feb 2027');

  const { download, bytes } = await pictures.export();
  expect(download.suggestedFilename()).toBe('launch-timeline-2026-11-26.pdf');
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(bytes.length).toBeGreaterThan(5 * 1024);
  expect(text).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/); // A4 landscape in points
  expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  expect(text).toContain(`/Title (${pdfString('Launch timeline — Nov 2026 – Feb 2027')})`);
  // Vectors and text, no picture: the title, the as-of line and the rows are words in the file.
  expect(text).not.toContain('/Subtype /Image');
  expect(bytes.length).toBeLessThan(200 * 1024);
  const words = pdfTexts(bytes);
  expect(words).toContain('Launch timeline — Nov 2026 – Feb 2027');
  expect(words).toContain('As of Thu 26 Nov 2026, 10:00 · Grouped by parent launch');
  expect(words).toContain('Payment Links v2 — EU & UK wave');
  expect(pdfFonts(bytes)).toEqual(['Helvetica', 'Helvetica-Bold']);
});

test('a PDF title with accents, quotes and an emoji, and a row another window renamed in Japanese', async ({
  page,
  context,
}) => {
  await new AppPage(page).goto('Timeline');
  const other = await context.newPage();
  await new AppPage(other).open();
  await new AppPage(other).goto('Launches');
  const editor = await new LaunchesPage(other).openItem('Dashboard dark mode');
  await editor.fill('Title', 'ダークモード Tokyo');
  await editor.save();
  await expect(page.getByText('ダークモード Tokyo').first()).toBeVisible();

  const pictures = await new PictureDialog(page).openFromToolbar();
  await pictures.format('PDF');
  await pictures.size('A4 landscape');
  await pictures.dialog.getByLabel('To').fill('2027-02-28');
  await pictures.title.fill('Café launch — “Q1” plan');
  let { bytes } = await pictures.export();
  let words = pdfTexts(bytes);
  // Windows-1252 characters are Helvetica text; the renamed row is drawn as a picture of its words.
  expect(words).toContain('Café launch — “Q1” plan');
  expect(words.some((word) => word.includes('Tokyo'))).toBe(false);
  expect(drawnLines(bytes)).toBe(1);

  await pictures.openFromToolbar();
  await pictures.format('PDF');
  await pictures.size('A4 landscape');
  await pictures.dialog.getByLabel('To').fill('2027-02-28');
  await pictures.title.fill('Café launch 🚀');
  ({ bytes } = await pictures.export());
  words = pdfTexts(bytes);
  expect(words.some((word) => word.includes('Café launch'))).toBe(false);
  expect(drawnLines(bytes)).toBe(2); // the title and the renamed row
  expect(words).toContain('As of Thu 26 Nov 2026, 10:00 · Grouped by parent launch');
  // No string fell back to jsPDF's UTF-16 (its byte-order mark, þÿ, then rubbish in Helvetica).
  expect(words.filter((word) => word.startsWith('þÿ'))).toEqual([]);
});

test('the board as a Letter PDF: one page, its columns as Helvetica text', async ({ page }) => {
  const pictures = await new PictureDialog(page).openFromToolbar();
  await pictures.format('PDF');
  await pictures.size('Letter landscape');
  const { download, bytes } = await pictures.export();
  expect(download.suggestedFilename()).toBe('launch-board-2026-11-26.pdf');
  const text = bytes.toString('latin1');
  expect(text).toMatch(/\/MediaBox \[0 0 792\.? 612\.?\]/); // Letter landscape in points
  expect(text.match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(1);
  expect(text).not.toContain('/Subtype /Image');
  const words = pdfTexts(bytes);
  for (const stage of ['Planning', 'Beta', 'Readiness', 'Rolling out', 'Launched', 'Retrospective'])
    expect(words).toContain(stage);
  expect(pdfFonts(bytes)).toEqual(['Helvetica', 'Helvetica-Bold']);
});

test('the board as SVG shows what another window just saved, escaped', async ({ page, context }) => {
  const other = await context.newPage();
  await new AppPage(other).open();
  await new AppPage(other).goto('Launches');
  const editor = await new LaunchesPage(other).openItem('Dashboard dark mode');
  await editor.fill('Title', 'Dark mode <beta> & more');
  await editor.save();

  await expect(page.getByRole('group', { name: 'Dark mode <beta> & more' })).toBeVisible();
  const pictures = await new PictureDialog(page).openFromToolbar();
  await expect(pictures.dialog).toHaveAccessibleName('Export board as picture');
  await expect(pictures.title).toHaveValue('Launch board');
  await pictures.format('SVG');
  const { download, bytes } = await pictures.export();
  expect(download.suggestedFilename()).toBe('launch-board-2026-11-26.svg');
  const svg = bytes.toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(bytes.length).toBeGreaterThan(5 * 1024);
  expect(svg).toContain('Dark mode &lt;beta&gt; &amp; more');
  expect(svg).not.toContain('<beta>');
  for (const stage of ['Planning', 'Beta', 'Readiness', 'Rolling out', 'Launched', 'Retrospective'])
    expect(svg).toContain(`>${stage}</text>`);
});

for (const scheme of ['light', 'dark'] as const)
  test(`the export dialog (${scheme}) works from the keyboard and has no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'Export picture…' }).focus();
    await page.keyboard.press('Enter');
    const pictures = new PictureDialog(page);
    await expect(pictures.dialog).toBeVisible();
    await expect(pictures.preview).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    // The format is a radio group: arrow keys move the choice; Escape closes the dialog.
    await pictures.dialog.getByRole('radio', { name: 'PNG' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(pictures.dialog.getByRole('radio', { name: 'SVG' })).toBeChecked();
    await expect(pictures.exportButton()).toHaveText('Export SVG');
    await page.keyboard.press('Escape');
    await expect(pictures.dialog).toBeHidden();
  });

test('printing leaves out the navigation and toolbars, in light colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const view of ['Board', 'Timeline', 'Launches'] as const) {
    await new AppPage(page).goto(view);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('heading', { name: view, level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export picture…' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'New launch item' })).toBeHidden();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ landscape: true, format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  }
});

/** Text as a PDF writes it in a string: UTF-16, big-endian, after its byte-order mark. */
function pdfString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return `\xfe\xff${utf16.toString('latin1')}`;
}

/** The PDF's streams inflated (jsPDF compresses each with FlateDecode), as Latin-1 text. */
function pdfContents(bytes: Buffer): string[] {
  const file = bytes.toString('latin1');
  const contents: string[] = [];
  for (const match of file.matchAll(/\/Length (\d+)[^]*?>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    try {
      contents.push(inflateSync(bytes.subarray(start, start + Number(match[1]))).toString('latin1'));
    } catch {
      // Not deflated (or not a content stream): nothing to read.
    }
  }
  return contents;
}

// Windows-1252 at 0x80–0x9f (Node's TextDecoder reads 'windows-1252' as Latin-1); the rest is Latin-1.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Every string the PDF shows with Tj (PDF escapes undone, bytes read as Windows-1252). */
function pdfTexts(bytes: Buffer): string[] {
  const texts: string[] = [];
  for (const content of pdfContents(bytes))
    for (const match of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      const raw = match[1]!.replace(/\\([0-7]{1,3}|.)/g, (_, escaped: string) =>
        /^[0-7]+$/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : escaped,
      );
      texts.push(raw.replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!));
    }
  return texts;
}

/**
 * The fonts the PDF's pages write with (`/F1 22 Tf`), by their PostScript names; jsPDF lists all
 * fourteen standard fonts among the resources whether used or not.
 */
function pdfFonts(bytes: Buffer): string[] {
  const file = bytes.toString('latin1');
  const baseFonts = new Map(
    [...file.matchAll(/\n(\d+) 0 obj\s*<<[^>]*?\/BaseFont \/([\w-]+)/g)].map((match) => [match[1], match[2]]),
  );
  const resources = new Map([...file.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((match) => [match[1], match[2]]));
  const used = new Set<string>();
  for (const content of pdfContents(bytes))
    for (const match of content.matchAll(/\/(F\d+) [\d.]+ Tf/g))
      used.add(baseFonts.get(resources.get(match[1]!) ?? '') ?? `unknown ${match[1]}`);
  return [...used].sort();
}

/** Lines drawn as pictures: each is a PNG with a transparent background (an image with its mask). */
function drawnLines(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/SMask \d+ 0 R/g)?.length ?? 0;
}
