import { describe, expect, it } from 'vitest';
import { dayFromOffset } from '../../../shared/dates/days';
import { applyChange } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import { dueText, offsetLabel, parseDueText } from '../../../shared/domain/readiness/due';
import { dueDay } from '../../../shared/domain/readiness/rules';
import { add, item, readiness } from '../../fixtures/records';
import { baseWorkspace, testContext } from '../../fixtures/workspace';

describe('T-offset arithmetic', () => {
  it.each([
    ['2028-03-14', -14, '2028-02-29'], // into a leap day
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-02-29', -365, '2027-03-01'],
    ['2027-03-01', -1, '2027-02-28'], // no 29th in 2027
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'], // over a year end
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-11-30', 1, '2026-12-01'], // a 30-day month
    ['2026-12-10', 0, '2026-12-10'], // T-0 is launch day
    ['2026-12-10', -730, '2024-12-10'],
    ['2026-12-10', 730, '2028-12-09'], // two years that hold a leap day
  ])('%s %i days → %s', (launch, offset, due) => {
    expect(dayFromOffset(launch, offset)).toBe(due);
  });
});

describe('due days of readiness items', () => {
  const ws = () => {
    const w = baseWorkspace();
    add(w, 'items', item('x', { launchDate: '2027-03-01' }));
    add(
      w,
      'readiness',
      readiness('rel', 'x', { due: { type: 'offset', days: -1 } }),
      readiness('after', 'x', { due: { type: 'offset', days: 14 } }),
      readiness('fixed', 'x', { due: { type: 'date', date: '2027-02-15' } }),
      readiness('none', 'x', { due: null }),
    );
    return w;
  };

  it('a T-offset is counted from the launch date; a fixed day is itself', () => {
    const w = ws();
    const x = w.items.x!;
    expect(dueDay(w.readiness.rel!, x)).toBe('2027-02-28');
    expect(dueDay(w.readiness.after!, x)).toBe('2027-03-15');
    expect(dueDay(w.readiness.fixed!, x)).toBe('2027-02-15');
    expect(dueDay(w.readiness.none!, x)).toBeNull();
  });

  it('a T-offset has no day while the item has no launch date', () => {
    const w = ws();
    expect(dueDay(w.readiness.rel!, { ...w.items.x!, launchDate: null })).toBeNull();
    expect(dueDay(w.readiness.fixed!, { ...w.items.x!, launchDate: null })).toBe('2027-02-15');
  });

  it('moving the launch date re-flows every T-offset at once, and fixed days stay', () => {
    const w = ws();
    const change = updateItem(w, 'x', { launchDate: '2028-03-01' }, testContext());
    // Derived, never stored: the change writes the launch item alone.
    expect(change.ops.map((op) => op.table)).toEqual(['items']);
    const moved = applyChange(w, change);
    expect(moved.readiness).toBe(w.readiness);
    const x = moved.items.x!;
    expect(dueDay(moved.readiness.rel!, x)).toBe('2028-02-29');
    expect(dueDay(moved.readiness.after!, x)).toBe('2028-03-15');
    expect(dueDay(moved.readiness.fixed!, x)).toBe('2027-02-15');
  });
});

describe('due dates as typed', () => {
  it.each([
    ['T-14', { type: 'offset', days: -14 }],
    ['t+3', { type: 'offset', days: 3 }],
    ['T 5', { type: 'offset', days: 5 }],
    ['-14', { type: 'offset', days: -14 }],
    ['\u221214', { type: 'offset', days: -14 }],
    ['+7', { type: 'offset', days: 7 }],
    ['14', { type: 'offset', days: 14 }],
    ['T0', { type: 'offset', days: 0 }],
    ['T-0', { type: 'offset', days: 0 }],
    ['T-730', { type: 'offset', days: -730 }],
    [' 2028-02-29 ', { type: 'date', date: '2028-02-29' }],
    ['', null],
  ])('“%s” is read', (text, due) => {
    expect(parseDueText(text)).toEqual({ ok: true, due });
  });

  it.each([
    ['next week', 'Enter a T-offset such as T-14 or T+3, or a date (yyyy-mm-dd)'],
    ['T-14d', 'Enter a T-offset such as T-14 or T+3, or a date (yyyy-mm-dd)'],
    ['T--3', 'Enter a T-offset such as T-14 or T+3, or a date (yyyy-mm-dd)'],
    ['T-731', 'A T-offset is at most 730 days before or after launch'],
    ['2027-02-29', '“2027-02-29” is not a calendar date (yyyy-mm-dd)'],
    ['2026-13-01', '“2026-13-01” is not a calendar date (yyyy-mm-dd)'],
    ['2300-01-01', 'Enter a date between 2000 and 2100'],
  ])('“%s” is refused', (text, message) => {
    expect(parseDueText(text)).toEqual({ ok: false, message });
  });

  it('writes offsets and days back the way they are typed', () => {
    expect(offsetLabel(-14)).toBe('T-14');
    expect(offsetLabel(0)).toBe('T-0');
    expect(offsetLabel(3)).toBe('T+3');
    expect(dueText({ type: 'offset', days: -7 })).toBe('T-7');
    expect(dueText({ type: 'date', date: '2026-11-12' })).toBe('2026-11-12');
    expect(dueText(null)).toBe('');
    for (const days of [-730, -1, 0, 1, 730])
      expect(parseDueText(offsetLabel(days))).toEqual({ ok: true, due: { type: 'offset', days } });
  });
});
