/**
 * The small pieces every command stands on: structural equality, errors and their issues,
 * counts in words, ranks, workspace lookups, and the cross-field rules of the record schemas.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deepEqual } from '../../../shared/domain/equal';
import { CommandError, ValidationError, issuesFromZod, parseOrThrow } from '../../../shared/domain/errors';
import { countOf } from '../../../shared/domain/text';
import { byRank, isValidRank, rankAfterAll, rankBetween } from '../../../shared/domain/ranks';
import {
  copyTable,
  countRecords,
  emptyTable,
  emptyTables,
  hasRecord,
  isInitialised,
  recordOf,
  settingsOf,
} from '../../../shared/domain/workspace';
import { daySchema, httpUrlSchema } from '../../../shared/domain/primitives';
import { launchItemSchema } from '../../../shared/domain/items/schema';
import { blackoutSchema } from '../../../shared/domain/blackouts/schema';
import { settingsSchema } from '../../../shared/domain/settings/schema';
import { defaultSettings } from '../../../shared/domain/settings/defaults';
import { baseWorkspace } from '../../fixtures/workspace';
import { item } from '../../fixtures/records';

const issues = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? [] : issuesFromZod(result.error!).map((i) => `${i.path}: ${i.message}`);

describe('deepEqual', () => {
  it('compares records by value, ignoring key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(deepEqual(null, null)).toBe(true);
    expect(deepEqual('a', 'a')).toBe(true);
  });

  it('tells apart values, shapes and kinds', () => {
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual({ 0: 'a', length: 1 }, ['a'])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual({ a: null }, { a: {} })).toBe(false);
  });
});

describe('errors', () => {
  it('a ValidationError carries its issues and joins their messages', () => {
    const error = new ValidationError([
      { path: 'title', message: 'Enter a title' },
      { path: '', message: 'Something else' },
    ]);
    expect(error.message).toBe('Enter a title; Something else');
    expect(error.name).toBe('ValidationError');
    expect(error).toBeInstanceOf(Error);
    expect(new CommandError('Gone').name).toBe('CommandError');
  });

  it('parseOrThrow returns the parsed value or throws the issues with dotted paths', () => {
    const schema = z.object({ links: z.array(z.object({ url: z.string().min(2, 'Too short') })) });
    expect(parseOrThrow(schema, { links: [{ url: 'ab' }], extra: 1 })).toEqual({ links: [{ url: 'ab' }] });
    try {
      parseOrThrow(schema, { links: [{ url: 'ab' }, { url: 'a' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([{ path: 'links.1.url', message: 'Too short' }]);
    }
  });
});

describe('countOf', () => {
  it('uses the singular for one only, a given plural, and thousands separators', () => {
    expect(countOf(1, 'item')).toBe('1 item');
    expect(countOf(0, 'item')).toBe('0 items');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
    expect(countOf(12000, 'item')).toBe('12,000 items');
  });
});

describe('ranks', () => {
  it('places ranks between and after others', () => {
    const first = rankBetween(null, null);
    const second = rankBetween(first, null);
    const middle = rankBetween(first, second);
    expect(first < middle && middle < second).toBe(true);
    expect(rankAfterAll([])).toBe(first);
    expect(rankAfterAll(['a1', 'a5', 'a3']) > 'a5').toBe(true);
    expect(rankAfterAll(['a5', 'a1'])).toBe(rankBetween('a5', null));
  });

  it('knows a valid rank', () => {
    expect(isValidRank('a0')).toBe(true);
    expect(isValidRank('')).toBe(false);
    expect(isValidRank('!!')).toBe(false);
  });

  it('orders by rank, then by id, equal only for the same both', () => {
    const r = (id: string, rank: string) => ({ id, rank });
    expect(byRank(r('b', 'a0'), r('a', 'a1'))).toBe(-1);
    expect(byRank(r('a', 'a1'), r('b', 'a0'))).toBe(1);
    expect(byRank(r('a', 'a0'), r('b', 'a0'))).toBe(-1);
    expect(byRank(r('b', 'a0'), r('a', 'a0'))).toBe(1);
    expect(byRank(r('a', 'a0'), r('a', 'a0'))).toBe(0);
  });
});

describe('workspace lookups', () => {
  it('finds own records only, in prototype-free tables', () => {
    const table = emptyTable<number>();
    expect(Object.getPrototypeOf(table)).toBeNull();
    table.a = 1;
    expect(recordOf(table, 'a')).toBe(1);
    expect(recordOf(table, 'toString')).toBeUndefined();
    expect(recordOf({ a: 1 }, 'constructor')).toBeUndefined();
    expect(hasRecord(table, 'a')).toBe(true);
    expect(hasRecord({}, 'hasOwnProperty')).toBe(false);
    const copy = copyTable({ a: 1, b: 2 });
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect({ ...copy }).toEqual({ a: 1, b: 2 });
  });

  it('reads the settings, and says when there are none', () => {
    const ws = baseWorkspace();
    expect(settingsOf(ws).name).toBe('Test');
    expect(isInitialised(ws)).toBe(true);
    expect(isInitialised(emptyTables())).toBe(false);
    expect(() => settingsOf(emptyTables())).toThrow('The workspace has no settings record');
  });

  it('counts the records of every table', () => {
    const ws = baseWorkspace();
    expect(countRecords(emptyTables())).toBe(0);
    expect(countRecords(ws)).toBe(1 + 2 + Object.keys(ws.playbooks).length);
    ws.items.x = item('x');
    expect(countRecords(ws)).toBe(1 + 2 + Object.keys(ws.playbooks).length + 1);
  });
});

describe('schema rules that span fields', () => {
  it('days: a real day, and within the supported years', () => {
    expect(issues(daySchema.safeParse('2026-11-26'))).toEqual([]);
    expect(issues(daySchema.safeParse('2026-02-30'))).toEqual([': Enter a real calendar date (yyyy-mm-dd)']);
    expect(issues(daySchema.safeParse('1969-12-31'))).toEqual([': Enter a date between 2000 and 2100']);
  });

  it('web addresses: http and https only', () => {
    expect(httpUrlSchema.safeParse('https://example.com').success).toBe(true);
    expect(httpUrlSchema.safeParse(' http://example.com ').data).toBe('http://example.com');
    expect(httpUrlSchema.safeParse('ftp://example.com').success).toBe(false);
    expect(httpUrlSchema.safeParse('example.com').success).toBe(false);
  });

  it('launch items: dates in order (equal is fine), no self-reference, no repeated dependency', () => {
    const check = (fields: Parameters<typeof item>[1]) =>
      issues(launchItemSchema.safeParse(item('x', fields)));
    expect(check({ startDate: '2026-12-01', launchDate: '2026-12-01', endDate: '2026-12-01' })).toEqual([]);
    expect(check({ startDate: '2026-12-02', endDate: '2026-12-01' })).toEqual([
      'endDate: The end date must be on or after the start date',
    ]);
    expect(check({ startDate: '2026-12-01', endDate: '2026-12-02' })).toEqual([]);
    // With a launch date, the end is checked against it, not against the start.
    expect(check({ startDate: '2026-12-02', launchDate: '2026-12-03', endDate: '2026-12-03' })).toEqual([]);
    expect(check({ launchDate: '2026-12-03', endDate: '2026-12-02' })).toEqual([
      'endDate: The end date must be on or after the launch date',
    ]);
    expect(check({ dependsOn: ['x'] })).toEqual(['dependsOn: An item cannot depend on itself']);
    expect(check({ dependsOn: ['a', 'a'] })).toEqual(['dependsOn: A dependency is listed twice']);
    expect(check({ parentId: 'x' })).toEqual(['parentId: An item cannot be its own parent']);
    // A malformed day has its own message and is not compared.
    expect(check({ startDate: '2026-13-01', launchDate: '2026-12-01' })).toEqual([
      'startDate: Enter a real calendar date (yyyy-mm-dd)',
    ]);
  });

  it('blackout windows end on or after their first day', () => {
    const window = {
      id: 'b',
      title: 'Freeze',
      start: '2026-12-20',
      end: '2026-12-20',
      regions: [],
      reason: '',
    };
    expect(issues(blackoutSchema.safeParse(window))).toEqual([]);
    expect(issues(blackoutSchema.safeParse({ ...window, end: '2026-12-19' }))).toEqual([
      'end: The window must end on or after its first day',
    ]);
  });

  it('settings: unique stages, regions and functions, and a launched stage among the stages', () => {
    const base = defaultSettings('Test');
    expect(issues(settingsSchema.safeParse(base))).toEqual([]);
    const stage = base.stages[0]!;
    const fn = base.functions[0]!;
    expect(issues(settingsSchema.safeParse({ ...base, stages: [...base.stages, { ...stage }] }))).toEqual([
      'stages: Stage ids must be unique',
      'stages: Two stages have the same name',
    ]);
    expect(
      issues(settingsSchema.safeParse({ ...base, stages: [...base.stages, { id: 'x', name: 'PLANNING' }] })),
    ).toEqual(['stages: Two stages have the same name']);
    expect(
      issues(settingsSchema.safeParse({ ...base, regions: [...base.regions, base.regions[0]!] })),
    ).toEqual(['regions: Two regions have the same code']);
    expect(
      issues(
        settingsSchema.safeParse({ ...base, functions: [...base.functions, { id: fn.id, name: 'Other' }] }),
      ),
    ).toEqual(['functions: Function ids must be unique']);
    expect(
      issues(
        settingsSchema.safeParse({
          ...base,
          functions: [...base.functions, { id: 'x', name: fn.name.toUpperCase() }],
        }),
      ),
    ).toEqual(['functions: Two readiness functions have the same name']);
    expect(issues(settingsSchema.safeParse({ ...base, launchedStageId: 'nowhere' }))).toEqual([
      'launchedStageId: The launched stage must be one of the stages',
    ]);
    expect(issues(settingsSchema.safeParse({ ...base, launchedStageId: null }))).toEqual([]);
  });
});
