/**
 * An input that edits a value in place (a name in a list, a column's title): Enter or leaving the
 * field saves, Escape reverts. A save that fails puts the last saved value back.
 */
import { useState } from 'react';

interface InlineInputProps {
  /** The accessible name of the field. */
  label: string;
  value: string;
  /** Saves a changed value; resolves to whether it was saved. */
  onCommit: (value: string) => Promise<boolean>;
  autoFocus?: boolean;
  /** Called once editing ends (saved, reverted or left). */
  onDone?: () => void;
  /** Classes beside `input`. */
  className?: string;
  /** A day ('date') edits the same way; text by default. */
  type?: 'text' | 'date';
}

export function InlineInput({
  label,
  value,
  onCommit,
  autoFocus,
  onDone,
  className,
  type = 'text',
}: InlineInputProps) {
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
      type={type}
      className={className ? `input ${className}` : 'input'}
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
