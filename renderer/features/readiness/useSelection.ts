/**
 * Which checklist lines are selected for a bulk edit: a click toggles one line, Shift-click
 * selects every line from the last one clicked to this one (in the order on screen). Lines
 * that disappear (deleted here or in another window) drop out of the selection by themselves.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string, range: boolean) => void;
  setAll: (ids: readonly string[]) => void;
  clear: () => void;
}

const NOTHING: ReadonlySet<string> = new Set();

export function useSelection(orderedIds: readonly string[]): Selection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(NOTHING);
  const anchor = useRef<string | null>(null);
  // Read at click time, so toggle stays one function and the memoised lines do not re-render.
  const order = useRef(orderedIds);
  useLayoutEffect(() => {
    order.current = orderedIds;
  }, [orderedIds]);

  const selected = useMemo(() => {
    const present = new Set(orderedIds);
    const kept = [...picked].filter((id) => present.has(id));
    return kept.length === picked.size ? picked : new Set(kept);
  }, [picked, orderedIds]);

  const toggle = useCallback((id: string, range: boolean) => {
    const ids = order.current;
    const from = anchor.current ? ids.indexOf(anchor.current) : -1;
    const to = ids.indexOf(id);
    setPicked((current) => {
      const next = new Set(current);
      if (range && from >= 0 && to >= 0) {
        // The range takes the state the clicked line is about to have.
        const select = !current.has(id);
        for (const rangeId of ids.slice(Math.min(from, to), Math.max(from, to) + 1))
          if (select) next.add(rangeId);
          else next.delete(rangeId);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    anchor.current = id;
  }, []);

  const setAll = useCallback((ids: readonly string[]) => setPicked(new Set(ids)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setPicked(NOTHING);
  }, []);

  return { selected, toggle, setAll, clear };
}
