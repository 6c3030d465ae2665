/**
 * Saving a launch item's new dates from any view (a timeline drag, arrow keys on a bar, the
 * editor). Every view goes through here so that moving a launch carries what belongs to it:
 * when the anchor day moves (the launch day, else the start) and milestones, waves or betas
 * belong to the item, the remembered choice decides, or the person is asked (the dialog in
 * App.tsx); the item and everything that moves with it are one undoable change. A burst of
 * presses (one squashKey, held arrow keys) asks at most once and reuses the answer.
 */
import type { Change } from '../../shared/domain/change';
import { updateItem } from '../../shared/domain/items/commands';
import type { LaunchItemFields } from '../../shared/domain/items/schema';
import {
  anchorShift,
  dependantsToShift,
  hasDependants,
  updateItemWithDependants,
} from '../../shared/domain/items/shift';
import { recordOf } from '../../shared/domain/workspace';
import { commandContext, run, SQUASH_WINDOW_MS, type CommitOptions, type RunResult } from './changes';
import { useDocument } from './document';
import { askToShift, shiftChoice, type ShiftAnswer } from './shift-dependants';

export type ItemDates = Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'>;

/** The answer given in the current burst of presses, reused while it lasts. */
let burst: { key: string; at: number; answer: Promise<ShiftAnswer> } | null = null;

/** "3 milestones, 2 waves, 1 beta" for the question. */
function summaryOf(counts: { milestones: number; waves: number; betas: number }): string {
  const part = (n: number, one: string, many: string) => (n ? `${n} ${n === 1 ? one : many}` : '');
  return [
    part(counts.milestones, 'milestone', 'milestones'),
    part(counts.waves, 'wave', 'waves'),
    part(counts.betas, 'beta', 'betas'),
  ]
    .filter(Boolean)
    .join(', ');
}

/** Whether to move what belongs to the item with this edit: remembered, asked, or not needed. */
async function decide(
  itemId: string,
  patch: Partial<LaunchItemFields>,
  squashKey?: string,
): Promise<ShiftAnswer> {
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
  const now = performance.now();
  if (squashKey && burst?.key === squashKey && now - burst.at < SQUASH_WINDOW_MS) {
    burst.at = now;
    return burst.answer;
  }
  const answer = askToShift({
    itemTitle: item.title,
    itemKind: item.kind,
    summary: summaryOf(dependants.counts),
    days,
  });
  burst = squashKey ? { key: squashKey, at: now, answer } : null;
  const given = await answer;
  // The burst lasts from the answer on, not from the question (the dialog may take a while).
  if (burst?.answer === answer) burst.at = performance.now();
  return given;
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
  const answer = await decide(itemId, patch, options.squashKey);
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
