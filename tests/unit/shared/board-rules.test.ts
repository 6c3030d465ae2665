/**
 * The board's rules on small, explicit columns: each filter on its own, where a drop lands
 * among every card of the stage (hidden ones too) and what counts as no move. (The playbooks a new
 * workspace starts with are checked in playbook-defaults.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import {
  EMPTY_FILTER,
  isFiltering,
  matchesFilter,
  moveItem,
  placeForDrop,
  type BoardFilter,
} from '../../../shared/domain/items/board';
import { byRank } from '../../../shared/domain/ranks';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

describe('board filters', () => {
  it('isFiltering is true for any one criterion, and not for blank text', () => {
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTER, text: '   ' })).toBe(false);
    const one: Partial<BoardFilter>[] = [
      { text: 'x' },
      { kind: 'beta' },
      { tier: 1 },
      { region: 'EU' },
      { ownerId: 'ana' },
      { health: 'at-risk' },
    ];
    for (const criterion of one)
      expect(isFiltering({ ...EMPTY_FILTER, ...criterion }), JSON.stringify(criterion)).toBe(true);
  });

  it('each criterion lets matching items through and holds others back', () => {
    const card = item('x', { kind: 'launch', tier: 2, regions: ['EU'], ownerId: 'ana' });
    const passes = (filter: Partial<BoardFilter>, health = 'at-risk' as const) =>
      matchesFilter(
        card,
        { ...EMPTY_FILTER, ...filter },
        () => 'checkout eu ana',
        () => health,
      );
    expect(passes({})).toBe(true);
    expect(passes({ kind: 'launch' })).toBe(true);
    expect(passes({ kind: 'beta' })).toBe(false);
    expect(passes({ tier: 2 })).toBe(true);
    expect(passes({ tier: 1 })).toBe(false);
    expect(passes({ region: 'EU' })).toBe(true);
    expect(passes({ region: 'NA' })).toBe(false);
    expect(passes({ ownerId: 'ana' })).toBe(true);
    expect(passes({ ownerId: 'ben' })).toBe(false);
    expect(passes({ text: '  CHECKOUT ' })).toBe(true);
    expect(passes({ text: 'billing' })).toBe(false);
    expect(passes({ health: 'at-risk' })).toBe(true);
    expect(passes({ health: 'on-track' })).toBe(false);
    expect(
      matchesFilter(
        { ...card, archived: true },
        EMPTY_FILTER,
        () => '',
        () => 'on-track',
      ),
    ).toBe(false);
  });

  it('works out search text and health only when asked for them', () => {
    const card = item('x');
    const never = () => {
      throw new Error('not needed');
    };
    expect(matchesFilter(card, EMPTY_FILTER, never, never)).toBe(true);
    expect(matchesFilter(card, { ...EMPTY_FILTER, text: ' ' }, never, never)).toBe(true);
  });
});

/** Planning holds a, b, c (ranks a1, a2, a3); Beta holds x. */
function columns(): Workspace {
  return add(
    baseWorkspace(),
    'items',
    item('a', { stageId: 'planning', rank: 'a1' }),
    item('b', { stageId: 'planning', rank: 'a2' }),
    item('c', { stageId: 'planning', rank: 'a3' }),
    item('x', { stageId: 'beta', rank: 'a1' }),
  );
}
const order = (ws: Workspace, stageId: string) =>
  Object.values(ws.items)
    .filter((i) => i.stageId === stageId)
    .sort(byRank)
    .map((i) => i.id);
const drop = (ws: Workspace, id: string, stageId: string, afterId: string | null, beforeId: string | null) =>
  applyChange(ws, moveItem(ws, id, { stageId, afterId, beforeId }, laterContext()));

describe('where a dropped card lands', () => {
  it('after the card above it, or before the card below it, or at the end', () => {
    const ws = columns();
    expect(order(drop(ws, 'x', 'planning', 'a', null), 'planning')).toEqual(['a', 'x', 'b', 'c']);
    expect(order(drop(ws, 'x', 'planning', null, 'b'), 'planning')).toEqual(['a', 'x', 'b', 'c']);
    expect(order(drop(ws, 'x', 'planning', null, 'a'), 'planning')).toEqual(['x', 'a', 'b', 'c']);
    expect(order(drop(ws, 'x', 'planning', null, null), 'planning')).toEqual(['a', 'b', 'c', 'x']);
    expect(order(drop(ws, 'x', 'planning', 'c', null), 'planning')).toEqual(['a', 'b', 'c', 'x']);
  });

  it('ignores a neighbour from another stage, or the card itself, and goes to the end', () => {
    const ws = add(columns(), 'items', item('y', { stageId: 'beta', rank: 'a2' }));
    expect(order(drop(ws, 'x', 'planning', 'y', null), 'planning')).toEqual(['a', 'b', 'c', 'x']);
    expect(order(drop(ws, 'x', 'planning', null, 'y'), 'planning')).toEqual(['a', 'b', 'c', 'x']);
    expect(order(drop(ws, 'x', 'planning', 'x', null), 'planning')).toEqual(['a', 'b', 'c', 'x']);
    expect(order(drop(ws, 'x', 'planning', 'gone', 'alsogone'), 'planning')).toEqual(['a', 'b', 'c', 'x']);
  });

  it('reorders within a stage, writing the moved card only', () => {
    const ws = columns();
    const change = moveItem(ws, 'c', { stageId: 'planning', afterId: null, beforeId: 'a' }, laterContext());
    expect(change.label).toBe('Reorder “Item c”');
    expect(change.ops.map((op) => op.id)).toEqual(['c']);
    expect(order(applyChange(ws, change), 'planning')).toEqual(['c', 'a', 'b']);
    const across = moveItem(ws, 'a', { stageId: 'beta', afterId: 'x', beforeId: null }, laterContext());
    expect(across.label).toBe('Move “Item a” to Beta');
  });

  it('beside itself in its own stage keeps its rank; in another stage it still moves', () => {
    const ws = columns();
    expect(placeForDrop(ws, 'b', { stageId: 'planning', afterId: 'b', beforeId: null })).toEqual({
      rank: 'a2',
      reranked: [],
    });
    expect(placeForDrop(ws, 'b', { stageId: 'planning', afterId: null, beforeId: 'b' })).toEqual({
      rank: 'a2',
      reranked: [],
    });
    expect(moveItem(ws, 'b', { stageId: 'planning', afterId: null, beforeId: 'b' }, laterContext())).toEqual({
      label: 'No change',
      ops: [],
    });
    const moved = drop(ws, 'b', 'beta', 'b', null);
    expect(moved.items.b!.stageId).toBe('beta');
    // Not beside itself: a real reorder, even in the same stage.
    expect(
      moveItem(ws, 'b', { stageId: 'planning', afterId: 'c', beforeId: null }, laterContext()).ops,
    ).toHaveLength(1);
  });

  it('re-ranks only the cards tied with the one above the drop point', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('a', { stageId: 'planning', rank: 'a1' }),
      item('b', { stageId: 'planning', rank: 'a1' }),
      item('c', { stageId: 'planning', rank: 'a1' }),
      item('d', { stageId: 'planning', rank: 'a5' }),
      item('x', { stageId: 'beta', rank: 'a1' }),
    );
    const { rank, reranked } = placeForDrop(ws, 'x', { stageId: 'planning', afterId: 'a', beforeId: 'b' });
    expect(rank > 'a1' && rank < 'a5').toBe(true);
    expect(reranked.map((i) => i.id)).toEqual(['b', 'c']);
    expect(
      reranked[0]!.rank > rank && reranked[1]!.rank > reranked[0]!.rank && reranked[1]!.rank < 'a5',
    ).toBe(true);
  });

  it('refuses a stage that does not exist', () => {
    expect(() =>
      moveItem(columns(), 'x', { stageId: 'nowhere', afterId: null, beforeId: null }, laterContext()),
    ).toThrow('That stage no longer exists.');
  });
});
