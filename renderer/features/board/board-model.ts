/**
 * The board's layout from the workspace: lanes × stages, each cell the visible cards in rank
 * order. Pure, built from the cached list rows, so a change to one card rebuilds cheaply.
 */
import {
  laneKeysOf,
  matchesFilter,
  NO_LANE,
  type BoardFilter,
  type Grouping,
} from '../../../shared/domain/items/board';
import { KINDS, KIND_LABELS } from '../../../shared/domain/primitives';
import { byRank } from '../../../shared/domain/ranks';
import type { Settings } from '../../../shared/domain/settings/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import type { LaunchRow } from '../../../shared/views/launch-rows';

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

function laneOrder(
  ws: Workspace,
  settings: Settings,
  grouping: Grouping,
  keys: Set<string>,
): { key: string; label: string }[] {
  const people = ws.people;
  switch (grouping) {
    case 'none':
      return [{ key: 'all', label: 'All items' }];
    case 'kind':
      return KINDS.map((k) => ({ key: k, label: KIND_LABELS[k] }));
    case 'tier':
      return settings.tiers.map((t) => ({ key: String(t.tier), label: t.name }));
    case 'region':
      return [
        ...settings.regions.map((r) => ({ key: r.code, label: `${r.code} — ${r.name}` })),
        { key: NO_LANE, label: 'No region' },
      ];
    case 'owner':
      return [...keys]
        .filter((k) => k !== NO_LANE)
        .map((k) => ({ key: k, label: people[k]?.name ?? 'Unknown person' }))
        .sort((a, b) => a.label.localeCompare(b.label))
        .concat([{ key: NO_LANE, label: 'Unassigned' }]);
    case 'productArea':
      return [...keys]
        .filter((k) => k !== NO_LANE)
        .sort((a, b) => a.localeCompare(b))
        .map((k) => ({ key: k, label: k }))
        .concat([{ key: NO_LANE, label: 'No product area' }]);
  }
}

export function buildBoard(
  ws: Workspace,
  settings: Settings,
  rows: LaunchRow[],
  grouping: Grouping,
  filter: BoardFilter,
): BoardModel {
  const byLane = new Map<string, LaunchRow[]>();
  const columnCounts = new Map(settings.stages.map((s) => [s.id, 0]));
  let visible = 0;
  let total = 0;
  for (const row of rows) {
    if (row.item.archived) continue;
    total += 1;
    if (
      !matchesFilter(
        row.item,
        filter,
        () => row.searchText,
        () => row.health.health,
      )
    )
      continue;
    visible += 1;
    columnCounts.set(row.item.stageId, (columnCounts.get(row.item.stageId) ?? 0) + 1);
    for (const key of laneKeysOf(row.item, grouping)) {
      const list = byLane.get(key);
      if (list) list.push(row);
      else byLane.set(key, [row]);
    }
  }
  const lanes = laneOrder(ws, settings, grouping, new Set(byLane.keys()))
    // The catch-all lanes (no region, unassigned…) only when something is in them.
    .filter((lane) => lane.key !== NO_LANE || byLane.has(NO_LANE))
    .map(({ key, label }) => {
      const cells = new Map(settings.stages.map((s) => [s.id, [] as LaunchRow[]]));
      const laneRows = byLane.get(key) ?? [];
      for (const row of laneRows) cells.get(row.item.stageId)?.push(row);
      for (const list of cells.values()) list.sort((a, b) => byRank(a.item, b.item));
      return { key, label, cells, count: laneRows.length };
    });
  return { lanes, columnCounts, visible, total };
}
