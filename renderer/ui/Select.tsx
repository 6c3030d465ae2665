/** A select over a list of options, with an optional first "none" option (the empty value); bare or labelled. */
import type { SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface Option {
  value: string;
  label: string;
  title?: string | undefined;
}

/** Options from a list of values and their labels (KINDS and KIND_LABELS, say). */
export function optionsFrom<V extends string>(values: readonly V[], labels: Record<V, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

interface SelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  /** The label of a first option with the empty value ("All kinds", "Unassigned"). */
  empty?: string;
}

export function Select({ value, options, onChange, empty, className = 'input', ...rest }: SelectProps) {
  return (
    <select className={className} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} title={option.title}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select with its error message. */
export function SelectField({
  label,
  error,
  hint,
  ...select
}: SelectProps & { label: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <Field label={label} error={error} hint={hint}>
      <Select {...select} />
    </Field>
  );
}
