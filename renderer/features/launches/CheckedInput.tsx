/**
 * A field of the rollout plan table edited in place: Enter or leaving it saves, Escape puts the
 * saved value back. What is typed is checked first; a refusal — by the check, or by the save
 * itself (the workspace changed meanwhile, say) — stays in the field with its message beside it
 * (announced, and tied to the field by aria-describedby) until it is fixed or reverted. A save
 * the person gave up puts the saved value back. Outside changes (undo, another window) show at once when it is not being edited.
 */
import { useId, useState } from 'react';
import type { Checked, SaveOutcome } from './wave-edits';

interface CheckedInputProps<T> {
  label: string;
  /** The saved value as text. */
  value: string;
  check: (text: string) => Checked<T>;
  save: (value: T) => Promise<SaveOutcome>;
  type?: 'text' | 'date' | 'multiline';
  placeholder?: string;
  className?: string;
  inputMode?: 'decimal';
}

export function CheckedInput<T>({
  label,
  value,
  check,
  save,
  type = 'text',
  placeholder,
  className,
  inputMode,
}: CheckedInputProps<T>) {
  const errorId = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
    setError(null);
  }
  const commit = async () => {
    if (draft === value) return setError(null);
    const checked = check(draft);
    if (!checked.ok) return setError(checked.message);
    setError(null);
    const saved = await save(checked.value);
    if (typeof saved === 'string') setError(saved);
    else if (saved === null) setDraft(value);
  };
  const revert = () => {
    setDraft(value);
    setError(null);
  };
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: `input wave-input ${className ?? ''}`,
    value: draft,
    placeholder,
    onBlur: () => void commit(),
  };
  return (
    <div className="wave-field">
      {type === 'multiline' ? (
        <textarea
          {...common}
          rows={2}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter saves; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void commit();
            }
            if (e.key === 'Escape') {
              e.stopPropagation();
              revert();
            }
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            }
            if (e.key === 'Escape') {
              e.stopPropagation();
              revert();
            }
          }}
        />
      )}
      {error && (
        <p id={errorId} className="field__error wave-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
