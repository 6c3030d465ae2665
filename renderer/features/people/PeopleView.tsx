/**
 * People: everyone who can own or approve a launch item or own a readiness line — with their
 * team, role, region, e-mail and subject-matter areas, and what each is named on. Add and edit
 * in a dialog; removing someone who owns things asks whom to hand them to. Every change is one
 * undoable step.
 */
import { useDeferredValue, useState } from 'react';
import type { Person } from '../../../shared/domain/people/schema';
import { removePerson } from '../../../shared/domain/people/commands';
import { peopleByName } from '../../../shared/views/indexes';
import { hasNoWork, workOf, type PersonWork } from '../../../shared/views/people';
import { run, undo } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { EmptyState } from '../../ui/EmptyState';
import { countSummary, ViewHeader } from '../../ui/ViewHeader';
import { PersonDialog } from './PersonDialog';
import { RemovePersonDialog } from './RemovePersonDialog';
import './people.css';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; person: Person };

/** Everything a search matches on, in lower case. */
const searchText = (p: Person) =>
  [p.name, p.team, p.role, p.region ?? '', p.email, ...(p.areas ?? [])].join(' ').toLocaleLowerCase();

async function remove(person: Person, handToId: string | null) {
  const result = await run((ws, ctx) => removePerson(ws, person.id, handToId, ctx));
  if (result.ok)
    showToast({ tone: 'info', message: `${result.value.label}`, action: { label: 'Undo', run: undo } }, 8000);
}

export function PeopleView() {
  const workspace = useDocument((s) => s.workspace);
  const people = peopleByName(workspace);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim().toLocaleLowerCase());
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [removing, setRemoving] = useState<Person | null>(null);
  const shown = deferredQuery ? people.filter((p) => searchText(p).includes(deferredQuery)) : people;
  const add = { label: 'Add person', onClick: () => setEditing({ mode: 'add' }) };

  const askToRemove = (person: Person) => {
    if (hasNoWork(workOf(workspace, person.id))) void remove(person, null);
    else setRemoving(person);
  };

  return (
    <section className="view" aria-labelledby="people-title">
      <ViewHeader
        id="people-title"
        title="People"
        action={add}
        summary={countSummary(shown.length, people.length, shown.length !== people.length, 'people')}
      >
        <input
          type="search"
          className="input toolbar__search"
          placeholder="Search name, team, role, area…"
          aria-label="Search people"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </ViewHeader>
      {people.length === 0 ? (
        <EmptyState title="No people yet" action={{ ...add, primary: true }}>
          People are the owners (DRIs) and approvers of launch items and the owners of readiness lines. Add
          the people you launch with to assign work to them.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="Nobody matches" action={{ label: 'Clear search', onClick: () => setQuery('') }}>
          No one matches “{query.trim()}”.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table people-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Team</th>
                <th scope="col">Role</th>
                <th scope="col">Region</th>
                <th scope="col">E-mail</th>
                <th scope="col">Subject-matter areas</th>
                <th scope="col" className="people-table__count">
                  Owns
                </th>
                <th scope="col" className="people-table__count">
                  Approves
                </th>
                <th scope="col" className="people-table__count">
                  Readiness lines
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((person) => (
                <PersonRow
                  key={person.id}
                  person={person}
                  work={workOf(workspace, person.id)}
                  onEdit={() => setEditing({ mode: 'edit', person })}
                  onRemove={() => askToRemove(person)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing.mode !== 'closed' && (
        <PersonDialog
          person={editing.mode === 'edit' ? editing.person : null}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      )}
      {removing && (
        <RemovePersonDialog
          person={removing}
          onRemove={(handToId) => void remove(removing, handToId)}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

interface RowProps {
  person: Person;
  /** What the person is named on (from the memoised read model). */
  work: PersonWork;
  onEdit: () => void;
  onRemove: () => void;
}

function PersonRow({ person, work, onEdit, onRemove }: RowProps) {
  const areas = person.areas ?? [];
  return (
    <tr>
      <th scope="row" className="people-table__name">
        {person.name}
      </th>
      <td className="people-table__wrap">{person.team}</td>
      <td className="people-table__wrap">{person.role}</td>
      <td>{person.region ?? ''}</td>
      <td>{person.email}</td>
      <td className="people-table__wrap people-table__areas">
        {areas.map((area) => (
          <span key={area} className="people-area">
            {area}
          </span>
        ))}
      </td>
      <td className="people-table__count">{work.owns.length}</td>
      <td className="people-table__count">{work.approves.length}</td>
      <td className="people-table__count">{work.readiness.length}</td>
      <td className="table__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`Edit ${person.name}`}
          onClick={onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Remove ${person.name}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
