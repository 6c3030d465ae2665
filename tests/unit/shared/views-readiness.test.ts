import { describe, expect, it } from 'vitest';
import { applyChange, ChangeBuilder } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import {
  filteredReadinessMatrix,
  readinessByItem,
  readinessByItemAndFunction,
  readinessMatrix,
  readinessMatrixOn,
  readinessOf,
  type MatrixFilter,
} from '../../../shared/views/readiness';
import { add, item, readiness } from '../../fixtures/records';
import { expectMemoised, touch } from '../../fixtures/views';
import { baseWorkspace, NOW, sample, TODAY, testContext } from '../../fixtures/workspace';

const ITEM = 'sample-payment-links';

describe('readiness by item', () => {
  it('groups every readiness item under its launch item', () => {
    const ws = sample();
    const byItem = readinessByItem(ws);
    const all = Object.values(ws.readiness);
    expect([...byItem.values()].flat()).toHaveLength(all.length);
    expect(readinessOf(ws, ITEM)).toEqual(all.filter((r) => r.itemId === ITEM));
    expect(readinessOf(ws, 'no-such-item')).toEqual([]);
  });

  it('is computed once per version of the readiness table', () => {
    expectMemoised(readinessByItem, sample(), ['readiness']);
  });
});

describe('readiness by item and function', () => {
  it('groups each item’s checklist by function, in rank order', () => {
    const ws = sample();
    const grouped = readinessByItemAndFunction(ws);
    const legal = grouped.get(ITEM)!.get('legal')!;
    expect(legal.length).toBeGreaterThan(0);
    expect(legal.every((r) => r.itemId === ITEM && r.functionId === 'legal')).toBe(true);
    expect(legal.map((r) => r.rank)).toEqual(legal.map((r) => r.rank).sort());
    const count = [...grouped.values()].reduce(
      (sum, byFunction) => sum + [...byFunction.values()].flat().length,
      0,
    );
    expect(count).toBe(Object.keys(ws.readiness).length);
  });

  it('is computed once per version of the readiness table', () => {
    expectMemoised(readinessByItemAndFunction, sample(), ['readiness']);
  });
});

describe('readiness matrix', () => {
  it('has a column per function and a row per active item with a checklist', () => {
    const ws = sample();
    const matrix = readinessMatrix(ws);
    expect(matrix.functions.map((f) => f.id)).toEqual(ws.settings.workspace!.functions.map((f) => f.id));
    const withChecklist = new Set(Object.values(ws.readiness).map((r) => r.itemId));
    expect(matrix.rows.map((r) => r.item.id).sort()).toEqual([...withChecklist].sort());
    for (const row of matrix.rows) {
      expect(row.cells).toHaveLength(matrix.functions.length);
      expect(row.cells.reduce((sum, c) => sum + c.progress.total, 0)).toBe(row.progress.total);
    }
    // Earliest first.
    const starts = matrix.rows.map((r) => r.item.startDate ?? r.item.launchDate ?? '');
    expect(starts).toEqual([...starts].sort());
  });

  it('counts what is blocked and the open sign-offs of each cell', () => {
    const ws = sample();
    const row = readinessMatrix(ws).rows.find((r) => r.item.id === ITEM)!;
    const legal = row.cells.find((c) => c.functionId === 'legal')!;
    expect(legal.blocked).toBe(legal.items.length); // the sample blocks legal on this launch
    expect(legal.openSignOffs).toBe(legal.items.filter((r) => r.requiredSignOff).length);
    const empty = row.cells.filter((c) => c.items.length === 0);
    for (const cell of empty) expect(cell).toMatchObject({ progress: { done: 0, total: 0 }, blocked: 0 });
  });

  it('leaves archived items out and names functions the settings no longer list', () => {
    let ws = sample();
    ws = applyChange(ws, updateItem(ws, ITEM, { archived: true }, testContext()));
    const r = Object.values(ws.readiness).find((x) => x.itemId === 'sample-dark-mode')!;
    const moved = { ...r, functionId: 'retired-function', updatedAt: NOW };
    ws = applyChange(ws, new ChangeBuilder(ws).put('readiness', moved).build('Move'));
    const matrix = readinessMatrix(ws);
    expect(matrix.rows.some((row) => row.item.id === ITEM)).toBe(false);
    expect(matrix.functions.at(-1)).toEqual({ id: 'retired-function', name: 'retired-function' });
  });

  it('is computed once per version of the items, readiness and settings', () => {
    expectMemoised(readinessMatrix, sample(), ['items', 'readiness', 'settings']);
  });
});

/** Launch items a week apart, with one checklist line each in legal, unless a test adds more. */
function reviewWorkspace() {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('soon', { title: 'Soon', launchDate: '2026-12-01', tier: 1, regions: ['EU'], stageId: 'beta' }),
    item('later', { title: 'Later', launchDate: '2027-02-10', tier: 2, regions: ['NA', 'EU'] }),
    item('undated', { title: 'Undated', tier: 3 }),
    item('passed', { title: 'Passed', launchDate: '2026-11-20', tier: 1, regions: ['NA'] }),
    item('no-checklist', { title: 'No checklist', launchDate: '2026-12-02' }),
  );
  add(
    ws,
    'readiness',
    readiness('r-soon', 'soon'),
    readiness('r-later', 'later'),
    readiness('r-undated', 'undated'),
    readiness('r-passed', 'passed'),
  );
  return ws;
}

const ALL: MatrixFilter = { from: null, to: null, tier: 0, region: '', stageId: '' };
const titles = (rows: readonly { item: { title: string } }[]) => rows.map((r) => r.item.title);
const cellOf = (ws: ReturnType<typeof reviewWorkspace>, itemId: string, functionId: string) =>
  readinessMatrixOn(ws, TODAY)
    .rows.find((r) => r.item.id === itemId)!
    .cells.find((c) => c.functionId === functionId)!;

describe('readiness matrix on a day', () => {
  it('orders rows by launch date, undated last, and leaves out items without a checklist', () => {
    expect(titles(readinessMatrixOn(reviewWorkspace(), TODAY).rows)).toEqual([
      'Passed',
      'Soon',
      'Later',
      'Undated',
    ]);
  });

  it('orders items launching the same day by title', () => {
    const ws = reviewWorkspace();
    add(ws, 'items', item('b', { title: 'Beta day', launchDate: '2026-12-01' }));
    add(ws, 'items', item('a', { title: 'Alpha day', launchDate: '2026-12-01' }));
    add(ws, 'readiness', readiness('r-a', 'a'), readiness('r-b', 'b'));
    expect(titles(readinessMatrixOn(ws, TODAY).rows)).toEqual([
      'Passed',
      'Alpha day',
      'Beta day',
      'Soon',
      'Later',
      'Undated',
    ]);
  });

  it('reads each cell by its worst line: blocked, overdue, in progress, not started, done', () => {
    const ws = reviewWorkspace();
    // "soon" launches 2026-12-01; T-10 is 2026-11-21, before today (2026-11-26).
    const overdue = { type: 'offset', days: -10 } as const;
    const ahead = { type: 'offset', days: -1 } as const;
    add(
      ws,
      'readiness',
      readiness('s1', 'soon', { functionId: 'support', status: 'done', evidence: 'wiki' }),
      readiness('s2', 'soon', { functionId: 'support', status: 'not-needed' }),
      readiness('d1', 'soon', { functionId: 'docs', status: 'done', evidence: 'wiki' }),
      readiness('d2', 'soon', { functionId: 'docs', status: 'not-started', due: ahead }),
      readiness('m1', 'soon', { functionId: 'marketing', status: 'not-started' }),
      readiness('m2', 'soon', { functionId: 'marketing', status: 'in-progress', due: ahead }),
      readiness('f1', 'soon', { functionId: 'finance', status: 'in-progress' }),
      readiness('f2', 'soon', { functionId: 'finance', status: 'not-started', due: overdue }),
      readiness('f3', 'soon', { functionId: 'finance', status: 'done', evidence: 'x', due: overdue }),
      readiness('p1', 'soon', { functionId: 'product-eng', status: 'not-started', due: overdue }),
      readiness('p2', 'soon', { functionId: 'product-eng', status: 'blocked' }),
      readiness('t1', 'soon', { functionId: 'training', status: 'blocked', due: overdue }),
    );
    expect(cellOf(ws, 'soon', 'support')).toMatchObject({ state: 'done', progress: { done: 2, total: 2 } });
    expect(cellOf(ws, 'soon', 'docs')).toMatchObject({ state: 'not-started', overdue: 0 });
    expect(cellOf(ws, 'soon', 'marketing')).toMatchObject({ state: 'in-progress', overdue: 0 });
    // A closed line past its day is not overdue.
    expect(cellOf(ws, 'soon', 'finance')).toMatchObject({
      state: 'overdue',
      overdue: 1,
      progress: { done: 1, total: 3 },
    });
    expect(cellOf(ws, 'soon', 'product-eng')).toMatchObject({ state: 'blocked', overdue: 1, blocked: 1 });
    // Blocked and past its day: the cell reads blocked, and counts it overdue too.
    expect(cellOf(ws, 'soon', 'training')).toMatchObject({ state: 'blocked', overdue: 1 });
    expect(cellOf(ws, 'soon', 'security')).toMatchObject({
      state: 'empty',
      overdue: 0,
      progress: { done: 0, total: 0 },
    });
  });

  it('counts overdue lines by T-offset or fixed day, never for an undated launch', () => {
    const ws = reviewWorkspace();
    add(
      ws,
      'readiness',
      readiness('fixed-past', 'later', { functionId: 'docs', due: { type: 'date', date: '2026-11-25' } }),
      readiness('fixed-today', 'later', { functionId: 'docs', due: { type: 'date', date: TODAY } }),
      readiness('offset-undated', 'undated', { functionId: 'docs', due: { type: 'offset', days: -300 } }),
    );
    expect(cellOf(ws, 'later', 'docs')).toMatchObject({ state: 'overdue', overdue: 1 });
    expect(cellOf(ws, 'undated', 'docs')).toMatchObject({ state: 'not-started', overdue: 0 });
  });

  it('sums overdue lines and open required sign-offs per row', () => {
    const ws = reviewWorkspace();
    const past = { type: 'date', date: '2026-11-01' } as const;
    add(
      ws,
      'readiness',
      readiness('a', 'later', { functionId: 'docs', due: past, requiredSignOff: true }),
      readiness('b', 'later', { functionId: 'support', due: past }),
      readiness('c', 'later', { functionId: 'support', requiredSignOff: true, status: 'not-needed' }),
      readiness('d', 'later', { functionId: 'security', requiredSignOff: true, status: 'blocked' }),
    );
    const row = readinessMatrixOn(ws, TODAY).rows.find((r) => r.item.id === 'later')!;
    expect(row).toMatchObject({ overdue: 2, openSignOffs: 2, progress: { done: 1, total: 5 } });
    expect(cellOf(ws, 'later', 'docs').openSignOffs).toBe(1);
  });

  it('depends on the day: a line due tomorrow is overdue the day after', () => {
    const ws = reviewWorkspace();
    add(
      ws,
      'readiness',
      readiness('x', 'later', { functionId: 'docs', due: { type: 'date', date: '2026-11-27' } }),
    );
    const on = (day: string) =>
      readinessMatrixOn(ws, day)
        .rows.find((r) => r.item.id === 'later')!
        .cells.find((c) => c.functionId === 'docs')!.state;
    expect(on('2026-11-27')).toBe('not-started');
    expect(on('2026-11-28')).toBe('overdue');
  });

  it('is computed once per version of the items, readiness and settings, and per day', () => {
    const ws = sample();
    expectMemoised((w) => readinessMatrixOn(w, TODAY), ws, ['items', 'readiness', 'settings']);
    expect(readinessMatrixOn(ws, '2026-12-01')).not.toBe(readinessMatrixOn(ws, TODAY));
  });
});

describe('filtered readiness matrix', () => {
  const shown = (filter: Partial<MatrixFilter>) =>
    titles(filteredReadinessMatrix(reviewWorkspace(), TODAY, { ...ALL, ...filter }).rows);

  it('shows every row, undated ones too, when nothing is filtered', () => {
    const ws = reviewWorkspace();
    const all = filteredReadinessMatrix(ws, TODAY, ALL);
    expect(titles(all.rows)).toEqual(['Passed', 'Soon', 'Later', 'Undated']);
    expect(all.total).toBe(4);
    expect(all.functions).toBe(readinessMatrix(ws).functions);
  });

  it('keeps launch dates within the range, bounds included, and drops undated items', () => {
    expect(shown({ from: '2026-12-01', to: '2027-02-10' })).toEqual(['Soon', 'Later']);
    expect(shown({ from: '2026-12-02', to: '2027-02-09' })).toEqual([]);
    expect(shown({ from: '2026-11-26' })).toEqual(['Soon', 'Later']);
    expect(shown({ to: '2026-12-01' })).toEqual(['Passed', 'Soon']);
  });

  it('filters by tier, region and stage, and all of them together', () => {
    expect(shown({ tier: 1 })).toEqual(['Passed', 'Soon']);
    expect(shown({ tier: 3 })).toEqual(['Undated']);
    expect(shown({ region: 'EU' })).toEqual(['Soon', 'Later']);
    expect(shown({ region: 'JP' })).toEqual([]);
    expect(shown({ stageId: 'beta' })).toEqual(['Soon']);
    expect(shown({ stageId: 'readiness' })).toEqual(['Passed', 'Later', 'Undated']);
    expect(shown({ tier: 1, region: 'NA' })).toEqual(['Passed']);
    expect(shown({ tier: 1, region: 'EU', stageId: 'readiness' })).toEqual([]);
    const narrowed = filteredReadinessMatrix(reviewWorkspace(), TODAY, { ...ALL, tier: 2 });
    expect(narrowed.total).toBe(4);
  });

  it('is memoised by the filter’s value, not its identity, and per version of its tables', () => {
    const ws = reviewWorkspace();
    const first = filteredReadinessMatrix(ws, TODAY, { ...ALL, tier: 1 });
    expect(filteredReadinessMatrix(ws, TODAY, { ...ALL, tier: 1 })).toBe(first);
    expect(filteredReadinessMatrix(ws, TODAY, { ...ALL, tier: 2 })).not.toBe(first);
    expect(filteredReadinessMatrix(touch(ws, 'people'), TODAY, { ...ALL, tier: 1 })).toBe(first);
    const next = filteredReadinessMatrix(touch(ws, 'readiness'), TODAY, { ...ALL, tier: 1 });
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
  });
});
