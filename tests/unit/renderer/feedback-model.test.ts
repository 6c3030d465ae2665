/** The launch choices of the feedback screens: sorted once per version of the items, archived ones left out. */
import { describe, expect, it } from 'vitest';
import { itemOptions } from '../../../renderer/features/feedback/feedback-model';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

describe('itemOptions', () => {
  const ws = add(
    baseWorkspace(),
    'items',
    item('b', { title: 'beta billing' }),
    item('a', { title: 'Alpha 10' }),
    item('a2', { title: 'Alpha 9' }),
    item('old', { title: 'Archived launch', archived: true }),
  );

  it('lists items by title (any case, numbers by value), archived ones only when chosen', () => {
    expect(itemOptions(ws).map((o) => o.value)).toEqual(['a2', 'a', 'b']);
    expect(itemOptions(ws, 'old').map((o) => o.value)).toEqual(['a2', 'a', 'old', 'b']);
  });

  it('is the same array while the items are the same (a keystroke rebuilds no select)', () => {
    expect(itemOptions(ws, null)).toBe(itemOptions(ws, null));
    const renamed = { ...ws, items: { ...ws.items, b: { ...ws.items.b!, title: 'Zeta' } } };
    expect(itemOptions(renamed, null)).not.toBe(itemOptions(ws, null));
  });
});
