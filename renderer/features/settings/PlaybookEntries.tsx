/**
 * The lines of one playbook, edited in place: each line's readiness function, title, due as a
 * T-offset ("T-14") and whether it is a required sign-off; move a line up or down, remove it, or
 * add one at the foot (Enter adds). Each edit is one undoable change of the playbook, made
 * against the playbook as it is stored when it runs, so an edit in another window is kept.
 */
import { useState } from 'react';
import type { Change } from '../../../shared/domain/change';
import { getPlaybook, updatePlaybook } from '../../../shared/domain/playbooks/commands';
import type { Playbook, PlaybookEntry } from '../../../shared/domain/playbooks/schema';
import { offsetLabel, parseDueText } from '../../../shared/domain/readiness/due';
import { settingsOf, type Workspace } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { InlineInput } from '../../ui/InlineInput';
import { Select } from '../../ui/Select';

/** A T-offset typed for a playbook line, or the message saying why it is not one. */
export function parseOffset(text: string): { ok: true; days: number } | { ok: false; message: string } {
  const parsed = parseDueText(text);
  if (parsed.ok && parsed.due?.type === 'offset') return { ok: true, days: parsed.due.days };
  if (!parsed.ok && !/^\d{4}-/.test(text.trim())) return parsed;
  return {
    ok: false,
    message: 'A playbook line is due relative to launch: enter a T-offset such as T-14 or T+3',
  };
}

type EntriesEdit = (entries: PlaybookEntry[]) => PlaybookEntry[];

interface Props {
  playbook: Playbook;
}

export function PlaybookEntries({ playbook }: Props) {
  const functions = useDocument((s) => settingsOf(s.workspace).functions);
  const [error, setError] = useState<string | null>(null);
  const options = functions.map((f) => ({ value: f.id, label: f.name }));
  const functionName = (id: string) => functions.find((f) => f.id === id)?.name ?? id;

  /** Edits the entries as stored now; resolves to whether the edit was saved. */
  const edit = async (change: EntriesEdit): Promise<boolean> => {
    const result = await run((ws: Workspace): Change => {
      const current = getPlaybook(ws, playbook.id);
      return updatePlaybook(ws, playbook.id, { entries: change(current.entries.map((e) => ({ ...e }))) });
    });
    setError(result.ok ? null : (result.issues[0]?.message ?? 'Not saved'));
    return result.ok;
  };
  const patch = (index: number, fields: Partial<PlaybookEntry>) =>
    edit((entries) => entries.map((e, i) => (i === index ? { ...e, ...fields } : e)));
  const move = (index: number, to: number) =>
    edit((entries) => {
      const [moved] = entries.splice(index, 1);
      entries.splice(to, 0, moved!);
      return entries;
    });

  return (
    <div className="playbook-entries">
      {playbook.entries.length === 0 ? (
        <p className="muted">No lines yet: add the readiness work this kind of launch needs below.</p>
      ) : (
        <table className="table table--compact playbook-entries__table">
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">Line</th>
              <th scope="col">Due</th>
              <th scope="col">Sign-off</th>
              <th scope="col">
                <span className="visually-hidden">Order and remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {playbook.entries.map((entry, index) => {
              const n = `line ${index + 1}`;
              return (
                // Lines have no id: the position is the line (a reorder re-renders the rows).
                <tr key={`${index}-${entry.functionId}-${entry.title}`}>
                  <td>
                    <Select
                      aria-label={`Function of ${n}`}
                      value={entry.functionId}
                      options={
                        options.some((o) => o.value === entry.functionId)
                          ? options
                          : [...options, { value: entry.functionId, label: functionName(entry.functionId) }]
                      }
                      onChange={(functionId) => void patch(index, { functionId })}
                    />
                  </td>
                  <td className="playbook-entries__title">
                    <InlineInput
                      label={`Title of ${n}`}
                      value={entry.title}
                      onCommit={(title) => patch(index, { title: title.trim() })}
                    />
                  </td>
                  <td>
                    <InlineInput
                      className="playbook-entries__due"
                      label={`Due of ${n}`}
                      value={offsetLabel(entry.offsetDays)}
                      onCommit={async (text) => {
                        const parsed = parseOffset(text);
                        if (!parsed.ok) {
                          setError(parsed.message);
                          return false;
                        }
                        return patch(index, { offsetDays: parsed.days });
                      }}
                    />
                  </td>
                  <td>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={entry.requiredSignOff}
                        onChange={(e) => void patch(index, { requiredSignOff: e.target.checked })}
                      />
                      <span className="visually-hidden">Required sign-off ({n})</span>
                      <span aria-hidden="true">Required</span>
                    </label>
                  </td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${n} up`}
                      disabled={index === 0}
                      onClick={() => void move(index, index - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${n} down`}
                      disabled={index === playbook.entries.length - 1}
                      onClick={() => void move(index, index + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={`Remove ${n}: ${entry.title}`}
                      onClick={() => void edit((entries) => entries.filter((_, i) => i !== index))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddEntry
        options={options}
        onAdd={(entry) => edit((entries) => [...entries, entry])}
        onError={setError}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The foot of the lines: a new line's function, title, due and sign-off; Enter adds it. */
function AddEntry({
  options,
  onAdd,
  onError,
}: {
  options: { value: string; label: string }[];
  onAdd: (entry: PlaybookEntry) => Promise<boolean>;
  onError: (message: string | null) => void;
}) {
  const [functionId, setFunctionId] = useState(options[0]?.value ?? '');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('T-7');
  const [requiredSignOff, setRequired] = useState(false);
  return (
    <form
      className="playbook-entries__add"
      aria-label="New line"
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return onError('Enter a title for the new line');
        const parsed = parseOffset(due);
        if (!parsed.ok) return onError(parsed.message);
        const entry = { functionId, title: title.trim(), offsetDays: parsed.days, requiredSignOff };
        void onAdd(entry).then((added) => {
          if (!added) return;
          setTitle('');
          setRequired(false);
        });
      }}
    >
      <Select
        aria-label="Function of the new line"
        value={functionId}
        options={options}
        onChange={setFunctionId}
      />
      <input
        className="input playbook-entries__new-title"
        aria-label="Title of the new line"
        placeholder="New line, e.g. Support macros ready"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <input
        className="input playbook-entries__due"
        aria-label="Due of the new line"
        value={due}
        onChange={(e) => setDue(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={requiredSignOff} onChange={(e) => setRequired(e.target.checked)} />
        Required sign-off
      </label>
      <button type="submit" className="button">
        Add line
      </button>
    </form>
  );
}
