/**
 * Removing a stage that holds items asks where they should go (from Settings and the board).
 * The caller runs the removal: onRemove gets the stage to move the items to, or null when empty.
 */
import { useState } from 'react';
import type { Stage } from '../../shared/domain/settings/schema';
import { countOf } from '../../shared/domain/text';
import { ConfirmActions } from './ConfirmActions';
import { Dialog } from './Dialog';
import { Select } from './Select';

interface RemoveStageDialogProps {
  /** Every stage, in order (the one being removed among them). */
  stages: readonly Pick<Stage, 'id' | 'name'>[];
  stageId: string;
  /** How many launch items are in the stage. */
  itemCount: number;
  onRemove: (targetStageId: string | null) => void;
  onClose: () => void;
}

export function RemoveStageDialog({
  stages,
  stageId,
  itemCount: count,
  onRemove,
  onClose,
}: RemoveStageDialogProps) {
  const stage = stages.find((s) => s.id === stageId);
  const others = stages.filter((s) => s.id !== stageId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  if (!stage) return null;
  return (
    <Dialog
      title={`Remove the “${stage.name}” stage?`}
      open
      onClose={onClose}
      actions={
        <ConfirmActions
          tone="danger"
          confirmLabel={count ? 'Remove and move items' : 'Remove stage'}
          disabled={count > 0 && !target}
          onCancel={onClose}
          onConfirm={() => {
            onClose();
            onRemove(count ? target : null);
          }}
        />
      }
    >
      {count === 0 ? (
        <p>The stage is empty. You can undo this with Ctrl+Z.</p>
      ) : (
        <>
          <p>
            {countOf(count, 'launch item')} {count === 1 ? 'is' : 'are'} in this stage. Where should{' '}
            {count === 1 ? 'it' : 'they'} go?
          </p>
          <label className="field">
            <span className="field__label">Move to</span>
            <Select
              value={target}
              options={others.map((s) => ({ value: s.id, label: s.name }))}
              onChange={setTarget}
            />
          </label>
        </>
      )}
    </Dialog>
  );
}
