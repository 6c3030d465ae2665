/**
 * Calendar days are 'yyyy-MM-dd' strings: a launch date is a day, not an instant, so it
 * carries no time zone and never shifts when a laptop crosses one. date-fns is used only
 * here; the rest of the code treats days as opaque, sortable strings.
 */
import { addDays as addDaysFns, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a day string into a local Date at midnight, or null when it is not a real day. */
export function parseDay(value: string): Date | null {
  if (!DAY_PATTERN.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  // parse() rolls impossible days over (2026-02-30 → March); re-format to catch that.
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== value) return null;
  return date;
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && parseDay(value) !== null;
}

export function toDay(date: Date): Day {
  return format(date, 'yyyy-MM-dd');
}

function mustParse(day: Day): Date {
  const date = parseDay(day);
  if (!date) throw new RangeError(`Not a calendar day: "${day}"`);
  return date;
}

export function addDays(day: Day, amount: number): Day {
  return toDay(addDaysFns(mustParse(day), amount));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(mustParse(to), mustParse(from));
}

/**
 * The T-minus label of `day` relative to launch day T-0: "T-12" before launch, "T-0" on the
 * day, "T+3" after it.
 */
export function tMinusLabel(launchDate: Day, today: Day): string {
  const offset = daysBetween(launchDate, today);
  if (offset === 0) return 'T-0';
  return offset < 0 ? `T${offset}` : `T+${offset}`;
}

/** The due day of something due `offset` days from launch day (negative = before). */
export function dayFromOffset(launchDate: Day, offset: number): Day {
  return addDays(launchDate, offset);
}

/** A day for display: "Tue 3 Mar 2026". */
export function formatDay(day: Day): string {
  const date = parseDay(day);
  return date ? format(date, 'EEE d MMM yyyy') : day;
}

/** A compact day for tables: "3 Mar 2026". */
export function formatShortDay(day: Day): string {
  const date = parseDay(day);
  return date ? format(date, 'd MMM yyyy') : day;
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
