/**
 * The launch board's rules: filters, and moving a card to a stage, a position and a lane (the
 * lanes themselves are in shared/views/lanes.ts). A move writes one record: the moved item,
 * with a fractional rank between its new neighbours (and, across lanes, the grouped field
 * changed).
 */
import { ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { CommandError } from '../errors';
import { GateError, launchGate } from './gate';
import type { LaunchItem } from './schema';
import type { Health, Kind, Tier } from '../primitives';
import { laneFields, type Grouping } from '../../views/lanes';
import { byRank, rankBetween } from '../ranks';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { getItem } from './commands';

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

/** Where a dropped item goes: its rank, and new ranks for neighbours that shared a rank. */
export interface Placement {
  rank: string;
  /** Items after the drop point that had the same rank as the one before it, re-ranked. */
  reranked: LaunchItem[];
}

/**
 * Places the item between `afterId` and `beforeId` in the stage. Neighbours may be only the
 * visible cards (filters, lanes); the place is found among every item in the stage, so it
 * stays right even when hidden items sit between them. Normally only the dropped item gets a
 * rank (one record written). When the items either side of the drop point share a rank (two
 * windows ranked cards at once), no rank fits between them: the tied items after the drop
 * point are re-ranked too, so the card lands exactly where it was dropped.
 */
export function placeForDrop(ws: Workspace, itemId: string, target: MoveTarget): Placement {
  const item = recordOf(ws.items, itemId);
  const nextToItself = target.afterId === itemId || target.beforeId === itemId;
  // Beside itself in its own stage (a move across lanes only): it keeps its place.
  if (item && nextToItself && item.stageId === target.stageId) return { rank: item.rank, reranked: [] };
  const stage = Object.values(ws.items)
    .filter((i) => i.stageId === target.stageId && i.id !== itemId)
    .sort(byRank);
  const neighbour = (id: string | null) => (id && id !== itemId ? recordOf(ws.items, id) : undefined);
  const after = neighbour(target.afterId);
  const before = neighbour(target.beforeId);
  let at = stage.length;
  if (after && after.stageId === target.stageId) at = stage.indexOf(after) + 1;
  else if (before && before.stageId === target.stageId) at = stage.indexOf(before);
  const lower = stage[at - 1]?.rank ?? null;
  let end = at;
  while (lower !== null && stage[end]?.rank === lower) end += 1;
  const upper = stage[end]?.rank ?? null;
  const rank = rankBetween(lower, upper);
  const reranked: LaunchItem[] = [];
  let previous = rank;
  for (const tied of stage.slice(at, end)) {
    previous = rankBetween(previous, upper);
    reranked.push({ ...tied, rank: previous });
  }
  return { rank, reranked };
}

/**
 * Moves a card. Refused (GateError, nothing changed) when the go/no-go gate holds it back: into
 * the gate stage or any stage after it, by drag or keyboard alike.
 * Returns an empty change when the card is dropped where it already was.
 */
export function moveItem(ws: Workspace, itemId: string, target: MoveTarget, ctx: CommandContext): Change {
  const item = getItem(ws, itemId);
  const settings = settingsOf(ws);
  const stage = settings.stages.find((s) => s.id === target.stageId);
  if (!stage) throw new CommandError('That stage no longer exists.');
  const gate = launchGate(ws, itemId, target.stageId, todayOf(ctx));
  if (!gate.allowed) throw new GateError(gate.reason!);
  const laneChange = target.lane
    ? laneFields(item, target.lane.grouping, target.lane.from, target.lane.to)
    : {};
  const unmoved =
    target.stageId === item.stageId &&
    Object.keys(laneChange).length === 0 &&
    (target.afterId === itemId || target.beforeId === itemId);
  if (unmoved) return { label: 'No change', ops: [] };
  const { rank, reranked } = placeForDrop(ws, itemId, target);
  const moved: LaunchItem = { ...item, ...laneChange, stageId: target.stageId, rank, updatedAt: ctx.now };
  const label =
    target.stageId === item.stageId ? `Reorder “${item.title}”` : `Move “${item.title}” to ${stage.name}`;
  const builder = new ChangeBuilder(ws).put('items', moved);
  for (const neighbour of reranked) builder.put('items', neighbour);
  return builder.build(label);
}

export { GateError };
