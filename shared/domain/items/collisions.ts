/**
 * The collision radar: (a) a launch date inside a blackout window for one of the item's
 * regions (a window without regions applies to all), (b) more Tier-1 launches going live in
 * one region and ISO week than that region's capacity — a launch and its own waves counted
 * once (go-lives.ts says how), (c) a dependency that ends after the item that depends on it
 * starts, (d) a wave going live before its launch, or before the wave numbered before it.
 * Archived items and items without the dates a rule needs are left out.
 *
 * A collision's message is worded on first read (a getter that keeps its text): at 10,000
 * items the radar finds thousands, and a screen reads the few it shows.
 *
 * Each collision has a `key`, stable while the same records collide for the same reason (an
 * acknowledgement is stored under it), and a `fingerprint`: the dates and members it was
 * worked out from. An acknowledgement holds the fingerprint it was given; when the collision's
 * differs (a date moved, another launch joined the week) it shows as open again.
 */
import { formatDay, type Day } from '../../dates/days';
import type { LaunchItem } from './schema';
import { countOf } from '../text';
import { capacityOf } from '../settings/schema';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { itemList, pushTo } from '../../views/indexes';
import type { BlackoutWindow } from '../blackouts/schema';
import { goLivesByRegionWeekOf, launchWavesOf, type GoLive } from './go-lives';

interface Common {
  /** Stable while the same records collide for the same reason: `capacity:NA:2026-W50`. */
  key: string;
  /** The dates and members the collision was worked out from. */
  fingerprint: string;
  message: string;
}

export type Collision = Common &
  (
    | { kind: 'blackout'; itemIds: [string]; blackoutId: string }
    | {
        kind: 'capacity';
        /** Each launch going live, and the wave that set its day where one did. */
        itemIds: string[];
        /** The launches counted (one go-live each). */
        launchIds: string[];
        region: string;
        week: string;
        capacity: number;
      }
    | { kind: 'dependency'; itemIds: [string, string] }
    | {
        kind: 'wave-order';
        /** The wave, then the launch or earlier wave it goes live before. */
        itemIds: [string, string];
      }
  );

export type CollisionKind = Collision['kind'];

export const COLLISION_KIND_LABELS: Record<CollisionKind, string> = {
  blackout: 'Blackout',
  capacity: 'Capacity',
  dependency: 'Dependency',
  'wave-order': 'Wave order',
};

/** A key part: ids may hold any character, so the separator is escaped inside them. */
const part = (id: string) => id.replace(/%/g, '%25').replace(/:/g, '%3A');
const keyOf = (...parts: string[]) => parts.map(part).join(':');

/** Where a collision keeps how to word its message, then the message once worded. */
const WORDING = Symbol('wording');
interface Wording {
  [WORDING]: (() => string) | string;
}

/**
 * `message`, worded on first read and kept. One getter shared by every collision, not a
 * `get message()` in each object literal: V8 gives an object whose own getter is a function of
 * its own a hidden class of its own (or dictionary mode), ~750 bytes a collision against ~340
 * this way, and a 10,000-item workspace has thousands. The property stays own and enumerable,
 * so a spread or JSON copy of a collision has its message.
 */
const MESSAGE: PropertyDescriptor = {
  enumerable: true,
  get(this: Wording): string {
    const wording = this[WORDING];
    return typeof wording === 'string' ? wording : (this[WORDING] = wording());
  },
};

/**
 * A collision of `fields`, with its message worded by `word` on first read. The wording is a
 * hidden property (left out of spreads, JSON and comparisons), defined one property at a time:
 * defining both at once puts the object in dictionary mode.
 */
function worded<T extends Omit<Collision, 'message'>>(
  fields: T,
  word: () => string,
): T & { message: string } {
  Object.defineProperty(fields, WORDING, { value: word, writable: true });
  return Object.defineProperty(fields, 'message', MESSAGE) as T & { message: string };
}

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

type Tables = Pick<Workspace, 'items' | 'blackouts' | 'settings'>;

/*
 * The words of each rule, made by functions of their own: a collision's message then keeps
 * only the records and days it names, not the whole scope of the rule's loop.
 */
const blackoutWords = (item: LaunchItem, day: Day, b: BlackoutWindow, where: string) => () =>
  `“${item.title}” launches on ${formatDay(day)}, inside “${b.title}” (${formatDay(b.start)} – ${formatDay(b.end)}, ${where}).`;

const capacityWords = (region: string, week: string, capacity: number, goLives: readonly GoLive[]) => () =>
  // Where a wave set the day, it is named: "“Payment Links v2” (its “NA wave”, Mon 14 Dec 2026)".
  `${countOf(goLives.length, 'Tier-1 launch', 'Tier-1 launches')} going live in ${region} in week ${week} (capacity ${capacity}): ${goLives
    .map((g) => `“${g.launch.title}” (${g.wave ? `its “${g.wave.title}”, ` : ''}${formatDay(g.day)})`)
    .join(', ')}.`;

const dependencyWords = (item: LaunchItem, starts: Day, dep: LaunchItem, ends: Day) => () =>
  `“${item.title}” starts on ${formatDay(starts)}, before “${dep.title}”, which it depends on, ends on ${formatDay(ends)}.`;

const waveName = (w: LaunchItem) => `“${w.title}”${w.wave ? ` (wave ${w.wave.number})` : ''}`;

const beforeLaunchWords = (wave: LaunchItem, launch: LaunchItem) => () =>
  `${waveName(wave)} goes live on ${formatDay(wave.launchDate!)}, before its launch “${launch.title}” on ${formatDay(launch.launchDate!)}.`;

const beforeWaveWords = (wave: LaunchItem, number: number, before: LaunchItem) => () =>
  `${waveName(wave)} goes live on ${formatDay(wave.launchDate!)}, before wave ${number} (“${before.title}”) on ${formatDay(before.launchDate!)}.`;

/**
 * The rules below each work on one scope — one item, one launch with its waves, the go-lives of
 * the whole plan — so that the collisions of a few items (the rows on screen) can be found
 * without the whole radar (views/collisions.ts); findCollisions runs them over everything.
 */

/** The blackout windows one (not archived) item's launch day falls into, in the windows' order. */
export function blackoutCollisionsOf(item: LaunchItem, blackouts: readonly BlackoutWindow[]): Collision[] {
  const day = item.launchDate;
  if (!day) return [];
  const found: Collision[] = [];
  for (const b of blackouts) {
    if (day < b.start || day > b.end) continue;
    const regions = b.regions.length === 0 ? item.regions : item.regions.filter((r) => b.regions.includes(r));
    if (b.regions.length > 0 && regions.length === 0) continue;
    const where = b.regions.length === 0 ? 'all regions' : regions.join(', ');
    found.push(
      worded(
        {
          kind: 'blackout',
          itemIds: [item.id],
          blackoutId: b.id,
          key: keyOf('blackout', item.id, b.id),
          fingerprint: `${day}|${b.start}|${b.end}|${where}`,
        },
        blackoutWords(item, day, b, where),
      ),
    );
  }
  return found;
}

/** Every region and week with more Tier-1 go-lives than the region's capacity, in slot order. */
export function capacityCollisions(ws: Pick<Workspace, 'items' | 'settings'>): Collision[] {
  const found: Collision[] = [];
  const settings = settingsOf(ws);
  for (const [slot, goLives] of goLivesByRegionWeekOf(ws)) {
    const [region, week] = slot.split('|') as [string, string];
    const capacity = capacityOf(settings, region);
    if (goLives.length > capacity) found.push(capacityCollisionOf(region, week, goLives, capacity));
  }
  return found;
}

/** The collision of one region and week whose go-lives (earliest first) are over `capacity`. */
export function capacityCollisionOf(
  region: string,
  week: string,
  goLives: readonly GoLive[],
  capacity: number,
): Collision {
  const itemIds = goLives.flatMap((g) => (g.wave ? [g.launch.id, g.wave.id] : [g.launch.id]));
  return worded(
    {
      kind: 'capacity',
      itemIds,
      launchIds: goLives.map((g) => g.launch.id),
      region,
      week,
      capacity,
      key: keyOf('capacity', region, week),
      fingerprint: goLives
        .map((g) => `${g.launch.id}@${g.day}${g.wave ? `/${g.wave.id}` : ''}`)
        .sort()
        .join(','),
    },
    capacityWords(region, week, capacity, goLives),
  );
}

/** The dependencies of one (not archived) item that end after it starts, in its own order. */
export function dependencyCollisionsOf(ws: Pick<Workspace, 'items'>, item: LaunchItem): Collision[] {
  if (item.dependsOn.length === 0) return [];
  const starts = barStart(item);
  if (!starts) return [];
  const found: Collision[] = [];
  for (const depId of item.dependsOn.length === 1 ? item.dependsOn : new Set(item.dependsOn)) {
    const dep = recordOf(ws.items, depId);
    if (!dep || dep.archived) continue;
    const ends = barEnd(dep);
    if (!ends || ends <= starts) continue;
    found.push(
      worded(
        {
          kind: 'dependency',
          itemIds: [item.id, dep.id],
          key: keyOf('dependency', item.id, dep.id),
          fingerprint: `${starts}|${ends}`,
        },
        dependencyWords(item, starts, dep, ends),
      ),
    );
  }
  return found;
}

/**
 * A wave going live (its launch day) before its launch's launch day, or before a wave of the
 * launch numbered lower: waves with the same number run side by side; each is compared with
 * the waves of the nearest lower number. `waves` are the launch's (go-lives.ts wavesByLaunch).
 */
export function waveOrderCollisionsOf(launch: LaunchItem, waves: readonly LaunchItem[]): Collision[] {
  // Rollouts under a beta widen the preview; they are not waves of a launch.
  if (launch.kind === 'beta') return [];
  const found: Collision[] = [];
  const dated = waves.filter((w) => w.launchDate).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (launch.launchDate)
    for (const wave of dated) {
      if (wave.launchDate! >= launch.launchDate) continue;
      found.push(
        worded(
          {
            kind: 'wave-order',
            itemIds: [wave.id, launch.id],
            key: keyOf('wave-order', wave.id, launch.id),
            fingerprint: `${wave.launchDate}|${launch.launchDate}`,
          },
          beforeLaunchWords(wave, launch),
        ),
      );
    }
  const numbers = [...new Set(dated.flatMap((w) => (w.wave ? [w.wave.number] : [])))].sort((a, b) => a - b);
  for (let i = 1; i < numbers.length; i++) {
    const previous = dated.filter((w) => w.wave?.number === numbers[i - 1]);
    for (const wave of dated.filter((w) => w.wave?.number === numbers[i]))
      for (const before of previous) {
        if (wave.launchDate! >= before.launchDate!) continue;
        const number = numbers[i - 1]!;
        found.push(
          worded(
            {
              kind: 'wave-order',
              itemIds: [wave.id, before.id],
              key: keyOf('wave-order', wave.id, before.id),
              fingerprint: `${wave.launchDate}|${before.launchDate}|${numbers[i]}|${numbers[i - 1]}`,
            },
            beforeWaveWords(wave, number, before),
          ),
        );
      }
  }
  return found;
}

/** Every collision: blackouts, capacity, dependencies, wave order (each in storage order). */
export function findCollisions(ws: Tables): Collision[] {
  const items = itemList(ws).filter((i) => !i.archived);
  const blackouts = Object.values(ws.blackouts);
  const found: Collision[] = [];
  for (const item of items) found.push(...blackoutCollisionsOf(item, blackouts));
  found.push(...capacityCollisions(ws));
  for (const item of items) found.push(...dependencyCollisionsOf(ws, item));
  const { waves } = launchWavesOf(ws);
  for (const [launchId, list] of waves)
    found.push(...waveOrderCollisionsOf(recordOf(ws.items, launchId)!, list));
  return found;
}

/** Collisions by item id, for marking bars. */
export function collisionsByItem(collisions: readonly Collision[]): Map<string, Collision[]> {
  const byItem = new Map<string, Collision[]>();
  for (const c of collisions) for (const id of new Set(c.itemIds)) pushTo(byItem, id, c);
  return byItem;
}
