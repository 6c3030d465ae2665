/**
 * The chart's horizontal scroll position as a tiny store, so a bar's words (BarWords) can follow
 * it without the bar or its row being redrawn on every frame of a scroll: each asks only "how
 * far past my bar's start is the view?" (useScrolledPast), which stays null, and so draws
 * nothing new, for every bar that starts inside the view.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export interface ScrollLeftStore {
  get(): number;
  set(left: number): void;
  /**
   * Sets it without telling the bars: for the render of a new scale, which redraws every bar
   * anyway (they all read it then), so none is drawn twice for one zoom.
   */
  setForRender(left: number): void;
  subscribe(listener: () => void): () => void;
}

export function createScrollLeftStore(): ScrollLeftStore {
  let left = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => left,
    set(next) {
      if (next === left) return;
      left = next;
      for (const listener of listeners) listener();
    },
    setForRender(next) {
      left = next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Outside a chart (a test rendering one bar): never scrolled. */
const UNSCROLLED = createScrollLeftStore();
export const ScrollLeftContext = createContext<ScrollLeftStore>(UNSCROLLED);

/** The scroll position when the view starts right of `x` (a bar starting left of the view), else null. */
export function useScrolledPast(x: number): number | null {
  const store = useContext(ScrollLeftContext);
  const snapshot = useCallback(() => {
    const left = store.get();
    return x < left ? left : null;
  }, [store, x]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
