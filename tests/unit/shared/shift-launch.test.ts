/**
 * Moving a launch moves what belongs to it: its milestones, its waves and betas and theirs, in
 * one Change that undoes exactly; a resize that keeps the anchor day moves nothing; a stored
 * parent loop is walked once. A second family of records shows a move that reached too far.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError } from '../../../shared/domain/errors';
import {
  anchorShift,
  dependantsToShift,
  describeDependants,
  shiftItemWithDependants,
  updateItemWithDependants,
} from '../../../shared/domain/items/shift';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

const milestone = (id: string, itemId: string, date: string): Milestone => ({
  id,
  itemId,
  title: `Milestone ${id}`,
  date,
});

/**
 * "pay" (launch 2026-12-01) with two milestones, two waves (one with a milestone and a nested
 * wave beneath it), a beta, and a child launch that does not follow; "other" is unrelated.
 */
function family(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('pay', { title: 'Payment Links v2', startDate: '2026-11-01', launchDate: '2026-12-01' }),
    item('w1', { kind: 'rollout', parentId: 'pay', launchDate: '2026-12-01', endDate: '2026-12-10' }),
    item('w2', { kind: 'rollout', parentId: 'pay', startDate: '2026-12-11', launchDate: '2026-12-15' }),
    item('w2a', { kind: 'rollout', parentId: 'w2', launchDate: '2026-12-20' }),
    item('beta', { kind: 'beta', parentId: 'pay', startDate: '2026-10-01', launchDate: '2026-10-30' }),
    item('undated', { kind: 'beta', parentId: 'pay' }),
    item('sibling', { kind: 'launch', parentId: 'pay', launchDate: '2026-12-05' }),
    item('other', { launchDate: '2026-12-01' }),
  );
  add(
    ws,
    'milestones',
    milestone('m1', 'pay', '2026-11-15'),
    milestone('m2', 'pay', '2026-11-20'),
    milestone('m3', 'w2', '2026-12-12'),
    milestone('m4', 'undated', '2026-10-15'),
    milestone('m5', 'other', '2026-11-15'),
  );
  return ws;
}

const ctx = laterContext();

describe('anchorShift', () => {
  it('measures the launch day, or the start when there is no launch day', () => {
    const d = (startDate: string | null, launchDate: string | null) => ({
      startDate,
      launchDate,
      endDate: null,
    });
    expect(anchorShift(d('2026-11-01', '2026-12-01'), d('2026-11-15', '2026-12-15'))).toBe(14);
    expect(anchorShift(d('2026-11-01', null), d('2026-10-29', null))).toBe(-3);
    // A resize of the start keeps the launch day: nothing moves.
    expect(anchorShift(d('2026-11-01', '2026-12-01'), d('2026-10-01', '2026-12-01'))).toBe(0);
    // A first launch day set, or one cleared, is not a move.
    expect(anchorShift(d('2026-11-01', null), d('2026-11-01', '2026-12-01'))).toBe(0);
    expect(anchorShift(d('2026-11-01', '2026-12-01'), d('2026-11-01', null))).toBe(0);
    expect(anchorShift(d(null, null), d('2026-11-01', null))).toBe(0);
  });
});

describe('dependantsToShift', () => {
  it('leaves archived waves and betas (and what is beneath them) where they are, uncounted', () => {
    const ws = family();
    ws.items.w2 = { ...ws.items.w2!, archived: true };
    ws.items.beta = { ...ws.items.beta!, archived: true };
    const dependants = dependantsToShift(ws, 'pay');
    expect(dependants.items.map((i) => i.id).sort()).toEqual(['undated', 'w1']);
    expect(dependants.counts).toEqual({ milestones: 3, waves: 1, betas: 0 });
    const after = applyChange(
      ws,
      shiftItemWithDependants(
        ws,
        'pay',
        { startDate: '2026-11-15', launchDate: '2026-12-15', endDate: null },
        ctx,
        { withDependants: true },
      ),
    );
    expect(after.items.w1!.launchDate).toBe('2026-12-15');
    expect(after.items.w2!.launchDate).toBe('2026-12-15');
    expect(after.items.w2a!.launchDate).toBe('2026-12-20');
    expect(after.milestones.m3!.date).toBe('2026-12-12');
    expect(after.items.beta!.launchDate).toBe('2026-10-30');
  });

  it('counts milestones, dated waves and betas, nested ones included; a child launch stays', () => {
    const d = dependantsToShift(family(), 'pay');
    expect(d.items.map((i) => i.id).sort()).toEqual(['beta', 'undated', 'w1', 'w2', 'w2a']);
    expect(d.milestones.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(d.counts).toEqual({ milestones: 4, waves: 3, betas: 1 });
    expect(describeDependants(d)).toBe('4 milestones, 3 waves and a beta');
  });

  it('says nothing for an item with nothing beneath it', () => {
    const d = dependantsToShift(family(), 'sibling');
    expect(d.counts).toEqual({ milestones: 0, waves: 0, betas: 0 });
    expect(describeDependants(d)).toBe('');
  });

  it('walks a stored parent loop once', () => {
    const ws = baseWorkspace();
    add(
      ws,
      'items',
      item('a', { kind: 'rollout', parentId: 'b', launchDate: '2026-12-01' }),
      item('b', { kind: 'rollout', parentId: 'a', launchDate: '2026-12-02' }),
    );
    const d = dependantsToShift(ws, 'a');
    expect(d.items.map((i) => i.id)).toEqual(['b']);
    expect(describeDependants(d)).toBe('a wave');
  });
});

describe('shiftItemWithDependants', () => {
  const twoWeeksLater = { startDate: '2026-11-15', launchDate: '2026-12-15', endDate: null };

  it('moves everything that belongs to the launch by the same days, in one change', () => {
    const ws = family();
    const change = shiftItemWithDependants(ws, 'pay', twoWeeksLater, ctx, { withDependants: true });
    expect(change.label).toBe('Move “Payment Links v2” with 4 milestones, 3 waves and a beta');
    const after = applyChange(ws, change);
    expect(after.items.w1).toMatchObject({ launchDate: '2026-12-15', endDate: '2026-12-24' });
    expect(after.items.w2).toMatchObject({ startDate: '2026-12-25', launchDate: '2026-12-29' });
    expect(after.items.w2a!.launchDate).toBe('2027-01-03');
    expect(after.items.beta).toMatchObject({ startDate: '2026-10-15', launchDate: '2026-11-13' });
    expect(after.milestones.m1!.date).toBe('2026-11-29');
    expect(after.milestones.m3!.date).toBe('2026-12-26');
    expect(after.milestones.m4!.date).toBe('2026-10-29');
    // Untouched: the child launch, the undated beta, the other family.
    expect(after.items.sibling).toBe(ws.items.sibling);
    expect(after.items.undated).toBe(ws.items.undated);
    expect(after.items.other).toBe(ws.items.other);
    expect(after.milestones.m5).toBe(ws.milestones.m5);
    expect(change.ops.map((op) => `${op.table}/${op.id}`).sort()).toEqual([
      'items/beta',
      'items/pay',
      'items/w1',
      'items/w2',
      'items/w2a',
      'milestones/m1',
      'milestones/m2',
      'milestones/m3',
      'milestones/m4',
    ]);
  });

  it('is undone exactly by its inverse', () => {
    const ws = family();
    const change = shiftItemWithDependants(ws, 'pay', twoWeeksLater, ctx, { withDependants: true });
    const back = applyChange(applyChange(ws, change), invert(change));
    expect(back.items).toEqual(ws.items);
    expect(back.milestones).toEqual(ws.milestones);
  });

  it('moves only the launch when not asked to move the rest', () => {
    const change = shiftItemWithDependants(family(), 'pay', twoWeeksLater, ctx, { withDependants: false });
    expect(change.ops.map((op) => op.id)).toEqual(['pay']);
    expect(change.label).toBe('Edit “Payment Links v2”');
  });

  it('a resize that keeps the launch day moves nothing else', () => {
    const dates = { startDate: '2026-10-01', launchDate: '2026-12-01', endDate: null };
    const change = shiftItemWithDependants(family(), 'pay', dates, ctx, { withDependants: true });
    expect(change.ops.map((op) => op.id)).toEqual(['pay']);
  });

  it('an edit of other fields in the same save is part of the one change', () => {
    const ws = family();
    const change = updateItemWithDependants(ws, 'pay', { title: 'Links', launchDate: '2026-12-08' }, ctx, {
      withDependants: true,
      label: 'Edit “Links”',
    });
    expect(change.label).toBe('Edit “Links” with 4 milestones, 3 waves and a beta');
    const after = applyChange(ws, change);
    expect(after.items.pay!.title).toBe('Links');
    expect(after.milestones.m2!.date).toBe('2026-11-27');
  });

  it('refuses the whole move when a dependant would leave the planning range, naming it', () => {
    const ws = family();
    add(ws, 'milestones', milestone('late', 'pay', '2100-12-25'));
    const move = () => shiftItemWithDependants(ws, 'pay', twoWeeksLater, ctx, { withDependants: true });
    expect(move).toThrow(CommandError);
    expect(move).toThrow('“Milestone late” cannot move with it: Enter a date between 2000 and 2100.');
  });

  it('runs by name as items.shiftWithDependants', () => {
    const ws = family();
    const change = runDomainCommand(
      ws,
      'items.shiftWithDependants',
      { id: 'pay', dates: twoWeeksLater, withDependants: true },
      ctx,
    );
    expect(applyChange(ws, change).milestones.m1!.date).toBe('2026-11-29');
  });
});
