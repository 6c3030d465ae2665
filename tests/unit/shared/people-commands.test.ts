/**
 * People commands: adding and editing people (names unique whatever their case, known regions,
 * areas cleaned), and removing someone with a hand-over that reassigns — or clears — every item
 * they own or approve and every readiness line they own, in one Change that undo reverses.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { integrityProblems } from '../../../shared/domain/integrity';
import {
  cleanAreas,
  createPerson,
  describeWork,
  removePerson,
  updatePerson,
} from '../../../shared/domain/people/commands';
import { personSchema } from '../../../shared/domain/people/schema';
import { workOf } from '../../../shared/views/people';
import { add, item, laterContext, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

/** Ana owns x and approves y (with Ben); she owns two readiness lines of x. */
function withWork() {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('x', { ownerId: 'ana', approverIds: ['ben'] }),
    item('y', { ownerId: 'ben', approverIds: ['ana', 'ben'] }),
    item('z', { archived: true, approverIds: ['ana'] }),
  );
  add(
    ws,
    'readiness',
    readiness('r1', 'x', { ownerId: 'ana' }),
    readiness('r2', 'x', { ownerId: 'ana' }),
    readiness('r3', 'y', { ownerId: 'ben' }),
  );
  return ws;
}

describe('adding and editing people', () => {
  it('adds a person with every field, areas cleaned, and undo takes them out', () => {
    const ws = baseWorkspace();
    const { change, id } = createPerson(
      ws,
      {
        name: '  Chloé Martin ',
        team: 'Support',
        role: 'Lead',
        region: 'eu',
        email: ' chloe@example.com ',
        areas: [' Billing', 'billing', '', 'Tax '],
      },
      laterContext(),
    );
    expect(change.label).toBe('Add “Chloé Martin” to People');
    const after = applyChange(ws, change);
    expect(after.people[id]).toEqual({
      id,
      name: 'Chloé Martin',
      team: 'Support',
      role: 'Lead',
      region: 'EU',
      email: 'chloe@example.com',
      areas: ['Billing', 'Tax'],
    });
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('refuses a name already in People, whatever its case, naming who has it', () => {
    const ws = baseWorkspace();
    expect(issues(() => createPerson(ws, { name: ' ANA ' }, laterContext()))).toEqual([
      { path: 'name', message: '“Ana” is already in People; use a different name' },
    ]);
    expect(issues(() => updatePerson(ws, 'ben', { name: 'ana' }))[0]!.path).toBe('name');
    // Renaming someone to their own name in another case is fine.
    const renamed = applyChange(ws, updatePerson(ws, 'ana', { name: 'ANA' }));
    expect(renamed.people.ana!.name).toBe('ANA');
  });

  it('refuses an empty name, an unknown region and a bad e-mail address', () => {
    const ws = baseWorkspace();
    expect(issues(() => createPerson(ws, { name: '  ' }, laterContext()))[0]).toEqual({
      path: 'name',
      message: 'Enter a name',
    });
    expect(issues(() => createPerson(ws, { name: 'Dee', region: 'MARS' }, laterContext()))).toEqual([
      { path: 'region', message: 'Unknown region MARS: choose one of the workspace regions' },
    ]);
    expect(issues(() => updatePerson(ws, 'ana', { email: 'ana at example' }))[0]!.path).toBe('email');
  });

  it('an edit that changes nothing is no change, also for someone stored before areas existed', () => {
    const ws = baseWorkspace();
    expect(ws.people.ana!.areas).toBeUndefined();
    expect(updatePerson(ws, 'ana', { name: 'Ana', areas: [] }).ops).toEqual([]);
    const change = updatePerson(ws, 'ana', { areas: ['Payments'] });
    expect(change.label).toBe('Edit “Ana”');
    expect(applyChange(ws, change).people.ana!.areas).toEqual(['Payments']);
  });

  it('reads a stored person without areas as valid', () => {
    expect(personSchema.safeParse(baseWorkspace().people.ana).success).toBe(true);
    expect(cleanAreas(['a', ' A ', 'b'])).toEqual(['a', 'b']);
  });

  it('refuses editing someone who is gone', () => {
    expect(() => updatePerson(baseWorkspace(), 'nobody', { name: 'X' })).toThrow(CommandError);
  });
});

describe('removing a person', () => {
  it('counts what they are named on (archived items too)', () => {
    const ws = withWork();
    const work = workOf(ws, 'ana');
    expect(work.owns.map((i) => i.id)).toEqual(['x']);
    expect(work.approves.map((i) => i.id).sort()).toEqual(['y', 'z']);
    expect(work.readiness.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect(describeWork(ws, 'ana')).toBe('1 launch item owned, 2 approvals and 2 readiness lines');
    expect(describeWork(ws, 'ben')).toBe('1 launch item owned, 2 approvals and 1 readiness line');
    expect(describeWork(baseWorkspace(), 'ana')).toBe('');
  });

  it('hands their items, approvals and readiness lines to someone else in one change', () => {
    const ws = withWork();
    const ctx = laterContext();
    const change = removePerson(ws, 'ana', 'ben', ctx);
    expect(change.label).toBe('Remove “Ana” from People, handing their work to “Ben”');
    const after = applyChange(ws, change);
    expect(after.people.ana).toBeUndefined();
    expect(after.items.x).toMatchObject({ ownerId: 'ben', approverIds: ['ben'], updatedAt: ctx.now });
    // Ben already approved y: he is listed once.
    expect(after.items.y!.approverIds).toEqual(['ben']);
    expect(after.items.z!.approverIds).toEqual(['ben']);
    expect(after.readiness.r1!.ownerId).toBe('ben');
    expect(after.readiness.r2!.ownerId).toBe('ben');
    expect(after.readiness.r3).toBe(ws.readiness.r3);
    expect(integrityProblems(after)).toEqual([]);
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('hands to nobody: owners cleared, the approver dropped', () => {
    const ws = withWork();
    const after = applyChange(ws, removePerson(ws, 'ana', null, laterContext()));
    expect(after.items.x!.ownerId).toBeNull();
    expect(after.items.y!.approverIds).toEqual(['ben']);
    expect(after.items.z!.approverIds).toEqual([]);
    expect(after.readiness.r1!.ownerId).toBeNull();
    expect(integrityProblems(after)).toEqual([]);
  });

  it('someone named on nothing is removed alone', () => {
    const ws = baseWorkspace();
    const change = removePerson(ws, 'ana', 'ben', laterContext());
    expect(change.label).toBe('Remove “Ana” from People');
    expect(change.ops.map((op) => `${op.table}/${op.id}`)).toEqual(['people/ana']);
  });

  it('refuses handing over to the person removed or to someone gone', () => {
    const ws = withWork();
    expect(() => removePerson(ws, 'ana', 'ana', laterContext())).toThrow('Hand Ana’s work to someone else.');
    expect(() => removePerson(ws, 'ana', 'gone', laterContext())).toThrow(/no longer in People/);
    expect(() => removePerson(ws, 'gone', null, laterContext())).toThrow(CommandError);
  });

  it('runs by name as data', () => {
    const ws = withWork();
    const ctx = laterContext('p');
    const created = runDomainCommand(ws, 'people.create', { fields: { name: 'Dee', areas: ['Tax'] } }, ctx);
    expect(applyChange(ws, created).people['p-1']!.areas).toEqual(['Tax']);
    const updated = runDomainCommand(ws, 'people.update', { id: 'ben', fields: { role: 'Director' } }, ctx);
    expect(applyChange(ws, updated).people.ben!.role).toBe('Director');
    const removed = runDomainCommand(ws, 'people.remove', { id: 'ana', handToId: null }, ctx);
    expect(applyChange(ws, removed).items.x!.ownerId).toBeNull();
    expect(() => runDomainCommand(ws, 'people.create', { fields: { id: 'mine', name: 'E' } }, ctx)).toThrow(
      ValidationError,
    );
  });
});
