/**
 * The timeline's time scale: days ↔ pixels at each zoom level, snapping to whole days, and the
 * axis ticks (weeks, months, quarters) for a visible range. Pure and unit-tested.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  parseDay,
  startOfMonth,
  startOfWeek,
  type Day,
} from '../../../shared/dates/days';

import type { Zoom } from '../../state/timeline-view';
export const ZOOM_LABELS: Record<Zoom, string> = { week: 'Weeks', month: 'Months', quarter: 'Quarters' };

/** Pixels per day at each zoom: a week fills ~280 px, a month ~360 px, a quarter ~360 px. */
export const PX_PER_DAY: Record<Zoom, number> = { week: 40, month: 12, quarter: 4 };

export interface Scale {
  origin: Day;
  days: number;
  pxPerDay: number;
}

export function makeScale(origin: Day, end: Day, zoom: Zoom): Scale {
  return { origin, days: daysBetween(origin, end) + 1, pxPerDay: PX_PER_DAY[zoom] };
}

/** The x of the start (left edge) of a day. */
export function dayToX(scale: Scale, day: Day): number {
  return daysBetween(scale.origin, day) * scale.pxPerDay;
}

/** The day under an x position. */
export function xToDay(scale: Scale, x: number): Day {
  return addDays(scale.origin, Math.floor(x / scale.pxPerDay));
}

/**
 * The position `x` pixels into the axis, in days from its first day (fractional). A drag is
 * measured in these, from the day grabbed to the day under the pointer, not in pixels: a zoom
 * in the middle of it (Ctrl+wheel keeps the day under the pointer) then moves nothing, where
 * the same 80 px are 2 days at Weeks and ~7 at Months.
 */
export function daysAt(scale: Scale, x: number): number {
  return x / scale.pxPerDay;
}

/**
 * Whole days dragged between two positions in days (daysAt): from the day grabbed to the day
 * under the pointer. Whole days, not rounded fractions: a zoom puts the middle of the day under
 * the pointer there (view-range.ts), a fraction of a day away from where the pointer was in it.
 */
export function snapDays(from: number, to: number): number {
  return Math.floor(to) - Math.floor(from);
}

export function totalWidth(scale: Scale): number {
  return scale.days * scale.pxPerDay;
}

/**
 * The x and width of the days `first` to `last` (both whole), cut to the scale: a record
 * stored with a day far outside it (9999-12-31) is drawn to the edge, never off a canvas
 * millions of pixels wide.
 */
export function spanX(scale: Scale, first: Day, last: Day): { x: number; width: number } {
  const clamp = (x: number) => Math.max(0, Math.min(totalWidth(scale), x));
  const x = clamp(dayToX(scale, first));
  return { x, width: clamp(dayToX(scale, last) + scale.pxPerDay) - x };
}

/**
 * Whether an item's bar lies in the days `from`–`to` (those drawn). Its days are first cut to
 * the scale, as spanX draws them: a bar stored in 2300 is drawn at the axis's end, so it is in
 * view when the end is.
 */
export function barInView(
  scale: Scale,
  item: { startDate: Day | null; launchDate: Day | null; endDate: Day | null },
  from: Day,
  to: Day,
): boolean {
  const days = [item.startDate, item.launchDate, item.endDate].filter((d): d is Day => d !== null);
  if (days.length === 0) return false;
  const lastOfScale = addDays(scale.origin, scale.days - 1);
  const cut = (day: Day) => (day < scale.origin ? scale.origin : day > lastOfScale ? lastOfScale : day);
  const first = cut(days.reduce((a, b) => (a < b ? a : b)));
  const last = cut(days.reduce((a, b) => (a > b ? a : b)));
  return last >= from && first <= to;
}

export interface Tick {
  x: number;
  label: string;
  /** Quarter boundaries get a stronger line. */
  strong?: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Fiscal quarter and year of a month start, e.g. "Q3 FY27" when the year starts in April. */
export function fiscalQuarter(
  monthStart: Day,
  fiscalYearStartMonth: number,
): { quarter: number; label: string; isStart: boolean } {
  const month = Number(monthStart.slice(5, 7));
  const year = Number(monthStart.slice(0, 4));
  const offset = (month - fiscalYearStartMonth + 12) % 12;
  const quarter = Math.floor(offset / 3) + 1;
  // A fiscal year is named after the calendar year it ends in (FY27 ends in 2027).
  const fiscalYear = fiscalYearStartMonth === 1 ? year : month >= fiscalYearStartMonth ? year + 1 : year;
  return { quarter, label: `Q${quarter} FY${String(fiscalYear).slice(2)}`, isStart: offset % 3 === 0 };
}

export interface Axis {
  /** Upper row: months (week and month zoom) or quarters (quarter zoom). */
  major: Tick[];
  /** Lower row: days (week zoom), weeks (month zoom) or months (quarter zoom). */
  minor: Tick[];
  /** Quarter boundaries, drawn down the whole timeline. */
  quarters: Tick[];
}

export function axisTicks(
  scale: Scale,
  zoom: Zoom,
  from: Day,
  to: Day,
  calendar: { weekStartsOn: number; fiscalYearStartMonth: number },
): Axis {
  const major: Tick[] = [];
  const minor: Tick[] = [];
  const quarters: Tick[] = [];
  for (let m = startOfMonth(from); m <= to; m = addMonths(m, 1)) {
    const x = dayToX(scale, m);
    const fq = fiscalQuarter(m, calendar.fiscalYearStartMonth);
    const monthLabel = `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
    if (fq.isStart) quarters.push({ x, label: fq.label, strong: true });
    if (zoom === 'quarter') {
      if (fq.isStart) major.push({ x, label: fq.label, strong: true });
      minor.push({ x, label: MONTHS[Number(m.slice(5, 7)) - 1]! });
    } else major.push({ x, label: monthLabel, strong: fq.isStart });
  }
  if (zoom === 'week')
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const date = parseDay(d)!;
      minor.push({
        x: dayToX(scale, d),
        label: String(date.getDate()),
        strong: d === startOfWeek(d, calendar.weekStartsOn),
      });
    }
  if (zoom === 'month')
    for (let w = startOfWeek(from, calendar.weekStartsOn); w <= to; w = addDays(w, 7))
      minor.push({ x: dayToX(scale, w), label: String(parseDay(w)!.getDate()) });
  return { major, minor, quarters };
}

/**
 * The label pinned at the left of the axis: the month and year of the first day in view, so
 * bare day numbers (week zoom) or month names (quarter zoom, with its fiscal quarter) are
 * never shown without them, wherever the chart is scrolled.
 */
export function leadingAxisLabel(day: Day, zoom: Zoom, fiscalYearStartMonth: number): string {
  const month = `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
  if (zoom !== 'quarter') return month;
  return `${fiscalQuarter(startOfMonth(day), fiscalYearStartMonth).label} · ${month}`;
}
