/**
 * Saving a launch item's new dates from any view (a timeline drag, arrow keys on a bar, the
 * editor). Every view goes through here so that moving a launch carries what belongs to it:
 * when the anchor day moves (the launch day, else the start) and milestones, waves or betas
 * belong to the item, the remembered choice decides, or the person is asked (the dialog in
 * App.tsx); the item and everything that moves with it are one undoable change. (The timeline
 * moves a bar by keys in a move mode that saves once, on Enter, so one move asks once.)
 */
import type { Change } from '../../shared/domain/change';
import { updateItem } from '../../shared/domain/items/commands';
import type { LaunchItemFields } from '../../shared/domain/items/schema';
import {
  anchorShift,
  dependantsToShift,
  describeDependants,
  hasDependants,
  updateItemWithDependants,
} from '../../shared/domain/items/shift';
import { recordOf } from '../../shared/domain/workspace';
import { commandContext, run, type CommitOptions, type RunResult } from './changes';
import { useDocument } from './document';
import { askToShift, shiftChoice, type ShiftAnswer } from './shift-dependants';

export type ItemDates = Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'>;

/** Whether to move what belongs to the item with this edit: remembered, asked, or not needed. */
async function decide(itemId: string, patch: Partial<LaunchItemFields>): Promise<ShiftAnswer> {
  const ws = useDocument.getState().workspace;
  const item = recordOf(ws.items, itemId);
  if (!item) return 'only';
  const days = anchorShift(item, { ...item, ...patch });
  if (days === 0) return 'only';
  // An edit the item's own rules refuse (a day in 1900) is not worth a question: saving it
  // shows why on the form.
  try {
    updateItem(ws, itemId, patch, commandContext());
  } catch {
    return 'only';
  }
  const dependants = dependantsToShift(ws, itemId);
  if (!hasDependants(dependants)) return 'only';
  const choice = shiftChoice();
  if (choice !== 'ask') return choice === 'always' ? 'with' : 'only';
  // "A milestone and 2 waves" opens the question's sentence: "… move by +14 days."
  const summary = describeDependants(dependants);
  return askToShift({
    itemTitle: item.title,
    itemKind: item.kind,
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    days,
  });
}

/**
 * Saves an edit of item `itemId` (the editor's fields, or new dates), moving what belongs to
 * it when the person chooses so. Cancelled: nothing is saved and the result is not ok, with no
 * issues to show.
 */
export async function saveItemEdit(
  itemId: string,
  patch: Partial<LaunchItemFields>,
  label?: string,
  options: CommitOptions = {},
): Promise<RunResult<Change>> {
  const answer = await decide(itemId, patch);
  if (answer === 'cancel') return { ok: false, issues: [] };
  return run(
    (ws, ctx) =>
      updateItemWithDependants(ws, itemId, patch, ctx, {
        withDependants: answer === 'with',
        ...(label === undefined ? {} : { label }),
      }),
    options,
  );
}

/** Saves `dates` on the item as one undoable change labelled `label`. */
export async function saveItemDates(
  itemId: string,
  dates: ItemDates,
  label: string,
  options: CommitOptions = {},
): Promise<RunResult<Change>> {
  return saveItemEdit(itemId, dates, label, options);
}
