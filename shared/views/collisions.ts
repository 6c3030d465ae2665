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
 */
import type { Acknowledgement } from '../domain/acknowledgements/schema';
import { collisionsByItem, findCollisions, type Collision } from '../domain/items/collisions';
import { recordOf } from '../domain/workspace';
import { memoByTables } from './memo';

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

const radar = memoByTables(['items', 'blackouts', 'settings'], (ws) => {
  const list = findCollisions(ws);
  const late = list.flatMap((c) => (c.kind === 'dependency' ? [c.itemIds.join('+')] : []));
  return { list, allByItem: collisionsByItem(list), lateDependencies: new Set(late) };
});

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
