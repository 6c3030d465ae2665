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

  it('reads days digit by digit exactly as a pattern and a Date round trip do', () => {
    // The rule as it was first written: the fast reading must agree with it everywhere.
    const reference = (value: string): number | null => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return null;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
        return null;
      return date.getTime() / 86_400_000;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const values = [
      '0000-01-01',
      '0099-12-31',
      '0100-01-01',
      '0100-02-29',
      '1900-02-29',
      '2000-02-29',
      '2100-02-29',
      '2400-02-29',
      '9999-12-31',
      '2026-00-10',
      '2026-04-31',
      '2026-06-00',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026-01-01\n',
      '2026/01/01',
      '2026-01-0a',
      '２０２６-01-01',
      '-026-01-01',
      '+2026-01-0',
      '',
      '2026-01-01T00:00',
    ];
    for (const year of [99, 100, 101, 1899, 1900, 1969, 1970, 1999, 2000, 2024, 2026, 2100, 2200, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) values.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    for (const value of values) {
      const expected = reference(value);
      expect(isDay(value), value).toBe(expected !== null);
      if (expected !== null) expect(daysBetween('1970-01-01', value), value).toBe(expected);
    }
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
