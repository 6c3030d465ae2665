/**
 * Tier-1 capacity by ISO week, for the timeline's capacity lane: each week in which some
 * region is at or over its capacity, with every such region's count, capacity and launches.
 * Counted by the same rule as the capacity collisions (shared/domain/items/go-lives.ts: a
 * launch and its own waves once per region), once per version of the items and settings.
 */
import { capacityOf } from '../domain/settings/schema';
import { goLivesByRegionWeekOf } from '../domain/items/go-lives';
import { settingsOf } from '../domain/workspace';
import { memoByTables } from './memo';

export interface RegionLoad {
  region: string;
  /** Tier-1 launches going live in the region that week. */
  count: number;
  capacity: number;
  /** Their titles, earliest first. */
  launches: string[];
}

export interface WeekLoad {
  /** ISO week, '2026-W50'. */
  week: string;
  /** 'over' when some region is over its capacity, else 'at' (some region exactly at it). */
  level: 'at' | 'over';
  /** The regions at or over capacity that week, fullest first, then by code. */
  regions: RegionLoad[];
}

/** ISO week → its load; weeks with every region below capacity are left out. */
export const capacityByWeek = memoByTables(['items', 'settings'], (ws): ReadonlyMap<string, WeekLoad> => {
  const settings = settingsOf(ws);
  const weeks = new Map<string, WeekLoad>();
  for (const [slot, goLives] of goLivesByRegionWeekOf(ws)) {
    const [region, week] = slot.split('|') as [string, string];
    const capacity = capacityOf(settings, region);
    if (goLives.length < capacity) continue;
    const load: RegionLoad = {
      region,
      count: goLives.length,
      capacity,
      launches: goLives.map((g) => g.launch.title),
    };
    const entry = weeks.get(week);
    if (entry) entry.regions.push(load);
    else weeks.set(week, { week, level: 'at', regions: [load] });
  }
  for (const entry of weeks.values()) {
    entry.regions.sort(
      (a, b) => b.count - b.capacity - (a.count - a.capacity) || (a.region < b.region ? -1 : 1),
    );
    if (entry.regions.some((r) => r.count > r.capacity)) entry.level = 'over';
  }
  return weeks;
});

/** "NA: 2 of 1 (over) — Instant payouts, Payment Links v2; EU: 1 of 1 (at capacity) — …". */
export function describeWeekLoad(load: WeekLoad): string {
  return load.regions
    .map(
      (r) =>
        `${r.region}: ${r.count} of ${r.capacity} Tier-1 (${r.count > r.capacity ? 'over capacity' : 'at capacity'}) — ${r.launches.join(', ')}`,
    )
    .join('; ');
}
