/** Milestones: created, edited, moved and deleted as one undoable change each, with clear refusals. */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import {
  createMilestone,
  deleteMilestone,
  updateMilestone,
} from '../../../shared/domain/milestones/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('pay', { title: 'Payment Links', launchDate: '2026-12-01' }), item('other'));
  add(ws, 'milestones', { id: 'm1', itemId: 'pay', title: 'Code freeze', date: '2026-11-20' });
  return ws;
}

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('not refused');
};

describe('milestone commands', () => {
  it('creates a milestone with a trimmed title, undoably', () => {
    const ws = workspace();
    const { change, id } = createMilestone(
      ws,
      { itemId: 'pay', title: '  Press day ', date: '2026-12-01' },
      laterContext(),
    );
    expect(id).toBe('new-1');
    expect(change.label).toBe('Add milestone “Press day” on Tue 1 Dec 2026');
    const after = applyChange(ws, change);
    expect(after.milestones['new-1']).toEqual({
      id: 'new-1',
      itemId: 'pay',
      title: 'Press day',
      date: '2026-12-01',
    });
    expect(applyChange(after, invert(change)).milestones).toEqual(ws.milestones);
  });

  it('refuses an empty title, a missing item and a day outside 2000–2100, field by field', () => {
    const ws = workspace();
    expect(
      issuesOf(() => createMilestone(ws, { itemId: 'pay', title: ' ', date: '2026-12-01' }, laterContext())),
    ).toEqual([{ path: 'title', message: 'Enter a title' }]);
    expect(
      issuesOf(() => createMilestone(ws, { itemId: 'gone', title: 'X', date: '2026-12-01' }, laterContext())),
    ).toEqual([{ path: 'itemId', message: 'That launch item no longer exists' }]);
    expect(
      issuesOf(() => createMilestone(ws, { itemId: 'pay', title: 'X', date: '1999-12-31' }, laterContext())),
    ).toEqual([{ path: 'date', message: 'Enter a date between 2000 and 2100' }]);
  });

  it('moves, retitles and re-links a milestone, naming what happened', () => {
    const ws = workspace();
    expect(updateMilestone(ws, 'm1', { date: '2026-11-22' }).label).toBe(
      'Move milestone “Code freeze” to Sun 22 Nov 2026',
    );
    const edit = updateMilestone(ws, 'm1', { title: 'Freeze', itemId: 'other' });
    expect(edit.label).toBe('Edit milestone “Freeze”');
    expect(applyChange(ws, edit).milestones.m1).toEqual({
      id: 'm1',
      itemId: 'other',
      title: 'Freeze',
      date: '2026-11-20',
    });
    expect(updateMilestone(ws, 'm1', { date: '2026-11-20' }).ops).toEqual([]);
  });

  it('deletes a milestone; undo brings it back', () => {
    const ws = workspace();
    const change = deleteMilestone(ws, 'm1');
    expect(change.label).toBe('Delete milestone “Code freeze”');
    const after = applyChange(ws, change);
    expect(after.milestones.m1).toBeUndefined();
    expect(applyChange(after, invert(change)).milestones.m1).toEqual(ws.milestones.m1);
  });

  it('says a milestone deleted elsewhere no longer exists', () => {
    expect(() => updateMilestone(workspace(), 'gone', { title: 'X' })).toThrow(CommandError);
    expect(() => deleteMilestone(workspace(), 'gone')).toThrow('That milestone no longer exists');
  });

  it('runs by name, refusing fields a milestone does not have', () => {
    const ws = workspace();
    const ctx = laterContext();
    const created = runDomainCommand(
      ws,
      'milestones.create',
      { fields: { itemId: 'pay', title: 'GA', date: '2026-12-01' } },
      ctx,
    );
    expect(created.ops).toHaveLength(1);
    expect(
      runDomainCommand(ws, 'milestones.update', { id: 'm1', fields: { date: '2026-11-21' } }, ctx).ops,
    ).toHaveLength(1);
    expect(runDomainCommand(ws, 'milestones.delete', { id: 'm1' }, ctx).ops[0]!.after).toBeNull();
    expect(() =>
      runDomainCommand(ws, 'milestones.update', { id: 'm1', fields: { rank: 'a0' } }, ctx),
    ).toThrow(ValidationError);
  });
});
