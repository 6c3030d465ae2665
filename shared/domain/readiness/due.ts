/**
 * Due dates as people type and read them: "T-14" (fourteen days before launch), "T+3", "-14",
 * or a fixed day (yyyy-mm-dd). A T-offset is stored as an offset and its day is derived from
 * the launch date whenever it is read (rules.ts dueDay), so moving the launch date re-flows
 * every relative due day at once; a fixed day stays where it is.
 */
import { isPlanningDay, isSupportedDay, DAY_RANGE_MESSAGE, isDay } from '../../dates/days';
import type { Due } from './schema';

/** The largest T-offset the schema takes (two years either side of launch). */
export const MAX_OFFSET_DAYS = 730;

/** "T-14", "T-0", "T+3". */
export function offsetLabel(days: number): string {
  if (days === 0) return 'T-0';
  return days < 0 ? `T${days}` : `T+${days}`;
}

/** How a due is written in its field: "T-14" or "2026-11-12"; '' for none. */
export function dueText(due: Due | null): string {
  if (!due) return '';
  return due.type === 'offset' ? offsetLabel(due.days) : due.date;
}

export type DueParse = { ok: true; due: Due | null } | { ok: false; message: string };

const OFFSET_PATTERN = /^(?:t\s*)?([+\-\u2212]?)\s*(\d{1,4})$/i;
const DUE_HELP = 'Enter a T-offset such as T-14 or T+3, or a date (yyyy-mm-dd)';

/**
 * Reads a due from what someone typed: "T-14", "t+3", "-14", "T0", "14" (read as T+14: after
 * launch, as written), a day "2026-11-12", or nothing (no due date).
 */
export function parseDueText(text: string): DueParse {
  const value = text.trim();
  if (value === '') return { ok: true, due: null };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) {
    if (!isDay(value)) return { ok: false, message: `“${value}” is not a calendar date (yyyy-mm-dd)` };
    // The planning range (2000–2100), as the command would say on save.
    if (!isSupportedDay(value) || !isPlanningDay(value)) return { ok: false, message: DAY_RANGE_MESSAGE };
    return { ok: true, due: { type: 'date', date: value } };
  }
  const match = OFFSET_PATTERN.exec(value);
  if (!match) return { ok: false, message: DUE_HELP };
  const magnitude = Number(match[2]);
  if (magnitude > MAX_OFFSET_DAYS)
    return { ok: false, message: `A T-offset is at most ${MAX_OFFSET_DAYS} days before or after launch` };
  const negative = match[1] === '-' || match[1] === '\u2212';
  // -0 and +0 are both launch day.
  return { ok: true, due: { type: 'offset', days: negative && magnitude !== 0 ? -magnitude : magnitude } };
}
