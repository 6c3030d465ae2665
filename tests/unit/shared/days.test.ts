import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDay, isDay, parseDay, tMinusLabel } from '../../../shared/dates/days';

describe('calendar days', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-01-01')).toBe(false);
    expect(isDay('2026-1-1')).toBe(false);
    expect(isDay(20260101)).toBe(false);
    expect(parseDay('nonsense')).toBeNull();
  });

  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not a calendar day/);
  });

  it('labels T-minus relative to launch day', () => {
    expect(tMinusLabel('2026-12-08', '2026-11-26')).toBe('T-12');
    expect(tMinusLabel('2026-11-26', '2026-11-26')).toBe('T-0');
    expect(tMinusLabel('2026-11-23', '2026-11-26')).toBe('T+3');
  });

  it('formats a day for people', () => {
    expect(formatDay('2026-03-03')).toBe('Tue 3 Mar 2026');
  });
});
