/**
 * Grouping launch items into lanes: the board's swimlanes and the timeline's groups (by kind,
 * tier, region, owner or product area). Which lanes an item is in, the order and labels of the
 * lanes, and the fields an item takes on in a lane are written here once for both views.
 */
import type { LaunchItem, LaunchItemFields } from '../domain/items/schema';
import { KIND_LABELS, KINDS, type Kind, type Tier } from '../domain/primitives';
import { recordOf, settingsOf, type Workspace } from '../domain/workspace';
import { pushTo } from './indexes';
import { memoByTables } from './memo';

export const GROUPINGS = ['none', 'kind', 'tier', 'region', 'owner', 'productArea'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const GROUPING_LABELS: Record<Grouping, string> = {
  none: 'No swimlanes',
  kind: 'Kind',
  tier: 'Tier',
  region: 'Region',
  owner: 'Owner',
  productArea: 'Product area',
};

/** The lane key of items without a value (no region, no owner, no product area). */
export const NO_LANE = '';

export interface LaneInfo {
  key: string;
  label: string;
}

/** The lanes an item appears in: one, except by region, where it is in each of its regions. */
export function laneKeysOf(item: LaunchItem, grouping: Grouping): string[] {
  switch (grouping) {
    case 'none':
      return ['all'];
    case 'kind':
      return [item.kind];
    case 'tier':
      return [String(item.tier)];
    case 'region':
      return item.regions.length ? item.regions : [NO_LANE];
    case 'owner':
      return [item.ownerId ?? NO_LANE];
    case 'productArea':
      return [item.productArea.trim() || NO_LANE];
  }
}

/** Values grouped by lane key (a value is in each lane its item is in), in the order given. */
export function groupByLane<V>(values: Iterable<V>, itemOf: (value: V) => LaunchItem, grouping: Grouping) {
  const byLane = new Map<string, V[]>();
  for (const value of values)
    for (const key of laneKeysOf(itemOf(value), grouping)) pushTo(byLane, key, value);
  return byLane;
}

const byLabel = (a: LaneInfo, b: LaneInfo) => a.label.localeCompare(b.label);

/**
 * The lanes of a grouping in display order, with their labels. Fixed lists (kinds, tiers,
 * regions) come in their own order, every lane whether used or not; owners and product areas
 * come from `keys` (the lanes in use), alphabetically. The catch-all lane (no region,
 * unassigned…) is last; callers show it only when something is in it.
 */
export function laneOrder(
  ws: Pick<Workspace, 'settings' | 'people'>,
  grouping: Grouping,
  keys: Iterable<string>,
): LaneInfo[] {
  const settings = settingsOf(ws);
  const used = () => [...keys].filter((k) => k !== NO_LANE);
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
      return used()
        .map((k) => ({ key: k, label: recordOf(ws.people, k)?.name ?? 'Unknown person' }))
        .sort(byLabel)
        .concat([{ key: NO_LANE, label: 'Unassigned' }]);
    case 'productArea':
      return used()
        .map((k) => ({ key: k, label: k }))
        .sort(byLabel)
        .concat([{ key: NO_LANE, label: 'No product area' }]);
  }
}

/** Launch items that are not archived, grouped by lane: what both views lay out. */
export const activeItemsByLane = memoByTables(
  ['items'],
  (ws, grouping: Grouping): ReadonlyMap<string, readonly LaunchItem[]> =>
    groupByLane(
      Object.values(ws.items).filter((item) => !item.archived),
      (item) => item,
      grouping,
    ),
);

/** The value a lane stands for, as the field an item in that lane has (region aside). */
function laneValue(grouping: Exclude<Grouping, 'none' | 'region'>, key: string): Partial<LaunchItemFields> {
  switch (grouping) {
    case 'kind':
      return { kind: key as Kind };
    case 'tier':
      return { tier: Number(key) as Tier };
    case 'owner':
      return { ownerId: key === NO_LANE ? null : key };
    case 'productArea':
      return { productArea: key };
  }
}

/** What a new item added in a lane takes from that lane. */
export function laneDefaults(grouping: Grouping, key: string): Partial<LaunchItemFields> {
  if (grouping === 'none') return {};
  if (grouping === 'region') return { regions: key === NO_LANE ? [] : [key] };
  return laneValue(grouping, key);
}

/** The fields an item takes on when it is dropped from lane `from` into lane `to`. */
export function laneFields(
  item: LaunchItem,
  grouping: Grouping,
  from: string,
  to: string,
): Partial<LaunchItem> {
  if (from === to || grouping === 'none') return {};
  if (grouping !== 'region') return laneValue(grouping, to);
  // Leaves the lane it was dragged from and joins the one it was dropped in.
  const regions = item.regions.filter((r) => r !== from);
  if (to !== NO_LANE && !regions.includes(to)) regions.push(to);
  return { regions };
}
