/**
 * The formatters kept for reuse give exactly what the library calls they replace: counts as
 * `toLocaleString('en-US')` writes them, ISO weeks as date-fns works them out, days formatted
 * once and read back. Also the lazily worded collision messages and the lazy map the per-item
 * read models are made of.
 */
import { format, getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDays, formatDay, formatShortDay, isoWeekKey, parseDay } from '../../../shared/dates/days';
import { findCollisions } from '../../../shared/domain/items/collisions';
import { countOf, moneyText, numberText } from '../../../shared/domain/text';
import { LazyMap } from '../../../shared/views/lazy-map';
import { generateWorkspace } from '../../bench/generate';
import { TODAY } from '../../fixtures/workspace';

describe('numbers', () => {
  const values = [0, -0, 1, 7, 999, 1000, 1001, 12_345, 999_999, 1_234_567, -1, -1500, 0.5, 1234.5678, 1e21];
  it('read as toLocaleString("en-US") writes them', () => {
    for (const value of [...values, NaN, Infinity, -Infinity])
      expect(numberText(value), String(value)).toBe(value.toLocaleString('en-US'));
  });
  it('count and amount texts use them', () => {
    expect(countOf(1, 'launch item')).toBe('1 launch item');
    expect(countOf(12_345, 'launch item')).toBe('12,345 launch items');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
    expect(moneyText(1_234_567.4)).toBe('$1,234,567');
    expect(moneyText(-120_000)).toBe('-$120,000');
  });
});

describe('days', () => {
  it('ISO weeks are date-fns’ for every day from 1999 to 2033 and around the range’s ends', () => {
    const days: string[] = [];
    for (let day = '1999-01-01'; day <= '2033-12-31'; day = addDays(day, 1)) days.push(day);
    days.push('1970-01-01', '1970-01-05', '2099-12-31', '2100-12-31', '2200-12-31');
    for (const day of days) {
      const date = parseDay(day)!;
      expect(isoWeekKey(day), day).toBe(
        `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`,
      );
      // Kept: asked again, the same text.
      expect(isoWeekKey(day)).toBe(isoWeekKey(day));
    }
  });
  it('formatted days are date-fns’, asked once or many times, per pattern', () => {
    for (const day of ['2026-03-03', '2026-12-31', '2027-01-01']) {
      expect(formatDay(day)).toBe(format(parseDay(day)!, 'EEE d MMM yyyy'));
      expect(formatShortDay(day)).toBe(format(parseDay(day)!, 'd MMM yyyy'));
      expect(formatDay(day)).toBe(format(parseDay(day)!, 'EEE d MMM yyyy'));
    }
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
  });
});

describe('collision messages', () => {
  /** The collisions of a small generated workspace (every kind of rule finds some). */
  const sampleCollisions = () =>
    findCollisions(
      generateWorkspace({ items: 300, readinessPerItem: 0, dependencies: 80, seed: 3, today: TODAY }),
    );

  it('are worded when read, and read the same however they are read or copied', () => {
    const list = sampleCollisions();
    expect(list.length).toBeGreaterThan(0);
    for (const collision of list) {
      const message = collision.message;
      expect(message).toMatch(/^.+\.$/);
      expect(collision.message).toBe(message);
      expect({ ...collision }.message).toBe(message);
      expect(JSON.parse(JSON.stringify(collision)).message).toBe(message);
    }
  });

  it('share one getter, so collisions of a kind share their shape (a getter each costs ~400 bytes)', () => {
    const list = sampleCollisions();
    const getters = new Set(list.map((c) => Object.getOwnPropertyDescriptor(c, 'message')?.get));
    expect(getters.size).toBe(1);
    expect([...getters][0]).toBeTypeOf('function');
    // Only the collision's own fields and its message are seen by a copy or a comparison.
    const kinds = new Set(list.map((c) => c.kind));
    expect(kinds.size).toBeGreaterThan(1);
    for (const c of list) expect(Object.getOwnPropertySymbols({ ...c })).toEqual([]);
  });
});

describe('LazyMap', () => {
  it('works a value out once, on first ask; iterates in key order without the missing ones', () => {
    const asked: string[] = [];
    const map = new LazyMap(
      () => ['a', 'b', 'c', 'd'],
      (key) => {
        asked.push(key);
        return key === 'c' ? undefined : key.toUpperCase();
      },
    );
    expect(map.get('b')).toBe('B');
    expect(map.get('b')).toBe('B');
    expect(map.has('c')).toBe(false);
    expect(map.get('zz')).toBe('ZZ');
    expect(asked).toEqual(['b', 'c', 'zz']);
    expect([...map]).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['d', 'D'],
    ]);
    expect(map.size).toBe(3);
    expect([...map.keys()]).toEqual(['a', 'b', 'd']);
    expect([...map.values()]).toEqual(['A', 'B', 'D']);
    expect(asked).toEqual(['b', 'c', 'zz', 'a', 'd']);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=A', 'b=B', 'd=D']);
  });
});
