import { describe, expect, it } from 'vitest';
import { applyChange, ChangeBuilder } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import {
  readinessByItem,
  readinessByItemAndFunction,
  readinessMatrix,
  readinessOf,
} from '../../../shared/views/readiness';
import { expectMemoised } from '../../fixtures/views';
import { NOW, sample, testContext } from '../../fixtures/workspace';

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
