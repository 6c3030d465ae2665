/**
 * The timeline's rows: one per launch item, grouped by parent launch (betas and rollouts
 * beneath their launch), or like the board's lanes (lanes.ts) by product area, region (an
 * item appears under each of its regions) or kind. Groups collapse. Pure and unit-tested.
 */
import {
  addDays,
  clampDay,
  PLANNING_FIRST_DAY,
  PLANNING_LAST_DAY,
  startOfMonth,
  type Day,
} from '../dates/days';
import type { LaunchItem } from '../domain/items/schema';
import { recordOf } from '../domain/workspace';
import { barEnd, barStart, byBarStart } from '../domain/items/collisions';
import { childrenByParent, itemList } from './indexes';
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

/**
 * Rows by parent: launches at the top level, each with its betas and rollouts beneath. Items
 * whose parent chain never reaches a top-level launch (a loop of parents stored before the
 * rules refused it) still get rows: the earliest at the top level, the others beneath it.
 * Built in a few passes over the items with no per-row copies: at 10,000 items it runs on
 * every item change, before the first bar can be drawn.
 */
function parentRows(ws: TablesOf<'items'>, collapsed: ReadonlySet<string>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const items = itemList(ws);
  const children = childrenByParent(ws);
  // Each item's active children in bar order, sorted once.
  const kidsOf = new Map<string, LaunchItem[]>();
  const activeKids = (id: string): readonly LaunchItem[] => {
    let kids = kidsOf.get(id);
    if (!kids) {
      const all = children.get(id);
      kids = all ? all.filter((kid) => !kid.archived).sort(byBarStart) : [];
      kidsOf.set(id, kids);
    }
    return kids;
  };
  const roots: LaunchItem[] = [];
  for (const item of items) {
    if (item.archived) continue;
    const parent = item.parentId ? recordOf(ws.items, item.parentId) : undefined;
    if (!parent || parent.archived) roots.push(item);
  }
  roots.sort(byBarStart);
  // Everything beneath a root, shown or collapsed; what is left hangs off a loop of parents.
  const reached = new Set<string>();
  const reach = (id: string) => {
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (reached.has(next)) continue;
      reached.add(next);
      for (const kid of activeKids(next)) stack.push(kid.id);
    }
  };
  for (const root of roots) reach(root.id);
  if (reached.size < items.length) {
    const stranded = items.filter((item) => !item.archived && !reached.has(item.id));
    for (const item of stranded.sort(byBarStart))
      if (!reached.has(item.id)) {
        roots.push(item);
        reach(item.id);
      }
  }
  const drawn = new Set<string>();
  const visit = (item: LaunchItem, depth: number) => {
    drawn.add(item.id);
    const kids = activeKids(item.id);
    // A kid already drawn closes a loop of parents: it is not drawn twice.
    const shown = kids.some((kid) => drawn.has(kid.id)) ? kids.filter((kid) => !drawn.has(kid.id)) : kids;
    const isCollapsed = collapsed.has(item.id);
    rows.push({
      type: 'item',
      key: item.id,
      item,
      depth,
      groupKey: item.id,
      hasChildren: shown.length > 0,
      collapsed: isCollapsed,
    });
    if (!isCollapsed && depth < 8) for (const kid of shown) visit(kid, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}

/**
 * Nothing collapsed: a window's state until a group is closed, and the rows a collapsed item is
 * looked for in. One set, so that every caller shares the memoised rows (the set is compared by
 * identity): at 10,000 items a second copy was a second build of every row.
 */
export const NOTHING_COLLAPSED: ReadonlySet<string> = new Set();

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

/** The first and last day of the items' bars (null: no item has one). */
export interface DaySpan {
  first: Day | null;
  last: Day | null;
}

/**
 * Every item's earliest start and latest end. A date outside the planning range (2000–2100;
 * stored before commands refused it) counts as the range's edge rather than stretching the
 * axis over a century or more.
 */
export const itemDaySpan = memoByTables(['items'], (ws): DaySpan => {
  let first: Day | null = null;
  let last: Day | null = null;
  for (const item of itemList(ws)) {
    const s = barStart(item);
    const e = barEnd(item);
    if (s && (first === null || s < first)) first = s;
    if (e && (last === null || e > last)) last = e;
  }
  const clamp = (day: Day | null) => day && clampDay(day, PLANNING_FIRST_DAY, PLANNING_LAST_DAY);
  return { first: clamp(first), last: clamp(last) };
});

/** The date range shown for the items' span: at least half a year back and a year ahead of today. */
export function rangeAround(span: DaySpan, today: Day): { origin: Day; end: Day } {
  const back = addDays(today, -180);
  const ahead = addDays(today, 365);
  const first = span.first !== null && span.first < back ? span.first : back;
  const last = span.last !== null && span.last > ahead ? span.last : ahead;
  return { origin: startOfMonth(addDays(first, -14)), end: addDays(last, 60) };
}

/** The date range shown: every item's dates, and at least half a year back and a year ahead. */
export const timelineRange = memoByTables(['items'], (ws, today: Day): { origin: Day; end: Day } =>
  rangeAround(itemDaySpan(ws), today),
);
