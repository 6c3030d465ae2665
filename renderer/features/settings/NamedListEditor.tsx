/**
 * An editable, ordered list of named entries (stages, readiness functions): rename in place
 * (Enter or leaving the field saves, Escape reverts), move up and down, remove, add.
 */
import { useState } from 'react';
import type { FieldIssue } from '../../../shared/domain/errors';
import type { RunResult } from '../../state/changes';

export interface NamedEntry {
  id: string;
  name: string;
  /** Shown after the name, e.g. "4 items". */
  note?: string;
}

interface Props {
  noun: string;
  entries: NamedEntry[];
  onRename: (id: string, name: string) => Promise<RunResult<unknown>>;
  onAdd: (name: string) => Promise<RunResult<unknown>>;
  onRemove: (entry: NamedEntry) => void;
  onMove?: (id: string, toIndex: number) => void;
}

const firstMessage = (issues: FieldIssue[]) => issues[0]?.message ?? 'Not saved';

export function NamedListEditor({ noun, entries, onRename, onAdd, onRemove, onMove }: Props) {
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!newName.trim()) return setError(`Enter a ${noun} name`);
    const result = await onAdd(newName);
    if (result.ok) {
      setNewName('');
      setError(null);
    } else setError(firstMessage(result.issues));
  };

  return (
    <div className="list-editor">
      <ol className="list-editor__list">
        {entries.map((entry, index) => (
          <li key={entry.id} className="list-editor__row">
            <RenameInput
              label={`${noun} name`}
              value={entry.name}
              onCommit={async (name) => {
                const result = await onRename(entry.id, name);
                setError(result.ok ? null : firstMessage(result.issues));
                return result.ok;
              }}
            />
            {entry.note && <span className="muted list-editor__note">{entry.note}</span>}
            {onMove && (
              <>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${entry.name} up`}
                  disabled={index === 0}
                  onClick={() => onMove(entry.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${entry.name} down`}
                  disabled={index === entries.length - 1}
                  onClick={() => onMove(entry.id, index + 1)}
                >
                  ↓
                </button>
              </>
            )}
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={`Remove ${entry.name}`}
              onClick={() => onRemove(entry)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <form className="list-editor__add" onSubmit={(e) => void add(e)}>
        <input
          className="input"
          aria-label={`New ${noun} name`}
          placeholder={`New ${noun}`}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" className="button">
          Add {noun}
        </button>
      </form>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** An input that saves when Enter is pressed or focus leaves, and reverts on Escape. */
export function RenameInput({
  label,
  value,
  onCommit,
  autoFocus,
  onDone,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => Promise<boolean>;
  autoFocus?: boolean;
  /** Called once editing ends (saved, reverted or left). */
  onDone?: () => void;
}) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // Follow outside changes (undo, another window) when not being edited.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  const commit = async () => {
    if (draft.trim() !== value && !(await onCommit(draft))) setDraft(value);
    else if (draft.trim() === value) setDraft(value);
    onDone?.();
  };
  return (
    <input
      className="input list-editor__name"
      aria-label={label}
      autoFocus={autoFocus}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        }
        if (e.key === 'Escape') {
          e.stopPropagation();
          setDraft(value);
          onDone?.();
        }
      }}
    />
  );
}
