/**
 * An editable, ordered list of named entries (stages, readiness functions): rename in place
 * (Enter or leaving the field saves, Escape reverts), move up and down, remove, add.
 */
import { useState, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/domain/errors';
import type { RunResult } from '../../state/changes';
import { AddInput } from '../../ui/AddInput';
import { InlineInput } from '../../ui/InlineInput';

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
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="list-editor">
      <ol className="list-editor__list">
        {entries.map((entry, index) => (
          <NamedRow
            key={entry.id}
            label={`${noun} name`}
            name={entry.name}
            removeLabel={`Remove ${entry.name}`}
            onRemove={() => onRemove(entry)}
            onRename={async (name) => {
              const result = await onRename(entry.id, name);
              setError(result.ok ? null : firstMessage(result.issues));
              return result.ok;
            }}
          >
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
          </NamedRow>
        ))}
      </ol>
      <AddInput
        className="list-editor__add"
        label={`New ${noun} name`}
        placeholder={`New ${noun}`}
        submitLabel={`Add ${noun}`}
        onAdd={async (name) => {
          setError(null);
          if (!name.trim()) return `Enter a ${noun} name`;
          const result = await onAdd(name);
          return result.ok ? null : firstMessage(result.issues);
        }}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** One entry of a list editor: what comes before its name, the name (renamed in place), Remove. */
export function NamedRow({
  label,
  name,
  onRename,
  removeLabel,
  onRemove,
  before,
  children,
}: {
  /** The accessible name of the name field. */
  label: string;
  name: string;
  onRename: (name: string) => Promise<boolean>;
  removeLabel: string;
  onRemove: () => void;
  before?: ReactNode;
  /** Shown between the name and Remove. */
  children?: ReactNode;
}) {
  return (
    <li className="list-editor__row">
      {before}
      <InlineInput className="list-editor__name" label={label} value={name} onCommit={onRename} />
      {children}
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={removeLabel}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}
