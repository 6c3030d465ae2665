/**
 * The question asked before unsaved edits would be lost: “Discard unsaved changes to “X”?”
 * Keep editing comes first and has the focus, so Enter or Escape never throws work away by
 * accident; Discard is the deliberate choice.
 */
import { ConfirmActions } from './ConfirmActions';
import { Dialog } from './Dialog';

interface UnsavedChangesDialogProps {
  /** What the edits are to (an item's title); null: no question open. */
  description: string | null;
  onKeepEditing: () => void;
  onDiscard: () => void;
}

export function UnsavedChangesDialog({ description, onKeepEditing, onDiscard }: UnsavedChangesDialogProps) {
  return (
    <Dialog
      title={`Discard unsaved changes to “${description ?? ''}”?`}
      open={description !== null}
      onClose={onKeepEditing}
      tone="danger"
      actions={
        <ConfirmActions
          tone="danger"
          cancelLabel="Keep editing"
          confirmLabel="Discard"
          onCancel={onKeepEditing}
          onConfirm={onDiscard}
        />
      }
    >
      <p>Your changes have not been saved. Discarding them cannot be undone.</p>
    </Dialog>
  );
}
