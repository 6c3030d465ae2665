// @vitest-environment jsdom
/**
 * The timeline and board pictures: well-formed SVG (parsed here with the browser's XML parser),
 * every visible item's title escaped, the axis with months and years, pages cut where rows or
 * columns run out, the size of each page format, and the same bytes for the same workspace.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../shared/domain/items/board';
import type { Workspace } from '../../../shared/domain/workspace';
import { boardSvg, type BoardPictureView } from '../../../shared/formats/board-svg';
import {
  escapeXml,
  fitText,
  PAGE_SIZES,
  PICTURE_SIZES,
  stackPages,
  textWidth,
  type PictureOptions,
  type PicturePage,
} from '../../../shared/formats/picture-page';
import { timelineSvg, type TimelinePictureView } from '../../../shared/formats/timeline-svg';
import { add, item } from '../../fixtures/records';
import { buildTimelineRows } from '../../../shared/views/timeline-rows';
import { baseWorkspace, sample, TODAY } from '../../fixtures/workspace';

const HOSTILE = '<script>alert("x")</script> & Co\'s';

const options: PictureOptions = {
  size: 'slide',
  title: 'Launch timeline',
  asOf: 'Thu 26 Nov 2026',
  today: TODAY,
};

const timelineView: TimelinePictureView = {
  grouping: 'parent',
  collapsed: new Set(),
  from: '2026-11-01',
  to: '2027-02-28',
};

const boardView: BoardPictureView = { grouping: 'none', filter: EMPTY_FILTER };

/** Parses a page as SVG and fails on anything that is not well-formed XML. */
function parse(page: PicturePage): Document {
  const doc = new DOMParser().parseFromString(page.svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror'), page.svg.slice(0, 200)).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

/** The text a reader sees: every <text> element's content. */
function texts(doc: Document): string[] {
  return [...doc.getElementsByTagName('text')].map((node) => node.textContent ?? '');
}

/** The full titles of the drawn items (each item's group carries its title). */
function itemTitles(doc: Document): string[] {
  return [...doc.querySelectorAll('g > title')].map((node) => node.textContent ?? '');
}

function workspaceWith(...items: ReturnType<typeof item>[]): Workspace {
  return add(baseWorkspace(), 'items', ...items);
}

describe('timelineSvg', () => {
  const ws = () =>
    workspaceWith(
      item('a', { title: HOSTILE, startDate: '2026-11-10', launchDate: '2026-12-01' }),
      item('b', {
        title: 'Beta of a',
        kind: 'beta',
        parentId: 'a',
        startDate: '2026-11-12',
        launchDate: '2026-11-20',
      }),
      item('old', { title: 'Long gone', startDate: '2025-01-01', launchDate: '2025-02-01' }),
      item('none', { title: 'No dates yet' }),
    );

  it('is well-formed SVG with every item in range, its title escaped, and leaves out the rest', () => {
    const [page, ...more] = timelineSvg(ws(), timelineView, options);
    expect(more).toHaveLength(0);
    expect(page!.svg).not.toContain('<script>');
    expect(page!.svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&apos;s');
    const doc = parse(page!);
    expect(itemTitles(doc).sort()).toEqual(['Beta of a', HOSTILE].sort());
    expect(texts(doc)).toContain('Beta of a');
    expect(texts(doc).join('\n')).toContain('not shown: 1 outside these dates and 1 without dates');
  });

  it('draws the axis with month names and the year, and the today line inside the range', () => {
    const doc = parse(timelineSvg(ws(), timelineView, options)[0]!);
    const words = texts(doc);
    for (const month of ['Nov', 'Dec', 'Jan', 'Feb']) expect(words).toContain(month);
    expect(words).toContain('2026');
    expect(words).toContain('2027');
    expect(words).toContain('Today');
    const later = parse(
      timelineSvg(ws(), { ...timelineView, from: '2027-01-01', to: '2027-06-30' }, options)[0]!,
    );
    expect(texts(later)).not.toContain('Today');
  });

  it('says health in words and shows the title, "as of" and the legend at the top', () => {
    const words = texts(parse(timelineSvg(ws(), timelineView, options)[0]!));
    expect(words[0]).toBe('Launch timeline');
    expect(words.some((text) => text.startsWith('As of Thu 26 Nov 2026'))).toBe(true);
    for (const health of ['On track', 'At risk', 'Off track']) expect(words).toContain(health);
  });

  it('keeps the parent launch above a beta in range, even when the launch itself is not', () => {
    const doc = parse(
      timelineSvg(
        workspaceWith(
          item('p', { title: 'Parent', startDate: '2026-01-01', launchDate: '2026-02-01' }),
          item('k', {
            title: 'Child',
            kind: 'beta',
            parentId: 'p',
            startDate: '2026-11-10',
            launchDate: '2026-11-20',
          }),
        ),
        timelineView,
        options,
      )[0]!,
    );
    expect(itemTitles(doc)).toEqual(['Parent', 'Child']);
  });

  it('counts a parent drawn for its child once: shown, outside and undated add up to every item', () => {
    const sampleWs = sample();
    const view = { ...timelineView, from: '2027-01-05', to: '2027-01-12' };
    const pages = timelineSvg(sampleWs, view, options);
    const footer = texts(parse(pages[0]!)).find((text) => /launch items? from/.test(text))!;
    const count = (pattern: RegExp) => Number(footer.match(pattern)?.[1] ?? 0);
    const shown = count(/^(\d+) launch item/);
    const outside = count(/(\d+) outside these dates/);
    const undated = count(/(\d+) without dates/);
    const total = buildTimelineRows(sampleWs, 'parent', new Set()).filter(
      (row) => row.type === 'item',
    ).length;
    expect(shown + outside + undated).toBe(total);
  });

  it('continues on more pages when the rows do not fit, each item once, with "Page n of m"', () => {
    const many = Array.from({ length: 70 }, (_, n) =>
      item(`i${String(n).padStart(2, '0')}`, {
        title: `Item ${n}`,
        startDate: '2026-11-02',
        launchDate: '2026-12-01',
        productArea: n < 35 ? 'Payments' : 'Search',
      }),
    );
    const pages = timelineSvg(workspaceWith(...many), { ...timelineView, grouping: 'productArea' }, options);
    expect(pages.length).toBeGreaterThan(1);
    const docs = pages.map(parse);
    const titles = docs.flatMap(itemTitles);
    expect(titles.sort()).toEqual(many.map((i) => i.title).sort());
    docs.forEach((doc, index) =>
      expect(texts(doc).join('\n')).toContain(`Page ${index + 1} of ${pages.length}`),
    );
    // A page that starts inside a group repeats its heading.
    expect(texts(docs[1]!).some((text) => text.endsWith('(continued)'))).toBe(true);
  });

  it('gives one page saying so when nothing falls in the range', () => {
    const pages = timelineSvg(ws(), { ...timelineView, from: '2030-01-01', to: '2030-03-31' }, options);
    expect(pages).toHaveLength(1);
    expect(texts(parse(pages[0]!))).toContain('No launch items fall between 1 Jan 2030 and 31 Mar 2030.');
  });

  it('gives the same bytes for the same workspace and view', () => {
    expect(timelineSvg(ws(), timelineView, options)).toEqual(timelineSvg(ws(), timelineView, options));
  });
});

describe('page sizes', () => {
  it.each(PICTURE_SIZES)('%s pages are sized in pixels (SVG) and points (PDF)', (size) => {
    const expected = {
      slide: [1280, 720, 960, 540],
      a4: [1123, 794, 841.89, 595.28],
      letter: [1056, 816, 792, 612],
    }[size];
    for (const page of [
      timelineSvg(baseWorkspace(), timelineView, { ...options, size })[0]!,
      boardSvg(baseWorkspace(), boardView, { ...options, size })[0]!,
    ]) {
      expect([page.width, page.height, page.widthPt, page.heightPt]).toEqual(expected);
      const root = parse(page).documentElement;
      expect(root.getAttribute('width')).toBe(String(expected[0]));
      expect(root.getAttribute('height')).toBe(String(expected[1]));
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${expected[0]} ${expected[1]}`);
    }
    // Pixels at 96 per inch and points at 72 per inch describe the same page.
    expect(PAGE_SIZES[size].width / 96).toBeCloseTo(PAGE_SIZES[size].widthPt / 72, 1);
    expect(PAGE_SIZES[size].height / 96).toBeCloseTo(PAGE_SIZES[size].heightPt / 72, 1);
  });

  it('makes the slide 16:9', () => {
    expect(PAGE_SIZES.slide.width / PAGE_SIZES.slide.height).toBeCloseTo(16 / 9, 5);
  });
});

describe('boardSvg', () => {
  const ws = () =>
    workspaceWith(
      item('a', { title: HOSTILE, tier: 1, stageId: 'planning', launchDate: '2026-12-06', regions: ['EU'] }),
      item('b', { title: 'Second card', tier: 2, stageId: 'beta', regions: ['NA'] }),
      item('gone', { title: 'Archived', stageId: 'beta', archived: true }),
    );

  it('draws a column per stage and a card per visible item, escaped, with tier, health and T-0', () => {
    const [page, ...more] = boardSvg(ws(), boardView, { ...options, title: 'Launch board' });
    expect(more).toHaveLength(0);
    expect(page!.svg).not.toContain('<script>');
    const doc = parse(page!);
    const words = texts(doc);
    for (const stage of ['Planning', 'Beta', 'Readiness', 'Rolling out', 'Launched', 'Retrospective'])
      expect(words).toContain(stage);
    expect(itemTitles(doc).sort()).toEqual([HOSTILE, 'Second card'].sort());
    expect(words).toContain('On track · Launch · Tier 1');
    expect(words).toContain('T-0 6 Dec 2026 (T-10)');
    expect(words).toContain('No launch date');
  });

  it('draws only what the filter shows, and says so', () => {
    const doc = parse(boardSvg(ws(), { ...boardView, filter: { ...EMPTY_FILTER, tier: 1 } }, options)[0]!);
    expect(itemTitles(doc)).toEqual([HOSTILE]);
    expect(texts(doc).join('\n')).toContain('1 of 2 launch items (filtered)');
    expect(texts(doc).some((text) => text.includes('Tier 1'))).toBe(true);
  });

  it('draws swimlanes with their headings', () => {
    const words = texts(parse(boardSvg(ws(), { ...boardView, grouping: 'region' }, options)[0]!));
    expect(words.some((text) => text.startsWith('EU'))).toBe(true);
    expect(words.some((text) => text.startsWith('NA'))).toBe(true);
  });

  it('wraps columns that do not fit across a page onto more pages, never cutting one', () => {
    const wide = ws();
    const settings = wide.settings.workspace!;
    for (let n = 1; n <= 8; n += 1) settings.stages.push({ id: `extra-${n}`, name: `Extra stage ${n}` });
    const pages = boardSvg(wide, boardView, options).map(parse);
    expect(pages.length).toBeGreaterThan(1);
    const words = pages.flatMap(texts);
    for (const stage of settings.stages) expect(words.filter((text) => text === stage.name)).toHaveLength(1);
  });

  it('continues a long column on the next page, each card once', () => {
    const cards = Array.from({ length: 30 }, (_, n) =>
      item(`c${String(n).padStart(2, '0')}`, { title: `Card ${n}`, stageId: 'planning', rank: `a${n}` }),
    );
    const pages = boardSvg(workspaceWith(...cards), boardView, options).map(parse);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap(itemTitles).sort()).toEqual(cards.map((c) => c.title).sort());
  });

  it('says when there is nothing to draw', () => {
    expect(texts(parse(boardSvg(baseWorkspace(), boardView, options)[0]!))).toContain('No launch items yet.');
    const filtered = boardSvg(ws(), { ...boardView, filter: { ...EMPTY_FILTER, text: 'zzz' } }, options);
    expect(texts(parse(filtered[0]!))).toContain('No launch items match these filters.');
  });

  it('gives the same bytes for the same workspace and view', () => {
    expect(boardSvg(ws(), boardView, options)).toEqual(boardSvg(ws(), boardView, options));
  });
});

describe('headings and stacked pages', () => {
  it('gives the heading it draws', () => {
    const [drawn] = timelineSvg(baseWorkspace(), timelineView, options);
    expect(drawn!.heading).toMatchObject({ title: 'Launch timeline', titleSize: 22 });
    expect(drawn!.heading.line).toMatch(/^As of Thu 26 Nov 2026 · Grouped by parent launch$/);
    const words = texts(parse(drawn!));
    expect(words).toContain('Launch timeline');
    expect(words).toContain(drawn!.heading.line);
    expect(words).toContain('On track');
  });

  it('stacks pages one under another in one well-formed picture', () => {
    const many = Array.from({ length: 40 }, (_, n) =>
      item(`s${String(n).padStart(2, '0')}`, { title: `Stacked ${n}`, stageId: 'planning', rank: `a${n}` }),
    );
    const pages = boardSvg(workspaceWith(...many), boardView, options);
    expect(pages.length).toBeGreaterThan(1);
    const stacked = stackPages(pages);
    expect(stacked.width).toBe(1280);
    expect(stacked.height).toBe(720 * pages.length);
    const doc = new DOMParser().parseFromString(stacked.svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const nested = [...doc.documentElement.children].filter((node) => node.tagName === 'svg');
    expect(nested.map((node) => node.getAttribute('y'))).toEqual(pages.map((_, n) => String(720 * n)));
    expect(itemTitles(doc).sort()).toEqual(many.map((c) => c.title).sort());
  });
});

describe('text helpers', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0001\u0008c\ud800')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
    expect(escapeXml('emoji 🚀 stays')).toBe('emoji 🚀 stays');
  });

  it('shortens text with an ellipsis to fit, never splitting a character', () => {
    const long = 'Usage-based billing — APAC & Japan wave 🚀🚀🚀';
    const short = fitText(long, 100, 12);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 12)).toBeLessThanOrEqual(100);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(fitText('Short', 100, 12)).toBe('Short');
    const emoji = fitText('🚀🚀🚀🚀🚀🚀', 40, 12);
    expect([...emoji].every((char) => char === '🚀' || char === '…')).toBe(true);
  });
});
