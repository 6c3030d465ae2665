/**
 * The collision radar's pieces kept across versions of the workspace: an edit of one launch
 * item makes a new items table, and with it a new radar (collisions.ts), but the collisions of
 * the items, launches and weeks it did not touch are the same. Each piece is kept with the
 * records it was worked out from and reused while they are the same objects (records keep their
 * identity across Changes: applyChange copies only what changed), so after an edit only the
 * edited item's pieces are worked out again and every other collision keeps its identity (the
 * launch rows then compare them by identity, and their messages are never worded for that).
 *
 * The caches are WeakMaps keyed on records (dropped with them), and for capacity the last
 * collision of each region and week.
 */
import type { BlackoutWindow } from '../domain/blackouts/schema';
import {
  blackoutCollisionsOf,
  capacityCollisionOf,
  dependencyCollisionsOf,
  waveOrderCollisionsOf,
  type Collision,
} from '../domain/items/collisions';
import type { GoLive } from '../domain/items/go-lives';
import type { LaunchItem } from '../domain/items/schema';
import { recordOf, type Workspace } from '../domain/workspace';
import { NONE } from './indexes';

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((value, i) => value === b[i]));

const blackoutPieces = new WeakMap<LaunchItem, { table: object; found: readonly Collision[] }>();

/**
 * The blackout windows an item launches in, kept while the item and the blackouts table are.
 * Most items launch in none: that is worked out again when asked (a look at each window) rather
 * than kept, which at 10,000 items would hold ~0.5 MB of empty entries.
 */
export function blackoutPiece(
  item: LaunchItem,
  table: Workspace['blackouts'],
  blackouts: readonly BlackoutWindow[],
): readonly Collision[] {
  const kept = blackoutPieces.get(item);
  if (kept && kept.table === table) return kept.found;
  const found = blackoutCollisionsOf(item, blackouts);
  if (found.length === 0) {
    blackoutPieces.delete(item);
    return NONE;
  }
  blackoutPieces.set(item, { table, found });
  return found;
}

const dependencyPieces = new WeakMap<
  LaunchItem,
  { deps: readonly (LaunchItem | undefined)[]; found: readonly Collision[] }
>();

/** An item's late dependencies, kept while the item and the items it depends on are the same. */
export function dependencyPiece(ws: Pick<Workspace, 'items'>, item: LaunchItem): readonly Collision[] {
  if (item.dependsOn.length === 0) return dependencyCollisionsOf(ws, item);
  const deps = item.dependsOn.map((id) => recordOf(ws.items, id));
  const kept = dependencyPieces.get(item);
  if (kept && sameList(kept.deps, deps)) return kept.found;
  const found = dependencyCollisionsOf(ws, item);
  dependencyPieces.set(item, { deps, found });
  return found;
}

const wavePieces = new WeakMap<LaunchItem, { waves: readonly LaunchItem[]; found: readonly Collision[] }>();

/** A launch's wave-order collisions, kept while the launch and its waves are the same records. */
export function waveOrderPiece(launch: LaunchItem, waves: readonly LaunchItem[]): readonly Collision[] {
  const kept = wavePieces.get(launch);
  if (kept && sameList(kept.waves, waves)) return kept.found;
  const found = waveOrderCollisionsOf(launch, waves);
  wavePieces.set(launch, { waves, found });
  return found;
}

/** The last capacity collision of each region and week (one per slot key, so few are kept). */
const capacityPieces = new Map<string, { goLives: readonly GoLive[]; capacity: number; found: Collision }>();

const sameGoLives = (a: readonly GoLive[], b: readonly GoLive[]) =>
  a.length === b.length &&
  a.every((g, i) => g.launch === b[i]!.launch && g.wave === b[i]!.wave && g.day === b[i]!.day);

/** One region and week over capacity, kept while the same launches go live there on the same days. */
export function capacityPiece(
  slot: string,
  region: string,
  week: string,
  goLives: readonly GoLive[],
  capacity: number,
): Collision {
  const kept = capacityPieces.get(slot);
  if (kept && kept.capacity === capacity && sameGoLives(kept.goLives, goLives)) return kept.found;
  const found = capacityCollisionOf(region, week, goLives, capacity);
  capacityPieces.set(slot, { goLives, capacity, found });
  return found;
}
