/**
 * Which records an export covers (CSV, iCalendar; the app and the command line alike): some
 * launches, one region, a range of days. A filter left out (undefined or null) lets everything
 * through, so `{}` is the whole workspace.
 *
 * - `itemIds`: the chosen launch items and everything beneath them (a launch with its betas and
 *   rollout waves), as a launch's calendar is expected to show its waves. An empty list chooses
 *   nothing.
 * - `region`: items planned for that region code, as the board's region filter reads it (an
 *   item with no regions is in none).
 * - `from`/`to`: items whose days (start, launch, end: whichever are set) overlap the range,
 *   both ends included; an item without any day is outside every range.
 */
import type { Day } from '../dates/days';
import type { LaunchItem } from '../domain/items/schema';
import { recordOf, type Workspace } from '../domain/workspace';

export interface ExportFilters {
  itemIds?: string[] | null;
  region?: string | null;
  from?: Day | null;
  to?: Day | null;
}

/** The first and last day a record occupies. */
export interface DaySpan {
  first: Day;
  last: Day;
}

/** The days an item occupies (its start, launch and end, whichever are set), or null when undated. */
export function itemSpan(item: Pick<LaunchItem, 'startDate' | 'launchDate' | 'endDate'>): DaySpan | null {
  const days = [item.startDate, item.launchDate, item.endDate].filter((d): d is Day => d !== null);
  if (days.length === 0) return null;
  // Days compare as 'yyyy-MM-dd' text.
  days.sort();
  return { first: days[0]!, last: days[days.length - 1]! };
}

/** Whether a span of days overlaps the filters' range (no range: always). */
export function spanInRange(span: DaySpan | null, filters: ExportFilters): boolean {
  if (!filters.from && !filters.to) return true;
  if (span === null) return false;
  return (!filters.from || span.last >= filters.from) && (!filters.to || span.first <= filters.to);
}

/** Whether the item or one of its ancestors is chosen (a parent loop, from an old record, ends the walk). */
function withinChosen(ws: Pick<Workspace, 'items'>, item: LaunchItem, chosen: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  let current: LaunchItem | undefined = item;
  while (current && !seen.has(current.id)) {
    if (chosen.has(current.id)) return true;
    seen.add(current.id);
    current = current.parentId ? recordOf(ws.items, current.parentId) : undefined;
  }
  return false;
}

/**
 * A test for launch items against the filters, built once per export (the chosen ids become a
 * set): exports run it over every item of a large workspace.
 */
export function itemFilter(
  ws: Pick<Workspace, 'items'>,
  filters: ExportFilters = {},
): (item: LaunchItem) => boolean {
  const chosen = filters.itemIds ? new Set(filters.itemIds) : null;
  const region = filters.region || null;
  const ranged = Boolean(filters.from || filters.to);
  return (item) =>
    (region === null || item.regions.includes(region)) &&
    (chosen === null || withinChosen(ws, item, chosen)) &&
    (!ranged || spanInRange(itemSpan(item), filters));
}

/**
 * Launch items in the order every export and brief lists them: by launch day (undated last),
 * then title in any case, then id. Plain code-unit comparisons: the same order on every
 * machine and locale.
 */
export function compareItems(a: LaunchItem, b: LaunchItem): number {
  return compareKeys(sortKey(a), sortKey(b));
}

interface SortKey {
  launchDate: Day | null;
  title: string;
  id: string;
}

const sortKey = (item: LaunchItem): SortKey => ({
  launchDate: item.launchDate,
  title: item.title.toLowerCase(),
  id: item.id,
});

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.launchDate !== b.launchDate) {
    if (a.launchDate === null) return 1;
    if (b.launchDate === null) return -1;
    return a.launchDate < b.launchDate ? -1 : 1;
  }
  // Plain code-unit order, not localeCompare: the same bytes on every machine and locale.
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The launch items the filters cover, in export order. Each item's sort key is made once
 * (lower-casing titles inside the comparison made garbage enough to slow 10,000 items down).
 */
export function filteredItems(ws: Pick<Workspace, 'items'>, filters: ExportFilters = {}): LaunchItem[] {
  const test = itemFilter(ws, filters);
  return inExportOrder(Object.values(ws.items).filter(test));
}

/**
 * `items` sorted as compareItems sorts them, each item's key made once: sorting with
 * compareItems itself lower-cases two titles per comparison (about 280,000 for 10,000 items).
 */
export function inExportOrder(items: readonly LaunchItem[]): LaunchItem[] {
  const keyed = items.map((item) => ({ key: sortKey(item), item }));
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map((entry) => entry.item);
}
