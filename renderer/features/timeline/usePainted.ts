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
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    const backstop = setTimeout(() => setPainted(true), BACKSTOP_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(backstop);
    };
  }, []);
  return painted;
}

const BACKSTOP_MS = 1000;
