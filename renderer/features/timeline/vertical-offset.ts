/**
 * What the timeline's row virtualiser hears of the chart's scrolling: the vertical position
 * only. Its own observer reports every scroll event of the element, sideways ones included, as
 * "scrolling", and then "stopped" 150 ms later; each report redraws the chart (3–10 ms at 10,000
 * items), though a sideways scroll or a zoom's new scroll position changes no row. Those reports
 * are left out here; a vertical scroll is reported as before, its "stopped" included.
 */
import { observeElementOffset, type Virtualizer } from '@tanstack/react-virtual';

export function observeVerticalOffset(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (offset: number, isScrolling: boolean) => void,
): ReturnType<typeof observeElementOffset> {
  // Where it is now: the virtualiser reads that itself as it starts.
  let last: number | null = instance.scrollElement?.scrollTop ?? null;
  let scrolling = false;
  return observeElementOffset(instance, (offset, isScrolling) => {
    // The same vertical position: nothing new, unless it ends a vertical scroll reported.
    if (offset === last && (isScrolling || !scrolling)) return;
    last = offset;
    scrolling = isScrolling;
    report(offset, isScrolling);
  });
}
