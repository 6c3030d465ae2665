/**
 * Quick add at the foot of a column: type a title, Enter saves, and the field stays for the next.
 * The new item gets the readiness checklist of the playbook for its kind and tier, as an item
 * created in the editor does, so its go/no-go gate has something to check.
 */
import { useState } from 'react';
import { defaultItemFields } from '../../../shared/domain/items/commands';
import { createItemWithPlaybook, playbookFor } from '../../../shared/domain/playbooks/commands';
import type { LaunchItemFields } from '../../../shared/domain/items/schema';
import { run } from '../../state/changes';
import { AddInput } from '../../ui/AddInput';

interface Props {
  stageName: string;
  /** Fields the new item takes from where it is added (its stage, its lane). */
  defaults: Partial<LaunchItemFields>;
}

export function QuickAdd({ stageName, defaults }: Props) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="quick-add__open"
        onClick={() => setOpen(true)}
        aria-label={`Add item to ${stageName}`}
      >
        <span aria-hidden="true">+ </span>Add item
      </button>
    );
  return (
    <AddInput
      className="quick-add"
      autoFocus
      label={`Title of the new launch item in ${stageName}`}
      placeholder="Title, then Enter"
      closeWhenLeftEmpty
      onClose={() => setOpen(false)}
      onAdd={async (title) => {
        const result = await run((ws, ctx) => {
          const fields = { ...defaultItemFields(ws), ...defaults, title };
          const playbook = playbookFor(ws, fields.kind, fields.tier);
          return createItemWithPlaybook(ws, fields, playbook?.id ?? null, ctx);
        });
        return result.ok ? null : (result.issues[0]?.message ?? 'Not saved');
      }}
    />
  );
}
