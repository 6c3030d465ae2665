/**
 * The dialogs that belong to moving a launch and to its milestones, mounted once by App.tsx:
 * the question when a launch's dates move (state/shift-dependants.ts) and the milestone dialog
 * (state/milestone-dialog.ts), which runs the milestone commands and shows their errors.
 */
import { useState } from 'react';
import { isDay, tMinusLabel } from '../../shared/dates/days';
import { createMilestone, deleteMilestone, updateMilestone } from '../../shared/domain/milestones/commands';
import { recordOf } from '../../shared/domain/workspace';
import { run, undo } from '../state/changes';
import { useDocument } from '../state/document';
import { closeMilestoneDialog, useMilestoneDialog } from '../state/milestone-dialog';
import { answerShift, useShiftDependants } from '../state/shift-dependants';
import { showToast } from '../state/window';
import { MilestoneDialog } from '../ui/MilestoneDialog';
import { ShiftDependantsDialog } from '../ui/ShiftDependantsDialog';

export function ShiftDialogs() {
  const question = useShiftDependants((s) => s.question);
  return (
    <>
      <ShiftDependantsDialog question={question} onAnswer={answerShift} />
      <MilestoneDialogHost />
    </>
  );
}

/** "T-14 from the launch day" for a day against a launch day; '' while the day is unfinished. */
function offsetLabel(launchDate: string | null, day: string): string {
  return launchDate && isDay(day) ? `${tMinusLabel(launchDate, day)} from the launch day` : '';
}

type MilestoneForm = { title: string; date: string };

/**
 * The fields a person changed in the edit dialog, against what it opened with: only these are
 * sent, so a drag of the milestone in another window while the dialog is open is not undone
 * by saving a title edit (and a Save with nothing changed sends nothing).
 */
export function editedFields(initial: MilestoneForm, fields: MilestoneForm): Partial<MilestoneForm> {
  const edited: Partial<MilestoneForm> = {};
  if (fields.title !== initial.title) edited.title = fields.title;
  if (fields.date !== initial.date) edited.date = fields.date;
  return edited;
}

function MilestoneDialogHost() {
  const dialog = useMilestoneDialog((s) => s.dialog);
  const milestone = useDocument((s) =>
    dialog.mode === 'edit' ? recordOf(s.workspace.milestones, dialog.milestoneId) : undefined,
  );
  const itemId = dialog.mode === 'add' ? dialog.itemId : milestone?.itemId;
  const item = useDocument((s) => (itemId ? recordOf(s.workspace.items, itemId) : undefined));
  const [errors, setErrors] = useState<Partial<Record<'title' | 'date' | '', string>>>({});
  const [initial, setInitial] = useState<MilestoneForm | null>(null);
  // A dialog opened: the form starts from the milestone as it is now, without old errors.
  const [shown, setShown] = useState(dialog);
  if (shown !== dialog) {
    setShown(dialog);
    setErrors({});
    setInitial(
      dialog.mode === 'closed'
        ? null
        : dialog.mode === 'add'
          ? { title: '', date: item?.launchDate ?? '' }
          : milestone
            ? { title: milestone.title, date: milestone.date }
            : null,
    );
  }
  // Deleted in another window, or its launch item: nothing left to edit.
  const open = initial !== null && item !== undefined && (dialog.mode === 'add' || milestone !== undefined);

  const save = async (fields: MilestoneForm) => {
    const edited = dialog.mode === 'edit' && initial ? editedFields(initial, fields) : fields;
    if (dialog.mode === 'edit' && Object.keys(edited).length === 0) return closeMilestoneDialog();
    const result = await run((ws, ctx) =>
      dialog.mode === 'edit'
        ? updateMilestone(ws, dialog.milestoneId, edited)
        : createMilestone(ws, { itemId: itemId!, ...fields }, ctx),
    );
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((i) => [i.path, i.message])));
      return;
    }
    closeMilestoneDialog();
    const change = 'change' in result.value ? result.value.change : result.value;
    showToast({ tone: 'info', message: change.label, action: { label: 'Undo', run: undo } }, 6000);
  };
  const remove = async () => {
    if (dialog.mode !== 'edit') return;
    const result = await run((ws) => deleteMilestone(ws, dialog.milestoneId));
    closeMilestoneDialog();
    if (result.ok)
      showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } }, 8000);
  };
  return (
    <MilestoneDialog
      milestone={open ? initial : null}
      mode={dialog.mode === 'edit' ? 'edit' : 'add'}
      itemTitle={item?.title ?? ''}
      offsetOf={(day) => offsetLabel(item?.launchDate ?? null, day)}
      errors={errors}
      onSave={(fields) => void save(fields)}
      {...(dialog.mode === 'edit' ? { onDelete: () => void remove() } : {})}
      onClose={closeMilestoneDialog}
    />
  );
}
