/**
 * The chart's horizontal scroll position as a tiny store, and the bars' words that follow it.
 *
 * The words of a bar that starts left of the view (BarWords) are moved to where the view starts,
 * so they stay readable beside the title column. That happens on every frame of a scroll for
 * every such bar drawn (~50 at 10,000 items around today), so it is done here by writing their
 * style directly, not by redrawing them: a React render of those spans per frame took 4–9 ms
 * of each 16.7 ms frame, and made 13–19 of 80 frames of a sideways scroll late (0–2 without).
 * Only the transform changes while the bar's end is far off (no layout).
 */
import { createContext } from 'react';

/** The widest the words are drawn while the bar starts left of the view (a long title). */
export const FOLLOWING_MAX_PX = 640;

export interface ScrollLeftStore {
  /** The new scroll position: every followed element is placed for it. */
  set(left: number): void;
  /**
   * Places `element` (a bar's words; the bar's left edge and width in the lanes, in pixels) for
   * the scroll position now and on every change, until the returned function is called.
   */
  follow(element: HTMLElement, left: number, width: number): () => void;
}

interface Follower {
  element: HTMLElement;
  left: number;
  width: number;
  /** The style last written, so an unchanged one is not written again. */
  transform: string;
  maxWidth: string;
}

/** Where the words go for scroll position `scrollLeft`: beside the view's start when the bar starts before it. */
export function wordsPlacement(
  left: number,
  width: number,
  scrollLeft: number,
): { transform: string; maxWidth: string } {
  if (left >= scrollLeft) return { transform: '', maxWidth: '' };
  return {
    transform: `translateX(${scrollLeft - left}px)`,
    // No wider than the part of the bar in view, so a long title is cut at the bar's end; the
    // same width until that end nears, so a scroll frame changes only the transform.
    maxWidth: `${Math.max(0, Math.min(FOLLOWING_MAX_PX, left + width - scrollLeft))}px`,
  };
}

function place(follower: Follower, scrollLeft: number): void {
  const { transform, maxWidth } = wordsPlacement(follower.left, follower.width, scrollLeft);
  if (transform !== follower.transform) follower.element.style.transform = follower.transform = transform;
  if (maxWidth !== follower.maxWidth) follower.element.style.maxWidth = follower.maxWidth = maxWidth;
}

export function createScrollLeftStore(): ScrollLeftStore {
  let scrollLeft = 0;
  const followers = new Set<Follower>();
  return {
    set(next) {
      if (next === scrollLeft) return;
      scrollLeft = next;
      for (const follower of followers) place(follower, scrollLeft);
    },
    follow(element, left, width) {
      // What is written on the element already (by its follower before this one, for the bar's
      // old place): only a change is written. A zoom follows every bar's words anew, and each
      // write is a style change the browser has to work through in the zoom's frame.
      const { transform, maxWidth } = element.style;
      const follower: Follower = { element, left, width, transform, maxWidth };
      place(follower, scrollLeft);
      followers.add(follower);
      return () => followers.delete(follower);
    },
  };
}

/** Outside a chart (a test rendering one bar): never scrolled. */
const UNSCROLLED = createScrollLeftStore();
export const ScrollLeftContext = createContext<ScrollLeftStore>(UNSCROLLED);
