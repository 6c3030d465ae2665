/**
 * A field that adds an entry (a card's title, a stage's name): Enter saves and clears the field
 * for the next one, a failure is shown below it, Escape ends adding. With `submitLabel` it is a
 * small form with an Add button.
 */
import { useState } from 'react';

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
  const add = async () => {
    const message = await onAdd(value);
    if (message === null) setValue('');
    setError(message);
  };
  const field = (
    <input
      className={inputClassName ? `input ${inputClassName}` : 'input'}
      autoFocus={autoFocus}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
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
