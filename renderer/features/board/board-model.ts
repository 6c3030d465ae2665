/**
 * The board's layout from the workspace: lanes × stages, each cell the visible cards in rank
 * order. Pure, built from the cached list rows, so a change to one card rebuilds cheaply.
 */
import { matchesFilter, type BoardFilter } from '../../../shared/domain/items/board';
import { byRank } from '../../../shared/domain/ranks';
import type { Settings } from '../../../shared/domain/settings/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import type { LaunchRow } from '../../../shared/views/launch-rows';
import { groupByLane, laneOrder, NO_LANE, type Grouping } from '../../../shared/views/lanes';

export interface Lane {
  key: string;
  label: string;
  /** Stage id → cards in rank order. */
  cells: Map<string, LaunchRow[]>;
  count: number;
}

export interface BoardModel {
  lanes: Lane[];
  /** Stage id → number of distinct visible cards in that column (all lanes). */
  columnCounts: Map<string, number>;
  visible: number;
  total: number;
}

export const cellKey = (stageId: string, laneKey: string) => `${stageId}::${laneKey}`;

export function buildBoard(
  ws: Workspace,
  settings: Settings,
  rows: readonly LaunchRow[],
  grouping: Grouping,
  filter: BoardFilter,
): BoardModel {
  const columnCounts = new Map(settings.stages.map((s) => [s.id, 0]));
  let total = 0;
  const shown = rows.filter((row) => {
    if (row.item.archived) return false;
    total += 1;
    return matchesFilter(
      row.item,
      filter,
      () => row.searchText,
      () => row.health.health,
    );
  });
  for (const row of shown) columnCounts.set(row.item.stageId, (columnCounts.get(row.item.stageId) ?? 0) + 1);
  const byLane = groupByLane(shown, (row) => row.item, grouping);
  const lanes = laneOrder(ws, grouping, byLane.keys())
    // The catch-all lanes (no region, unassigned…) only when something is in them.
    .filter((lane) => lane.key !== NO_LANE || byLane.has(NO_LANE))
    .map(({ key, label }) => {
      const cells = new Map(settings.stages.map((s) => [s.id, [] as LaunchRow[]]));
      const laneRows = byLane.get(key) ?? [];
      for (const row of laneRows) cells.get(row.item.stageId)?.push(row);
      for (const list of cells.values()) list.sort((a, b) => byRank(a.item, b.item));
      return { key, label, cells, count: laneRows.length };
    });
  return { lanes, columnCounts, visible: shown.length, total };
}
