/**
 * Calendar days are 'yyyy-MM-dd' strings: a launch date is a day, not an instant, so it
 * carries no time zone and never shifts when a laptop crosses one. Arithmetic runs on UTC day
 * numbers (fast enough for 100,000 due dates per render); date-fns formats days for people.
 * The rest of the code treats days as opaque, sortable strings.
 */
import { format } from 'date-fns';

export type Day = string;

const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;
const DASH = 45;

/** The number written by `count` ASCII digits of `value` from `at`, or -1 if one is not a digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Days since 1970-01-01 for a valid day string ('yyyy-MM-dd', a real day of the years 0100 to
 * 9999), or null. Read digit by digit rather than with a pattern and a Date: the timeline works
 * out day numbers for every bar it draws on every zoom, and this allocates nothing.
 */
function dayNumber(value: string): number | null {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  // Date.UTC reads the years 0–99 as 1900–1999: those were never days here.
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function mustNumber(day: Day): number {
  const n = dayNumber(day);
  if (n === null) throw new RangeError(`Not a calendar day: "${day}"`);
  return n;
}

/** A local Date at midnight for a day string, or null when it is not a real day. */
export function parseDay(value: string): Date | null {
  const n = dayNumber(value);
  if (n === null) return null;
  const utc = new Date(n * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/**
 * The days a record may hold. A day outside them is almost surely a typo or a placeholder
 * (0202-03-04, 9999-12-31) and would stretch the timeline over centuries. Arithmetic still
 * works a little past the edges (a readiness item due 730 days after a launch).
 */
export const FIRST_DAY: Day = '1970-01-01';
export const LAST_DAY: Day = '2200-12-31';
/**
 * Said for a day outside FIRST_DAY..LAST_DAY too: to a person there is one range, the planning
 * range below; the wider one only decides which stored records still load.
 */
export const DAY_RANGE_MESSAGE = 'Enter a date between 2000 and 2100';

/**
 * The days a plan may be made on: what commands write and imports bring in. Narrower than
 * FIRST_DAY..LAST_DAY on purpose: the stored records' schema keeps the wide range, so a record
 * saved before this rule (a launch in 1995) still loads, while nothing new lands outside it
 * (domain/planning-range.ts applies it to the days a command or an import changes). The timeline's axis never reaches past it either.
 */
export const PLANNING_FIRST_DAY: Day = '2000-01-01';
export const PLANNING_LAST_DAY: Day = '2100-12-31';
export const PLANNING_RANGE_MESSAGE = DAY_RANGE_MESSAGE;

/** True for a day (already a real one) inside the planning range. */
export function isPlanningDay(day: Day): boolean {
  return day >= PLANNING_FIRST_DAY && day <= PLANNING_LAST_DAY;
}

/** True for a real day between FIRST_DAY and LAST_DAY. */
export function isSupportedDay(value: unknown): value is Day {
  return isDay(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

/** The day itself, or the nearest end of [first, last] when it lies outside. */
export function clampDay(day: Day, first: Day, last: Day): Day {
  return day < first ? first : day > last ? last : day;
}

/** The calendar day of a local Date (what the person's clock says). */
export function toDay(date: Date): Day {
  return fromDayNumber(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

export function addDays(day: Day, amount: number): Day {
  return fromDayNumber(mustNumber(day) + amount);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return mustNumber(to) - mustNumber(from);
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

/**
 * Days as people read them, kept once formatted: date-fns takes tens of microseconds a call,
 * and the same few hundred days are formatted again on every edit (the collision messages of
 * thousands of items, health reasons). The output depends on the day and pattern alone. One
 * map per pattern, keyed by the day itself: building a combined key string per call cost as
 * much as the lookup saved.
 */
const formattedDays = new Map<string, Map<Day, string>>();
const FORMATTED_KEPT = 20_000;

/** The kept texts of one pattern (or of the ISO weeks), emptied when it grows past FORMATTED_KEPT. */
function keptFor(pattern: string): Map<Day, string> {
  let kept = formattedDays.get(pattern);
  if (!kept) formattedDays.set(pattern, (kept = new Map()));
  else if (kept.size >= FORMATTED_KEPT) kept.clear();
  return kept;
}

function formatted(day: Day, pattern: string): string {
  const kept = keptFor(pattern);
  let text = kept.get(day);
  if (text === undefined) {
    const date = parseDay(day);
    text = date ? format(date, pattern) : day;
    kept.set(day, text);
  }
  return text;
}

/** A day for display: "Tue 3 Mar 2026". */
export function formatDay(day: Day): string {
  return formatted(day, 'EEE d MMM yyyy');
}

/** A compact day for tables: "3 Mar 2026". */
export function formatShortDay(day: Day): string {
  return formatted(day, 'd MMM yyyy');
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISO week a day falls in, as "2026-W48" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekKey(day: Day): string {
  // Kept like formatted days: the capacity check asks for every launch day on every edit.
  const kept = keptFor('ISO week');
  let week = kept.get(day);
  if (week === undefined) {
    // Worked out on day numbers (date-fns' getISOWeek took most of the capacity check): the
    // week belongs to the year of its Thursday, and counts from that year's first Thursday.
    const n = mustNumber(day);
    const thursday = n + 3 - ((new Date(n * MS_PER_DAY).getUTCDay() + 6) % 7);
    const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
    const number = Math.floor((thursday - Date.UTC(year, 0, 1) / MS_PER_DAY) / 7) + 1;
    week = `${year}-W${String(number).padStart(2, '0')}`;
    kept.set(day, week);
  }
  return week;
}

/** The day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(mustNumber(day) * MS_PER_DAY).getUTCDay();
}

/** The first day of the week that holds `day`, for weeks starting on `weekStartsOn` (0 = Sunday). */
export function startOfWeek(day: Day, weekStartsOn: number): Day {
  return addDays(day, -((weekday(day) - weekStartsOn + 7) % 7));
}

/** The first day of the month that holds `day`. */
export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 8)}01`;
}

/** The first day of the month `count` months after the one that holds `day`. */
export function addMonths(day: Day, count: number): Day {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + count;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}
