/**
 * Records the rules now refuse may already be stored (saved before the rules, or by an older
 * import): the read models and the timeline's geometry must draw around them, never crash,
 * hang or drop other items.
 */
import { describe, expect, it } from 'vitest';
import { LAST_DAY, PLANNING_LAST_DAY } from '../../../shared/dates/days';
import type { Workspace } from '../../../shared/domain/workspace';
import { EMPTY_FILTER } from '../../../shared/domain/items/board';
import { laneOrder } from '../../../shared/views/lanes';
import { buildRows } from '../../../shared/views/launch-rows';
import { buildTimelineRows, timelineRange } from '../../../shared/views/timeline-rows';
import { buildBoard } from '../../../renderer/features/board/board-model';
import { makeScale, spanX, totalWidth } from '../../../renderer/features/timeline/scale';
import { sample, TODAY } from '../../fixtures/workspace';

function damaged(edit: (ws: Workspace) => void, clone = false): Workspace {
  const ws = clone ? structuredClone(sample()) : sample();
  edit(ws);
  return ws;
}

const itemIds = (ws: Workspace) =>
  buildTimelineRows(ws, 'parent', new Set()).flatMap((r) => (r.type === 'item' ? [r.item.id] : []));

/** Chromium will not lay out an element wider than this. */
const BROWSER_MAX_PX = 33_554_428;

describe('the timeline with records the rules refuse', () => {
  it('a parent loop: every item keeps its row, each once', () => {
    const ws = damaged((w) => {
      w.items['sample-payment-links']!.parentId = 'sample-payment-links-na';
    });
    const ids = itemIds(ws);
    const active = Object.values(ws.items).filter((i) => !i.archived);
    expect(ids).toHaveLength(active.length);
    expect(new Set(ids)).toEqual(new Set(active.map((i) => i.id)));
  });

  it('a parent loop stays shown when its top item is collapsed, and nothing else moves out', () => {
    const ws = damaged((w) => {
      w.items['sample-usage-billing']!.parentId = 'sample-usage-billing-na';
    });
    const rows = buildTimelineRows(
      ws,
      'parent',
      new Set(['sample-usage-billing-beta', 'sample-payment-links']),
    );
    const ids = rows.flatMap((r) => (r.type === 'item' ? [r.item.id] : []));
    expect(ids).toContain('sample-usage-billing');
    expect(ids).toContain('sample-usage-billing-na');
    expect(ids).not.toContain('sample-payment-links-na'); // under a collapsed launch, as before
  });

  it('a parent named like an Object.prototype member is no parent: the item is at the top level', () => {
    for (const clone of [false, true]) {
      const ws = damaged((w) => {
        w.items['sample-dark-mode']!.parentId = 'constructor';
      }, clone);
      const row = buildTimelineRows(ws, 'parent', new Set()).find(
        (r) => r.type === 'item' && r.item.id === 'sample-dark-mode',
      );
      expect(row).toMatchObject({ depth: 0 });
    }
  });

  it('a 9999-12-31 date: the range stays within the supported days and fits a browser', () => {
    const ws = damaged((w) => {
      Object.assign(w.items['sample-dark-mode']!, { launchDate: '9999-12-31', endDate: null });
    });
    const { origin, end } = timelineRange(ws, TODAY);
    expect(end <= '2201-12-31').toBe(true);
    for (const zoom of ['week', 'month', 'quarter'] as const) {
      const scale = makeScale(origin, end, zoom);
      expect(totalWidth(scale)).toBeLessThan(BROWSER_MAX_PX);
    }
    // Clamped to the planning range: the axis stops a little after 2100.
    expect(end > PLANNING_LAST_DAY && end < LAST_DAY).toBe(true);
  });

  it('a 0202 start: the range starts no earlier than 2000', () => {
    const ws = damaged((w) => {
      w.items['sample-dark-mode']!.startDate = '0202-03-04';
    });
    expect(timelineRange(ws, TODAY).origin >= '1999-12-01').toBe(true);
  });

  it('bars, bands and arrows to days outside the scale are cut at its edges', () => {
    const scale = makeScale('2026-01-01', '2026-12-31', 'week');
    expect(spanX(scale, '2026-12-01', '9999-12-31')).toEqual({
      x: 334 * 40,
      width: 365 * 40 - 334 * 40,
    });
    expect(spanX(scale, '1970-01-01', '2026-01-01')).toEqual({ x: 0, width: 40 });
    expect(spanX(scale, '9999-01-01', '9999-12-31')).toEqual({ x: 365 * 40, width: 0 });
  });
});

describe('the board and lists with records the rules refuse', () => {
  it('an owner named "toString" is nobody, in rows, lanes and the board', () => {
    for (const clone of [false, true]) {
      const ws = damaged((w) => {
        w.items['sample-dark-mode']!.ownerId = 'toString';
      }, clone);
      const rows = buildRows(ws, TODAY);
      expect(rows.find((r) => r.item.id === 'sample-dark-mode')!.ownerName).toBe('');
      const lanes = laneOrder(ws, 'owner', ['toString']);
      expect(lanes[0]).toEqual({ key: 'toString', label: 'Unknown person' });
      const board = buildBoard(ws, ws.settings.workspace!, rows, 'owner', EMPTY_FILTER);
      expect(board.lanes.map((l) => l.label)).not.toContain('toString');
    }
  });
});
