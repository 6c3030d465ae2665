import { useEffect, useState } from 'react';

/**
 * False in a component's first render, true once the frame it drew has been painted: work the
 * first screen does not show (counting every collision) waits for it, so the first bars are
 * not held back. A backstop timer covers a window that paints no frames (hidden).
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before the next paint; a task queued from it runs after that paint.
    // Then the window's next idle moment: input that arrived meanwhile and the rest of startup's
    // read go first, since what waits for this is one long computation.
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function')
          idle = requestIdleCallback(() => setPainted(true), { timeout: IDLE_TIMEOUT_MS });
        else setPainted(true);
      }, 0);
    });
    const backstop = setTimeout(() => setPainted(true), BACKSTOP_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(backstop);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return painted;
}

const BACKSTOP_MS = 1000;
/** At the latest this long after the paint, idle or not. */
const IDLE_TIMEOUT_MS = 500;
