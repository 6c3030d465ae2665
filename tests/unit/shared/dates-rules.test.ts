/**
 * Calendar days, edge by edge: only a whole 'yyyy-MM-dd' string is a day, the supported range
 * includes both of its ends, weeks and months roll over years, and every function that needs a
 * real day refuses one that is not.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_DAY,
  LAST_DAY,
  addDays,
  addMonths,
  clampDay,
  compareDays,
  dayFromOffset,
  daysBetween,
  formatDay,
  formatShortDay,
  isDay,
  isSupportedDay,
  isoWeekKey,
  parseDay,
  startOfMonth,
  startOfWeek,
  tMinusLabel,
  toDay,
  weekday,
} from '../../../shared/dates/days';

describe('what is a day', () => {
  it('is the whole string: nothing before or after the day is accepted', () => {
    for (const junk of [
      ' 2026-11-26',
      '2026-11-26 ',
      'x2026-11-26',
      '2026-11-26x',
      '2026-11-26T00:00',
      '12026-11-26',
      '2026-11-261',
      '2026-11-26\n',
    ]) {
      expect(isDay(junk), junk).toBe(false);
      expect(parseDay(junk), junk).toBeNull();
      expect(() => addDays(junk, 1), junk).toThrow(`Not a calendar day: "${junk}"`);
    }
    expect(isDay('2026-11-26')).toBe(true);
  });

  it('refuses days that roll over: the 31st of a short month, month 0, day 0', () => {
    for (const bad of ['2026-04-31', '2026-00-10', '2026-01-00', '2026-02-29', '2100-02-29'])
      expect(isDay(bad), bad).toBe(false);
    expect(isDay('2026-12-31')).toBe(true);
    expect(isDay('2000-02-29')).toBe(true);
    expect(isDay(null)).toBe(false);
    expect(isDay(undefined)).toBe(false);
    // Only a string is a day, not something that merely prints as one.
    expect(isDay({ toString: () => '2026-11-26' })).toBe(false);
  });

  it('parses to local midnight of that day', () => {
    const date = parseDay('2026-03-09')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual(
      [2026, 2, 9, 0, 0],
    );
    expect(toDay(date)).toBe('2026-03-09');
    expect(toDay(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
    expect(toDay(new Date(999, 11, 31))).toBe('0999-12-31');
  });

  it('is supported between 1970 and 2200, both ends included', () => {
    expect(FIRST_DAY).toBe('1970-01-01');
    expect(LAST_DAY).toBe('2200-12-31');
    expect(isSupportedDay('1970-01-01')).toBe(true);
    expect(isSupportedDay('2200-12-31')).toBe(true);
    expect(isSupportedDay('1969-12-31')).toBe(false);
    expect(isSupportedDay('2201-01-01')).toBe(false);
    expect(isSupportedDay('2026-02-30')).toBe(false);
    expect(isSupportedDay(42)).toBe(false);
  });
});

describe('arithmetic', () => {
  it('counts whole days both ways and across years', () => {
    expect(daysBetween('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
    expect(daysBetween('2025-12-31', '2027-01-01')).toBe(366);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('1970-01-01', -365)).toBe('1969-01-01');
    expect(dayFromOffset('2026-12-08', -14)).toBe('2026-11-24');
    expect(dayFromOffset('2026-12-08', 3)).toBe('2026-12-11');
    expect(() => daysBetween('2026-11-26', 'soon')).toThrow('Not a calendar day: "soon"');
    expect(() => daysBetween('soon', '2026-11-26')).toThrow('Not a calendar day: "soon"');
  });

  it('labels the day after launch T+1 and the day before T-1', () => {
    expect(tMinusLabel('2026-11-26', '2026-11-27')).toBe('T+1');
    expect(tMinusLabel('2026-11-26', '2026-11-25')).toBe('T-1');
  });

  it('clamps to the nearer end, keeping a day inside or on an end', () => {
    expect(clampDay('2026-01-01', '2026-02-01', '2026-03-01')).toBe('2026-02-01');
    expect(clampDay('2026-04-01', '2026-02-01', '2026-03-01')).toBe('2026-03-01');
    expect(clampDay('2026-02-15', '2026-02-01', '2026-03-01')).toBe('2026-02-15');
    expect(clampDay('2026-02-01', '2026-02-01', '2026-03-01')).toBe('2026-02-01');
    expect(clampDay('2026-03-01', '2026-02-01', '2026-03-01')).toBe('2026-03-01');
  });

  it('compares as -1, 0 or 1', () => {
    expect(compareDays('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDays('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDays('2026-01-02', '2026-01-02')).toBe(0);
  });
});

describe('weeks and months', () => {
  it('knows the day of the week, 0 = Sunday', () => {
    expect(weekday('2026-11-29')).toBe(0);
    expect(weekday('2026-11-30')).toBe(1);
    expect(weekday('2026-12-05')).toBe(6);
    expect(() => weekday('2026-11-31')).toThrow(/Not a calendar day/);
  });

  it('starts a week on the configured day, a start day itself included', () => {
    expect(startOfWeek('2026-12-02', 1)).toBe('2026-11-30'); // a Wednesday, weeks from Monday
    expect(startOfWeek('2026-11-30', 1)).toBe('2026-11-30'); // the Monday itself
    expect(startOfWeek('2026-11-29', 1)).toBe('2026-11-23'); // a Sunday belongs to the week before
    expect(startOfWeek('2026-11-29', 0)).toBe('2026-11-29');
    expect(startOfWeek('2026-12-05', 0)).toBe('2026-11-29');
    expect(startOfWeek('2027-01-01', 6)).toBe('2026-12-26'); // across the year
  });

  it('names ISO weeks, week 1 holding 4 January', () => {
    expect(isoWeekKey('2026-11-26')).toBe('2026-W48');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(() => isoWeekKey('2026-13-01')).toThrow('Not a calendar day: "2026-13-01"');
  });

  it('finds the first day of a month, and of months before and after, across years', () => {
    expect(startOfMonth('2026-11-26')).toBe('2026-11-01');
    expect(addMonths('2026-11-26', 0)).toBe('2026-11-01');
    expect(addMonths('2026-11-26', 1)).toBe('2026-12-01');
    expect(addMonths('2026-11-26', 2)).toBe('2027-01-01');
    expect(addMonths('2026-11-26', 14)).toBe('2028-01-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-01');
    expect(addMonths('0999-12-01', 1)).toBe('1000-01-01');
    expect(addMonths('0998-05-01', 1)).toBe('0998-06-01');
  });
});

describe('for people', () => {
  it('formats days long and short, and leaves a non-day as it is', () => {
    expect(formatDay('2026-11-26')).toBe('Thu 26 Nov 2026');
    expect(formatShortDay('2026-11-26')).toBe('26 Nov 2026');
    expect(formatShortDay('2026-03-03')).toBe('3 Mar 2026');
    expect(formatDay('someday')).toBe('someday');
    expect(formatShortDay('2026-02-30')).toBe('2026-02-30');
  });
});
