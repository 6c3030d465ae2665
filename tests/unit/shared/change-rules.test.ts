/**
 * The rules of a Change that undo relies on, with changes of several records where only some
 * have been changed again since: canRevert must look at every record, revertibleInverse must
 * keep exactly the untouched ones, and applying, inverting and squashing keep their order.
 */
import { describe, expect, it } from 'vitest';
import {
  ChangeBuilder,
  applyChange,
  canRevert,
  invert,
  isEmptyChange,
  revertibleInverse,
  squash,
  type Change,
} from '../../../shared/domain/change';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';

const person = (id: string, name: string) => ({ id, name, team: '', role: '', region: null, email: '' });

/** Renames Ana, deletes Ben and adds Cy: three records, one of each kind of op. */
function threeOps(ws: Workspace): Change {
  return new ChangeBuilder(ws)
    .put('people', { ...ws.people.ana!, name: 'Ana B' })
    .delete('people', 'ben')
    .put('people', person('cy', 'Cy'))
    .build('Edit people');
}

/** Another window's edit of one record after `change` landed. */
function editedAgain(ws: Workspace, edit: (b: ChangeBuilder, ws: Workspace) => ChangeBuilder): Workspace {
  return applyChange(ws, edit(new ChangeBuilder(ws), ws).build('elsewhere'));
}

describe('canRevert', () => {
  it('is true while every record is as the change left it', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    expect(canRevert(applyChange(ws, change), change)).toBe(true);
  });

  it('is false when any one record of several was changed since: edited, recreated or deleted', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    const after = applyChange(ws, change);
    const edited = editedAgain(after, (b, w) => b.put('people', { ...w.people.ana!, team: 'Other' }));
    const recreated = editedAgain(after, (b) => b.put('people', person('ben', 'Ben again')));
    const deleted = editedAgain(after, (b) => b.delete('people', 'cy'));
    expect(canRevert(edited, change)).toBe(false);
    expect(canRevert(recreated, change)).toBe(false);
    expect(canRevert(deleted, change)).toBe(false);
  });

  it('is false before the change was applied, and true for a change of nothing', () => {
    const ws = baseWorkspace();
    expect(canRevert(ws, threeOps(ws))).toBe(false);
    expect(canRevert(ws, { label: 'x', ops: [] })).toBe(true);
  });

  it('ignores a change of key order (a record read back from storage)', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    const after = applyChange(ws, change);
    const { email, ...rest } = after.people.cy!;
    const reordered = { ...after, people: { ...after.people, cy: { email, ...rest } } };
    expect(canRevert(reordered, change)).toBe(true);
  });
});

describe('revertibleInverse', () => {
  it('undoes the records still as the change left them, leaving the one changed since', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    const after = applyChange(ws, change);
    const later = editedAgain(after, (b, w) => b.put('people', { ...w.people.ana!, team: 'Other' }));
    const { inverse, complete } = revertibleInverse(later, change);
    expect(complete).toBe(false);
    expect(inverse.label).toBe('Edit people');
    expect(inverse.ops.map((op) => op.id)).toEqual(['cy', 'ben']);
    const undone = applyChange(later, inverse);
    expect(undone.people).toEqual({
      ana: { ...ws.people.ana, name: 'Ana B', team: 'Other' },
      ben: ws.people.ben,
    });
  });

  it('is the whole inverse, complete, when nothing changed since', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    const after = applyChange(ws, change);
    expect(revertibleInverse(after, change)).toEqual({ inverse: invert(change), complete: true });
  });
});

describe('ops in order', () => {
  it('invert reverses the ops and swaps before and after, keeping the label', () => {
    const ws = baseWorkspace();
    const change = threeOps(ws);
    const inverse = invert(change);
    expect(inverse.label).toBe('Edit people');
    expect(inverse.ops).toEqual([
      { table: 'people', id: 'cy', before: person('cy', 'Cy'), after: null },
      { table: 'people', id: 'ben', before: null, after: ws.people.ben },
      { table: 'people', id: 'ana', before: { ...ws.people.ana, name: 'Ana B' }, after: ws.people.ana },
    ]);
    expect(change.ops.map((op) => op.id)).toEqual(['ana', 'ben', 'cy']);
  });

  it('applyChange returns the same workspace for an empty change and copies only tables it writes', () => {
    const ws = baseWorkspace();
    expect(applyChange(ws, { label: 'x', ops: [] })).toBe(ws);
    const next = applyChange(ws, threeOps(ws));
    expect(next.people).not.toBe(ws.people);
    expect(next.settings).toBe(ws.settings);
    expect(Object.getPrototypeOf(next.people)).toBeNull();
    expect(ws.people.ben).toBeDefined();
  });

  it('a later op on the same record wins when applied', () => {
    const ws = baseWorkspace();
    const change: Change = {
      label: 'x',
      ops: [
        { table: 'people', id: 'cy', before: null, after: person('cy', 'First') },
        { table: 'people', id: 'cy', before: person('cy', 'First'), after: person('cy', 'Second') },
      ],
    };
    expect(applyChange(ws, change).people.cy!.name).toBe('Second');
  });

  it('squash takes the label of the second unless told, and keeps records changed by either', () => {
    const ws = baseWorkspace();
    const a = new ChangeBuilder(ws).put('people', person('cy', 'Cy')).build('one');
    const b = new ChangeBuilder(applyChange(ws, a)).delete('people', 'ben').build('two');
    expect(squash(a, b).label).toBe('two');
    expect(squash(a, b, 'both').label).toBe('both');
    expect(squash(a, b).ops.map((op) => op.id)).toEqual(['cy', 'ben']);
  });

  it('isEmptyChange is true only without ops', () => {
    const ws = baseWorkspace();
    expect(isEmptyChange({ label: 'x', ops: [] })).toBe(true);
    expect(isEmptyChange(threeOps(ws))).toBe(false);
  });
});

describe('ChangeBuilder.current', () => {
  it('reads what the change has so far, then the workspace, then nothing', () => {
    const ws = baseWorkspace();
    const builder = new ChangeBuilder(ws)
      .put('people', { ...ws.people.ana!, name: 'Pending' })
      .delete('people', 'ben');
    expect(builder.current('people', 'ana')!.name).toBe('Pending');
    expect(builder.current('people', 'ben')).toBeNull();
    expect(new ChangeBuilder(ws).current('people', 'ben')).toBe(ws.people.ben);
    expect(builder.current('people', 'nobody')).toBeNull();
  });
});
