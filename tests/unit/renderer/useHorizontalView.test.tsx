// @vitest-environment jsdom
/**
 * A zoom is drawn in one render: the chart's commit scrolls to the position that keeps the
 * anchor's day in place, and that position stays the view without the chart rendering again
 * (a second render inside the zoom's frame drew nothing new), also for later renders that are
 * not a scroll.
 */
import { act, cleanup, render } from '@testing-library/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { makeScale, type Scale } from '../../../renderer/features/timeline/scale';
import { LEFT_WIDTH } from '../../../renderer/features/timeline/TimelineRow';
import { useHorizontalView } from '../../../renderer/features/timeline/useHorizontalView';
import { anchoredLeft, type ViewBox, type ZoomAnchor } from '../../../renderer/features/timeline/view-range';

const WIDTH = 1200;
const origin = '2026-01-01';
const end = '2027-12-31';
const months = makeScale(origin, end, 'month');
const weeks = makeScale(origin, end, 'week');

/** The element's scroll position, as a browser keeps it (jsdom does not scroll), up to `maxScroll`. */
let scrolled = 0;
let maxScroll = Infinity;
beforeEach(() => {
  scrolled = 0;
  maxScroll = Infinity;
  // jsdom lays nothing out: no size ever changes.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(WIDTH);
  vi.spyOn(HTMLElement.prototype, 'scrollLeft', 'get').mockImplementation(() => scrolled);
  vi.spyOn(HTMLElement.prototype, 'scrollLeft', 'set').mockImplementation((left: number) => {
    scrolled = Math.min(maxScroll, left);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

interface Chart {
  views: ViewBox[];
  keepInPlace?: (anchor: ZoomAnchor) => void;
  redraw?: () => void;
}

/** Stable, as the chart's own callbacks are: a new one each render re-runs the hook's effects. */
const ignore = () => {};

function Probe({ scale, chart }: { scale: Scale; chart: Chart }) {
  const ref = useRef<HTMLDivElement>(null);
  const [, setTick] = useState(0);
  const { view, keepInPlace } = useHorizontalView(ref, scale, ignore, ignore);
  chart.views.push(view);
  chart.keepInPlace = keepInPlace;
  chart.redraw = () => setTick((n) => n + 1);
  return <div ref={ref} />;
}

it('a zoom renders the chart once, at the anchored position, and keeps it on later renders', () => {
  const chart: Chart = { views: [] };
  const { rerender } = render(<Probe scale={months} chart={chart} />);
  const width = WIDTH - LEFT_WIDTH;
  expect(chart.views.at(-1)).toEqual({ left: 0, width });

  const anchor = { day: '2027-03-10', offsetX: 300 };
  const left = anchoredLeft(weeks, anchor, width);
  expect(left).toBeGreaterThan(0);
  chart.views.length = 0;
  act(() => {
    chart.keepInPlace!(anchor);
    rerender(<Probe scale={weeks} chart={chart} />);
  });
  // One render, drawn where the commit scrolled to.
  expect(chart.views).toEqual([{ left, width }]);
  expect(scrolled).toBe(left);

  // A render for something else (an edit, a panel opened) draws the same place.
  act(() => chart.redraw!());
  expect(chart.views.at(-1)).toEqual({ left, width });
});

it('a second zoom without a scroll between keeps its own anchor', () => {
  const chart: Chart = { views: [] };
  const { rerender } = render(<Probe scale={months} chart={chart} />);
  const width = WIDTH - LEFT_WIDTH;
  const first = { day: '2027-03-10', offsetX: 300 };
  act(() => {
    chart.keepInPlace!(first);
    rerender(<Probe scale={weeks} chart={chart} />);
  });
  const second = { day: '2026-08-01', offsetX: 100 };
  act(() => {
    chart.keepInPlace!(second);
    rerender(<Probe scale={months} chart={chart} />);
  });
  const left = anchoredLeft(months, second, width);
  expect(chart.views.at(-1)).toEqual({ left, width });
  expect(scrolled).toBe(left);
});

it('a zoom held short of its position (the chart narrower) draws where the chart is', () => {
  const chart: Chart = { views: [] };
  const { rerender } = render(<Probe scale={months} chart={chart} />);
  const width = WIDTH - LEFT_WIDTH;
  const anchor = { day: '2027-03-10', offsetX: 300 };
  expect(anchoredLeft(weeks, anchor, width)).toBeGreaterThan(5000);
  maxScroll = 5000;
  chart.views.length = 0;
  act(() => {
    chart.keepInPlace!(anchor);
    rerender(<Probe scale={weeks} chart={chart} />);
  });
  expect(scrolled).toBe(5000);
  expect(chart.views.at(-1)).toEqual({ left: 5000, width });
});

it('an axis that changes in the frame of a scroll keeps the position scrolled to, not the one before it', () => {
  const chart: Chart = { views: [] };
  const { rerender } = render(<Probe scale={months} chart={chart} />);
  const width = WIDTH - LEFT_WIDTH;
  // Scrolled, and the scroll event not handled yet (it comes with the next frame) when an edit
  // (another window's, say) moves the axis's end, then its start 30 days earlier.
  scrolled = 400;
  act(() => rerender(<Probe scale={makeScale(origin, '2028-03-31', 'month')} chart={chart} />));
  expect(scrolled).toBe(400);
  expect(chart.views.at(-1)).toEqual({ left: 400, width });

  scrolled = 450;
  const earlier = makeScale('2025-12-02', '2028-03-31', 'month');
  act(() => rerender(<Probe scale={earlier} chart={chart} />));
  expect(scrolled).toBe(450 + 30 * earlier.pxPerDay);
  expect(chart.views.at(-1)).toEqual({ left: 450 + 30 * earlier.pxPerDay, width });
});

it('a scroll in the first moments of the chart moves the bars’ words, before any passive effect has run', () => {
  const words = document.createElement('span');
  // The chart's own layout effect, after the hook's (as the first placement at today, and as a
  // scroll that comes before React has run the passive effects on a busy machine).
  function ScrolledAtOnce() {
    const ref = useRef<HTMLDivElement>(null);
    const { scrollLeftStore } = useHorizontalView(ref, months, ignore, ignore);
    useLayoutEffect(() => {
      scrollLeftStore.follow(words, 100, 2000);
      scrolled = 300;
      ref.current!.dispatchEvent(new Event('scroll'));
      // Read here: passive effects have not run yet.
      words.dataset.atFirstCommit = words.style.transform;
    }, [scrollLeftStore]);
    return <div ref={ref} />;
  }
  render(<ScrolledAtOnce />);
  expect(words.dataset.atFirstCommit).toBe('translateX(200px)');
});
