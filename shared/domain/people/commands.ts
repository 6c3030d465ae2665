/**
 * Commands on people: add, edit, and remove with a hand-over. People are the owners (DRIs) and
 * approvers of launch items and the owners of readiness lines, so removing someone hands every
 * one of those to another person (or to nobody) in the same Change: no reference is left
 * pointing at someone who is gone, and one undo brings the person and their work back.
 */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { deepEqual } from '../equal';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { countOf } from '../text';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { personSchema, type Person } from './schema';
import { workOf } from '../../views/people';

export type PersonFields = Omit<Person, 'id'>;

export function defaultPersonFields(): PersonFields {
  return { name: '', team: '', role: '', region: null, email: '', areas: [] };
}

export function getPerson(ws: Workspace, id: string): Person {
  const person = recordOf(ws.people, id);
  if (!person) throw new CommandError('That person is no longer in People (removed in another window?).');
  return person;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Areas trimmed, blanks dropped, each once whatever its case (the first spelling is kept). */
export function cleanAreas(areas: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of areas) {
    const area = raw.trim();
    if (area && !kept.some((k) => sameName(k, area))) kept.push(area);
  }
  return kept;
}

/**
 * A person as it would be written, or a ValidationError: the schema's rules, a name nobody else
 * has (in any case: two "Ana"s make every owner picker ambiguous) and a region of the workspace.
 */
function checkedPerson(ws: Workspace, candidate: Person): Person {
  const person = parseOrThrow(personSchema, {
    ...candidate,
    email: candidate.email.trim(),
    region: candidate.region ? candidate.region.trim().toUpperCase() : null,
    areas: cleanAreas(candidate.areas ?? []),
  });
  const twin = Object.values(ws.people).find((p) => p.id !== person.id && sameName(p.name, person.name));
  if (twin)
    throw new ValidationError([
      { path: 'name', message: `“${twin.name}” is already in People; use a different name` },
    ]);
  if (person.region && !settingsOf(ws).regions.some((r) => r.code === person.region))
    throw new ValidationError([
      { path: 'region', message: `Unknown region ${person.region}: choose one of the workspace regions` },
    ]);
  return person;
}

export function createPerson(
  ws: Workspace,
  fields: Partial<PersonFields>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const id = ctx.newId();
  const person = checkedPerson(ws, { ...defaultPersonFields(), ...fields, id });
  return { change: new ChangeBuilder(ws).put('people', person).build(`Add “${person.name}” to People`), id };
}

export function updatePerson(ws: Workspace, id: string, patch: Partial<PersonFields>): Change {
  const current = getPerson(ws, id);
  const person = checkedPerson(ws, { ...current, ...patch, id });
  // An edit that changes nothing (areas stored before they existed read as none) is no undo step.
  if (deepEqual({ ...current, areas: current.areas ?? [] }, person)) return { label: 'No change', ops: [] };
  return new ChangeBuilder(ws).put('people', person).build(`Edit “${person.name}”`);
}

/** "2 launch items owned, 1 approval and 5 readiness lines": what a removal hands over. */
export function describeWork(ws: Workspace, id: string): string {
  const work = workOf(ws, id);
  const parts = [
    work.owns.length ? `${countOf(work.owns.length, 'launch item')} owned` : '',
    work.approves.length ? countOf(work.approves.length, 'approval') : '',
    work.readiness.length ? countOf(work.readiness.length, 'readiness line') : '',
  ].filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Removes a person, handing what they own and approve to `handToId` (or to nobody: owners
 * cleared, the approver dropped). All in one Change.
 */
export function removePerson(
  ws: Workspace,
  id: string,
  handToId: string | null,
  ctx: CommandContext,
): Change {
  const person = getPerson(ws, id);
  const heir = handToId === null ? null : recordOf(ws.people, handToId);
  if (handToId !== null && (!heir || handToId === id))
    throw new CommandError(
      handToId === id
        ? `Hand ${person.name}’s work to someone else.`
        : 'The person to hand over to is no longer in People; choose someone else.',
    );
  const work = workOf(ws, id);
  const builder = new ChangeBuilder(ws).delete('people', id);
  const items = new Map([...work.owns, ...work.approves].map((item) => [item.id, item]));
  for (const item of items.values()) {
    const approvers = item.approverIds.flatMap((a) => (a === id ? (handToId ? [handToId] : []) : [a]));
    builder.put('items', {
      ...item,
      ownerId: item.ownerId === id ? handToId : item.ownerId,
      approverIds: [...new Set(approvers)],
      updatedAt: ctx.now,
    });
  }
  for (const line of work.readiness)
    builder.put('readiness', { ...line, ownerId: handToId, updatedAt: ctx.now });
  const handed =
    heir && items.size + work.readiness.length > 0 ? `, handing their work to “${heir.name}”` : '';
  return builder.build(`Remove “${person.name}” from People${handed}`);
}
