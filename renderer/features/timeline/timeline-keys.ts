/**
 * The timeline's keyboard model, as pure functions (unit-tested): which row a navigation key
 * goes to, what a date key does in move mode, which collapsed groups hide an item, and the
 * sentence that announces the dates in view.
 *
 * One Tab stop in the chart (a roving tabindex: the last focused bar keeps it). ↑/↓ move to the
 * previous/next row (its bar; a group row's toggle; an item without dates, its title), Home/End
 * the first/last row, PageUp/PageDown a screenful. ←/→ go between a bar and its row's
 * milestones (Escape on a milestone goes back to the bar). Space starts moving a bar's dates:
 * ←/→ a day, Shift a week, Alt the end, Alt+Shift the start; Enter or Space saves, Escape puts
 * the dates back. A milestone moves the same way (Space, ←/→ a day, Shift a week; its Enter
 * edits it, Delete removes it). Enter opens the launch page, E or F2 the side panel; + and −
 * show and hide a launch's betas and rollouts.
 */
import { formatShortDay, type Day } from '../../../shared/dates/days';
import type { TimelineRow } from '../../../shared/views/timeline-rows';
import type { Zoom } from '../../state/timeline-view';

export const ROW_KEYS = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'] as const;
export type RowKey = (typeof ROW_KEYS)[number];

export function isRowKey(key: string): key is RowKey {
  return (ROW_KEYS as readonly string[]).includes(key);
}

/** The index of the row a key moves to from `current`, kept inside the rows (null: no rows). */
export function targetRowIndex(count: number, current: number, key: RowKey, pageSize: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageSize);
  const next =
    key === 'ArrowUp'
      ? current - 1
      : key === 'ArrowDown'
        ? current + 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : key === 'PageUp'
              ? current - page
              : current + page;
  return Math.max(0, Math.min(count - 1, next));
}

export type DateMode = 'move' | 'start' | 'end';

/** In move mode: what an arrow key does to the dates (a day; Shift a week; Alt the end, Alt+Shift the start). */
export function dateKeyShift(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
}): { mode: DateMode; days: number } | null {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return null;
  const sign = event.key === 'ArrowLeft' ? -1 : 1;
  if (event.altKey) return { mode: event.shiftKey ? 'start' : 'end', days: sign };
  return { mode: 'move', days: sign * (event.shiftKey ? 7 : 1) };
}

export const ZOOM_NAMES: Record<Zoom, string> = { week: 'week', month: 'month', quarter: 'quarter' };

/** "Showing 2 Nov 2026 – 31 Jan 2027, week zoom": said after a zoom, a scroll or Today settles. */
export function rangeAnnouncement(first: Day, last: Day, zoom: Zoom): string {
  return `Showing ${formatShortDay(first)} – ${formatShortDay(last)}, ${ZOOM_NAMES[zoom]} zoom`;
}

/**
 * The collapsed keys (a group, a parent launch) that hide the item, given the rows with
 * nothing collapsed: only those need opening to reveal it. An item under several groups (one
 * per region) is revealed where it already shows, or else at its first place. Null: no row.
 */
export function keysHiding(
  expandedRows: readonly TimelineRow[],
  collapsed: ReadonlySet<string>,
  itemId: string,
): string[] | null {
  let found: string[] | null = null;
  for (let index = 0; index < expandedRows.length; index++) {
    const row = expandedRows[index]!;
    if (row.type !== 'item' || row.item.id !== itemId) continue;
    const hiding = ancestorKeys(expandedRows, index).filter((key) => collapsed.has(key));
    if (hiding.length === 0) return [];
    found ??= hiding;
  }
  return found;
}

/** The keys of the rows above `index` that contain it: its parents, and its group. */
function ancestorKeys(rows: readonly TimelineRow[], index: number): string[] {
  const row = rows[index]!;
  const keys: string[] = [];
  let depth = row.type === 'item' ? row.depth : 0;
  for (let i = index - 1; i >= 0 && depth > 0; i--) {
    const above = rows[i]!;
    if (above.type === 'group') {
      keys.push(above.key);
      break;
    }
    if (above.depth < depth) {
      keys.push(above.item.id);
      depth = above.depth;
    }
  }
  return keys;
}
