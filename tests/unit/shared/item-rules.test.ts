/**
 * The references a launch item may hold, through the commands that write it: chains and
 * diamonds of dependencies and parents are fine, only a loop through the item itself is
 * refused, and a loop elsewhere (damaged data) does not block an unrelated edit.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { ValidationError } from '../../../shared/domain/errors';
import {
  createItem,
  defaultItemFields,
  setArchived,
  updateItem,
} from '../../../shared/domain/items/commands';
import { readinessItemSchema } from '../../../shared/domain/readiness/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext, readiness } from '../../fixtures/records';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** a → b → c (each depends on the next), d beside them; p is the parent of q. */
function chain(): Workspace {
  return add(
    baseWorkspace(),
    'items',
    item('a', { title: 'A', dependsOn: ['b'] }),
    item('b', { title: 'B', dependsOn: ['c'] }),
    item('c', { title: 'C' }),
    item('d', { title: 'D' }),
    item('p', { title: 'P' }),
    item('q', { title: 'Q', parentId: 'p' }),
  );
}

describe('dependencies', () => {
  it('accepts every dependency that closes no loop: onto a chain, a diamond, several at once', () => {
    const ws = chain();
    const ctx = laterContext();
    for (const dependsOn of [['a'], ['b', 'c'], ['a', 'c'], ['c'], ['a', 'b', 'c']]) {
      const change = updateItem(ws, 'd', { dependsOn }, ctx);
      expect(applyChange(ws, change).items.d!.dependsOn, dependsOn.join()).toEqual(dependsOn);
    }
    expect(applyChange(ws, updateItem(ws, 'c', { dependsOn: ['d'] }, ctx)).items.c!.dependsOn).toEqual(['d']);
    const { change, id } = createItem(ws, { title: 'New', dependsOn: ['a', 'b'] }, ctx);
    expect(applyChange(ws, change).items[id]!.dependsOn).toEqual(['a', 'b']);
  });

  it('refuses one that closes a loop through the item, naming the item that already depends on it', () => {
    const ws = chain();
    expect(issuesOf(() => updateItem(ws, 'c', { dependsOn: ['a'] }, laterContext()))).toEqual([
      { path: 'dependsOn', message: '“A” already depends on this item; that would be a loop' },
    ]);
    expect(issuesOf(() => updateItem(ws, 'b', { dependsOn: ['c', 'a'] }, laterContext()))).toEqual([
      { path: 'dependsOn', message: '“A” already depends on this item; that would be a loop' },
    ]);
  });

  it('does not blame an edit for a loop it is not part of', () => {
    const ws = add(chain(), 'items', item('x', { dependsOn: ['y'] }), item('y', { dependsOn: ['x'] }));
    const ctx = laterContext();
    const change = updateItem(ws, 'd', { dependsOn: ['x'] }, ctx);
    expect(applyChange(ws, change).items.d!.dependsOn).toEqual(['x']);
    expect(setArchived(ws, 'a', true, ctx).ops).toHaveLength(1);
  });
});

describe('parents', () => {
  it('accepts a parent chain and a parent shared by several', () => {
    const ws = chain();
    const ctx = laterContext();
    const deeper = applyChange(ws, updateItem(ws, 'd', { parentId: 'q' }, ctx));
    expect(deeper.items.d!.parentId).toBe('q');
    expect(applyChange(deeper, updateItem(deeper, 'a', { parentId: 'p' }, ctx)).items.a!.parentId).toBe('p');
  });

  it('refuses a parent beneath the item itself, or the item itself', () => {
    const ws = chain();
    const message = 'An item cannot sit beneath itself or its own betas and rollouts';
    expect(issuesOf(() => updateItem(ws, 'p', { parentId: 'q' }, laterContext()))).toEqual([
      { path: 'parentId', message },
    ]);
    expect(issuesOf(() => updateItem(ws, 'p', { parentId: 'p' }, laterContext()))).toEqual([
      { path: 'parentId', message: 'An item cannot be its own parent' },
    ]);
  });

  it('does not blame an edit for a parent loop above it', () => {
    const ws = add(chain(), 'items', item('x', { parentId: 'y' }), item('y', { parentId: 'x' }));
    expect(applyChange(ws, updateItem(ws, 'd', { parentId: 'x' }, laterContext())).items.d!.parentId).toBe(
      'x',
    );
  });
});

describe('updateItem', () => {
  it('stamps what it changes and labels it, or is no change at a later time', () => {
    const ws = chain();
    const ctx = laterContext();
    const change = updateItem(ws, 'd', { title: 'D2' }, ctx);
    expect(change.label).toBe('Edit “D2”');
    expect(change.ops).toEqual([
      {
        table: 'items',
        id: 'd',
        before: ws.items.d,
        after: { ...ws.items.d, title: 'D2', updatedAt: ctx.now },
      },
    ]);
    expect(updateItem(ws, 'd', { title: 'D' }, ctx)).toEqual({ label: 'No change', ops: [] });
    expect(updateItem(ws, 'd', { title: 'D2' }, ctx, 'Rename').label).toBe('Rename');
  });

  it('keeps the rank within a stage and appends when the stage changes', () => {
    const ws = add(chain(), 'items', item('z', { stageId: 'planning', rank: 'a5' }));
    const ctx = laterContext();
    expect(applyChange(ws, updateItem(ws, 'd', { tags: ['x'] }, ctx)).items.d!.rank).toBe('a0');
    const moved = applyChange(ws, updateItem(ws, 'd', { stageId: 'planning' }, ctx)).items.d!;
    expect(moved.stageId).toBe('planning');
    expect(moved.rank > 'a5').toBe(true);
  });
});

describe('setArchived', () => {
  it('archives and restores with its own label', () => {
    const ws = chain();
    const ctx = laterContext();
    const archive = setArchived(ws, 'd', true, ctx);
    expect(archive.label).toBe('Archive “D”');
    const archived = applyChange(ws, archive);
    expect(archived.items.d!.archived).toBe(true);
    expect(setArchived(archived, 'd', false, ctx).label).toBe('Restore “D”');
    expect(applyChange(archived, setArchived(archived, 'd', false, ctx)).items.d!.archived).toBe(false);
  });
});

describe('a new item', () => {
  it('starts from exactly the default fields, in the first stage, stamped', () => {
    const ws = baseWorkspace();
    const ctx = laterContext();
    expect(defaultItemFields(ws)).toEqual({
      kind: 'launch',
      title: '',
      summary: '',
      productArea: '',
      tier: 2,
      stageId: 'planning',
      ownerId: null,
      approverIds: [],
      startDate: null,
      launchDate: null,
      endDate: null,
      regions: [],
      parentId: null,
      dependsOn: [],
      healthOverride: null,
      tags: [],
      links: [],
      archived: false,
    });
    const { change, id } = createItem(ws, { title: 'New' }, ctx);
    expect(applyChange(ws, change).items[id]).toEqual({
      ...defaultItemFields(ws),
      title: 'New',
      id,
      rank: 'a0',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  });
});

describe('readiness lines', () => {
  it('need evidence that is more than blank space before they are done', () => {
    const line = { ...readiness('r', 'x'), status: 'done' as const };
    expect(readinessItemSchema.safeParse({ ...line, evidence: '   ' }).success).toBe(false);
    expect(readinessItemSchema.safeParse({ ...line, evidence: ' link ' }).success).toBe(true);
    expect(readinessItemSchema.safeParse({ ...line, status: 'in-progress', evidence: '' }).success).toBe(
      true,
    );
  });
});
