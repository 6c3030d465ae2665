/** A labelled text field (one line, or a text area with `rows`) with its error message. */
import { Field } from './Field';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A text area of this many rows instead of one line. */
  rows?: number;
  type?: 'text' | 'date';
  name?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  autoFocus?: boolean;
  /** Dates: the earliest and latest day the picker offers ('yyyy-MM-dd'); the command still judges. */
  min?: string | undefined;
  max?: string | undefined;
  /** Marks the field required for assistive technology (forms here validate on save, noValidate). */
  required?: boolean;
}

export function TextField({ label, error, hint, rows, onChange, type, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {rows ? (
        <textarea className="input" rows={rows} {...input} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type={type} className="input" {...input} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
