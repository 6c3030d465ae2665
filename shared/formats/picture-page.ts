/**
 * What the timeline and board pictures share: page sizes, XML-safe text, a width estimate for
 * text (there is no DOM to measure with), the page header with its legend and the footer.
 * Pictures are always drawn in light colours, so they print and sit on a slide the same way
 * whatever theme the app is in. Pure and deterministic: the same input gives the same bytes.
 */
import { HEALTHS, HEALTH_LABELS, type Health } from '../domain/primitives';

export const PICTURE_SIZES = ['slide', 'a4', 'letter'] as const;
export type PictureSize = (typeof PICTURE_SIZES)[number];

export interface PageSize {
  label: string;
  /** In CSS pixels (96 per inch): the SVG's width and height. */
  width: number;
  height: number;
  /** In PDF points (72 per inch). */
  widthPt: number;
  heightPt: number;
}

/** Landscape pages: a timeline is wide, and a board's columns sit side by side. */
export const PAGE_SIZES: Record<PictureSize, PageSize> = {
  // 13.333 × 7.5 in, the 16:9 slide of presentation software.
  slide: { label: 'Slide 16:9', width: 1280, height: 720, widthPt: 960, heightPt: 540 },
  // 297 × 210 mm.
  a4: { label: 'A4', width: 1123, height: 794, widthPt: 841.89, heightPt: 595.28 },
  // 11 × 8.5 in.
  letter: { label: 'Letter', width: 1056, height: 816, widthPt: 792, heightPt: 612 },
};

export interface PictureOptions {
  size: PictureSize;
  title: string;
  /** When the data was read, in words ("Fri 27 Nov 2026, 14:05"). */
  asOf: string;
  today: string;
}

/** The title and "as of" line of a page, as drawn, and where (in pixels from the top left). */
export interface PageHeading {
  x: number;
  title: string;
  titleBaseline: number;
  titleSize: number;
  line: string;
  lineBaseline: number;
  lineSize: number;
}

export interface PicturePage {
  svg: string;
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
  heading: PageHeading;
}

export const FONT = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";

/** The picture palette: the app's light theme colours. */
export const INK = {
  text: '#1b1f24',
  muted: '#5b6470',
  border: '#d9dde3',
  divider: '#eceef2',
  band: '#f0f2f5',
  today: '#d1242f',
  blackout: 'rgba(209, 36, 47, 0.08)',
  kind: { beta: '#7c3aed', launch: '#3451d1', rollout: '#15803d' },
} as const;

export const HEALTH_INK: Record<Health, { fill: string; stroke: string; text: string }> = {
  'on-track': { fill: '#dcf3e2', stroke: '#1a7f37', text: '#1a7f37' },
  'at-risk': { fill: '#fff3cd', stroke: '#9a6700', text: '#8a5a00' },
  'off-track': { fill: '#fdecea', stroke: '#b42318', text: '#b42318' },
};

// Characters XML 1.0 cannot hold at all: control characters (other than tab, line feed and
// carriage return), U+FFFE/U+FFFF, and halves of surrogate pairs standing alone.
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

/** Text made safe for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number as SVG writes it: at most two decimals, no trailing zeros (deterministic output). */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The width of each ASCII character in ems: narrow letters count less, wide ones and capitals more. */
const ASCII_EMS = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[iljtfI.,:;'!|() ]/.test(char)) return 0.32;
  if (/[mwMW@]/.test(char)) return 0.9;
  if (/[A-Z0-9]/.test(char)) return 0.68;
  return 0.56;
});

/** The width of one character (by code point) in ems; wide scripts (CJK, emoji) take a full em. */
function charEms(code: number): number {
  if (code < 128) return ASCII_EMS[code]!;
  // The second half of a surrogate pair: its first half already counted the character.
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return code > 0x2e7f ? 1 : 0.6;
}

/**
 * A conservative width of text in a sans-serif face. There is no DOM to measure with;
 * over-estimating only shortens a label a little, under-estimating would let it run over its
 * neighbour.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (let index = 0; index < text.length; index += 1) ems += charEms(text.charCodeAt(index));
  return ems * fontSize * (bold ? 1.07 : 1);
}

/** The text, shortened with an ellipsis to fit `width` (whole characters, never half a pair). */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  const scale = fontSize * (bold ? 1.07 : 1);
  if (textWidth(text, fontSize, bold) <= width) return text;
  const room = width / scale - charEms('…'.charCodeAt(0));
  const chars = Array.from(text);
  let ems = 0;
  let fits = 0;
  for (const char of chars) {
    ems += charEms(char.codePointAt(0)!);
    if (ems > room) break;
    fits += 1;
  }
  return fits === 0 ? '' : `${chars.slice(0, fits).join('').trimEnd()}…`;
}

interface TextOptions {
  size: number;
  fill?: string;
  weight?: 'bold' | 'normal';
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text at (x, y) on its baseline. */
export function svgText(x: number, y: number, text: string, options: TextOptions): string {
  const { size, fill = INK.text, weight = 'normal', anchor = 'start' } = options;
  const attributes = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${num(size)}"`,
    `fill="${fill}"`,
    weight === 'bold' ? 'font-weight="bold"' : '',
    anchor !== 'start' ? `text-anchor="${anchor}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

export interface TextRun {
  text: string;
  fill?: string;
  bold?: boolean;
}

/**
 * One line of text in runs of their own colour and weight, laid out by the renderer one after
 * the other (no width estimate between them).
 */
export function svgTextRuns(x: number, y: number, runs: readonly TextRun[], options: TextOptions): string {
  const spans = runs
    .map((run) => {
      const attributes = [run.fill ? `fill="${run.fill}"` : '', run.bold ? 'font-weight="bold"' : ''];
      return `<tspan ${attributes.filter(Boolean).join(' ')}>${escapeXml(run.text)}</tspan>`;
    })
    .join('');
  return svgText(x, y, '', options).replace('></text>', `>${spans}</text>`);
}

export function svgRect(x: number, y: number, width: number, height: number, attributes: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}" ${attributes}/>`;
}

/** The margin around a page's content, and the height the header and footer take. */
export const MARGIN = 32;
export const HEADER_HEIGHT = 66;
export const FOOTER_HEIGHT = 24;

/**
 * The header: the title and "As of …" with the page number on the left, the legend of health
 * words on the right. Returns the drawing and the heading's words and places.
 */
export function pageHeader(
  page: PageSize,
  options: Pick<PictureOptions, 'title' | 'asOf'>,
  pageIndex: number,
  pageCount: number,
  subtitle: string,
): { svg: string; heading: PageHeading } {
  const right = page.width - MARGIN;
  const parts: string[] = [];
  let x = right;
  for (const health of [...HEALTHS].reverse()) {
    const label = HEALTH_LABELS[health];
    x -= textWidth(label, 12);
    parts.unshift(
      svgRect(
        x - 16,
        MARGIN + 4,
        12,
        12,
        `rx="2" fill="${HEALTH_INK[health].fill}" stroke="${HEALTH_INK[health].stroke}"`,
      ),
      svgText(x, MARGIN + 14, label, { size: 12, fill: HEALTH_INK[health].text }),
    );
    x -= 16 + 14;
  }
  const pageWords = pageCount > 1 ? ` · Page ${pageIndex + 1} of ${pageCount}` : '';
  const heading: PageHeading = {
    x: MARGIN,
    title: fitText(options.title, x - MARGIN - 16, 22, true),
    titleBaseline: MARGIN + 16,
    titleSize: 22,
    line: fitText(
      `As of ${options.asOf}${subtitle ? ` · ${subtitle}` : ''}${pageWords}`,
      page.width - 2 * MARGIN,
      13,
    ),
    lineBaseline: MARGIN + 38,
    lineSize: 13,
  };
  parts.unshift(
    svgText(heading.x, heading.titleBaseline, heading.title, { size: heading.titleSize, weight: 'bold' }),
    svgText(heading.x, heading.lineBaseline, heading.line, { size: heading.lineSize, fill: INK.muted }),
  );
  return { svg: parts.join(''), heading };
}

export function pageFooter(page: PageSize, text: string): string {
  return svgText(MARGIN, page.height - MARGIN / 2, fitText(text, page.width - 2 * MARGIN, 11), {
    size: 11,
    fill: INK.muted,
  });
}

/** A whole SVG document of one page: white background, the picture's font, a title for readers. */
export function svgDocument(
  page: PageSize,
  title: string,
  header: { svg: string; heading: PageHeading },
  body: string,
): PicturePage {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" ` +
    `viewBox="0 0 ${page.width} ${page.height}" font-family="${escapeXml(FONT)}" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${page.width}" height="${page.height}" fill="#ffffff"/>` +
    header.svg +
    body +
    `</svg>`;
  const { width, height, widthPt, heightPt } = page;
  return { svg, width, height, widthPt, heightPt, heading: header.heading };
}

/**
 * Pages one under another in one SVG document, for a single picture file (PNG, SVG) of a
 * picture that runs over several pages; a thin rule marks where each page ends.
 */
export function stackPages(pages: readonly PicturePage[]): { svg: string; width: number; height: number } {
  const width = Math.max(0, ...pages.map((page) => page.width));
  let height = 0;
  const parts: string[] = [];
  for (const [index, page] of pages.entries()) {
    if (index > 0)
      parts.push(
        `<line x1="0" y1="${num(height)}" x2="${num(width)}" y2="${num(height)}" stroke="${INK.border}"/>`,
      );
    // A nested <svg> is a viewport of its own: moved down by `y`, drawn exactly as the page.
    parts.push(page.svg.replace(/^<svg /, `<svg y="${num(height)}" `));
    height += page.height;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}
