/**
 * The collision radar as the timeline shows it: the list, the collisions of each item (to
 * mark its bar) and the late dependencies (to colour their arrows). Once per version of the
 * items, blackouts and settings (memo.ts); the rules are in shared/domain/items/collisions.ts.
 */
import { collisionsByItem, findCollisions, type Collision } from '../domain/items/collisions';
import { memoByTables } from './memo';

export interface CollisionReport {
  list: readonly Collision[];
  /** Launch item id → the collisions it is part of. */
  byItem: ReadonlyMap<string, Collision[]>;
  /** `${item id}+${dependency id}` of each dependency that ends after its dependant starts. */
  lateDependencies: ReadonlySet<string>;
}

export const collisionReport = memoByTables(['items', 'blackouts', 'settings'], (ws): CollisionReport => {
  const list = findCollisions(ws);
  const late = list.flatMap((c) => (c.kind === 'dependency' ? [c.itemIds.join('+')] : []));
  return { list, byItem: collisionsByItem(list), lateDependencies: new Set(late) };
});
