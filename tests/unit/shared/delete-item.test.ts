/**
 * Deleting a launch item takes exactly what exists only for it and unhooks exactly what points
 * at it. The workspace holds a second, unrelated family of records, so a deletion that reached
 * further than its item shows up as a change to them.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { deleteItem } from '../../../shared/domain/items/commands';
import type { Feedback } from '../../../shared/domain/feedback/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { EARLIER, add, decision, item, laterContext, readiness } from '../../fixtures/records';

const LATER = laterContext().now;

function feedback(id: string, itemId: string | null): Feedback {
  return {
    id,
    title: `Feedback ${id}`,
    detail: '',
    source: 'beta',
    account: '',
    region: null,
    severity: 2,
    accountCount: 1,
    revenueAtStake: 0,
    status: 'new',
    itemId,
    createdAt: EARLIER,
  };
}

/**
 * "gone" is deleted. "child" sits beneath it and depends on it and on "keep"; "dependant"
 * depends on it and on "keep", with its own parent "keep"; "keep" and "other" are unrelated
 * and have readiness, milestones, decisions and feedback of their own.
 */
function family(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('gone', { title: 'Gone' }),
    item('keep', { title: 'Keep' }),
    item('child', { parentId: 'gone', dependsOn: ['gone', 'keep'] }),
    item('dependant', { parentId: 'keep', dependsOn: ['keep', 'gone'] }),
    item('other', { parentId: 'keep', dependsOn: ['keep'] }),
  );
  add(
    ws,
    'readiness',
    readiness('r-gone', 'gone'),
    readiness('r-keep', 'keep'),
    readiness('r-other', 'other'),
  );
  add(
    ws,
    'milestones',
    { id: 'm-gone', itemId: 'gone', title: 'Beta', date: '2026-12-01' },
    { id: 'm-keep', itemId: 'keep', title: 'GA', date: '2026-12-10' },
  );
  add(ws, 'decisions', decision('d-gone', 'gone'), decision('d-keep', 'keep'));
  add(ws, 'feedback', feedback('f-gone', 'gone'), feedback('f-keep', 'keep'), feedback('f-none', null));
  return ws;
}

describe('deleteItem', () => {
  it('writes exactly the item, what belongs to it and what points at it', () => {
    const ws = family();
    const change = deleteItem(ws, 'gone', laterContext());
    expect(change.label).toBe('Delete “Gone”');
    expect(change.ops.map((op) => `${op.table}/${op.id}`).sort()).toEqual([
      'decisions/d-gone',
      'feedback/f-gone',
      'items/child',
      'items/dependant',
      'items/gone',
      'milestones/m-gone',
      'readiness/r-gone',
    ]);
  });

  it('removes the item with its readiness, milestones and decisions, and leaves every other record as it was', () => {
    const ws = family();
    const after = applyChange(ws, deleteItem(ws, 'gone', laterContext()));
    expect(Object.keys(after.items).sort()).toEqual(['child', 'dependant', 'keep', 'other']);
    expect(Object.keys(after.readiness).sort()).toEqual(['r-keep', 'r-other']);
    expect(Object.keys(after.milestones)).toEqual(['m-keep']);
    expect(Object.keys(after.decisions)).toEqual(['d-keep']);
    expect(after.items.keep).toBe(ws.items.keep);
    expect(after.items.other).toBe(ws.items.other);
    expect(after.readiness['r-keep']).toEqual(ws.readiness['r-keep']);
    expect(after.decisions['d-keep']).toEqual(ws.decisions['d-keep']);
    expect(after.feedback['f-keep']).toEqual(feedback('f-keep', 'keep'));
    expect(after.feedback['f-none']).toEqual(feedback('f-none', null));
    expect(after.people).toBe(ws.people);
  });

  it('unhooks children and dependants from it only, keeping their other links, and stamps them', () => {
    const ws = family();
    const after = applyChange(ws, deleteItem(ws, 'gone', laterContext()));
    expect(after.items.child).toEqual({
      ...ws.items.child,
      parentId: null,
      dependsOn: ['keep'],
      updatedAt: LATER,
    });
    expect(after.items.dependant).toEqual({
      ...ws.items.dependant,
      parentId: 'keep',
      dependsOn: ['keep'],
      updatedAt: LATER,
    });
  });

  it('keeps feedback about it, no longer linked to any item', () => {
    const ws = family();
    const after = applyChange(ws, deleteItem(ws, 'gone', laterContext()));
    expect(after.feedback['f-gone']).toEqual(feedback('f-gone', null));
  });

  it('deletes an item that (in damaged data) is its own parent and dependency, rather than writing it back', () => {
    const ws = add(baseWorkspace(), 'items', item('loop', { parentId: 'loop', dependsOn: ['loop'] }));
    const change = deleteItem(ws, 'loop', laterContext());
    expect(change.ops).toEqual([{ table: 'items', id: 'loop', before: ws.items.loop, after: null }]);
    expect(applyChange(ws, change).items).toEqual({});
  });

  it('is undone completely', () => {
    const ws = family();
    const change = deleteItem(ws, 'gone', laterContext());
    expect(applyChange(applyChange(ws, change), invert(change))).toEqual(ws);
  });

  it('refuses an item that no longer exists', () => {
    expect(() => deleteItem(family(), 'missing', laterContext())).toThrow(/no longer exists/);
  });
});
