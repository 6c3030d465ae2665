/** A labelled form field with its error message wired up for assistive technology. */
import { cloneElement, useId, type ReactElement } from 'react';
import './Field.css';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

export function Field({ label, error, hint, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes (regions, approvers) as one labelled fieldset. */
export function FieldSet({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`field fieldset ${error ? 'field--invalid' : ''}`}
      aria-describedby={error ? id : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="fieldset__options">{children}</div>
      {error && (
        <p id={id} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
