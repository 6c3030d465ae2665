import { describe, expect, it } from 'vitest';
import {
  dateKeyShift,
  keysHiding,
  rangeAnnouncement,
  targetRowIndex,
} from '../../../renderer/features/timeline/timeline-keys';
import { placeTooltip } from '../../../renderer/features/timeline/tooltip-place';
import {
  barInView,
  leadingAxisLabel,
  makeScale,
  spanX,
  totalWidth,
} from '../../../renderer/features/timeline/scale';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import type { TimelineRow } from '../../../shared/views/timeline-rows';

const item = (id: string) => ({ id }) as LaunchItem;
const itemRow = (id: string, depth: number, groupKey = id): TimelineRow => ({
  type: 'item',
  key: groupKey === id ? id : `${groupKey}/${id}`,
  item: item(id),
  depth,
  groupKey,
  hasChildren: false,
  collapsed: false,
});
const groupRow = (key: string): TimelineRow => ({
  type: 'group',
  key,
  label: key,
  count: 1,
  collapsed: false,
});

describe('roving focus over rows', () => {
  it('moves a row at a time, to the ends, and by a screenful, never past the rows', () => {
    expect(targetRowIndex(10, 4, 'ArrowDown', 5)).toBe(5);
    expect(targetRowIndex(10, 4, 'ArrowUp', 5)).toBe(3);
    expect(targetRowIndex(10, 0, 'ArrowUp', 5)).toBe(0);
    expect(targetRowIndex(10, 9, 'ArrowDown', 5)).toBe(9);
    expect(targetRowIndex(10, 4, 'Home', 5)).toBe(0);
    expect(targetRowIndex(10, 4, 'End', 5)).toBe(9);
    expect(targetRowIndex(10, 4, 'PageDown', 5)).toBe(9);
    expect(targetRowIndex(10, 4, 'PageUp', 3)).toBe(1);
    expect(targetRowIndex(10, 2, 'PageUp', 5)).toBe(0);
    // A screen too small for a row still moves by one.
    expect(targetRowIndex(10, 4, 'PageDown', 0)).toBe(5);
    expect(targetRowIndex(0, 0, 'ArrowDown', 5)).toBeNull();
  });
});

describe('moving dates by keyboard', () => {
  const key = (k: string, shiftKey = false, altKey = false) => dateKeyShift({ key: k, shiftKey, altKey });
  it('moves a day, Shift a week; Alt the end; Alt+Shift the start', () => {
    expect(key('ArrowRight')).toEqual({ mode: 'move', days: 1 });
    expect(key('ArrowLeft')).toEqual({ mode: 'move', days: -1 });
    expect(key('ArrowRight', true)).toEqual({ mode: 'move', days: 7 });
    expect(key('ArrowLeft', true)).toEqual({ mode: 'move', days: -7 });
    expect(key('ArrowRight', false, true)).toEqual({ mode: 'end', days: 1 });
    expect(key('ArrowLeft', true, true)).toEqual({ mode: 'start', days: -1 });
    expect(key('ArrowUp')).toBeNull();
    expect(key('Enter')).toBeNull();
  });
});

describe('the dates in view, in words', () => {
  it('names the first and last day and the zoom', () => {
    expect(rangeAnnouncement('2026-11-02', '2027-01-31', 'week')).toBe(
      'Showing 2 Nov 2026 – 31 Jan 2027, week zoom',
    );
    expect(rangeAnnouncement('2026-01-01', '2026-06-30', 'quarter')).toBe(
      'Showing 1 Jan 2026 – 30 Jun 2026, quarter zoom',
    );
  });
});

describe('what hides an item', () => {
  // launch A ▸ beta B ▸ wave C; launch D
  const byParent = [itemRow('A', 0), itemRow('B', 1), itemRow('C', 2), itemRow('D', 0)];
  it('opens only the collapsed parents above it', () => {
    expect(keysHiding(byParent, new Set(['A', 'B', 'D']), 'C')).toEqual(['B', 'A']);
    expect(keysHiding(byParent, new Set(['B', 'D']), 'C')).toEqual(['B']);
    expect(keysHiding(byParent, new Set(['A', 'D']), 'B')).toEqual(['A']);
    expect(keysHiding(byParent, new Set(['C', 'D']), 'C')).toEqual([]); // itself collapsed: still shown
    expect(keysHiding(byParent, new Set(['A']), 'D')).toEqual([]);
    expect(keysHiding(byParent, new Set(), 'gone')).toBeNull();
  });
  it('opens its group; an item under several groups is revealed where it already shows', () => {
    const byRegion = [
      groupRow('group:EU'),
      itemRow('X', 1, 'group:EU'),
      itemRow('Y', 1, 'group:EU'),
      groupRow('group:NA'),
      itemRow('Y', 1, 'group:NA'),
    ];
    expect(keysHiding(byRegion, new Set(['group:EU']), 'X')).toEqual(['group:EU']);
    expect(keysHiding(byRegion, new Set(['group:EU']), 'Y')).toEqual([]);
    expect(keysHiding(byRegion, new Set(['group:EU', 'group:NA']), 'Y')).toEqual(['group:EU']);
  });
});

describe('tooltip placement', () => {
  const chart = { left: 320, top: 52, right: 1400, bottom: 900 };
  const size = { width: 200, height: 24 };
  it('sits above the bar, from its start', () => {
    expect(placeTooltip({ left: 500, top: 300, right: 700, bottom: 320 }, size, chart)).toEqual({
      left: 500,
      top: 270,
      below: false,
    });
  });
  it('goes below the bar when the axis would cover it (the top row)', () => {
    const place = placeTooltip({ left: 500, top: 60, right: 700, bottom: 80 }, size, chart);
    expect(place).toEqual({ left: 500, top: 86, below: true });
  });
  it('moves left near the right edge and never starts left of the title column', () => {
    expect(placeTooltip({ left: 1300, top: 300, right: 1500, bottom: 320 }, size, chart).left).toBe(1200);
    expect(placeTooltip({ left: 100, top: 300, right: 600, bottom: 320 }, size, chart).left).toBe(320);
    // Wider than the chart: it starts at the chart's left edge.
    expect(
      placeTooltip({ left: 900, top: 300, right: 950, bottom: 320 }, { width: 2000, height: 24 }, chart).left,
    ).toBe(320);
  });
});

describe('the axis', () => {
  it('pins the month and year of the first day in view at every zoom', () => {
    expect(leadingAxisLabel('2026-11-17', 'week', 1)).toBe('Nov 2026');
    expect(leadingAxisLabel('2027-01-03', 'month', 1)).toBe('Jan 2027');
    expect(leadingAxisLabel('2026-11-17', 'quarter', 4)).toBe('Q3 FY27 · Nov 2026');
  });
  it('draws a stored day far outside the range at the edge', () => {
    const scale = makeScale('2000-01-01', '2030-12-31', 'week');
    expect(spanX(scale, '1900-01-01', '2000-01-10')).toEqual({ x: 0, width: 10 * 40 });
    const late = spanX(scale, '2030-12-01', '2300-01-01');
    expect(late.x + late.width).toBe(totalWidth(scale));
  });
  it('counts a bar stored beyond the axis as in view at the axis edge', () => {
    const scale = makeScale('2000-01-01', '2030-12-31', 'week');
    const far = { startDate: null, launchDate: '2300-01-01', endDate: null };
    expect(barInView(scale, far, '2030-11-01', '2031-02-01')).toBe(true);
    expect(barInView(scale, far, '2029-11-01', '2030-02-01')).toBe(false);
    const old = { startDate: '1900-01-01', launchDate: '1900-02-01', endDate: null };
    expect(barInView(scale, old, '1999-12-01', '2000-02-01')).toBe(true);
    expect(
      barInView(scale, { startDate: null, launchDate: null, endDate: null }, '2000-01-01', '2030-12-31'),
    ).toBe(false);
  });
});
