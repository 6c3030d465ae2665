/**
 * What the board shows in this window: swimlane grouping and filters. Kept in the window's
 * address (see app/location.ts), so a reload or a bookmark returns to the same view.
 */
import { create } from 'zustand';
import { EMPTY_FILTER, type BoardFilter } from '../../shared/domain/items/board';
import { GROUPINGS, type Grouping } from '../../shared/views/lanes';
import { HEALTHS, KINDS, type Health, type Kind, type Tier } from '../../shared/domain/primitives';

export interface BoardView {
  grouping: Grouping;
  filter: BoardFilter;
}

export function viewFromParams(params: URLSearchParams): BoardView {
  const group = params.get('group') as Grouping | null;
  const kind = params.get('kind') as Kind | null;
  const tier = Number(params.get('tier'));
  const health = params.get('health') as Health | null;
  return {
    grouping: group && GROUPINGS.includes(group) ? group : 'none',
    filter: {
      text: params.get('q') ?? '',
      kind: kind && KINDS.includes(kind) ? kind : '',
      tier: tier === 1 || tier === 2 || tier === 3 ? (tier as Tier) : 0,
      region: params.get('region') ?? '',
      ownerId: params.get('owner') ?? '',
      health: health && HEALTHS.includes(health) ? health : '',
    },
  };
}

export function paramsFromView(view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  const { grouping, filter } = view;
  if (grouping !== 'none') params.set('group', grouping);
  if (filter.text) params.set('q', filter.text);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.tier) params.set('tier', String(filter.tier));
  if (filter.region) params.set('region', filter.region);
  if (filter.ownerId) params.set('owner', filter.ownerId);
  if (filter.health) params.set('health', filter.health);
  return params;
}

export const useBoardView = create<BoardView>()(() => ({ grouping: 'none', filter: EMPTY_FILTER }));

export function setGrouping(grouping: Grouping): void {
  useBoardView.setState({ grouping });
}

export function setFilter(patch: Partial<BoardFilter>): void {
  useBoardView.setState((s) => ({ filter: { ...s.filter, ...patch } }));
}

export function clearFilter(): void {
  useBoardView.setState({ filter: EMPTY_FILTER });
}
