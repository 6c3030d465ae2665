/**
 * The collision radar as the timeline shows it: every collision with whether it is open or
 * acknowledged, the open collisions of each item (to mark its bar and for health) and the
 * late dependencies (to colour their arrows). The rules are in shared/domain/items/collisions.ts.
 *
 * An acknowledgement counts only while its fingerprint matches the collision's: once a date
 * or a member changed, the collision is open again and says since when it was accepted
 * ("reopened"). An acknowledgement whose collision is gone is kept (it comes back to life if the
 * same collision does, with the same dates) but shows nowhere.
 *
 * Memoised in two steps: the collisions once per version of the items, blackouts and settings;
 * their status once more per version of the acknowledgements, so acknowledging one does not
 * work the radar out again.
 *
 * The whole radar of 10,000 items takes a few hundred milliseconds; a screen that shows a few
 * dozen items asks `openCollisionsByItem` instead, which works out one item's collisions on
 * first ask from the scope its rules need (the item, its launch and waves, the plan's go-lives,
 * the dependencies), piece by piece. The pieces are shared with the whole radar, so both give
 * the same collision objects in the same order.
 */
import type { Acknowledgement } from '../domain/acknowledgements/schema';
import type { BlackoutWindow } from '../domain/blackouts/schema';
import { collisionsByItem, type Collision } from '../domain/items/collisions';
import { goLivesByRegionWeekOf, launchWavesOf } from '../domain/items/go-lives';
import { capacityOf } from '../domain/settings/schema';
import type { LaunchItem } from '../domain/items/schema';
import { recordOf, settingsOf } from '../domain/workspace';
import { blackoutPiece, capacityPiece, dependencyPiece, waveOrderPiece } from './collision-pieces';
import { itemList, NONE } from './indexes';
import { LazyMap } from './lazy-map';
import { memoByTables, type TablesOf } from './memo';

export interface CollisionEntry {
  collision: Collision;
  /** Open, or acknowledged with a note that still matches its dates. */
  status: 'open' | 'acknowledged';
  /** The acknowledgement stored under the key: current when acknowledged, stale when reopened. */
  acknowledgement: Acknowledgement | null;
}

export interface CollisionReport {
  /** Every collision, as found (blackouts, capacity, dependencies, wave order). */
  list: readonly Collision[];
  /** Every collision with its status, open ones first (each group in the order found). */
  entries: readonly CollisionEntry[];
  open: readonly CollisionEntry[];
  acknowledged: readonly CollisionEntry[];
  /** Collision key → its entry. */
  byKey: ReadonlyMap<string, CollisionEntry>;
  /** Launch item id → the open collisions it is part of (bars, health). */
  byItem: ReadonlyMap<string, Collision[]>;
  /** Launch item id → every collision it is part of, acknowledged ones too (briefs). */
  allByItem: ReadonlyMap<string, Collision[]>;
  /** `${item id}+${dependency id}` of each dependency that ends after its dependant starts. */
  lateDependencies: ReadonlySet<string>;
}

type RadarTables = TablesOf<'items' | 'blackouts' | 'settings'>;

/** Every dependency that ends after its dependant starts, once per version of the items. */
const dependencyRadar = memoByTables(['items'], (ws) => {
  const list: Collision[] = [];
  for (const item of itemList(ws))
    if (!item.archived && item.dependsOn.length) list.push(...dependencyPiece(ws, item));
  return { list, byItem: collisionsByItem(list), late: new Set(list.map((c) => c.itemIds.join('+'))) };
});

/** Every region and week over its Tier-1 capacity, once per version of the items and settings. */
const capacityRadar = memoByTables(['items', 'settings'], (ws) => {
  // capacityCollisions, with each week's collision kept while its go-lives are the same.
  const settings = settingsOf(ws);
  const list: Collision[] = [];
  for (const [slot, goLives] of goLivesByRegionWeekOf(ws)) {
    const [region, week] = slot.split('|') as [string, string];
    const capacity = capacityOf(settings, region);
    if (goLives.length > capacity) list.push(capacityPiece(slot, region, week, goLives, capacity));
  }
  return { list, byItem: collisionsByItem(list) };
});

/**
 * The radar of one version of the items, blackouts and settings, worked out per item and per
 * launch as they are asked for. Kept per version (memo.ts), so it is dropped with its tables.
 */
class Radar {
  private readonly blackouts: BlackoutWindow[];
  private readonly waveOrderOf = new Map<string, readonly Collision[]>();
  private readonly ofItem_ = new Map<string, readonly Collision[]>();
  private list_: readonly Collision[] | null = null;

  constructor(private readonly ws: RadarTables) {
    this.blackouts = Object.values(ws.blackouts);
  }

  /** Kept per item by blackoutPiece (not here as well: one entry per item is ~0.3 MB at 10,000). */
  private blackoutCollisions(item: LaunchItem): readonly Collision[] {
    return blackoutPiece(item, this.ws.blackouts, this.blackouts);
  }

  private waveOrderCollisions(launchId: string): readonly Collision[] {
    let found = this.waveOrderOf.get(launchId);
    if (!found) {
      const waves = launchWavesOf(this.ws).waves.get(launchId);
      const launch = recordOf(this.ws.items, launchId);
      found = waves && launch ? waveOrderPiece(launch, waves) : NONE;
      this.waveOrderOf.set(launchId, found);
    }
    return found;
  }

  /** Every collision the item is part of, in the order of the whole list (collisionsByItem). */
  ofItem(id: string): readonly Collision[] {
    let found = this.ofItem_.get(id);
    if (found) return found;
    const item = recordOf(this.ws.items, id);
    // Archived items take part in no rule.
    if (!item || item.archived) found = NONE;
    else {
      const launch = launchWavesOf(this.ws).launchOf(item);
      const waveOrder = this.waveOrderCollisions(launch.id).filter((c) => c.itemIds.includes(id));
      found = [
        ...this.blackoutCollisions(item),
        ...(capacityRadar(this.ws).byItem.get(id) ?? NONE),
        ...(dependencyRadar(this.ws).byItem.get(id) ?? NONE),
        ...waveOrder,
      ];
      if (found.length === 0) found = NONE;
    }
    this.ofItem_.set(id, found);
    return found;
  }

  /** Every collision, as findCollisions lists them, made of the same pieces. */
  list(): readonly Collision[] {
    if (this.list_) return this.list_;
    const items = itemList(this.ws).filter((item) => !item.archived);
    const list: Collision[] = [];
    for (const item of items) list.push(...this.blackoutCollisions(item));
    list.push(...capacityRadar(this.ws).list, ...dependencyRadar(this.ws).list);
    for (const launchId of launchWavesOf(this.ws).waves.keys())
      list.push(...this.waveOrderCollisions(launchId));
    return (this.list_ = list);
  }
}

const radarOf = memoByTables(['items', 'blackouts', 'settings'], (ws) => new Radar(ws));

const radar = memoByTables(['items', 'blackouts', 'settings'], (ws) => {
  const list = radarOf(ws).list();
  return { list, allByItem: collisionsByItem(list), lateDependencies: dependencyRadar(ws).late };
});

/**
 * `${item id}+${dependency id}` of each dependency that ends after its dependant starts (the
 * late arrows), without the rest of the radar.
 */
export function lateDependenciesOf(ws: TablesOf<'items'>): ReadonlySet<string> {
  return dependencyRadar(ws).late;
}

/**
 * Launch item id → its open collisions (none: not in the map), worked out per item on first
 * ask: what the timeline's bars and health read, without the whole report. The same as the
 * report's `byItem`.
 */
export const openCollisionsByItem = memoByTables(
  ['items', 'blackouts', 'settings', 'acknowledgements'],
  (ws): ReadonlyMap<string, Collision[]> => {
    const found = radarOf(ws);
    return new LazyMap(
      () => itemList(ws).map((item) => item.id),
      (id) => {
        const open = found.ofItem(id).filter((c) => !isAcknowledged(c, recordOf(ws.acknowledgements, c.key)));
        return open.length ? open : undefined;
      },
    );
  },
);

/** Whether `ack` still accepts `collision`: the same dates and members as when it was given. */
export function isAcknowledged(collision: Collision, ack: Acknowledgement | null | undefined): boolean {
  return !!ack && ack.fingerprint === collision.fingerprint;
}

export const collisionReport = memoByTables(
  ['items', 'blackouts', 'settings', 'acknowledgements'],
  (ws): CollisionReport => {
    const { list, allByItem, lateDependencies } = radar(ws);
    const open: CollisionEntry[] = [];
    const acknowledged: CollisionEntry[] = [];
    const byKey = new Map<string, CollisionEntry>();
    for (const collision of list) {
      const acknowledgement = recordOf(ws.acknowledgements, collision.key) ?? null;
      const entry: CollisionEntry = {
        collision,
        status: isAcknowledged(collision, acknowledgement) ? 'acknowledged' : 'open',
        acknowledgement,
      };
      (entry.status === 'open' ? open : acknowledged).push(entry);
      byKey.set(collision.key, entry);
    }
    // Nothing acknowledged (the usual case): the open map is the full one, shared across versions.
    const byItem = acknowledged.length ? collisionsByItem(open.map((e) => e.collision)) : allByItem;
    return {
      list,
      entries: [...open, ...acknowledged],
      open,
      acknowledged,
      byKey,
      byItem,
      allByItem,
      lateDependencies,
    };
  },
);
