import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_ROWS,
  firstScreenWorkspace,
  timelineFirstScreen,
} from '../../../shared/views/first-screen';
import { milestonesByItem } from '../../../shared/views/indexes';
import { buildTimelineRows, rangeAround, timelineRange } from '../../../shared/views/timeline-rows';
import { settingsOf } from '../../../shared/domain/workspace';
import { generateWorkspace } from '../../bench/generate';
import { sample, TODAY } from '../../fixtures/workspace';

const NOTHING: ReadonlySet<string> = new Set();
const big = () =>
  generateWorkspace({ items: 300, readinessPerItem: 1, dependencies: 40, seed: 5, today: TODAY });

describe('the timeline first screen', () => {
  it('keeps the top rows of a grouping with nothing collapsed, and counts the item rows of all', () => {
    const ws = big();
    for (const grouping of ['parent', 'region'] as const) {
      const all = buildTimelineRows(ws, grouping, NOTHING);
      const screen = timelineFirstScreen(ws, grouping, 'stamp-1');
      expect(all.length).toBeGreaterThan(FIRST_SCREEN_ROWS);
      expect(screen.rows).toEqual(all.slice(0, FIRST_SCREEN_ROWS));
      expect(screen.itemRows).toBe(all.filter((r) => r.type === 'item').length);
      expect(screen.stamp).toBe('stamp-1');
      expect(screen.grouping).toBe(grouping);
    }
  });

  it('draws the same axis as the whole workspace, on any later day too', () => {
    const ws = big();
    const screen = timelineFirstScreen(ws, 'parent', 's');
    for (const today of [TODAY, '2027-03-01', '2031-01-15'])
      expect(rangeAround(screen.span, today)).toEqual(timelineRange(ws, today));
  });

  it('holds the milestones of its rows only, every blackout and the settings', () => {
    const ws = sample();
    const screen = timelineFirstScreen(ws, 'parent', 's');
    const shown = new Set(screen.rows.flatMap((r) => (r.type === 'item' ? [r.item.id] : [])));
    const expected = [...milestonesByItem(ws)].filter(([id]) => shown.has(id)).flatMap(([, list]) => list);
    expect(expected.length).toBeGreaterThan(0);
    expect(screen.milestones).toHaveLength(expected.length);
    expect(new Set(screen.milestones)).toEqual(new Set(expected));
    expect(screen.blackouts).toHaveLength(Object.keys(ws.blackouts).length);
    expect(screen.settings).toEqual(settingsOf(ws));
  });

  it('is drawn from a part-workspace of exactly its records', () => {
    const ws = big();
    const screen = timelineFirstScreen(ws, 'parent', 's');
    const part = firstScreenWorkspace(JSON.parse(JSON.stringify(screen)));
    const ids = screen.rows.flatMap((r) => (r.type === 'item' ? [r.item.id] : []));
    expect(Object.keys(part.items).sort()).toEqual([...new Set(ids)].sort());
    expect(Object.keys(part.readiness)).toHaveLength(0);
    expect(Object.keys(part.milestones)).toHaveLength(screen.milestones.length);
    expect(settingsOf(part)).toEqual(settingsOf(ws));
  });
});
