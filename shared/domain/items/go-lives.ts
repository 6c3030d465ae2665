/**
 * Go-lives, counted honestly: what Tier-1 capacity and the wave order are judged on.
 *
 * A launch and its own regional waves are one launch going live, not several: for capacity,
 * each *launch* counts once per region. A launch item belongs to the launch found by following
 * `parentId` up through rollouts to the first item that is not a rollout (a rollout without
 * such an ancestor is its own launch; stored parent loops are cut where they close). In each
 * region the launch's go-live day is the earliest launch day of its waves covering the region,
 * or, when no wave covers it, the launch's own launch day. Betas are previews, never go-lives;
 * the tier that counts is the launch's, not the wave's. An archived launch takes its waves out
 * of the plan with it; archived waves are left out.
 */
import type { Day } from '../../dates/days';
import { isoWeekKey } from '../../dates/days';
import { itemList, recordsIn } from '../../views/indexes';
import { memoByTables } from '../../views/memo';
import { recordOf } from '../workspace';
import type { LaunchItem } from './schema';

/** One launch going live in one region. */
export interface GoLive {
  launch: LaunchItem;
  region: string;
  day: Day;
  /** The wave whose launch day set `day`, or null when it is the launch's own day. */
  wave: LaunchItem | null;
}

/**
 * The launch each item belongs to (itself for a launch, a beta or a lone rollout). Walks at
 * most as many parents as there are items, so a stored loop cannot hang it.
 */
export function launchResolver(
  items: Readonly<Record<string, LaunchItem>>,
): (item: LaunchItem) => LaunchItem {
  const owners = new Map<string, LaunchItem>();
  return (item) => {
    // Anything but a rollout is its own launch: no walk and nothing to remember.
    if (item.kind !== 'rollout' || !item.parentId) return item;
    const known = owners.get(item.id);
    if (known) return known;
    const seen = new Set<string>();
    let current = item;
    while (current.kind === 'rollout' && current.parentId && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = recordOf(items, current.parentId);
      if (!parent || seen.has(parent.id)) break;
      current = parent;
    }
    // A chain of rollouts with no launch above them (or closing on itself): the item stands alone.
    const owner = current.kind === 'rollout' ? item : current;
    owners.set(item.id, owner);
    return owner;
  };
}

/** The waves of each launch (rollouts beneath it, not archived, the launch not archived). */
export function wavesByLaunch(
  items: Readonly<Record<string, LaunchItem>>,
  launchOf = launchResolver(items),
  list: Iterable<LaunchItem> = recordsIn(items),
): Map<string, LaunchItem[]> {
  const waves = new Map<string, LaunchItem[]>();
  for (const item of list) {
    if (item.kind !== 'rollout' || item.archived) continue;
    const launch = launchOf(item);
    if (launch === item || launch.archived) continue;
    const found = waves.get(launch.id);
    if (found) found.push(item);
    else waves.set(launch.id, [item]);
  }
  return waves;
}

/** Which launch each item belongs to and each launch's waves, once per version of the items. */
export interface LaunchWaves {
  launchOf: (item: LaunchItem) => LaunchItem;
  waves: ReadonlyMap<string, readonly LaunchItem[]>;
}

export const launchWavesOf = memoByTables(['items'], (ws): LaunchWaves => {
  const launchOf = launchResolver(ws.items);
  return { launchOf, waves: wavesByLaunch(ws.items, launchOf, itemList(ws)) };
});

/** Earlier day first; on one day the lower wave number, then the id: never the storage order. */
function earlier(a: { day: Day; wave: LaunchItem | null }, b: { day: Day; wave: LaunchItem | null }) {
  if (a.day !== b.day) return a.day < b.day;
  const na = a.wave?.wave?.number ?? 0;
  const nb = b.wave?.wave?.number ?? 0;
  if (na !== nb) return na < nb;
  return (a.wave?.id ?? '') < (b.wave?.id ?? '');
}

/** One Tier-1 launch's go-live in each region it reaches (see the rule at the top of this file). */
export function goLivesOfLaunch(launch: LaunchItem, waves: readonly LaunchItem[]): GoLive[] {
  const byRegion = new Map<string, GoLive>();
  for (const wave of waves) {
    if (!wave.launchDate) continue;
    for (const region of wave.regions) {
      const candidate = { launch, region, day: wave.launchDate, wave };
      const held = byRegion.get(region);
      if (!held || earlier(candidate, held)) byRegion.set(region, candidate);
    }
  }
  if (launch.launchDate)
    for (const region of launch.regions)
      if (!byRegion.has(region)) byRegion.set(region, { launch, region, day: launch.launchDate, wave: null });
  return [...byRegion.values()];
}

/** Whether an item counts as a Tier-1 launch going live (not a beta, not a wave, not archived). */
function isTier1Launch(item: LaunchItem, launchOf: (item: LaunchItem) => LaunchItem): boolean {
  return !item.archived && item.kind !== 'beta' && item.tier === 1 && launchOf(item) === item;
}

/** Every Tier-1 launch's go-live per region (see the rule at the top of this file). */
export function tier1GoLives(items: Readonly<Record<string, LaunchItem>>): GoLive[] {
  const launchOf = launchResolver(items);
  const list = recordsIn(items);
  return tier1GoLivesIn(list, launchOf, wavesByLaunch(items, launchOf, list));
}

function tier1GoLivesIn(
  list: readonly LaunchItem[],
  launchOf: (item: LaunchItem) => LaunchItem,
  waves: ReadonlyMap<string, readonly LaunchItem[]>,
): GoLive[] {
  const found: GoLive[] = [];
  for (const launch of list)
    if (isTier1Launch(launch, launchOf)) found.push(...goLivesOfLaunch(launch, waves.get(launch.id) ?? []));
  return found;
}

/** The go-lives of each region and ISO week, keyed `${region}|${week}`. */
export function goLivesByRegionWeek(items: Readonly<Record<string, LaunchItem>>): Map<string, GoLive[]> {
  return slotsOf(tier1GoLives(items));
}

function slotsOf(goLives: readonly GoLive[]): Map<string, GoLive[]> {
  const byKey = new Map<string, GoLive[]>();
  for (const goLive of goLives) {
    const key = `${goLive.region}|${isoWeekKey(goLive.day)}`;
    const list = byKey.get(key);
    if (list) list.push(goLive);
    else byKey.set(key, [goLive]);
  }
  // Earliest first, then by title and id: the order records were stored in must not show.
  // Plain code-point order: localeCompare cost a third of the radar at 10,000 items.
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const list of byKey.values())
    list.sort(
      (a, b) => text(a.day, b.day) || text(a.launch.title, b.launch.title) || text(a.launch.id, b.launch.id),
    );
  return byKey;
}

/**
 * goLivesByRegionWeek of a workspace's items, worked out once per items table: the collision
 * radar and the timeline's capacity marker both read it after every item change.
 */
export const goLivesByRegionWeekOf = memoByTables(['items'], (ws): ReadonlyMap<string, readonly GoLive[]> => {
  const { launchOf, waves } = launchWavesOf(ws);
  return slotsOf(tier1GoLivesIn(itemList(ws), launchOf, waves));
});
