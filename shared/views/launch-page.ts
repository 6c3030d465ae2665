/**
 * Read models of the launch page: an item's rollout (its betas and regional waves, each with
 * the facts the Rollout tab lists). Memoised per version of the tables they read (memo.ts), so switching tabs or re-rendering the page recomputes
 * nothing. Health and readiness progress come from the launch rows (launch-rows.ts), the one
 * place they are worked out.
 */
import type { Day } from '../dates/days';
import { openSignOffsOf } from '../domain/readiness/rules';
import type { ReadinessItem } from '../domain/readiness/schema';
import { childrenByParent, NONE } from './indexes';
import { rowsById, type LaunchRow } from './launch-rows';
import { memoByTables } from './memo';
import { readinessByItem } from './readiness';

export interface RolloutRow {
  row: LaunchRow;
  /** Required sign-offs not yet done (or marked not needed). */
  openSignOffs: readonly ReadinessItem[];
}

/**
 * An item's children (betas and rollout waves), archived ones left out, by start (or launch)
 * day, undated ones last, then by title.
 */
export const rolloutOf = memoByTables(
  ['items', 'readiness', 'settings', 'people', 'decisions', 'blackouts', 'acknowledgements'],
  (ws, itemId: string, today: Day): readonly RolloutRow[] => {
    const rows = rowsById(ws, today);
    const readiness = readinessByItem(ws);
    const sortDay = (row: LaunchRow) => row.item.startDate ?? row.item.launchDate ?? '\uffff';
    return (childrenByParent(ws).get(itemId) ?? NONE)
      .filter((child) => !child.archived)
      .map((child) => rows.get(child.id)!)
      .sort((a, b) => sortDay(a).localeCompare(sortDay(b)) || a.titleKey.localeCompare(b.titleKey))
      .map((row) => ({ row, openSignOffs: openSignOffsOf(readiness.get(row.item.id) ?? NONE) }));
  },
);
