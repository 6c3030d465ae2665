import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  dayToX,
  fiscalQuarter,
  makeScale,
  snapDays,
  daysAt,
  totalWidth,
  xToDay,
} from '../../../renderer/features/timeline/scale';
import { buildTimelineRows } from '../../../shared/views/timeline-rows';
import { shiftedDates } from '../../../renderer/features/timeline/TimelineBar';
import { sample } from '../../fixtures/workspace';

describe('time scale', () => {
  it('maps days to pixels and back at each zoom', () => {
    for (const [zoom, px] of [
      ['week', 40],
      ['month', 12],
      ['quarter', 4],
    ] as const) {
      const scale = makeScale('2026-01-01', '2026-12-31', zoom);
      expect(scale.days).toBe(365);
      expect(totalWidth(scale)).toBe(365 * px);
      expect(dayToX(scale, '2026-01-01')).toBe(0);
      expect(dayToX(scale, '2026-02-01')).toBe(31 * px);
      expect(xToDay(scale, 31 * px)).toBe('2026-02-01');
      expect(xToDay(scale, 31 * px + px - 1)).toBe('2026-02-01'); // anywhere inside the day
      expect(xToDay(scale, 31 * px - 1)).toBe('2026-01-31');
    }
  });

  it('snaps drags to the day under the pointer, measured in days so that a zoom under a drag moves nothing', () => {
    const scale = makeScale('2026-01-01', '2026-12-31', 'month'); // 12 px a day
    const from = daysAt(scale, 603); // grabbed in the 51st day, a quarter in
    expect(snapDays(from, daysAt(scale, 600))).toBe(0);
    expect(snapDays(from, daysAt(scale, 611))).toBe(0);
    expect(snapDays(from, daysAt(scale, 612))).toBe(1);
    expect(snapDays(from, daysAt(scale, 599))).toBe(-1);
    expect(snapDays(from, daysAt(scale, 587))).toBe(-2);
    expect(snapDays(from, daysAt(scale, 684))).toBe(7);
    // Zoomed in to Weeks with the pointer in the day 2 on, at the middle of it as a zoom puts it.
    const weeks = makeScale('2026-01-01', '2026-12-31', 'week');
    expect(snapDays(from, daysAt(weeks, 52 * 40 + 20))).toBe(2);
    expect(snapDays(from, daysAt(weeks, 52 * 40))).toBe(2);
  });

  it('labels months, weeks, days and fiscal quarters', () => {
    const scale = makeScale('2026-01-01', '2026-12-31', 'month');
    const axis = axisTicks(scale, 'month', '2026-03-25', '2026-04-20', {
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
    });
    expect(axis.major.map((t) => t.label)).toEqual(['Mar 2026', 'Apr 2026']);
    expect(axis.minor.map((t) => t.label)).toEqual(['23', '30', '6', '13', '20']); // Mondays
    expect(axis.quarters.map((t) => t.label)).toEqual(['Q2 FY26']);
    const weeks = axisTicks(
      makeScale('2026-01-01', '2026-12-31', 'week'),
      'week',
      '2026-03-29',
      '2026-03-31',
      { weekStartsOn: 0, fiscalYearStartMonth: 1 },
    );
    expect(weeks.minor.map((t) => `${t.label}${t.strong ? '*' : ''}`)).toEqual(['29*', '30', '31']); // Sunday starts the week
    const quarters = axisTicks(
      makeScale('2026-01-01', '2027-12-31', 'quarter'),
      'quarter',
      '2026-03-15',
      '2026-07-10',
      { weekStartsOn: 1, fiscalYearStartMonth: 4 },
    );
    expect(quarters.major.map((t) => t.label)).toEqual(['Q1 FY27', 'Q2 FY27']);
    expect(quarters.minor.map((t) => t.label)).toEqual(['Mar', 'Apr', 'May', 'Jun', 'Jul']);
  });

  it('names fiscal quarters for a year starting in any month', () => {
    expect(fiscalQuarter('2026-01-01', 1)).toMatchObject({ label: 'Q1 FY26', isStart: true });
    expect(fiscalQuarter('2026-03-01', 4)).toMatchObject({ label: 'Q4 FY26', isStart: false });
    expect(fiscalQuarter('2026-04-01', 4)).toMatchObject({ label: 'Q1 FY27', isStart: true });
    expect(fiscalQuarter('2026-10-01', 7)).toMatchObject({ label: 'Q2 FY27', isStart: true });
  });
});

describe('timeline rows', () => {
  it('by parent: each launch with its betas and rollouts beneath, collapsible', () => {
    const ws = sample();
    const rows = buildTimelineRows(ws, 'parent', new Set());
    const links = rows.findIndex((r) => r.type === 'item' && r.item.id === 'sample-payment-links');
    expect(rows[links]).toMatchObject({ depth: 0, hasChildren: true });
    expect(rows.slice(links + 1, links + 4).map((r) => r.type === 'item' && r.item.parentId)).toEqual([
      'sample-payment-links',
      'sample-payment-links',
      'sample-payment-links',
    ]);
    const collapsed = buildTimelineRows(ws, 'parent', new Set(['sample-payment-links']));
    expect(collapsed).toHaveLength(rows.length - 3);
  });

  it('by region: an item appears under each of its regions; groups collapse', () => {
    const ws = sample();
    const rows = buildTimelineRows(ws, 'region', new Set());
    const groups = rows.filter((r) => r.type === 'group').map((r) => r.label);
    expect(groups[0]).toBe('NA — North America');
    const dark = rows.filter((r) => r.type === 'item' && r.item.id === 'sample-dark-mode');
    expect(dark).toHaveLength(6);
    const collapsed = buildTimelineRows(ws, 'region', new Set(['group:NA']));
    expect(collapsed.find((r) => r.key === 'group:NA')).toMatchObject({ collapsed: true });
    expect(collapsed.length).toBeLessThan(rows.length);
  });

  it('by kind and product area, leaving archived items out', () => {
    const ws = sample();
    ws.items['sample-dark-mode'] = { ...ws.items['sample-dark-mode']!, archived: true };
    expect(
      buildTimelineRows(ws, 'kind', new Set())
        .filter((r) => r.type === 'group')
        .map((r) => r.label),
    ).toEqual(['Beta', 'Launch', 'Rollout']);
    const areas = buildTimelineRows(ws, 'productArea', new Set())
      .filter((r) => r.type === 'group')
      .map((r) => r.label);
    expect(areas).toEqual(['Billing', 'Collaboration', 'Payments']);
  });
});

describe('dragging bars', () => {
  const item = sample().items['sample-payment-links-na']!; // rollout: start T+14, launch T+21, end T+35

  it('moving shifts every date', () => {
    expect(shiftedDates(item, 'move', 3)).toEqual({
      startDate: '2026-12-13',
      launchDate: '2026-12-20',
      endDate: '2027-01-03',
    });
  });

  it('resizing moves one edge and never past the launch date', () => {
    expect(shiftedDates(item, 'start', -5)).toMatchObject({
      startDate: '2026-12-05',
      launchDate: '2026-12-17',
    });
    expect(shiftedDates(item, 'start', 30)).toMatchObject({ startDate: '2026-12-17' });
    expect(shiftedDates(item, 'end', 2)).toMatchObject({ endDate: '2027-01-02', launchDate: '2026-12-17' });
    expect(shiftedDates(item, 'end', -60)).toMatchObject({ endDate: '2026-12-17' });
    const launch = sample().items['sample-payment-links']!;
    expect(shiftedDates(launch, 'end', 7)).toMatchObject({ launchDate: '2026-12-24' });
  });
});
