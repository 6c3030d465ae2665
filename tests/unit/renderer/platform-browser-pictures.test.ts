// @vitest-environment jsdom
/**
 * The browser side of pictures: binary content (base64) is downloaded as its bytes with the
 * picture's type, and "print to PDF" opens the browser's print dialog and says the app saved
 * nothing itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPlatform } from '../../../renderer/platform/browser';

let blobs: Blob[];

beforeEach(() => {
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saveFile with base64 content', () => {
  it('downloads the decoded bytes as a PNG', async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff];
    const result = await browserPlatform.saveFile({
      suggestedName: 'launch-timeline-2026-11-26.png',
      content: btoa(String.fromCharCode(...bytes)),
      encoding: 'base64',
      filters: [],
    });
    expect(result).toEqual({ status: 'saved', path: 'launch-timeline-2026-11-26.png' });
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('image/png');
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual(bytes);
  });

  it('gives SVG and PDF files their types', async () => {
    await browserPlatform.saveFile({ suggestedName: 'a.svg', content: '<svg/>', filters: [] });
    await browserPlatform.saveFile({
      suggestedName: 'a.pdf',
      content: btoa('%PDF-'),
      encoding: 'base64',
      filters: [],
    });
    expect(blobs.map((blob) => blob.type)).toEqual(['image/svg+xml;charset=utf-8', 'application/pdf']);
    expect(await blobs[1]!.text()).toBe('%PDF-');
  });
});

describe('printToPdf', () => {
  it('opens the print dialog and reports that the app saved nothing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await expect(
      browserPlatform.printToPdf({ suggestedName: 'view.pdf', pageSize: 'A4', landscape: true }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(print).toHaveBeenCalledTimes(1);
  });
});
