/** A labelled group of checkboxes that picks any number of options (regions, approvers). */
import type { ReactNode } from 'react';
import { FieldSet } from './Field';
import type { Option } from './Select';

interface CheckboxGroupProps {
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  /** The values picked after a box is ticked or cleared (in the order they were picked). */
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  /** Shown when there is nothing to pick. */
  empty?: ReactNode;
}

export function CheckboxGroup({ legend, options, selected, onChange, error, empty }: CheckboxGroupProps) {
  return (
    <FieldSet legend={legend} error={error}>
      {options.length === 0 && empty !== undefined && <span className="muted">{empty}</span>}
      {options.map((option) => (
        <label key={option.value} className="checkbox" title={option.title}>
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </FieldSet>
  );
}
