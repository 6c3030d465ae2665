/**
 * The readiness matrix works out a row's cells when the row is first read (the grid draws the
 * rows in view). On generated workspaces the rows hold what the eager grouping gives — each
 * function's lines in rank order, the counts, the columns with functions the settings do not
 * list — and what a row says does not depend on which rows were read before it.
 */
import { describe, expect, it } from 'vitest';
import { ChangeBuilder, applyChange } from '../../../shared/domain/change';
import { isClosed } from '../../../shared/domain/readiness/rules';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  readinessByItemAndFunction,
  readinessMatrix,
  readinessMatrixOn,
  readinessOf,
  type ReadinessDayRow,
} from '../../../shared/views/readiness';
import { generateWorkspace } from '../../bench/generate';
import { NOW, TODAY } from '../../fixtures/workspace';

function workspace(seed: number): Workspace {
  const ws = generateWorkspace({ items: 150, readinessPerItem: 6, dependencies: 0, seed, today: TODAY });
  // Lines of functions the settings no longer list, on two items.
  const lines = Object.values(ws.readiness);
  const builder = new ChangeBuilder(ws);
  for (const [i, functionId] of [
    [7, 'retired-b'],
    [3, 'retired-a'],
    [40, 'retired-b'],
  ] as const)
    builder.put('readiness', { ...lines[i]!, functionId, updatedAt: NOW });
  return applyChange(ws, builder.build('Retire functions'));
}

/** A day row as plain data, every lazy field read. */
const plain = (row: ReadinessDayRow) => ({
  item: row.item.id,
  progress: row.progress,
  overdue: row.overdue,
  openSignOffs: row.openSignOffs,
  cells: row.cells.map((c) => ({ ...c, items: c.items.map((r) => r.id) })),
});

describe('the readiness matrix’s rows, worked out when read', () => {
  it('hold each function’s lines as the eager grouping gives them, with their counts', () => {
    for (const seed of [5, 6]) {
      const ws = workspace(seed);
      const grouped = readinessByItemAndFunction(ws);
      const matrix = readinessMatrix(ws);
      // The columns: the settings' functions, then the unknown ones as the grouping meets them.
      const unknown: string[] = [];
      const listed = new Set(ws.settings.workspace!.functions.map((f) => f.id));
      for (const byFunction of grouped.values())
        for (const id of byFunction.keys()) if (!listed.has(id) && !unknown.includes(id)) unknown.push(id);
      expect(unknown.length).toBe(2);
      expect(matrix.functions.map((f) => f.id)).toEqual([...listed, ...unknown]);
      for (const row of matrix.rows) {
        const byFunction = grouped.get(row.item.id)!;
        row.cells.forEach((cell, i) => {
          const lines = byFunction.get(matrix.functions[i]!.id) ?? [];
          expect(cell.functionId).toBe(matrix.functions[i]!.id);
          expect(cell.items.map((r) => r.id)).toEqual(lines.map((r) => r.id));
          expect(cell.progress).toEqual({ done: lines.filter(isClosed).length, total: lines.length });
          expect(cell.blocked).toBe(lines.filter((r) => r.status === 'blocked').length);
          expect(cell.openSignOffs).toBe(lines.filter((r) => r.requiredSignOff && !isClosed(r)).length);
        });
        const all = [...byFunction.values()].flat();
        expect(row.progress).toEqual({ done: all.filter(isClosed).length, total: all.length });
      }
    }
  });

  it('say the same whichever rows were read first, and add up their cells', () => {
    const ws = workspace(7);
    const again = structuredClone(ws);
    const forward = readinessMatrixOn(ws, TODAY).rows.map(plain);
    const rows = readinessMatrixOn(again, TODAY).rows;
    const backward = [...rows].reverse().map(plain).reverse();
    expect(backward).toEqual(forward);
    expect(forward.some((row) => row.overdue > 0)).toBe(true);
    for (const row of forward) {
      expect(row.overdue).toBe(row.cells.reduce((sum, c) => sum + c.overdue, 0));
      expect(row.openSignOffs).toBe(row.cells.reduce((sum, c) => sum + c.openSignOffs, 0));
    }
    // Read twice, a row gives the same objects: the grid's memoised cells keep their props.
    expect(rows[0]!.cells).toBe(rows[0]!.cells);
  });

  it('group each item’s lines in the order the table holds them, as Object.values gives them', () => {
    const ws = workspace(8);
    const all = Object.values(ws.readiness);
    for (const id of Object.keys(ws.items).slice(0, 60))
      expect(readinessOf(ws, id)).toEqual(all.filter((r) => r.itemId === id));
  });
});
