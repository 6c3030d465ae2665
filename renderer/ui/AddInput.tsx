/**
 * A field that adds an entry (a card's title, a stage's name): Enter saves and clears the field
 * for the next one, a failure is shown below it, Escape ends adding. With `submitLabel` it is a
 * small form with an Add button.
 *
 * The field is cleared as soon as an entry is taken, not when its save completes: someone
 * typing quickly is already on the next entry by then, and clearing late would wipe it, or
 * not clearing yet would run two entries together.
 */
import { useRef, useState } from 'react';

interface AddInputProps {
  /** The accessible name of the field. */
  label: string;
  placeholder: string;
  /** Adds the value; resolves to the message to show when it was not added, or null. */
  onAdd: (value: string) => Promise<string | null>;
  /** Ends adding: called on Escape (which then goes no further). */
  onClose?: () => void;
  /** Leaving the field while it is empty also ends adding. */
  closeWhenLeftEmpty?: boolean;
  /** The text of a submit button; the field and the button are then a form. */
  submitLabel?: string;
  autoFocus?: boolean;
  /** The class of the box around the field (the form, with `submitLabel`). */
  className?: string;
  /** Classes beside `input`. */
  inputClassName?: string;
}

export function AddInput({
  label,
  placeholder,
  onAdd,
  onClose,
  closeWhenLeftEmpty,
  submitLabel,
  autoFocus,
  className,
  inputClassName,
}: AddInputProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = async () => {
    // What the field holds at this key press, not at the last render.
    const entry = input.current?.value ?? value;
    setValue('');
    setError(null);
    const message = await onAdd(entry);
    if (message === null) return;
    // A refused entry comes back to be corrected, unless the next one is being typed: then the
    // message names it.
    if (!input.current?.value) {
      setValue(entry);
      setError(message);
    } else setError(`“${entry.trim()}” was not added: ${message}`);
  };
  const field = (
    <input
      ref={input}
      className={inputClassName ? `input ${inputClassName}` : 'input'}
      autoFocus={autoFocus}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          void add();
        }
        if (e.key === 'Escape' && onClose) {
          e.stopPropagation();
          setError(null);
          onClose();
        }
      }}
      onBlur={() => {
        if (closeWhenLeftEmpty && !value.trim()) onClose?.();
      }}
    />
  );
  const errorLine = error && (
    <p className="field__error" role="alert">
      {error}
    </p>
  );
  if (!submitLabel)
    return (
      <div className={className}>
        {field}
        {errorLine}
      </div>
    );
  return (
    <>
      <form
        className={className}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        {field}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </form>
      {errorLine}
    </>
  );
}
