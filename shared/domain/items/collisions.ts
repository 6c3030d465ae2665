/**
 * The collision radar: (a) a launch date inside a blackout window for one of the item's
 * regions (a window without regions applies to all), (b) more Tier-1 go-lives in one region
 * and ISO week than the workspace's capacity, (c) a dependency that ends after the item that
 * depends on it starts. Betas are previews, not go-lives, so they do not count towards (b).
 * Archived items and items without the dates a rule needs are left out.
 */
import { formatDay, isoWeekKey, type Day } from '../../dates/days';
import type { LaunchItem } from './schema';
import { countOf } from '../text';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { pushTo } from '../../views/indexes';

export type Collision =
  | { kind: 'blackout'; itemIds: [string]; blackoutId: string; message: string }
  | { kind: 'capacity'; itemIds: string[]; region: string; week: string; message: string }
  | { kind: 'dependency'; itemIds: [string, string]; message: string };

/** Where a bar starts: its start date, or its launch date when it has none. */
export function barStart(item: LaunchItem): Day | null {
  return item.startDate ?? item.launchDate ?? item.endDate;
}

/** Where a bar ends: a rollout's end date, otherwise the launch date (or the start). */
export function barEnd(item: LaunchItem): Day | null {
  if (item.kind === 'rollout' && item.endDate) return item.endDate;
  return item.launchDate ?? item.endDate ?? item.startDate;
}

/** Earliest bar first, undated last; then by title (the timeline's and the matrix's order). */
export function byBarStart(a: LaunchItem, b: LaunchItem): number {
  const da = barStart(a);
  const db = barStart(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.title.localeCompare(b.title);
}

export function findCollisions(ws: Pick<Workspace, 'items' | 'blackouts' | 'settings'>): Collision[] {
  const settings = settingsOf(ws);
  const items = Object.values(ws.items).filter((i) => !i.archived);
  const found: Collision[] = [];

  const blackouts = Object.values(ws.blackouts);
  for (const item of items) {
    const day = item.launchDate;
    if (!day) continue;
    for (const b of blackouts) {
      if (day < b.start || day > b.end) continue;
      const regions =
        b.regions.length === 0 ? item.regions : item.regions.filter((r) => b.regions.includes(r));
      if (b.regions.length > 0 && regions.length === 0) continue;
      const where = b.regions.length === 0 ? 'all regions' : regions.join(', ');
      found.push({
        kind: 'blackout',
        itemIds: [item.id],
        blackoutId: b.id,
        message: `“${item.title}” launches on ${formatDay(day)}, inside “${b.title}” (${formatDay(b.start)} – ${formatDay(b.end)}, ${where}).`,
      });
    }
  }

  const perRegionWeek = new Map<string, LaunchItem[]>();
  for (const item of items) {
    if (item.tier !== 1 || item.kind === 'beta' || !item.launchDate) continue;
    const week = isoWeekKey(item.launchDate);
    for (const region of item.regions) {
      pushTo(perRegionWeek, `${region}|${week}`, item);
    }
  }
  const capacity = settings.tier1CapacityPerRegionWeek;
  for (const [key, list] of perRegionWeek) {
    if (list.length <= capacity) continue;
    const [region, week] = key.split('|') as [string, string];
    // Earliest bar first, then by id: the message must not depend on the order items were stored in.
    list.sort((a, b) => byBarStart(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    found.push({
      kind: 'capacity',
      itemIds: list.map((i) => i.id),
      region,
      week,
      message: `${countOf(list.length, 'Tier-1 go-live')} in ${region} in week ${week} (capacity ${capacity}): ${list.map((i) => `“${i.title}”`).join(', ')}.`,
    });
  }

  for (const item of items) {
    const starts = barStart(item);
    if (!starts) continue;
    for (const depId of item.dependsOn) {
      const dep = recordOf(ws.items, depId);
      if (!dep || dep.archived) continue;
      const ends = barEnd(dep);
      if (!ends || ends <= starts) continue;
      found.push({
        kind: 'dependency',
        itemIds: [item.id, dep.id],
        message: `“${item.title}” starts on ${formatDay(starts)}, before “${dep.title}”, which it depends on, ends on ${formatDay(ends)}.`,
      });
    }
  }
  return found;
}

/** Collisions by item id, for marking bars. */
export function collisionsByItem(collisions: readonly Collision[]): Map<string, Collision[]> {
  const byItem = new Map<string, Collision[]>();
  for (const c of collisions) for (const id of c.itemIds) pushTo(byItem, id, c);
  return byItem;
}
