import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { myWork, UNASSIGNED, openLinesOf } from '../../../shared/views/my-work';
import { add, item, readiness } from '../../fixtures/records';
import { expectMemoised } from '../../fixtures/views';
import { baseWorkspace, sample, TODAY, testContext } from '../../fixtures/workspace';

/** Today is 2026-11-26; "x" launches on 2026-12-10, "y" on 2026-12-01, "z" is undated. */
function workspace(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('x', { title: 'Checkout', launchDate: '2026-12-10' }),
    item('y', { title: 'Billing', launchDate: '2026-12-01' }),
    item('z', { title: 'Someday' }),
    item('old', { title: 'Archived', launchDate: '2026-12-01', archived: true }),
  );
  add(
    ws,
    'readiness',
    readiness('x-late', 'x', { ownerId: 'ana', due: { type: 'offset', days: -20 } }), // 2026-11-20
    readiness('x-soon', 'x', { ownerId: 'ana', due: { type: 'offset', days: -7 } }), // 2026-12-03
    readiness('y-fixed', 'y', { ownerId: 'ana', due: { type: 'date', date: '2026-11-25' } }),
    readiness('y-today', 'y', { ownerId: 'ana', due: { type: 'offset', days: -5 } }), // 2026-11-26
    readiness('z-offset', 'z', { ownerId: 'ana', due: { type: 'offset', days: -1 } }), // no launch date
    readiness('x-done', 'x', { ownerId: 'ana', status: 'done', evidence: 'https://wiki/done' }),
    readiness('x-not-needed', 'x', { ownerId: 'ana', status: 'not-needed' }),
    readiness('old-line', 'old', { ownerId: 'ana', due: { type: 'offset', days: -1 } }),
    readiness('ben-line', 'y', { ownerId: 'ben', status: 'blocked', due: null }),
    readiness('nobody', 'x', { due: { type: 'offset', days: 0 } }),
  );
  return ws;
}

describe('my work', () => {
  it('lists a person’s open lines: overdue first, then by due day, undated last', () => {
    const lines = openLinesOf(workspace(), TODAY, 'ana');
    expect(lines.map((l) => [l.readiness.id, l.dueDay, l.overdue, l.daysLeft])).toEqual([
      ['x-late', '2026-11-20', true, -6],
      ['y-fixed', '2026-11-25', true, -1],
      ['y-today', '2026-11-26', false, 0],
      ['x-soon', '2026-12-03', false, 7],
      ['z-offset', null, false, null],
    ]);
    expect(lines[0]!.item.title).toBe('Checkout');
  });

  it('leaves out closed lines and archived launch items; keeps blocked ones; groups the unassigned', () => {
    const work = myWork(workspace(), TODAY);
    const ids = work.all.map((l) => l.readiness.id);
    expect(ids).not.toContain('x-done');
    expect(ids).not.toContain('x-not-needed');
    expect(ids).not.toContain('old-line');
    expect(openLinesOf(workspace(), TODAY, 'ben').map((l) => l.readiness.id)).toEqual(['ben-line']);
    expect(work.byOwner.get(UNASSIGNED)!.map((l) => l.readiness.id)).toEqual(['nobody']);
    expect(openLinesOf(workspace(), TODAY, 'nobody-at-all')).toEqual([]);
    expect(work.all).toHaveLength(7);
  });

  it('follows the launch date: a T-offset re-flows, so a line stops being overdue', () => {
    const ws = workspace();
    const moved = applyChange(ws, updateItem(ws, 'x', { launchDate: '2027-01-10' }, testContext()));
    const late = openLinesOf(moved, TODAY, 'ana').find((l) => l.readiness.id === 'x-late')!;
    expect(late).toMatchObject({ dueDay: '2026-12-21', overdue: false, daysLeft: 25 });
  });

  it('reads the day: the same line is overdue tomorrow', () => {
    const ws = workspace();
    expect(openLinesOf(ws, '2026-11-27', 'ana').find((l) => l.readiness.id === 'y-today')!.overdue).toBe(
      true,
    );
  });

  it('orders lines due the same day by launch date, then title', () => {
    const ws = workspace();
    add(
      ws,
      'readiness',
      readiness('same-x', 'x', { ownerId: 'ben', due: { type: 'date', date: '2026-12-05' } }),
      readiness('same-y', 'y', { ownerId: 'ben', due: { type: 'date', date: '2026-12-05' } }),
    );
    expect(openLinesOf(ws, TODAY, 'ben').map((l) => l.readiness.id)).toEqual([
      'same-y',
      'same-x',
      'ben-line',
    ]);
  });

  it('treats a stored day that is not a calendar day as undated', () => {
    const ws = workspace();
    add(ws, 'items', item('bad', { launchDate: '2026-02-30' }));
    add(ws, 'readiness', readiness('bad-line', 'bad', { ownerId: 'ben', due: { type: 'offset', days: -1 } }));
    expect(openLinesOf(ws, TODAY, 'ben').find((l) => l.readiness.id === 'bad-line')!.dueDay).toBeNull();
  });

  it('covers the sample and is computed once per version of items and readiness (and per day)', () => {
    const ws = sample();
    const work = myWork(ws, TODAY);
    expect(work.all.length).toBeGreaterThan(0);
    expect([...work.byOwner.values()].flat()).toHaveLength(work.all.length);
    expectMemoised((w) => myWork(w, TODAY), ws, ['items', 'readiness']);
    expect(myWork(ws, '2026-11-27')).not.toBe(work);
  });
});
