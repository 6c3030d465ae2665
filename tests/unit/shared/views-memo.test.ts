import { describe, expect, it } from 'vitest';
import { applyChange, ChangeBuilder } from '../../../shared/domain/change';
import { memoByTables } from '../../../shared/views/memo';
import { touch } from '../../fixtures/views';
import { sample } from '../../fixtures/workspace';

describe('memoByTables', () => {
  it('computes once per version of the tables it reads', () => {
    let runs = 0;
    const count = memoByTables(['items', 'people'], (ws) => {
      runs += 1;
      return { items: Object.keys(ws.items).length, people: Object.keys(ws.people).length };
    });
    const ws = sample();
    const first = count(ws);
    expect(count(ws)).toBe(first);
    expect(runs).toBe(1);
    expect(count(touch(ws, 'readiness'))).toBe(first);
    expect(runs).toBe(1);
    const person = { id: 'p-new', name: 'New', team: '', role: '', region: null, email: '' };
    const more = applyChange(ws, new ChangeBuilder(ws).put('people', person).build('Add'));
    expect(count(more)).toEqual({ items: first.items, people: first.people + 1 });
    expect(runs).toBe(2);
    // The older version is still cached: going back (an undo) costs nothing.
    expect(count(ws)).toBe(first);
    expect(runs).toBe(2);
  });

  it('compares extra arguments by value, keeping the last few', () => {
    let runs = 0;
    const view = memoByTables(['items'], (ws, day: string, flag: boolean) => {
      runs += 1;
      return `${Object.keys(ws.items).length}:${day}:${flag}`;
    });
    const ws = sample();
    const a = view(ws, '2026-01-01', true);
    expect(view(ws, '2026-01-01', true)).toBe(a);
    expect(view(ws, '2026-01-02', true)).toBe(`${Object.keys(ws.items).length}:2026-01-02:true`);
    expect(view(ws, '2026-01-01', false)).toContain(':false');
    expect(runs).toBe(3);
    expect(view(ws, '2026-01-01', true)).toBe(a);
    expect(runs).toBe(3);
    for (const day of ['d1', 'd2', 'd3', 'd4']) view(ws, day, true);
    view(ws, '2026-01-01', true); // pushed out by four newer argument lists
    expect(runs).toBe(8);
  });

  it('keeps results per table identity, so equal but distinct tables recompute', () => {
    let runs = 0;
    const view = memoByTables(['settings'], () => ++runs);
    const ws = sample();
    expect(view(ws)).toBe(1);
    expect(view(touch(ws, 'settings'))).toBe(2);
    expect(view(ws)).toBe(1);
  });

  it('refuses a read model that reads no table', () => {
    expect(() => memoByTables([], () => 0)).toThrow(/at least one table/);
  });
});
