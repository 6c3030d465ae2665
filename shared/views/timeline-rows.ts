/**
 * The timeline's rows: one per launch item, grouped by parent launch (betas and rollouts
 * beneath their launch), or like the board's lanes (lanes.ts) by product area, region (an
 * item appears under each of its regions) or kind. Groups collapse. Pure and unit-tested.
 */
import { addDays, startOfMonth, type Day } from '../dates/days';
import type { LaunchItem } from '../domain/items/schema';
import { barEnd, barStart, byBarStart } from '../domain/items/collisions';
import { childrenByParent } from './indexes';
import { activeItemsByLane, GROUPING_LABELS, laneOrder, type Grouping } from './lanes';
import { memoByTables, type TablesOf } from './memo';

export const TIMELINE_GROUPINGS = ['parent', 'productArea', 'region', 'kind'] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];
export const TIMELINE_GROUPING_LABELS: Record<TimelineGrouping, string> = {
  parent: 'Parent launch',
  productArea: GROUPING_LABELS.productArea,
  region: GROUPING_LABELS.region,
  kind: GROUPING_LABELS.kind,
};

export type TimelineRow =
  | { type: 'group'; key: string; label: string; count: number; collapsed: boolean }
  | {
      type: 'item';
      key: string;
      item: LaunchItem;
      depth: number;
      groupKey: string;
      hasChildren: boolean;
      collapsed: boolean;
    };

/** Rows by parent: launches at the top level, each with its betas and rollouts beneath. */
function parentRows(ws: TablesOf<'items'>, collapsed: ReadonlySet<string>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const children = childrenByParent(ws);
  const active = (item: LaunchItem) => !item.archived;
  const top = Object.values(ws.items).filter((item) => {
    const parent = item.parentId ? ws.items[item.parentId] : undefined;
    return active(item) && !(parent && active(parent));
  });
  const visit = (item: LaunchItem, depth: number) => {
    const kids = (children.get(item.id) ?? []).filter(active).sort(byBarStart);
    const isCollapsed = collapsed.has(item.id);
    rows.push({
      type: 'item',
      key: item.id,
      item,
      depth,
      groupKey: item.id,
      hasChildren: kids.length > 0,
      collapsed: isCollapsed,
    });
    // Depth is bounded: parents cannot form loops (the commands refuse them).
    if (!isCollapsed && depth < 8) for (const kid of kids) visit(kid, depth + 1);
  };
  for (const item of top.sort(byBarStart)) visit(item, 0);
  return rows;
}

/**
 * The rows, once per version of the items and settings and per grouping and set of collapsed
 * groups (compared by identity: the view's store replaces the set when it changes).
 */
export const buildTimelineRows = memoByTables(
  ['items', 'settings', 'people'],
  (ws, grouping: TimelineGrouping, collapsed: ReadonlySet<string>): readonly TimelineRow[] => {
    if (grouping === 'parent') return parentRows(ws, collapsed);
    const rows: TimelineRow[] = [];
    const groups = activeItemsByLane(ws, grouping satisfies Grouping);
    for (const { key, label } of laneOrder(ws, grouping, groups.keys())) {
      const list = groups.get(key);
      if (!list?.length) continue;
      const groupKey = `group:${key}`;
      const isCollapsed = collapsed.has(groupKey);
      rows.push({ type: 'group', key: groupKey, label, count: list.length, collapsed: isCollapsed });
      if (!isCollapsed)
        for (const item of [...list].sort(byBarStart))
          rows.push({
            type: 'item',
            key: `${groupKey}/${item.id}`,
            item,
            depth: 1,
            groupKey,
            hasChildren: false,
            collapsed: false,
          });
    }
    return rows;
  },
);

/** The date range shown: every item's dates, and at least half a year back and a year ahead. */
export const timelineRange = memoByTables(['items'], (ws, today: Day): { origin: Day; end: Day } => {
  let first = addDays(today, -180);
  let last = addDays(today, 365);
  for (const item of Object.values(ws.items)) {
    const s = barStart(item);
    const e = barEnd(item);
    if (s && s < first) first = s;
    if (e && e > last) last = e;
  }
  return { origin: startOfMonth(addDays(first, -14)), end: addDays(last, 60) };
});
