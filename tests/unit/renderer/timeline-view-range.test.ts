import { describe, expect, it } from 'vitest';
import { makeScale, xToDay } from '../../../renderer/features/timeline/scale';
import {
  anchoredLeft,
  CHUNK_PX,
  drawnSpan,
  OVERSCAN_PX,
  placedView,
  WHEEL_GESTURE_GAP_MS,
  wheelZoomStep,
} from '../../../renderer/features/timeline/view-range';
import { ZOOMS } from '../../../renderer/state/timeline-view';

describe('the drawn span', () => {
  it('always covers the view with overscan, whatever the scroll position', () => {
    for (let left = 0; left < 5000; left += 37) {
      const { fromX, toX } = drawnSpan({ left, width: 1040 });
      expect(fromX).toBeLessThanOrEqual(Math.max(0, left - (OVERSCAN_PX - CHUNK_PX)));
      expect(toX).toBeGreaterThanOrEqual(left + 1040 + OVERSCAN_PX);
      expect(fromX).toBeGreaterThanOrEqual(0);
    }
  });

  it('stays the same within a chunk and moves when the view crosses one', () => {
    const first = drawnSpan({ left: CHUNK_PX * 3 + 1, width: 1000 });
    expect(drawnSpan({ left: CHUNK_PX * 4 - 1, width: 1000 })).toEqual(first);
    const next = drawnSpan({ left: CHUNK_PX * 4, width: 1000 });
    expect(next.fromX - first.fromX).toBe(CHUNK_PX);
    expect(next.toX - first.toX).toBe(CHUNK_PX);
  });
});

describe('the scroll position that keeps a day in place across a zoom', () => {
  const scales = ZOOMS.map((zoom) => makeScale('2025-01-01', '2028-12-31', zoom));

  it('keeps the anchored day under the pointer at every zoom', () => {
    for (const day of ['2026-03-14', '2026-11-27', '2027-06-30'] as const)
      for (const offsetX of [0, 17, 300, 1000])
        for (const scale of scales) {
          const left = anchoredLeft(scale, { day, offsetX }, 1040);
          expect(xToDay(scale, left + offsetX)).toBe(day);
        }
  });

  it('stays within the scrollable range near either end of the axis', () => {
    for (const scale of scales) {
      expect(anchoredLeft(scale, { day: '2025-01-01', offsetX: 900 }, 1040)).toBe(0);
      const max = scale.days * scale.pxPerDay - 1040;
      expect(anchoredLeft(scale, { day: '2028-12-31', offsetX: 0 }, 1040)).toBe(max);
    }
  });
});

describe('the view drawn for a new scale', () => {
  const months = makeScale('2026-01-01', '2027-12-31', 'month');
  const weeks = makeScale('2026-01-01', '2027-12-31', 'week');
  const view = { left: 2400, width: 1040 };
  const anchor = { day: '2026-11-27', offsetX: 300 };

  it('is the view as it is while the scale on screen is the one drawn', () => {
    expect(placedView(view, months, months, anchor)).toBe(view);
  });

  it('keeps the anchor in place for a change of zoom, whichever zoom was on screen before', () => {
    const drawn = placedView(view, months, weeks, anchor);
    expect(drawn.width).toBe(1040);
    expect(xToDay(weeks, drawn.left + anchor.offsetX)).toBe(anchor.day);
    // Two quick steps: the anchor measured on screen is kept for the zoom finally drawn.
    const quarters = makeScale('2026-01-01', '2027-12-31', 'quarter');
    const twice = placedView(view, weeks, quarters, anchor);
    expect(xToDay(quarters, twice.left + anchor.offsetX)).toBe(anchor.day);
  });

  it('keeps the same days in view when the axis grows at its start, and ignores a stale anchor', () => {
    const earlier = makeScale('2025-12-01', '2027-12-31', 'month');
    expect(placedView(view, months, earlier, null)).toEqual({
      left: 2400 + 31 * months.pxPerDay,
      width: 1040,
    });
    expect(placedView(view, months, earlier, anchor)).toEqual({
      left: 2400 + 31 * months.pxPerDay,
      width: 1040,
    });
    expect(placedView(view, months, makeScale('2026-01-01', '2028-06-30', 'month'), null)).toBe(view);
  });
});

describe('wheel and pinch zoom steps', () => {
  it('a mouse notch is one step at once, either way', () => {
    const start = { total: 0, at: -Infinity };
    expect(wheelZoomStep(start, 100, 0).step).toBe(1);
    expect(wheelZoomStep(start, -120, 0).step).toBe(-1);
  });

  it('a pinch adds its small deltas up to one step, then starts again', () => {
    let state = { total: 0, at: -Infinity };
    const steps: number[] = [];
    for (let i = 0; i < 12; i++) {
      const next = wheelZoomStep(state, -10, i * 16);
      state = next.state;
      steps.push(next.step);
    }
    expect(steps.filter((s) => s !== 0)).toEqual([-1, -1]);
    expect(steps.indexOf(-1)).toBe(4); // the fifth event reaches 50
  });

  it('a pause or a change of direction starts a new gesture', () => {
    const partial = wheelZoomStep({ total: 0, at: -Infinity }, 30, 0).state;
    expect(wheelZoomStep(partial, 30, 10).step).toBe(1);
    expect(wheelZoomStep(partial, 30, WHEEL_GESTURE_GAP_MS + 1).step).toBe(0);
    expect(wheelZoomStep(partial, -30, 10).step).toBe(0);
  });
});
