/**
 * A timeline bar's words (badges and title). When the bar starts left of the view they follow
 * the scroll position, so they stay in view right beside the title column, cut at the bar's
 * end: the chart's scroll store writes their position directly on each scroll frame
 * (scroll-left.ts says why). A global blackout's name uses it with no width: cut to nothing.
 */
import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { ScrollLeftContext } from './scroll-left';

export function BarWords({
  left,
  width,
  className = 'tl-bar__text',
  children,
}: {
  /** The bar's left edge and width in the lanes, in pixels. */
  left: number;
  width: number;
  className?: string;
  children: ReactNode;
}) {
  const store = useContext(ScrollLeftContext);
  const ref = useRef<HTMLSpanElement>(null);
  // Before the paint: the words are drawn in place from the first frame.
  useLayoutEffect(() => store.follow(ref.current!, left, width), [store, left, width]);
  return (
    <span ref={ref} className={className}>
      {children}
    </span>
  );
}
