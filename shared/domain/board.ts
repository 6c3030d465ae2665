/**
 * The launch board's rules: swimlanes (grouping), filters, and moving a card to a stage, a
 * position and a lane. A move writes one record: the moved item, with a fractional rank
 * between its new neighbours (and, across lanes, the grouped field changed).
 */
import { ChangeBuilder, type Change } from './change';
import type { CommandContext } from './context';
import { CommandError } from './errors';
import { GateError, launchGate } from './gate';
import type { LaunchItem } from './launch-item';
import type { Health, Kind, Tier } from './primitives';
import { byRank, rankBetween } from './ranks';
import { settingsOf, type Workspace } from './workspace';
import { getItem } from './commands/items';

export const GROUPINGS = ['none', 'kind', 'tier', 'region', 'owner', 'productArea'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const GROUPING_LABELS: Record<Grouping, string> = {
  none: 'No swimlanes',
  kind: 'Kind',
  tier: 'Tier',
  region: 'Region',
  owner: 'Owner',
  productArea: 'Product area',
};

/** The lane key of items without a value (no region, no owner, no product area). */
export const NO_LANE = '';

/** The lanes an item appears in: one, except by region, where it is in each of its regions. */
export function laneKeysOf(item: LaunchItem, grouping: Grouping): string[] {
  switch (grouping) {
    case 'none':
      return ['all'];
    case 'kind':
      return [item.kind];
    case 'tier':
      return [String(item.tier)];
    case 'region':
      return item.regions.length ? item.regions : [NO_LANE];
    case 'owner':
      return [item.ownerId ?? NO_LANE];
    case 'productArea':
      return [item.productArea.trim() || NO_LANE];
  }
}

/** The fields an item takes on when it is dropped from lane `from` into lane `to`. */
export function laneFields(
  item: LaunchItem,
  grouping: Grouping,
  from: string,
  to: string,
): Partial<LaunchItem> {
  if (from === to || grouping === 'none') return {};
  switch (grouping) {
    case 'kind':
      return { kind: to as Kind };
    case 'tier':
      return { tier: Number(to) as Tier };
    case 'owner':
      return { ownerId: to === NO_LANE ? null : to };
    case 'productArea':
      return { productArea: to };
    case 'region': {
      // Leaves the lane it was dragged from and joins the one it was dropped in.
      const regions = item.regions.filter((r) => r !== from);
      if (to !== NO_LANE && !regions.includes(to)) regions.push(to);
      return { regions };
    }
  }
}

export interface BoardFilter {
  text: string;
  kind: Kind | '';
  tier: Tier | 0;
  region: string;
  ownerId: string;
  health: Health | '';
}

export const EMPTY_FILTER: BoardFilter = { text: '', kind: '', tier: 0, region: '', ownerId: '', health: '' };

export function isFiltering(filter: BoardFilter): boolean {
  return Boolean(
    filter.text.trim() || filter.kind || filter.tier || filter.region || filter.ownerId || filter.health,
  );
}

/** True when an item passes the filter; health is passed in (it is derived, and cached by the caller). */
export function matchesFilter(
  item: LaunchItem,
  filter: BoardFilter,
  searchText: () => string,
  health: () => Health,
): boolean {
  if (item.archived) return false;
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.tier && item.tier !== filter.tier) return false;
  if (filter.region && !item.regions.includes(filter.region)) return false;
  if (filter.ownerId && item.ownerId !== filter.ownerId) return false;
  const needle = filter.text.trim().toLowerCase();
  if (needle && !searchText().includes(needle)) return false;
  if (filter.health && health() !== filter.health) return false;
  return true;
}

export interface MoveTarget {
  stageId: string;
  /** The card the item lands directly below, if any. */
  afterId: string | null;
  /** The card the item lands directly above, if any. */
  beforeId: string | null;
  lane?: { grouping: Grouping; from: string; to: string };
}

/**
 * A rank that sorts the item between `afterId` and `beforeId` in the stage. Neighbours may be
 * only the visible cards (filters, lanes); the rank is taken against every item in the stage,
 * so it stays valid even when hidden items sit between them or ranks collide.
 */
export function rankForDrop(ws: Workspace, itemId: string, target: MoveTarget): string {
  const stage = Object.values(ws.items)
    .filter((i) => i.stageId === target.stageId && i.id !== itemId)
    .sort(byRank);
  const after = target.afterId ? ws.items[target.afterId] : undefined;
  const before = target.beforeId ? ws.items[target.beforeId] : undefined;
  if (after && after.stageId === target.stageId) {
    // Directly after `after` among all the stage's items (the next rank up, hidden or not).
    const next = stage.find((i) => i.rank > after.rank);
    return rankBetween(after.rank, next?.rank ?? null);
  }
  if (before && before.stageId === target.stageId) {
    const previous = [...stage].reverse().find((i) => i.rank < before.rank);
    return rankBetween(previous?.rank ?? null, before.rank);
  }
  return rankBetween(stage.at(-1)?.rank ?? null, null);
}

/**
 * Moves a card. Refused (CommandError, nothing changed) when the go/no-go gate holds it back.
 * Returns an empty change when the card is dropped where it already was.
 */
export function moveItem(ws: Workspace, itemId: string, target: MoveTarget, ctx: CommandContext): Change {
  const item = getItem(ws, itemId);
  const settings = settingsOf(ws);
  const stage = settings.stages.find((s) => s.id === target.stageId);
  if (!stage) throw new CommandError('That stage no longer exists.');
  const gate = launchGate(ws, itemId, target.stageId);
  if (!gate.allowed) throw new GateError(gate.reason!);
  const laneChange = target.lane
    ? laneFields(item, target.lane.grouping, target.lane.from, target.lane.to)
    : {};
  const unmoved =
    target.stageId === item.stageId &&
    Object.keys(laneChange).length === 0 &&
    (target.afterId === itemId || target.beforeId === itemId);
  if (unmoved) return { label: 'No change', ops: [] };
  const rank = rankForDrop(ws, itemId, target);
  const moved: LaunchItem = { ...item, ...laneChange, stageId: target.stageId, rank, updatedAt: ctx.now };
  const label =
    target.stageId === item.stageId ? `Reorder “${item.title}”` : `Move “${item.title}” to ${stage.name}`;
  return new ChangeBuilder(ws).put('items', moved).build(label);
}

export { GateError };
