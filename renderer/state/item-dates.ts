/**
 * Saving a launch item's new dates from any view (a timeline drag, arrow keys on a bar, the
 * editor). Every view goes through here so that moving a launch can carry what belongs to it.
 */
import { updateItem } from '../../shared/domain/items/commands';
import type { LaunchItemFields } from '../../shared/domain/items/schema';
import { run, type CommitOptions } from './changes';

export type ItemDates = Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'>;

/** Saves `dates` on the item as one undoable change labelled `label`. */
export async function saveItemDates(
  itemId: string,
  dates: ItemDates,
  label: string,
  options: CommitOptions = {},
): Promise<void> {
  await run((ws, ctx) => updateItem(ws, itemId, dates, ctx, label), options);
}
