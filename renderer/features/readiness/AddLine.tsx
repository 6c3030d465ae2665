/**
 * Adding a line to any readiness function (the groups on screen each have their own field;
 * this one reaches the functions that have no lines yet, and adds the very first line).
 */
import { useState } from 'react';
import { addReadinessItem } from '../../../shared/domain/readiness/commands';
import { run } from '../../state/changes';
import { AddInput } from '../../ui/AddInput';
import { Select } from '../../ui/Select';
import { DEFAULT_DUE } from './ChecklistGroup';

interface AddLineProps {
  itemId: string;
  functions: readonly { id: string; name: string }[];
  /** The field's accessible name. */
  label: string;
  autoFocus?: boolean;
}

export function AddLine({ itemId, functions, label, autoFocus }: AddLineProps) {
  const [functionId, setFunctionId] = useState(functions[0]?.id ?? '');
  const add = async (title: string): Promise<string | null> => {
    const result = await run((ws, ctx) =>
      addReadinessItem(ws, itemId, { functionId, title, due: DEFAULT_DUE }, ctx),
    );
    return result.ok ? null : result.issues.map((issue) => issue.message).join('; ');
  };
  if (functions.length === 0)
    return <p className="muted">Add readiness functions in Settings to build a checklist.</p>;
  return (
    <div className="rl-addline">
      <Select
        className="input input--auto"
        aria-label="Function of the new line"
        value={functionId}
        options={functions.map((f) => ({ value: f.id, label: f.name }))}
        onChange={setFunctionId}
      />
      <AddInput
        label={label}
        placeholder="What must be ready? Type it and press Enter"
        className="rl-addline__field"
        onAdd={add}
        autoFocus={autoFocus}
      />
    </div>
  );
}
