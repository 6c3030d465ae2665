// @vitest-environment jsdom
/**
 * The picture export's choices and files outside the canvas: the range and title it starts
 * from (the timeline's place and zoom), the view as this window shows it, the file names, the
 * bytes crossing to saveFile as base64.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../shared/domain/items/board';
import {
  defaultTitle,
  initialChoices,
  pictureFileName,
  picturePages,
} from '../../../renderer/features/pictures/picture-export';
import { base64Of, svgFile } from '../../../renderer/features/pictures/picture-files';
import { useBoardView } from '../../../renderer/state/board-view';
import { useTimelineView } from '../../../renderer/state/timeline-view';
import { add, item } from '../../fixtures/records';
import { baseWorkspace, TODAY } from '../../fixtures/workspace';

beforeEach(() => {
  useTimelineView.setState({ zoom: 'month', grouping: 'parent', at: null, collapsed: new Set() });
  useBoardView.setState({ grouping: 'none', filter: EMPTY_FILTER });
});

describe('initialChoices', () => {
  it('starts at this month for six months at the month zoom, as a slide PNG', () => {
    expect(initialChoices('timeline', TODAY)).toEqual({
      format: 'png',
      size: 'slide',
      title: 'Launch timeline — Nov 2026 – Apr 2027',
      from: '2026-11-01',
      to: '2027-04-30',
    });
  });

  it('starts at the month the timeline shows, for as long as its zoom suggests', () => {
    useTimelineView.setState({ at: '2027-02-17', zoom: 'week' });
    expect(initialChoices('timeline', TODAY)).toMatchObject({ from: '2027-02-01', to: '2027-03-31' });
    useTimelineView.setState({ zoom: 'quarter' });
    expect(initialChoices('timeline', TODAY)).toMatchObject({ from: '2027-02-01', to: '2028-01-31' });
  });

  it('names the board plainly and a one-month range once', () => {
    expect(initialChoices('board', TODAY).title).toBe('Launch board');
    expect(defaultTitle('timeline', '2026-11-01', '2026-11-30')).toBe('Launch timeline — Nov 2026');
  });
});

describe('picturePages', () => {
  const ws = () =>
    add(
      baseWorkspace(),
      'items',
      item('a', { title: 'Alpha', tier: 1, launchDate: '2026-12-01', startDate: '2026-11-02' }),
      item('b', { title: 'Bravo', tier: 2, launchDate: '2026-12-03', startDate: '2026-11-02' }),
    );
  const choices = { ...initialChoices('board', TODAY), title: '' };

  it('draws the board with the filter this window has, and the default title when none is typed', () => {
    useBoardView.setState({ filter: { ...EMPTY_FILTER, tier: 2 } });
    const [page] = picturePages('board', ws(), choices, { today: TODAY, asOf: 'now' });
    expect(page!.svg).toContain('>Bravo<');
    expect(page!.svg).not.toContain('>Alpha<');
    expect(page!.heading.title).toBe('Launch board');
  });

  it('draws the timeline with this window’s collapsed parents', () => {
    const parentWs = add(
      ws(),
      'items',
      item('c', { title: 'Child', parentId: 'a', launchDate: '2026-11-20' }),
    );
    const timeline = initialChoices('timeline', TODAY);
    const open = picturePages('timeline', parentWs, timeline, { today: TODAY, asOf: 'now' });
    expect(open[0]!.svg).toContain('<title>Child</title>');
    useTimelineView.setState({ collapsed: new Set(['a']) });
    const shut = picturePages('timeline', parentWs, timeline, { today: TODAY, asOf: 'now' });
    expect(shut[0]!.svg).not.toContain('<title>Child</title>');
  });
});

describe('files', () => {
  it('names files by subject, day and format', () => {
    expect(pictureFileName('timeline', 'pdf', TODAY)).toBe('launch-timeline-2026-11-26.pdf');
    expect(pictureFileName('board', 'svg', TODAY)).toBe('launch-board-2026-11-26.svg');
  });

  it('writes bytes as base64 exactly, however many', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, n) => (n * 31) % 256);
    const decoded = Uint8Array.from(atob(base64Of(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
    expect(base64Of(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('iVBORw==');
  });

  it('keeps one page as it is and stacks several into one SVG', () => {
    const page = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"></svg>',
      width: 10,
      height: 5,
    };
    const pages = [page, page].map((p) => ({ ...p, widthPt: 7.5, heightPt: 3.75, heading: null as never }));
    expect(svgFile(pages.slice(0, 1))).toBe(page.svg);
    expect(svgFile(pages)).toMatch(/^<svg [^>]*height="10"[^>]*>.*<svg y="5" /);
  });
});
