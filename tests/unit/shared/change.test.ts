import { describe, expect, it } from 'vitest';
import { ChangeBuilder, applyChange, canRevert, invert, squash } from '../../../shared/domain/change';
import { baseWorkspace } from '../../fixtures/workspace';

const person = (id: string, name: string) => ({ id, name, team: '', role: '', region: null, email: '' });

describe('Change', () => {
  it('applies puts and deletes without mutating the original workspace', () => {
    const ws = baseWorkspace();
    const change = new ChangeBuilder(ws)
      .put('people', person('cy', 'Cy'))
      .delete('people', 'ben')
      .build('Edit people');
    const next = applyChange(ws, change);
    expect(Object.keys(next.people).sort()).toEqual(['ana', 'cy']);
    expect(Object.keys(ws.people).sort()).toEqual(['ana', 'ben']);
    expect(next.items).toBe(ws.items); // untouched tables keep identity (narrow re-renders)
  });

  it('inverse undoes exactly, and inverse of inverse redoes', () => {
    const ws = baseWorkspace();
    const change = new ChangeBuilder(ws)
      .put('people', { ...ws.people.ana!, name: 'Ana María' })
      .delete('people', 'ben')
      .put('people', person('cy', 'Cy'))
      .build('Edit people');
    const after = applyChange(ws, change);
    expect(applyChange(after, invert(change))).toEqual(ws);
    expect(applyChange(applyChange(after, invert(change)), invert(invert(change)))).toEqual(after);
  });

  it('keeps one op per record and drops writes that change nothing', () => {
    const ws = baseWorkspace();
    const builder = new ChangeBuilder(ws)
      .put('people', { ...ws.people.ana!, name: 'A1' })
      .put('people', { ...ws.people.ana!, name: 'A2' })
      .put('people', { ...ws.people.ben! });
    const change = builder.build('x');
    expect(change.ops).toHaveLength(1);
    expect(change.ops[0]).toMatchObject({ before: { name: 'Ana' }, after: { name: 'A2' } });
    expect(
      new ChangeBuilder(ws)
        .put('people', { ...ws.people.ana!, name: 'Z' })
        .put('people', ws.people.ana!)
        .build('x').ops,
    ).toEqual([]);
    expect(new ChangeBuilder(ws).delete('people', 'nobody').build('x').ops).toEqual([]);
  });

  it('canRevert is false once a record was changed again since', () => {
    const ws = baseWorkspace();
    const change = new ChangeBuilder(ws).put('people', { ...ws.people.ana!, name: 'Ana B' }).build('Rename');
    const after = applyChange(ws, change);
    expect(canRevert(after, change)).toBe(true);
    const later = applyChange(
      after,
      new ChangeBuilder(after).put('people', { ...after.people.ana!, team: 'Other' }).build('Team'),
    );
    expect(canRevert(later, change)).toBe(false);
  });
});

describe('squash', () => {
  it('keeps the first before and the last after of each record, in first-seen order', () => {
    const ws = baseWorkspace();
    const a = new ChangeBuilder(ws).put('people', person('ana', 'Ana 1')).build('one');
    const ws1 = applyChange(ws, a);
    const b = new ChangeBuilder(ws1)
      .put('people', person('ana', 'Ana 2'))
      .put('people', person('cy', 'Cy'))
      .build('two');
    const merged = squash(a, b);
    expect(merged.label).toBe('two');
    expect(merged.ops.map((op) => [op.id, op.before && 'name' in op.before ? op.before.name : null])).toEqual(
      [
        ['ana', 'Ana'],
        ['cy', null],
      ],
    );
    expect(applyChange(ws, merged)).toEqual(applyChange(ws1, b));
    expect(applyChange(applyChange(ws, merged), invert(merged))).toEqual(ws);
  });

  it('drops a record that ends where it started', () => {
    const ws = baseWorkspace();
    const there = new ChangeBuilder(ws).put('people', person('ana', 'Other')).build('there');
    const back = invert(there);
    expect(squash(there, back).ops).toEqual([]);
  });
});
