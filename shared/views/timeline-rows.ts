/**
 * The timeline's rows: one per launch item, grouped by parent launch (betas and rollouts
 * beneath their launch), product area, region (an item appears under each of its regions)
 * or kind. Groups collapse. Pure and unit-tested.
 */
import { KIND_LABELS, KINDS } from '../domain/primitives';
import type { LaunchItem } from '../domain/items/schema';
import { barStart } from '../domain/items/collisions';
import { settingsOf, type Workspace } from '../domain/workspace';

export const TIMELINE_GROUPINGS = ['parent', 'productArea', 'region', 'kind'] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];
export const TIMELINE_GROUPING_LABELS: Record<TimelineGrouping, string> = {
  parent: 'Parent launch',
  productArea: 'Product area',
  region: 'Region',
  kind: 'Kind',
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

/** Earliest first; undated items last; then by title. */
function byDate(a: LaunchItem, b: LaunchItem): number {
  const da = barStart(a);
  const db = barStart(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.title.localeCompare(b.title);
}

export function buildTimelineRows(
  ws: Workspace,
  grouping: TimelineGrouping,
  collapsed: ReadonlySet<string>,
): TimelineRow[] {
  const items = Object.values(ws.items).filter((i) => !i.archived);
  const rows: TimelineRow[] = [];
  if (grouping === 'parent') {
    const children = new Map<string, LaunchItem[]>();
    const top: LaunchItem[] = [];
    for (const item of items) {
      const parent = item.parentId ? ws.items[item.parentId] : undefined;
      if (parent && !parent.archived) {
        const list = children.get(parent.id);
        if (list) list.push(item);
        else children.set(parent.id, [item]);
      } else top.push(item);
    }
    const visit = (item: LaunchItem, depth: number) => {
      const kids = children.get(item.id)?.sort(byDate) ?? [];
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
    for (const item of top.sort(byDate)) visit(item, 0);
    return rows;
  }
  const groups = new Map<string, LaunchItem[]>();
  const add = (key: string, item: LaunchItem) => {
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    if (grouping === 'kind') add(item.kind, item);
    else if (grouping === 'productArea') add(item.productArea.trim(), item);
    else if (item.regions.length === 0) add('', item);
    else for (const region of item.regions) add(region, item);
  }
  const settings = settingsOf(ws);
  const order: { key: string; label: string }[] =
    grouping === 'kind'
      ? KINDS.map((k) => ({ key: k, label: KIND_LABELS[k] }))
      : grouping === 'region'
        ? [
            ...settings.regions.map((r) => ({ key: r.code, label: `${r.code} — ${r.name}` })),
            { key: '', label: 'No region' },
          ]
        : [...groups.keys()]
            .filter((k) => k !== '')
            .sort((a, b) => a.localeCompare(b))
            .map((k) => ({ key: k, label: k }))
            .concat([{ key: '', label: 'No product area' }]);
  for (const { key, label } of order) {
    const list = groups.get(key);
    if (!list?.length) continue;
    const groupKey = `group:${key}`;
    const isCollapsed = collapsed.has(groupKey);
    rows.push({ type: 'group', key: groupKey, label, count: list.length, collapsed: isCollapsed });
    if (!isCollapsed)
      for (const item of list.sort(byDate))
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
}
