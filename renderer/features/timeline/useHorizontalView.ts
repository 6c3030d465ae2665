/**
 * The timeline's horizontal view: the visible lanes' scroll position and width (tracked at most
 * once a frame), the scroll position for the bars (scroll-left.ts, at once), a zoom drawn in ONE
 * render, and Ctrl/Cmd + wheel or a trackpad pinch as zoom steps.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Day } from '../../../shared/dates/days';
import { xToDay, type Scale } from './scale';
import { createScrollLeftStore } from './scroll-left';
import { LEFT_WIDTH } from './TimelineRow';
import { placedView, wheelZoomStep, type ViewBox, type ZoomAnchor } from './view-range';

export function useHorizontalView(
  scrollRef: RefObject<HTMLDivElement | null>,
  scale: Scale,
  onScrollDay: (day: Day) => void,
  onZoomWheel: (direction: 1 | -1, anchor: ZoomAnchor) => void,
) {
  const [view, setView] = useState<ViewBox>({ left: 0, width: 1200 });
  // The scroll position for the bars that start left of the view (scroll-left.ts), set at once.
  const [scrollLeftStore] = useState(createScrollLeftStore);
  // A zoom (or an axis that grew at its start) is drawn in ONE render: the scroll position for
  // the new scale is worked out here, before anything is drawn, instead of drawing the old
  // position at the new scale and correcting it after the scroll event (two renders of every row).
  // It is derived (placedView) from two refs, the scale on screen and the zoom's anchor, and no
  // state is set during the render: that once lost the anchor of the second of two quick
  // Ctrl+wheel steps (the view ended thousands of days from the pointer), and the zoom's render
  // is deferred (TimelineView), so it may be interrupted, restarted or replaced by a later zoom.
  // Every render for the new scale reads the same anchor; the commit (layout effect below)
  // applies it and lets it go. The scroll and wheel handlers read the scale on screen here too:
  // a deferred render is on screen before any passive effect could renew their closures.
  const placedScale = useRef(scale);
  // The day a zoom keeps in place (keepInPlace), until the new scale is on screen.
  const anchorRef = useRef<ZoomAnchor | null>(null);
  // The view a zoom's commit placed, and the state it was placed from. The state is not set to
  // it: that re-rendered the chart once more inside the zoom's frame, after its layout, to draw
  // nothing new. Renders read the placed view for as long as the state is the one it replaced.
  const placedRef = useRef<{ from: ViewBox; view: ViewBox } | null>(null);
  /* eslint-disable react-hooks/refs -- read only, and the same for every render until the commit */
  const drawn = placedView(shown(placedRef.current, view), placedScale.current, scale, anchorRef.current);
  /* eslint-enable react-hooks/refs */
  // The bars' words follow every scroll event, heard from the first commit, before the first
  // paint (a layout effect): heard from a passive effect, a scroll made before React had run it
  // (a busy machine, the chart's first moments) went unheard, and the words stayed placed for the
  // position before it until the next scroll.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const follow = () => scrollLeftStore.set(el.scrollLeft);
    el.addEventListener('scroll', follow, { passive: true });
    return () => el.removeEventListener('scroll', follow);
  }, [scrollRef, scrollLeftStore]);
  // Horizontal virtualisation: track what is in view, at most once a frame.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const left = el.scrollLeft;
      const width = el.clientWidth - LEFT_WIDTH;
      // The words too, should a scroll event have gone unheard (nothing is written if they are
      // placed for this position already).
      scrollLeftStore.set(left);
      // The same position (a zoom already drew it) renders nothing again.
      setView((v) => (sameView(shown(placedRef.current, v), left, width) ? v : { left, width }));
      onScrollDay(xToDay(placedScale.current, left));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, onScrollDay, scrollLeftStore]);

  // Ctrl/Cmd + wheel (and trackpad pinch, which browsers report the same way) zooms.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // A pinch sends many small deltas: they add up to whole zoom steps (view-range.ts).
    let gesture = { total: 0, at: -Infinity };
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const { step, state } = wheelZoomStep(gesture, event.deltaY, event.timeStamp);
      gesture = state;
      if (step === 0) return;
      const offsetX = event.clientX - el.getBoundingClientRect().left - LEFT_WIDTH;
      onZoomWheel(step, { day: xToDay(placedScale.current, el.scrollLeft + offsetX), offsetX });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scrollRef, onZoomWheel]);

  // The new scale is on screen: scroll to the position its render drew (worked out above), and
  // keep that position as the view (placedRef, without a render).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || placedScale.current === scale) return;
    const before = placedScale.current;
    const zoomed = anchorRef.current !== null && before.pxPerDay !== scale.pxPerDay;
    placedScale.current = scale;
    anchorRef.current = null;
    placedRef.current = { from: view, view: drawn };
    // A zoom goes where its anchor puts it. An axis that changed otherwise (an edit moved its
    // start or end) keeps the days in view now: the view state can be a frame behind a scroll
    // whose event has not come yet, and placing from it scrolled back what was just scrolled.
    const target = zoomed
      ? drawn
      : placedView({ left: el.scrollLeft, width: drawn.width }, before, scale, null);
    // The words first, then the scroll position: setting it lays the chart out, once with both.
    scrollLeftStore.set(target.left);
    if (el.scrollLeft !== target.left) el.scrollLeft = target.left;
    const left = el.scrollLeft;
    // Not where the render drew (held short: the chart narrower than worked out; or scrolled
    // since the view state): draw where it is. A scroll event would not come when the position
    // did not change at all.
    if (left !== drawn.left) {
      scrollLeftStore.set(left);
      setView({ left, width: drawn.width });
    }
    onScrollDay(xToDay(scale, left));
    // Only when the scale changes: `drawn` is read as it was drawn for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scale]);

  /**
   * After the scroll position was set in code (the first placement at today, the Today button):
   * the drawn days follow at once, not a frame later. Called in a layout effect, the first
   * paint already holds the bars around today.
   */
  const syncView = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const left = el.scrollLeft;
    const width = el.clientWidth - LEFT_WIDTH;
    scrollLeftStore.set(left);
    setView((v) => (sameView(shown(placedRef.current, v), left, width) ? v : { left, width }));
  }, [scrollRef, scrollLeftStore]);

  /** Before a zoom change (in the same event): keep `anchor.day` at its offset in the new scale. */
  const keepInPlace = useCallback((anchor: ZoomAnchor) => {
    anchorRef.current = anchor;
  }, []);
  return { view: drawn, scrollLeftStore, keepInPlace, syncView };
}

/** The view on screen for `state`: the one a zoom placed while the state is what it replaced. */
function shown(placed: { from: ViewBox; view: ViewBox } | null, state: ViewBox): ViewBox {
  return placed?.from === state ? placed.view : state;
}

function sameView(view: ViewBox, left: number, width: number): boolean {
  return view.left === left && view.width === width;
}
