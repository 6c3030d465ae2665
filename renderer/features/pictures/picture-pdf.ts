/**
 * Pictures as PDF: each SVG page (shared/formats) drawn into its own PDF page as vector shapes
 * and real text by svg2pdf.js, so the file stays small, sharp at any zoom, searchable and
 * copyable. The pictures name their font "…, Helvetica, Arial, sans-serif", which svg2pdf maps
 * to the PDF's built-in Helvetica. That font writes Windows-1252 only (é, —, “ ”, € and the
 * like): a line of text holding any other character (東京, 🚀) is drawn by the browser instead
 * and placed on the page as a small picture where the text would be, so it reads the same.
 */
import type { PicturePage } from '../../../shared/formats/picture-page';
import { FONT, textWidth } from '../../../shared/formats/picture-page';
import { rasterise } from './picture-files';

/** Characters the PDF's built-in Helvetica can write (Windows-1252). */
const PDF_TEXT =
  /^[\t\n\r\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

export function canWriteAsPdfText(text: string): boolean {
  return PDF_TEXT.test(text);
}

export interface PdfProgress {
  (done: number, total: number): void;
}

type Pdf = InstanceType<(typeof import('jspdf'))['jsPDF']>;

/** Pixels per SVG pixel of a line drawn as a picture: crisp on paper at its small size. */
const TEXT_RASTER_SCALE = 4;

/** A line of text the built-in font cannot write, taken out of the page to be drawn as a picture. */
export interface DrawnLine {
  svg: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

function attributeNumber(element: Element, name: string, fallback: number): number {
  const value = Number(element.getAttribute(name));
  return Number.isFinite(value) && element.hasAttribute(name) ? value : fallback;
}

/**
 * Takes every <text> the built-in font cannot write out of the page, with the box it needs: its
 * width by the pictures' own conservative estimate (bold, plus an em, so no run is cut off; the
 * picture is transparent where there is no ink) and its height from the font size.
 */
export function takeOutUnwritableText(root: Element): DrawnLine[] {
  const lines: DrawnLine[] = [];
  const serializer = new XMLSerializer();
  for (const text of Array.from(root.getElementsByTagName('text'))) {
    const content = text.textContent ?? '';
    if (canWriteAsPdfText(content)) continue;
    const size = attributeNumber(text, 'font-size', 16);
    const x = attributeNumber(text, 'x', 0);
    const y = attributeNumber(text, 'y', 0);
    const width = Math.ceil(textWidth(content, size, true) + size);
    const anchor = text.getAttribute('text-anchor');
    const left = Math.floor(anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x);
    const top = Math.floor(y - size * 1.2);
    const height = Math.ceil(size * 1.6);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="${left} ${top} ${width} ${height}" font-family="${FONT.replace(/"/g, '&quot;')}">` +
      `${serializer.serializeToString(text)}</svg>`;
    lines.push({ svg, left, top, width, height });
    text.remove();
  }
  return lines;
}

/** The SVG page as an element svg2pdf can walk (it needs a DOM; DOMParser gives one). */
function parsePage(page: PicturePage): Element {
  const document = new DOMParser().parseFromString(page.svg, 'image/svg+xml');
  const root = document.documentElement;
  if (root.nodeName !== 'svg' || document.getElementsByTagName('parsererror').length > 0)
    throw new Error('The picture could not be read to write the PDF.');
  return root;
}

async function drawLines(pdf: Pdf, page: PicturePage, lines: readonly DrawnLine[]): Promise<void> {
  const toPt = page.widthPt / page.width;
  for (const line of lines) {
    const canvas = await rasterise(line.svg, line.width, line.height, TEXT_RASTER_SCALE, null);
    pdf.addImage(
      canvas,
      'PNG',
      line.left * toPt,
      line.top * toPt,
      line.width * toPt,
      line.height * toPt,
      undefined,
      'FAST',
    );
  }
}

/**
 * A PDF with one page per picture page, sized in points like the page; `title` is the
 * document's title in its properties.
 */
export async function pdfFile(
  pages: readonly PicturePage[],
  title: string,
  onProgress?: PdfProgress,
): Promise<Uint8Array> {
  // Loaded when first needed: most sessions never make a PDF.
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const first = pages[0];
  if (!first) throw new Error('There is nothing to put in the PDF.');
  const pdf = new jsPDF({
    unit: 'pt',
    format: [first.widthPt, first.heightPt],
    orientation: 'landscape',
    compress: true,
  });
  pdf.setProperties({ title, creator: 'Launch Control' });
  for (const [index, page] of pages.entries()) {
    if (index > 0) pdf.addPage([page.widthPt, page.heightPt], 'landscape');
    const root = parsePage(page);
    const lines = takeOutUnwritableText(root);
    // The SVG's own size maps onto the whole PDF page (pixels → points); nothing is fetched.
    await svg2pdf(root, pdf, { x: 0, y: 0, width: page.widthPt, height: page.heightPt, loadImages: false });
    await drawLines(pdf, page, lines);
    onProgress?.(index + 1, pages.length);
  }
  return new Uint8Array(pdf.output('arraybuffer'));
}
