// @vitest-environment jsdom
/**
 * The row virtualiser hears vertical scrolling only (vertical-offset.ts): a sideways scroll, or
 * a zoom's new scroll position, would otherwise redraw the chart twice, as it starts and 150 ms
 * after, for no row that changed.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { observeVerticalOffset } from '../../../renderer/features/timeline/vertical-offset';

let element: HTMLDivElement;
let reports: [number, boolean][];
let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  element = document.createElement('div');
  reports = [];
  const instance = {
    scrollElement: element,
    targetWindow: window,
    options: { horizontal: false, isRtl: false, isScrollingResetDelay: 150, useScrollendEvent: false },
  } as unknown as Virtualizer<HTMLDivElement, Element>;
  stop =
    observeVerticalOffset(instance, (offset, isScrolling) => reports.push([offset, isScrolling])) ??
    undefined;
  reports = [];
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

const scroll = (top: number, left: number) => {
  element.scrollTop = top;
  element.scrollLeft = left;
  element.dispatchEvent(new Event('scroll'));
};

it('reports a vertical scroll and its end', () => {
  scroll(36, 0);
  scroll(72, 0);
  vi.advanceTimersByTime(200);
  expect(reports).toEqual([
    [36, true],
    [72, true],
    [72, false],
  ]);
});

it('says nothing of a sideways scroll, nor of its end', () => {
  scroll(0, 24);
  scroll(0, 48);
  vi.advanceTimersByTime(200);
  scroll(0, 400);
  vi.advanceTimersByTime(200);
  expect(reports).toEqual([]);
});

it('reports the vertical part of a diagonal scroll, and then its end', () => {
  scroll(0, 24);
  scroll(36, 48);
  scroll(36, 72);
  vi.advanceTimersByTime(200);
  expect(reports).toEqual([
    [36, true],
    [36, false],
  ]);
});
