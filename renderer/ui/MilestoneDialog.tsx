/**
 * Adding or editing one milestone: its title and day, and (editing) Delete. Props in, events
 * out; the caller runs the command and hands back its field errors. A milestone on a day of its
 * own, so the T-offset from its launch day is shown beside the day as a hint.
 */
import { useId, useState } from 'react';
import { DateField } from './DateField';
import { Dialog } from './Dialog';
import { TextField } from './TextField';
import './MilestoneDialog.css';

export interface MilestoneDialogProps {
  /** Null: closed. */
  milestone: { title: string; date: string } | null;
  mode: 'add' | 'edit';
  /** The launch item it marks, named in the title. */
  itemTitle: string;
  /** "T-14" for the day in the form, or '' when the item has no launch day. */
  offsetOf: (day: string) => string;
  errors: Partial<Record<'title' | 'date' | '', string>>;
  onSave: (fields: { title: string; date: string }) => void;
  onDelete?: () => void;
  onClose: () => void;
}

export function MilestoneDialog(props: MilestoneDialogProps) {
  // A new milestone to show starts a new form (its fields hold the typing until Save).
  const { milestone, mode } = props;
  return (
    <MilestoneForm key={milestone ? `${mode}:${milestone.title}:${milestone.date}` : 'closed'} {...props} />
  );
}

function MilestoneForm({
  milestone,
  mode,
  itemTitle,
  offsetOf,
  errors,
  onSave,
  onDelete,
  onClose,
}: MilestoneDialogProps) {
  const formId = useId();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [date, setDate] = useState(milestone?.date ?? '');
  const offset = date ? offsetOf(date) : '';
  return (
    <Dialog
      title={mode === 'add' ? `Add a milestone to ${itemTitle}` : `Edit milestone of ${itemTitle}`}
      open={milestone !== null}
      onClose={onClose}
      actions={
        <>
          {mode === 'edit' && onDelete && (
            <button
              type="button"
              className="button button--danger milestone-dialog__delete"
              onClick={onDelete}
            >
              Delete
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary">
            {mode === 'add' ? 'Add milestone' : 'Save'}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="milestone-dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ title, date });
        }}
      >
        <TextField label="Title" value={title} onChange={setTitle} error={errors.title} autoFocus required />
        <DateField label="Day" value={date} onChange={setDate} error={errors.date} hint={offset} required />
        {errors[''] && (
          <p role="alert" className="field__error">
            {errors['']}
          </p>
        )}
      </form>
    </Dialog>
  );
}
