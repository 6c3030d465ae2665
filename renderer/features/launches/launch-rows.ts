/**
 * The rows of the Launches list: launch items joined with what the table shows (stage name,
 * owner, readiness, health), filtered and sorted. Pure, so sorting rules are unit-tested.
 */
import type { Day } from '../../../shared/dates/days';
import {
  healthOf,
  progressOf,
  readinessByItem,
  type HealthResult,
  type Progress,
} from '../../../shared/domain/health';
import type { LaunchItem } from '../../../shared/domain/launch-item';
import { settingsOf, type Workspace } from '../../../shared/domain/workspace';

export interface LaunchRow {
  item: LaunchItem;
  stageName: string;
  stageIndex: number;
  ownerName: string;
  parentTitle: string;
  progress: Progress;
  health: HealthResult;
}

export const SORT_KEYS = [
  'title',
  'kind',
  'tier',
  'stage',
  'launchDate',
  'owner',
  'readiness',
  'health',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export function buildRows(ws: Workspace, today: Day): LaunchRow[] {
  const settings = settingsOf(ws);
  const stageIndex = new Map(settings.stages.map((s, i) => [s.id, i]));
  const byItem = readinessByItem(ws);
  return Object.values(ws.items).map((item) => {
    const readiness = byItem.get(item.id) ?? [];
    const index = stageIndex.get(item.stageId) ?? -1;
    return {
      item,
      stageName: settings.stages[index]?.name ?? 'Unknown stage',
      stageIndex: index,
      ownerName: item.ownerId ? (ws.people[item.ownerId]?.name ?? '') : '',
      parentTitle: item.parentId ? (ws.items[item.parentId]?.title ?? '') : '',
      progress: progressOf(readiness),
      health: healthOf(item, readiness, today),
    };
  });
}

export function filterRows(rows: LaunchRow[], query: string, showArchived: boolean): LaunchRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (!showArchived && row.item.archived) return false;
    if (!needle) return true;
    const { item } = row;
    return [
      item.title,
      item.productArea,
      row.ownerName,
      row.stageName,
      item.kind,
      item.regions.join(' '),
      item.tags.join(' '),
    ]
      .join(' ')
      .toLowerCase()
      .includes(needle);
  });
}

const HEALTH_ORDER = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 } as const;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: LaunchRow, b: LaunchRow): number {
  switch (key) {
    case 'title':
      return collator.compare(a.item.title, b.item.title);
    case 'kind':
      return collator.compare(a.item.kind, b.item.kind);
    case 'tier':
      return a.item.tier - b.item.tier;
    case 'stage':
      return a.stageIndex - b.stageIndex;
    case 'launchDate':
      return (a.item.launchDate ?? '').localeCompare(b.item.launchDate ?? '');
    case 'owner':
      return collator.compare(a.ownerName, b.ownerName);
    case 'readiness':
      return ratio(a.progress) - ratio(b.progress);
    case 'health':
      return HEALTH_ORDER[a.health.health] - HEALTH_ORDER[b.health.health];
  }
}

function ratio(p: Progress): number {
  return p.total === 0 ? -1 : p.done / p.total;
}

/** Sorts by the key, then launch date, then title; rows without the value go last either way. */
export function sortRows(rows: LaunchRow[], sort: Sort): LaunchRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const missing = (row: LaunchRow) =>
    (sort.key === 'launchDate' && !row.item.launchDate) || (sort.key === 'owner' && !row.ownerName);
  return rows.slice().sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return (
      sign * compareBy(sort.key, a, b) ||
      compareBy('launchDate', a, b) ||
      compareBy('title', a, b) ||
      (a.item.id < b.item.id ? -1 : 1)
    );
  });
}
