// @vitest-environment jsdom
/**
 * The PDF's text: which lines its built-in Helvetica writes, and the lines it cannot, taken out
 * of a picture page with the box each is drawn into (by its anchor). The PDF itself (svg2pdf
 * on a canvas-backed DOM) is checked in Chromium by tests/e2e/pictures.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { canWriteAsPdfText, takeOutUnwritableText } from '../../../renderer/features/pictures/picture-pdf';
import { textWidth } from '../../../shared/formats/picture-page';

function page(body: string): Element {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-family="Arial">${body}</svg>`;
  return new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
}

describe('canWriteAsPdfText', () => {
  it('accepts Windows-1252 (accents, dashes, curly quotes, the euro) and refuses the rest', () => {
    expect(canWriteAsPdfText('Launch timeline — Nov 2026 – Apr 2027 · “Zürich” € …')).toBe(true);
    expect(canWriteAsPdfText('Café ŒŸ™ ‰ • ‘x’')).toBe(true);
    expect(canWriteAsPdfText('')).toBe(true);
    expect(canWriteAsPdfText('Lancement 東京')).toBe(false);
    expect(canWriteAsPdfText('Launch 🚀')).toBe(false);
    expect(canWriteAsPdfText('Łódź')).toBe(false);
    expect(canWriteAsPdfText('≥ v1')).toBe(false);
  });
});

describe('takeOutUnwritableText', () => {
  it('leaves writable lines in place and takes out each other one, runs and all', () => {
    const root = page(
      '<text x="10" y="30" font-size="20">Café — “Q1”</text>' +
        '<text x="10" y="60" font-size="12"><tspan>東京</tspan><tspan font-weight="bold"> at risk</tspan></text>' +
        '<rect width="5" height="5"/>',
    );
    const lines = takeOutUnwritableText(root);
    expect([...root.getElementsByTagName('text')].map((text) => text.textContent)).toEqual(['Café — “Q1”']);
    expect(root.getElementsByTagName('rect')).toHaveLength(1);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    // Its own small SVG, the page's font named, the text with its runs drawn at its place.
    expect(line!.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*font-family="'Segoe UI'/);
    expect(line!.svg).toContain(`viewBox="${line!.left} ${line!.top} ${line!.width} ${line!.height}"`);
    expect(line!.svg).toContain('<tspan font-weight="bold"> at risk</tspan>');
    expect(line).toMatchObject({ left: 10, top: 45, height: 20 });
    expect(line!.width).toBeGreaterThanOrEqual(textWidth('東京 at risk', 12, true));
  });

  it('puts the box where the anchor puts the text: after its x, around it, or before it', () => {
    const root = page(
      '<text x="200" y="50" font-size="10" text-anchor="middle">🚀</text>' +
        '<text x="200" y="90" font-size="10" text-anchor="end">🚀</text>' +
        '<text x="200" y="130" font-size="10">🚀</text>',
    );
    // One emoji at 10 px: an em, bold, plus an em of room = 21 px wide; 12 px above the baseline.
    const boxes = takeOutUnwritableText(root).map(({ left, top, width, height }) => ({
      left,
      top,
      width,
      height,
    }));
    expect(boxes).toEqual([
      { left: 189, top: 38, width: 21, height: 16 },
      { left: 179, top: 78, width: 21, height: 16 },
      { left: 200, top: 118, width: 21, height: 16 },
    ]);
    expect(root.getElementsByTagName('text')).toHaveLength(0);
  });

  it('escapes nothing twice: the text of an unwritable line keeps its markup-safe characters', () => {
    const root = page('<text x="0" y="20" font-size="10">R&amp;D &lt;東京&gt;</text>');
    const [line] = takeOutUnwritableText(root);
    expect(line!.svg).toContain('>R&amp;D &lt;東京&gt;</text>');
    const reparsed = new DOMParser().parseFromString(line!.svg, 'image/svg+xml');
    expect(reparsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(reparsed.documentElement.textContent).toBe('R&D <東京>');
  });
});
