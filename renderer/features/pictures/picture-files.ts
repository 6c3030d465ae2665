/**
 * Pictures as files: SVG pages (shared/formats) as they are, or rasterised to PNG in the page
 * (an <img> of the SVG drawn onto a canvas; the CSP allows blob: images). PDFs are drawn as
 * vectors in picture-pdf.ts. The same path runs in the desktop app and in a browser; only
 * saving differs (platform.saveFile).
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

/** Draws an SVG document onto a canvas `scale` times its size, on white or (null) transparent. */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
  background: string | null = '#ffffff',
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
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
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

/** Bytes as base64, for platform.saveFile (IPC and the browser's download both take a string). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments would overflow the stack.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
