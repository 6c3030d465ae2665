import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import {
  createItem,
  deleteItem,
  setArchived,
  updateItem,
  wavesDeletedWith,
} from '../../../shared/domain/items/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { baseWorkspace, sample, testContext } from '../../fixtures/workspace';
import { add, item, readiness } from '../../fixtures/records';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('createItem', () => {
  it('creates an item with defaults, stamps and a rank at the end of its stage', () => {
    const ws = baseWorkspace();
    const ctx = testContext();
    const first = createItem(ws, { title: 'Checkout v2', launchDate: '2026-12-01' }, ctx);
    const ws1 = applyChange(ws, first.change);
    const second = createItem(ws1, { title: 'Second' }, ctx);
    const ws2 = applyChange(ws1, second.change);
    const a = ws2.items[first.id]!;
    const b = ws2.items[second.id]!;
    expect(a).toMatchObject({
      title: 'Checkout v2',
      kind: 'launch',
      tier: 2,
      stageId: 'planning',
      archived: false,
    });
    expect(a.createdAt).toBe(ctx.now);
    expect(b.rank > a.rank).toBe(true);
    expect(first.change.ops).toHaveLength(1);
    expect(first.change.label).toBe('Create “Checkout v2”');
  });

  it('refuses invalid fields with messages per field and changes nothing', () => {
    const ws = baseWorkspace();
    const issues = issuesOf(() =>
      createItem(
        ws,
        { title: '', startDate: '2026-12-10', launchDate: '2026-12-01', regions: ['XX'] },
        testContext(),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['title', 'startDate']);
    expect(Object.keys(ws.items)).toHaveLength(0);
    const refs = issuesOf(() =>
      createItem(ws, { title: 'x', regions: ['XX'], ownerId: 'ghost', stageId: 'nope' }, testContext()),
    );
    expect(refs.map((i) => i.path).sort()).toEqual(['ownerId', 'regions', 'stageId']);
  });
});

describe('updateItem', () => {
  it('edits fields and its inverse restores the item exactly', () => {
    const ws = sample();
    const change = updateItem(
      ws,
      'sample-dark-mode',
      { title: 'Dark mode everywhere', tier: 2 },
      testContext(),
    );
    const after = applyChange(ws, change);
    expect(after.items['sample-dark-mode']).toMatchObject({ title: 'Dark mode everywhere', tier: 2 });
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('moving to another stage appends to the foot of that stage', () => {
    const ws = sample();
    const change = updateItem(ws, 'sample-dark-mode', { stageId: 'planning' }, testContext());
    const moved = applyChange(ws, change).items['sample-dark-mode']!;
    const others = Object.values(ws.items).filter((i) => i.stageId === 'planning');
    expect(others.every((i) => i.rank < moved.rank)).toBe(true);
  });

  it('an edit that changes nothing yields an empty change', () => {
    const ws = sample();
    // A clock later than the sample's stamps: only the fields decide, never the time.
    const later = { ...testContext(), now: '2026-12-02T09:30:00.000Z' };
    expect(updateItem(ws, 'sample-dark-mode', { title: 'Dashboard dark mode' }, later)).toEqual({
      label: 'No change',
      ops: [],
    });
    expect(updateItem(ws, 'sample-dark-mode', { title: 'Dark mode' }, later).ops).toEqual([
      {
        table: 'items',
        id: 'sample-dark-mode',
        before: ws.items['sample-dark-mode'],
        after: { ...ws.items['sample-dark-mode'], title: 'Dark mode', updatedAt: later.now },
      },
    ]);
  });

  it('refuses parent loops and dependency loops', () => {
    const ws = sample();
    expect(
      issuesOf(() =>
        updateItem(ws, 'sample-payment-links', { parentId: 'sample-payment-links-na' }, testContext()),
      )[0]!.path,
    ).toBe('parentId');
    // EU depends on NA; NA depending on EU would be a loop.
    expect(
      issuesOf(() =>
        updateItem(ws, 'sample-payment-links-na', { dependsOn: ['sample-payment-links-eu'] }, testContext()),
      )[0]!.message,
    ).toMatch(/loop/);
  });

  it('says clearly when the item no longer exists', () => {
    expect(() => updateItem(sample(), 'gone', { title: 'x' }, testContext())).toThrow(CommandError);
  });
});

describe('setArchived and deleteItem', () => {
  it('archives and restores', () => {
    const ws = sample();
    const archived = applyChange(ws, setArchived(ws, 'sample-dark-mode', true, testContext()));
    expect(archived.items['sample-dark-mode']!.archived).toBe(true);
    const change = setArchived(archived, 'sample-dark-mode', false, testContext());
    expect(change.label).toBe('Restore “Dashboard dark mode”');
  });

  it('deletes an item with its readiness, milestones and decisions, unhooks children, dependants and feedback; undo restores all', () => {
    const ws = sample();
    const change = deleteItem(ws, 'sample-payment-links-na', testContext());
    const after = applyChange(ws, change);
    expect(after.items['sample-payment-links-na']).toBeUndefined();
    expect(Object.values(after.readiness).some((r) => r.itemId === 'sample-payment-links-na')).toBe(false);
    expect(after.items['sample-payment-links-eu']!.dependsOn).toEqual([]);
    expect(applyChange(after, invert(change))).toEqual(ws);

    const parent = applyChange(ws, deleteItem(ws, 'sample-team-workspaces', testContext()));
    // Its EU wave exists only for it: it goes too (see the waves test below).
    expect(parent.items['sample-team-workspaces-eu']).toBeUndefined();
    expect(Object.values(parent.decisions)).toHaveLength(0);
    expect(parent.feedback['sample-f5']!.itemId).toBeNull();
  });

  it('deletes a launch’s waves (nested ones too) with their records; betas, child launches and dependants stay, unhooked', () => {
    const ws = baseWorkspace();
    add(
      ws,
      'items',
      item('L', { title: 'Checkout', launchDate: '2027-03-01' }),
      item('w1', { kind: 'rollout', parentId: 'L', launchDate: '2027-03-05' }),
      item('w1a', { kind: 'rollout', parentId: 'w1', launchDate: '2027-03-09' }),
      item('b', { kind: 'beta', parentId: 'L', launchDate: '2027-02-01' }),
      item('c', { kind: 'launch', parentId: 'L', launchDate: '2027-04-01' }),
      item('d', { title: 'After the wave', launchDate: '2027-05-01', dependsOn: ['w1a', 'c'] }),
    );
    add(ws, 'readiness', readiness('r1', 'w1'));
    add(ws, 'milestones', { id: 'm1', itemId: 'w1a', title: 'Wave review', date: '2027-03-07' });
    expect(wavesDeletedWith(ws, 'L').map((w) => w.id)).toEqual(['w1', 'w1a']);
    const change = deleteItem(ws, 'L', testContext());
    const after = applyChange(ws, change);
    expect(Object.keys(after.items).sort()).toEqual(['b', 'c', 'd']);
    expect(after.readiness).toEqual({});
    expect(after.milestones).toEqual({});
    expect(after.items.b!.parentId).toBeNull();
    expect(after.items.c!.parentId).toBeNull();
    expect(after.items.d!.dependsOn).toEqual(['c']);
    expect(applyChange(after, invert(change))).toEqual(ws);
  });
});
