/**
 * My work: the open readiness lines across every launch that is not archived, overdue first,
 * then by due day, for one person ("me" by default, remembered per machine), everyone (by
 * owner) or nobody. Lines are ticked off here (Done asks for evidence) and each opens its
 * launch's Readiness tab on its function. The lines come from the memoised My work read model.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Change } from '../../../shared/domain/change';
import { settingsOf } from '../../../shared/domain/workspace';
import { peopleByName } from '../../../shared/views/indexes';
import { myWork, UNASSIGNED, type WorkLine } from '../../../shared/views/my-work';
import { useDocument } from '../../state/document';
import { setMe, useMe } from '../../state/me';
import { useToday } from '../../state/useToday';
import { setView } from '../../state/window';
import { EmptyState } from '../../ui/EmptyState';
import { Select } from '../../ui/Select';
import { ViewHeader } from '../../ui/ViewHeader';
import { MyWorkLine } from './MyWorkLine';
import { useStatusChange } from './useStatusChange';
import { toldUndoable } from './write';
import './readiness.css';

/** Whose work is shown: "me", a person's id, everyone's or nobody's. */
const ME = 'me';
const EVERYONE = 'everyone';
const NOBODY = 'unassigned';

/** Lines drawn at first in one list; more on request (a portfolio can hold thousands). */
const PAGE = 200;

export function MyWorkView() {
  const me = useMe();
  const people = useDocument((s) => peopleByName(s.workspace));
  const functions = useDocument((s) => settingsOf(s.workspace).functions);
  const today = useToday();
  const work = useDocument((s) => myWork(s.workspace, today));
  const [chosen, setChosen] = useState<string | null>(null);
  const whose = chosen ?? (me ? ME : EVERYONE);
  const functionNames = useMemo(() => new Map(functions.map((f) => [f.id, f.name])), [functions]);
  const onSaved = useCallback((change: Change) => toldUndoable(change), []);
  const { changeStatus, dialog } = useStatusChange(onSaved);

  const personId = whose === ME ? me : whose === NOBODY ? UNASSIGNED : whose === EVERYONE ? null : whose;
  const shown = personId === null ? work.all : (work.byOwner.get(personId) ?? []);
  const overdue = shown.filter((line) => line.overdue).length;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'Someone no longer in People';

  const whoseOptions = [
    ...(me ? [{ value: ME, label: `Me (${nameOf(me)})` }] : []),
    { value: EVERYONE, label: 'Everyone' },
    { value: NOBODY, label: 'Unassigned' },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
  const summary =
    shown.length === 0
      ? 'Nothing open'
      : `${shown.length.toLocaleString('en-US')} open readiness item${shown.length === 1 ? '' : 's'}${overdue ? ` · ${overdue} overdue` : ''}`;

  return (
    <section className="view view--scroll my-work" aria-labelledby="my-work-title">
      <ViewHeader id="my-work-title" title="My work" summary={people.length ? summary : undefined}>
        {people.length > 0 && (
          <>
            <label className="toolbar__label">
              Show
              <Select
                className="input input--auto"
                aria-label="Show the work of"
                value={whose === ME && !me ? EVERYONE : whose}
                options={whoseOptions}
                onChange={setChosen}
              />
            </label>
            <label
              className="toolbar__label"
              title="Who uses this machine: remembered here, not in the workspace"
            >
              I am
              <Select
                className="input input--auto"
                aria-label="I am"
                value={me ?? ''}
                empty="Choose yourself…"
                options={people.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id) => {
                  setMe(id || null);
                  setChosen(id ? ME : null);
                }}
              />
            </label>
          </>
        )}
      </ViewHeader>
      {people.length === 0 ? (
        <EmptyState
          title="No people yet — add them in People"
          action={{ label: 'Go to People', onClick: () => setView('people'), primary: true }}
        >
          My work lists the open readiness items each person owns. Add the people who own readiness work, then
          choose yourself here.
        </EmptyState>
      ) : shown.length === 0 ? (
        <NothingOpen whose={whose} hasMe={me !== null} onEveryone={() => setChosen(EVERYONE)} />
      ) : personId === null ? (
        <ByOwner work={work.byOwner} people={people} nameOf={nameOf}>
          {(lines) => (
            <WorkList lines={lines} functionNames={functionNames} today={today} onStatus={changeStatus} />
          )}
        </ByOwner>
      ) : (
        <WorkList lines={shown} functionNames={functionNames} today={today} onStatus={changeStatus} />
      )}
      {dialog}
    </section>
  );
}

function NothingOpen({
  whose,
  hasMe,
  onEveryone,
}: {
  whose: string;
  hasMe: boolean;
  onEveryone: () => void;
}) {
  if (whose === EVERYONE)
    return (
      <EmptyState
        title="No open readiness items"
        action={{ label: 'Go to the board', onClick: () => setView('board') }}
      >
        Every readiness item of every launch is done or not needed.
      </EmptyState>
    );
  return (
    <EmptyState
      title={whose === ME && hasMe ? 'Nothing assigned to you' : 'Nothing assigned here'}
      action={{ label: 'Show everyone’s work', onClick: onEveryone }}
    >
      Open readiness items owned {whose === NOBODY ? 'by nobody' : whose === ME ? 'by you' : 'by this person'}{' '}
      show here, overdue first.
    </EmptyState>
  );
}

interface ByOwnerProps {
  work: ReadonlyMap<string, readonly WorkLine[]>;
  people: readonly { id: string }[];
  nameOf: (id: string) => string;
  children: (lines: readonly WorkLine[]) => React.ReactNode;
}

/** Everyone's work: one section per person (by name), then the unassigned lines. */
function ByOwner({ work, people, nameOf, children }: ByOwnerProps) {
  const owners = [
    ...people.map((p) => p.id).filter((id) => work.has(id)),
    ...(work.has(UNASSIGNED) ? [UNASSIGNED] : []),
  ];
  return (
    <>
      {owners.map((id) => (
        <section key={id} className="mw-owner" aria-label={id === UNASSIGNED ? 'Unassigned' : nameOf(id)}>
          <h2 className="mw-owner__name">
            {id === UNASSIGNED ? 'Unassigned' : nameOf(id)}{' '}
            <span className="muted">({work.get(id)!.length})</span>
          </h2>
          {children(work.get(id)!)}
        </section>
      ))}
    </>
  );
}

interface WorkListProps {
  lines: readonly WorkLine[];
  functionNames: ReadonlyMap<string, string>;
  today: string;
  onStatus: Parameters<typeof MyWorkLine>[0]['onStatus'];
}

function WorkList({ lines, functionNames, today, onStatus }: WorkListProps) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ul className="mw-list" aria-label="Open readiness items">
        {lines.slice(0, limit).map((line) => (
          <MyWorkLine
            key={line.readiness.id}
            line={line}
            functionName={functionNames.get(line.readiness.functionId) ?? line.readiness.functionId}
            today={today}
            onStatus={onStatus}
          />
        ))}
      </ul>
      {lines.length > limit && (
        <button
          type="button"
          className="button button--small mw-more"
          onClick={() => setLimit((n) => n + PAGE)}
        >
          Show {Math.min(PAGE, lines.length - limit)} more of {lines.length - limit}
        </button>
      )}
    </>
  );
}
