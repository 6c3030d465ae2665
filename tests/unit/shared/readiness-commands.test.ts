import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import {
  addReadinessItem,
  deleteReadinessItems,
  moveReadinessItem,
  setReadinessOwner,
  setReadinessStatus,
  updateReadinessItem,
} from '../../../shared/domain/readiness/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { readinessByItemAndFunction } from '../../../shared/views/readiness';
import { add, EARLIER, item, readiness } from '../../fixtures/records';
import { baseWorkspace, NOW, testContext } from '../../fixtures/workspace';

/** One launch item with three legal lines (a0 < a1 < a2) and one support line. */
function workspace(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('x', { title: 'Checkout v2', launchDate: '2026-12-10' }));
  add(
    ws,
    'readiness',
    readiness('l1', 'x', { title: 'Privacy review', rank: 'a0' }),
    readiness('l2', 'x', { title: 'Terms updated', rank: 'a1' }),
    readiness('l3', 'x', { title: 'DPA signed', rank: 'a2', evidence: 'https://wiki/dpa' }),
    readiness('s1', 'x', { functionId: 'support', title: 'Macros written', rank: 'a0' }),
  );
  return ws;
}

const order = (ws: Workspace, functionId = 'legal') =>
  (readinessByItemAndFunction(ws).get('x')?.get(functionId) ?? []).map((r) => r.id);

function issues(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe('adding a readiness item', () => {
  it('adds a line at the foot of its function, with defaults, and undo takes it away', () => {
    const ws = workspace();
    const { change, id } = addReadinessItem(
      ws,
      'x',
      { functionId: 'legal', title: '  Export controls  ', due: { type: 'offset', days: -14 } },
      testContext('new'),
    );
    expect(change.label).toBe('Add “Export controls” to the checklist of “Checkout v2”');
    const next = applyChange(ws, change);
    expect(next.readiness[id]).toEqual({
      id,
      itemId: 'x',
      functionId: 'legal',
      title: 'Export controls',
      ownerId: null,
      due: { type: 'offset', days: -14 },
      status: 'not-started',
      evidence: '',
      requiredSignOff: false,
      rank: next.readiness[id]!.rank,
      updatedAt: NOW,
    });
    expect(order(next)).toEqual(['l1', 'l2', 'l3', id]);
    expect(applyChange(next, invert(change)).readiness[id]).toBeUndefined();
  });

  it('refuses a missing launch item, an unknown function or owner and a blank title', () => {
    const ws = workspace();
    expect(() => addReadinessItem(ws, 'gone', { functionId: 'legal', title: 'A' }, testContext())).toThrow(
      CommandError,
    );
    expect(
      issues(() => addReadinessItem(ws, 'x', { functionId: 'nope', title: 'A' }, testContext())),
    ).toEqual([{ path: 'functionId', message: 'Choose one of the readiness functions' }]);
    expect(
      issues(() =>
        addReadinessItem(ws, 'x', { functionId: 'legal', title: 'A', ownerId: 'zed' }, testContext()),
      ),
    ).toEqual([{ path: 'ownerId', message: 'The owner must be someone in People' }]);
    expect(
      issues(() => addReadinessItem(ws, 'x', { functionId: 'legal', title: ' ' }, testContext())),
    ).toEqual([{ path: 'title', message: 'Enter a title' }]);
  });

  it('refuses a done line without evidence', () => {
    const ws = workspace();
    expect(
      issues(() =>
        addReadinessItem(ws, 'x', { functionId: 'legal', title: 'A', status: 'done' }, testContext()),
      ),
    ).toEqual([{ path: 'evidence', message: 'Add an evidence link or note before marking this done' }]);
  });
});

describe('updating a readiness item', () => {
  it('edits the fields given, stamps the line and names it in the label', () => {
    const ws = workspace();
    const change = updateReadinessItem(
      ws,
      'l1',
      {
        title: 'Privacy review (EU)',
        ownerId: 'ana',
        requiredSignOff: true,
        due: { type: 'date', date: '2026-12-01' },
      },
      testContext(),
    );
    expect(change.label).toBe('Edit “Privacy review (EU)”');
    expect(applyChange(ws, change).readiness.l1).toMatchObject({
      title: 'Privacy review (EU)',
      ownerId: 'ana',
      requiredSignOff: true,
      due: { type: 'date', date: '2026-12-01' },
      rank: 'a0',
      updatedAt: NOW,
    });
  });

  it('changes nothing (and makes no undo step) when nothing differs', () => {
    const ws = workspace();
    expect(updateReadinessItem(ws, 'l1', { title: 'Privacy review' }, testContext()).ops).toEqual([]);
  });

  it('moving a line to another function puts it at the foot of that function', () => {
    const ws = workspace();
    const next = applyChange(ws, updateReadinessItem(ws, 'l1', { functionId: 'support' }, testContext()));
    expect(order(next, 'support')).toEqual(['s1', 'l1']);
    expect(order(next)).toEqual(['l2', 'l3']);
  });

  it('refuses clearing the evidence of a done line, a removed line and an unknown owner', () => {
    const ws = workspace();
    const done = applyChange(ws, setReadinessStatus(ws, ['l3'], 'done', testContext()));
    expect(issues(() => updateReadinessItem(done, 'l3', { evidence: ' ' }, testContext()))).toEqual([
      { path: 'evidence', message: 'Add an evidence link or note before marking this done' },
    ]);
    expect(() => updateReadinessItem(ws, 'gone', { title: 'A' }, testContext())).toThrow(/no longer exists/);
    expect(issues(() => updateReadinessItem(ws, 'l1', { ownerId: 'zed' }, testContext()))[0]?.path).toBe(
      'ownerId',
    );
  });
});

describe('setting the status of many lines', () => {
  it('marks lines done with the evidence given, keeping evidence a line already has', () => {
    const ws = workspace();
    const change = setReadinessStatus(ws, ['l1', 'l3'], 'done', testContext(), ' https://wiki/privacy ');
    expect(change.label).toBe('Mark 2 readiness items done');
    const next = applyChange(ws, change);
    expect(next.readiness.l1).toMatchObject({
      status: 'done',
      evidence: 'https://wiki/privacy',
      updatedAt: NOW,
    });
    expect(next.readiness.l3).toMatchObject({ status: 'done', evidence: 'https://wiki/dpa' });
    expect(next.readiness.l2).toBe(ws.readiness.l2);
    const undone = applyChange(next, invert(change));
    expect(undone.readiness.l1).toEqual(ws.readiness.l1);
    expect(undone.readiness.l3).toEqual(ws.readiness.l3);
  });

  it('refuses done without evidence, naming the lines, and changes nothing', () => {
    const ws = workspace();
    expect(issues(() => setReadinessStatus(ws, ['l1'], 'done', testContext()))).toEqual([
      { path: 'evidence', message: 'Add an evidence link or note before marking “Privacy review” done' },
    ]);
    expect(issues(() => setReadinessStatus(ws, ['l1', 'l2', 'l3'], 'done', testContext(), '  '))).toEqual([
      { path: 'evidence', message: 'Add an evidence link or note before marking 2 readiness items done' },
    ]);
  });

  it('other statuses need no evidence; lines already in the status are left alone', () => {
    const ws = workspace();
    const change = setReadinessStatus(ws, ['l1', 's1'], 'blocked', testContext());
    expect(change.label).toBe('Set 2 readiness items to Blocked');
    const next = applyChange(ws, change);
    expect(next.readiness.l1!.status).toBe('blocked');
    const again = setReadinessStatus(next, ['l1'], 'blocked', testContext());
    expect(again.ops).toEqual([]);
    expect(again.label).toBe('Set “Privacy review” to Blocked');
  });

  it('refuses lines that no longer exist, and an empty selection', () => {
    const ws = workspace();
    expect(() => setReadinessStatus(ws, ['l1', 'gone'], 'in-progress', testContext())).toThrow(
      '1 of the selected readiness items no longer exist (deleted in another window?); nothing was changed.',
    );
    expect(() => setReadinessStatus(ws, [], 'in-progress', testContext())).toThrow(CommandError);
  });
});

describe('setting the owner of many lines', () => {
  it('assigns and unassigns in one change each', () => {
    const ws = workspace();
    const assign = setReadinessOwner(ws, ['l1', 'l2', 'l1'], 'ana', testContext());
    expect(assign.label).toBe('Assign 2 readiness items to Ana');
    expect(assign.ops).toHaveLength(2);
    const assigned = applyChange(ws, assign);
    expect(assigned.readiness.l2).toMatchObject({ ownerId: 'ana', updatedAt: NOW });
    const unassign = setReadinessOwner(assigned, ['l2'], null, testContext());
    expect(unassign.label).toBe('Unassign “Terms updated”');
    expect(applyChange(assigned, unassign).readiness.l2!.ownerId).toBeNull();
  });

  it('refuses someone not in People', () => {
    expect(() => setReadinessOwner(workspace(), ['l1'], 'zed', testContext())).toThrow(/no longer in People/);
  });
});

describe('deleting lines', () => {
  it('deletes many in one change that undo brings back', () => {
    const ws = workspace();
    const change = deleteReadinessItems(ws, ['l1', 's1']);
    expect(change.label).toBe('Delete 2 readiness items');
    const next = applyChange(ws, change);
    expect(next.readiness.l1).toBeUndefined();
    expect(next.readiness.s1).toBeUndefined();
    expect(applyChange(next, invert(change)).readiness).toEqual(ws.readiness);
    expect(deleteReadinessItems(ws, ['l2']).label).toBe('Delete “Terms updated”');
    expect(() => deleteReadinessItems(ws, ['gone'])).toThrow(/no longer exists/);
  });
});

describe('moving lines', () => {
  it('reorders within a function, writing only the moved line', () => {
    const ws = workspace();
    const down = moveReadinessItem(
      ws,
      'l1',
      { functionId: 'legal', afterId: 'l2', beforeId: 'l3' },
      testContext(),
    );
    expect(down.label).toBe('Reorder “Privacy review”');
    expect(down.ops.map((op) => op.id)).toEqual(['l1']);
    expect(order(applyChange(ws, down))).toEqual(['l2', 'l1', 'l3']);
    const top = moveReadinessItem(ws, 'l3', { functionId: 'legal', afterId: null, beforeId: 'l1' });
    expect(order(applyChange(ws, top))).toEqual(['l3', 'l1', 'l2']);
    // Without a context the stamp stays: a place in the list is not an edit of the line.
    expect(applyChange(ws, top).readiness.l3!.updatedAt).toBe(EARLIER);
    const end = moveReadinessItem(ws, 'l1', { functionId: 'legal', afterId: null, beforeId: null });
    expect(order(applyChange(ws, end))).toEqual(['l2', 'l3', 'l1']);
  });

  it('moves into another function at the place given', () => {
    const ws = workspace();
    const change = moveReadinessItem(
      ws,
      'l2',
      { functionId: 'support', afterId: null, beforeId: 's1' },
      testContext(),
    );
    expect(change.label).toBe('Move “Terms updated” to Support');
    const next = applyChange(ws, change);
    expect(order(next, 'support')).toEqual(['l2', 's1']);
    expect(next.readiness.l2).toMatchObject({ functionId: 'support', updatedAt: NOW });
  });

  it('is no change when the line stays where it is', () => {
    const ws = workspace();
    expect(moveReadinessItem(ws, 'l2', { functionId: 'legal', afterId: 'l1', beforeId: 'l3' }).ops).toEqual(
      [],
    );
    expect(moveReadinessItem(ws, 'l3', { functionId: 'legal', afterId: null, beforeId: null }).ops).toEqual(
      [],
    );
  });

  it('lands after tied neighbours when two lines share a rank', () => {
    const ws = workspace();
    add(ws, 'readiness', { ...ws.readiness.l2!, rank: 'a0' });
    const change = moveReadinessItem(ws, 'l3', { functionId: 'legal', afterId: 'l1', beforeId: 'l2' });
    const next = applyChange(ws, change);
    expect(next.readiness.l3!.rank > 'a0').toBe(true);
    expect(order(next)).toEqual(['l1', 'l2', 'l3']);
  });

  it('refuses an unknown function and a missing line', () => {
    const ws = workspace();
    expect(() => moveReadinessItem(ws, 'l1', { functionId: 'nope', afterId: null, beforeId: null })).toThrow(
      'That readiness function no longer exists.',
    );
    expect(() =>
      moveReadinessItem(ws, 'gone', { functionId: 'legal', afterId: null, beforeId: null }),
    ).toThrow(CommandError);
  });
});

describe('readiness commands by name', () => {
  it('runs each readiness command given as data', () => {
    let ws = workspace();
    const ctx = testContext('cmd');
    const run = (name: string, args: unknown) => {
      ws = applyChange(ws, runDomainCommand(ws, name, args, ctx));
    };
    run('readiness.add', { itemId: 'x', fields: { functionId: 'docs', title: 'Docs published' } });
    expect(ws.readiness['cmd-1']).toMatchObject({ functionId: 'docs', title: 'Docs published' });
    run('readiness.update', { id: 'cmd-1', fields: { due: { type: 'offset', days: -7 } } });
    run('readiness.setStatus', { ids: ['cmd-1'], status: 'done', evidence: 'Published on the help centre' });
    run('readiness.setOwner', { ids: ['cmd-1'], ownerId: 'ben' });
    run('readiness.move', { id: 'cmd-1', functionId: 'legal', afterId: null, beforeId: 'l1' });
    expect(ws.readiness['cmd-1']).toMatchObject({
      functionId: 'legal',
      status: 'done',
      evidence: 'Published on the help centre',
      ownerId: 'ben',
      due: { type: 'offset', days: -7 },
    });
    run('readiness.delete', { ids: ['cmd-1', 'l1'] });
    expect(order(ws)).toEqual(['l2', 'l3']);
    expect(() => runDomainCommand(ws, 'readiness.update', { id: 'l2', fields: { rank: 'a5' } }, ctx)).toThrow(
      ValidationError,
    );
    expect(() => runDomainCommand(ws, 'readiness.delete', { ids: [] }, ctx)).toThrow(ValidationError);
  });
});
