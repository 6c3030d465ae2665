/**
 * The beta's commands: participants and exit criteria only on betas, a joined day when a
 * participant becomes active, evidence before a criterion is met, reordering, every change one
 * undoable step, and deleting the beta taking its records with it.
 */
import { describe, expect, it } from 'vitest';
import {
  addExitCriterion,
  addParticipant,
  moveExitCriterion,
  removeExitCriterion,
  removeParticipant,
  updateExitCriterion,
  updateParticipant,
} from '../../../shared/domain/betas/commands';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { deleteItem } from '../../../shared/domain/items/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { exitCriteriaOf, participantsOf } from '../../../shared/views/betas';
import { criterion, participant } from '../../fixtures/betas';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const ctx = () => ({ ...laterContext(), today: '2026-12-02' });

/** A beta "b" and a launch "l". */
function workspace(): Workspace {
  return add(
    baseWorkspace(),
    'items',
    item('b', { kind: 'beta', title: 'Checkout beta', stageId: 'beta' }),
    item('l', { kind: 'launch', title: 'Checkout' }),
  );
}

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('participants', () => {
  it('are added to a beta as invited, with no joined day, and undo takes them away', () => {
    const ws = workspace();
    const { change, id } = addParticipant(ws, 'b', { account: '  Northwind ', region: 'NA' }, ctx());
    expect(change.label).toBe('Add “Northwind” to the beta “Checkout beta”');
    const after = applyChange(ws, change);
    expect(after.participants[id]).toMatchObject({
      itemId: 'b',
      account: 'Northwind',
      region: 'NA',
      status: 'invited',
      joinedOn: null,
    });
    expect(applyChange(after, invert(change)).participants).toEqual({});
  });

  it('are refused on a launch or a rollout, by name', () => {
    expect(() => addParticipant(workspace(), 'l', { account: 'Northwind' }, ctx())).toThrow(
      new CommandError(
        '“Checkout” is a launch, not a beta: only betas have participants. Change its kind to Beta first.',
      ),
    );
  });

  it('need an account and a region the workspace has', () => {
    expect(issuesOf(() => addParticipant(workspace(), 'b', { account: ' ' }, ctx()))).toEqual([
      { path: 'account', message: 'Enter the account' },
    ]);
    expect(issuesOf(() => addParticipant(workspace(), 'b', { account: 'A', region: 'MARS' }, ctx()))).toEqual(
      [{ path: 'regions', message: 'Unknown region: MARS' }],
    );
  });

  it('join today when they become active without a joined day, and keep a day they have', () => {
    const ws = add(
      workspace(),
      'participants',
      participant('p', 'b'),
      participant('q', 'b', { joinedOn: '2026-11-20' }),
    );
    const change = updateParticipant(ws, 'p', { status: 'active' }, ctx());
    expect(change.label).toBe('Set “Account p” to Active');
    expect(applyChange(ws, change).participants.p).toMatchObject({
      status: 'active',
      joinedOn: '2026-12-02',
    });
    const kept = applyChange(ws, updateParticipant(ws, 'q', { status: 'active' }, ctx()));
    expect(kept.participants.q!.joinedOn).toBe('2026-11-20');
    const added = addParticipant(ws, 'b', { account: 'New', status: 'active' }, ctx());
    expect(applyChange(ws, added.change).participants[added.id]!.joinedOn).toBe('2026-12-02');
  });

  it('an edit that changes nothing is no change; removing one is undone whole', () => {
    const ws = add(workspace(), 'participants', participant('p', 'b', { contact: 'ana@example.com' }));
    expect(updateParticipant(ws, 'p', { contact: 'ana@example.com' }, ctx()).ops).toEqual([]);
    const removed = removeParticipant(ws, 'p');
    expect(removed.label).toBe('Remove participant “Account p”');
    const after = applyChange(ws, removed);
    expect(after.participants.p).toBeUndefined();
    expect(applyChange(after, invert(removed)).participants.p).toEqual(ws.participants.p);
    expect(() => removeParticipant(after, 'p')).toThrow(/no longer exists/);
  });
});

describe('exit criteria', () => {
  it('are added open at the foot of the list, and only to betas', () => {
    let ws = workspace();
    const context = ctx();
    for (const title of ['Crash-free ≥ 99.5 %', '20 active accounts']) {
      const { change } = addExitCriterion(ws, 'b', { title }, context);
      ws = applyChange(ws, change);
    }
    expect(exitCriteriaOf(ws, 'b').map((c) => [c.title, c.status])).toEqual([
      ['Crash-free ≥ 99.5 %', 'open'],
      ['20 active accounts', 'open'],
    ]);
    expect(() => addExitCriterion(ws, 'l', { title: 'X' }, ctx())).toThrow(/is a launch, not a beta/);
  });

  it('are met only with evidence, said with the criterion’s name', () => {
    const ws = add(workspace(), 'exitCriteria', criterion('c', 'b', { title: 'Crash-free' }));
    expect(issuesOf(() => updateExitCriterion(ws, 'c', { status: 'met' }, ctx()))).toEqual([
      { path: 'evidence', message: 'Add the evidence (a link or a note) before marking “Crash-free” met' },
    ]);
    expect(
      issuesOf(() => updateExitCriterion(ws, 'c', { status: 'met', evidence: '  ' }, ctx())),
    ).toHaveLength(1);
    const change = updateExitCriterion(ws, 'c', { status: 'met', evidence: 'https://dash/crash' }, ctx());
    expect(change.label).toBe('Mark “Crash-free” met');
    const after = applyChange(ws, change);
    expect(after.exitCriteria.c).toMatchObject({ status: 'met', evidence: 'https://dash/crash' });
    expect(applyChange(after, invert(change)).exitCriteria.c).toEqual(ws.exitCriteria.c);
    expect(updateExitCriterion(ws, 'c', { status: 'missed' }, ctx()).label).toBe(
      'Set “Crash-free” to Missed',
    );
  });

  it('move up and down one place, and stay put at either end', () => {
    const ws = add(
      workspace(),
      'exitCriteria',
      criterion('c1', 'b', { rank: 'a1' }),
      criterion('c2', 'b', { rank: 'a2' }),
      criterion('c3', 'b', { rank: 'a3' }),
    );
    const order = (w: Workspace) => exitCriteriaOf(w, 'b').map((c) => c.id);
    const down = moveExitCriterion(ws, 'c1', 'down', ctx());
    expect(down.ops).toHaveLength(1);
    expect(order(applyChange(ws, down))).toEqual(['c2', 'c1', 'c3']);
    expect(order(applyChange(ws, moveExitCriterion(ws, 'c3', 'up', ctx())))).toEqual(['c1', 'c3', 'c2']);
    expect(moveExitCriterion(ws, 'c1', 'up', ctx()).ops).toEqual([]);
    expect(moveExitCriterion(ws, 'c3', 'down', ctx()).ops).toEqual([]);
  });

  it('move past neighbours that share a rank', () => {
    const ws = add(
      workspace(),
      'exitCriteria',
      criterion('c1', 'b', { rank: 'a1' }),
      criterion('c2', 'b', { rank: 'a1' }),
      criterion('c3', 'b', { rank: 'a1' }),
    );
    const after = applyChange(ws, moveExitCriterion(ws, 'c1', 'down', ctx()));
    expect(exitCriteriaOf(after, 'b').map((c) => c.id)[0]).toBe('c2');
  });

  it('are removed with one undo step', () => {
    const ws = add(workspace(), 'exitCriteria', criterion('c', 'b', { title: 'Crash-free' }));
    const change = removeExitCriterion(ws, 'c');
    expect(change.label).toBe('Remove exit criterion “Crash-free”');
    expect(applyChange(applyChange(ws, change), invert(change)).exitCriteria.c).toEqual(ws.exitCriteria.c);
  });
});

describe('the beta’s records and the rest of the domain', () => {
  it('deleting the beta deletes its participants and criteria in the same change; undo brings them back', () => {
    const ws = add(
      add(workspace(), 'participants', participant('p', 'b'), participant('other', 'l')),
      'exitCriteria',
      criterion('c', 'b'),
    );
    const change = deleteItem(ws, 'b', ctx());
    const after = applyChange(ws, change);
    expect(after.participants.p).toBeUndefined();
    expect(after.exitCriteria.c).toBeUndefined();
    expect(after.participants.other).toBeDefined();
    const back = applyChange(after, invert(change));
    expect(participantsOf(back, 'b')).toEqual([ws.participants.p]);
    expect(exitCriteriaOf(back, 'b')).toEqual([ws.exitCriteria.c]);
  });

  it('runs by name with its arguments checked', () => {
    const ws = workspace();
    const change = runDomainCommand(
      ws,
      'participants.add',
      { itemId: 'b', fields: { account: 'Contoso' } },
      ctx(),
    );
    expect(change.ops[0]!.table).toBe('participants');
    const criterionAdded = runDomainCommand(
      ws,
      'exitCriteria.add',
      { itemId: 'b', fields: { title: 'NPS ≥ 40' } },
      ctx(),
    );
    expect(criterionAdded.ops[0]!.table).toBe('exitCriteria');
    expect(() =>
      runDomainCommand(ws, 'participants.add', { itemId: 'b', fields: { account: 'A', rank: 'a0' } }, ctx()),
    ).toThrow(ValidationError);
  });
});
