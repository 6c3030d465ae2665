/**
 * Whether this window's milestone dialog is open, and for what: adding a milestone to a launch
 * item (from the palette's "Add milestone…", the timeline or the launch page) or editing one
 * (Enter or a double-click on a timeline diamond). App.tsx mounts the dialog.
 */
import { create } from 'zustand';

export type MilestoneDialogState =
  { mode: 'closed' } | { mode: 'add'; itemId: string } | { mode: 'edit'; milestoneId: string };

export const useMilestoneDialog = create<{ dialog: MilestoneDialogState }>()(() => ({
  dialog: { mode: 'closed' },
}));

export function openMilestoneDialog(dialog: Exclude<MilestoneDialogState, { mode: 'closed' }>): void {
  useMilestoneDialog.setState({ dialog });
}

export function closeMilestoneDialog(): void {
  useMilestoneDialog.setState({ dialog: { mode: 'closed' } });
}
