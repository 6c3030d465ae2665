/**
 * A timeline bar's words (badges and title). When the bar starts left of the view they follow
 * the scroll position, so they stay in view right beside the title column.
 *
 * Its own component because that happens on every scroll frame, for every such bar drawn (~50
 * at 10,000 items around today): only this span is redrawn, not the whole bar, and only its
 * transform changes (no layout).
 */
import type { ReactNode } from 'react';
import { useScrolledPast } from './scroll-left';

/** The widest the words are drawn while the bar starts left of the view (a long title). */
const FOLLOWING_MAX_PX = 640;

// Not memoised: its children are new on every render of the bar, so a memo would never hold.
export function BarWords({
  left,
  width,
  children,
}: {
  /** The bar's left edge and width in the lanes, in pixels. */
  left: number;
  width: number;
  children: ReactNode;
}) {
  const scrollLeft = useScrolledPast(left);
  return (
    <span
      className="tl-bar__text"
      // Moved to where the view starts, and no wider than the part of the bar in view, so a long
      // title is cut at the bar's end. The width stays the same until that end nears: a scroll
      // frame changes only the transform.
      style={
        scrollLeft === null
          ? undefined
          : {
              transform: `translateX(${scrollLeft - left}px)`,
              maxWidth: Math.max(0, Math.min(FOLLOWING_MAX_PX, left + width - scrollLeft)),
            }
      }
    >
      {children}
    </span>
  );
}
