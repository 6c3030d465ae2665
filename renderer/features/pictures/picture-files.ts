/**
 * Pictures as files: SVG pages (shared/formats) rasterised to PNG in the page (an <img> of the
 * SVG drawn onto a canvas; the CSP allows blob: images) and laid into a PDF with jsPDF, one PDF
 * page per picture page, the title and "as of" as real PDF text. The same path runs in the
 * desktop app and in a browser; only saving differs (platform.saveFile).
 */
import type { PicturePage } from '../../../shared/formats/picture-page';
import { stackPages } from '../../../shared/formats/picture-page';

export const PICTURE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export const FORMAT_LABELS: Record<PictureFormat, string> = { png: 'PNG', svg: 'SVG', pdf: 'PDF' };

export const FORMAT_FILTERS: Record<PictureFormat, { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** Pixels per SVG pixel: twice the page size keeps text crisp on a slide and on paper. */
const RASTER_SCALE = 2;
/** Chromium refuses canvases taller or wider than this, and blank ones above ~268 million pixels. */
const MAX_CANVAS_SIDE = 32_000;
const MAX_CANVAS_AREA = 200_000_000;

/** Draws an SVG document onto a canvas `scale` times its size, on white. */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture (no canvas).');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      type,
      quality,
    ),
  );
}

/** One SVG file: a single page as it is, several one under another. */
export function svgFile(pages: readonly PicturePage[]): string {
  return pages.length === 1 ? pages[0]!.svg : stackPages(pages).svg;
}

/**
 * One PNG of every page, one under another, at twice the size when the canvas allows it. A
 * picture too long for any canvas is refused with what to do instead.
 */
export async function pngFile(pages: readonly PicturePage[]): Promise<Uint8Array> {
  const { svg, width, height } = stackPages(pages);
  const scale = Math.min(
    RASTER_SCALE,
    MAX_CANVAS_SIDE / height,
    MAX_CANVAS_SIDE / width,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  if (scale < 1)
    throw new Error(
      `${pages.length} pages are too many for one PNG. Choose PDF (one page each), or fewer rows: a shorter date range or collapsed groups.`,
    );
  const canvas = await rasterise(svg, width, height, scale);
  return new Uint8Array(await (await canvasBlob(canvas, 'image/png')).arrayBuffer());
}

/** Text on white stays clean at this quality at twice the size, at two thirds of the bytes of 0.92. */
const JPEG_QUALITY = 0.8;

/** Characters the PDF's built-in Helvetica can write (Windows-1252); other titles stay drawn. */
const PDF_TEXT =
  /^[\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

export function canWriteAsPdfText(text: string): boolean {
  return PDF_TEXT.test(text);
}

export interface PdfProgress {
  (done: number, total: number): void;
}

/**
 * A PDF with one page per picture page, sized in points like the page. Each page is the picture
 * at twice its size (JPEG: embedded as it is, where a PNG would be decoded and compressed again)
 * with the title and "as of" line written as text, so they are sharp, searchable and copyable.
 * `pagesFor(leaveOutHeading)` builds the pages, without their heading when the PDF writes it.
 * `title` is the document's title in its properties.
 */
export async function pdfFile(
  pagesFor: (leaveOutHeading: boolean) => readonly PicturePage[],
  title: string,
  onProgress?: PdfProgress,
): Promise<Uint8Array> {
  // The heading is written as text only when the built-in font can write all of it.
  let pages = pagesFor(true);
  const asText = pages.every((page) => canWriteAsPdfText(page.heading.title + page.heading.line));
  if (!asText) pages = pagesFor(false);
  // Loaded when first needed: most sessions never make a PDF.
  const { jsPDF } = await import('jspdf');
  const first = pages[0]!;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [first.widthPt, first.heightPt],
    orientation: 'landscape',
    compress: true,
  });
  pdf.setProperties({ title, creator: 'Launch Control' });
  for (const [index, page] of pages.entries()) {
    const canvas = await rasterise(page.svg, page.width, page.height, RASTER_SCALE);
    const jpeg = new Uint8Array(await (await canvasBlob(canvas, 'image/jpeg', JPEG_QUALITY)).arrayBuffer());
    if (index > 0) pdf.addPage([page.widthPt, page.heightPt], 'landscape');
    pdf.addImage(jpeg, 'JPEG', 0, 0, page.widthPt, page.heightPt, undefined, 'NONE');
    if (asText) writeHeading(pdf, page);
    onProgress?.(index + 1, pages.length);
  }
  return new Uint8Array(pdf.output('arraybuffer'));
}

type Pdf = InstanceType<(typeof import('jspdf'))['jsPDF']>;

/** The heading as PDF text, where the picture would have drawn it (pixels → points). */
function writeHeading(pdf: Pdf, page: PicturePage): void {
  const toPt = page.widthPt / page.width;
  const { heading } = page;
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(heading.titleSize * toPt);
  pdf.setTextColor(27, 31, 36);
  pdf.text(heading.title, heading.x * toPt, heading.titleBaseline * toPt);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(heading.lineSize * toPt);
  pdf.setTextColor(91, 100, 112);
  pdf.text(heading.line, heading.x * toPt, heading.lineBaseline * toPt);
}

/** Bytes as base64, for platform.saveFile (IPC and the browser's download both take a string). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments would overflow the stack.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
