/**
 * The collision radar's words and edges: which regions a blackout names, what a capacity
 * warning lists, that archived dependencies are ignored, and the order of bars.
 */
import { describe, expect, it } from 'vitest';
import { byBarStart, findCollisions } from '../../../shared/domain/items/collisions';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item } from '../../fixtures/records';

function withFreeze(regions: string[]): Workspace {
  return add(baseWorkspace(), 'blackouts', {
    id: 'freeze',
    title: 'Freeze',
    start: '2026-12-20',
    end: '2026-12-31',
    regions,
    reason: '',
  });
}

describe('blackout collisions', () => {
  it('name the regions the item and the window share', () => {
    const ws = add(
      withFreeze(['EU', 'UK', 'JP']),
      'items',
      item('x', { title: 'Checkout', launchDate: '2026-12-24', regions: ['NA', 'UK', 'EU'] }),
    );
    expect(findCollisions(ws)).toEqual([
      {
        kind: 'blackout',
        itemIds: ['x'],
        blackoutId: 'freeze',
        key: 'blackout:x:freeze',
        fingerprint: '2026-12-24|2026-12-20|2026-12-31|UK, EU',
        message:
          '“Checkout” launches on Thu 24 Dec 2026, inside “Freeze” (Sun 20 Dec 2026 – Thu 31 Dec 2026, UK, EU).',
      },
    ]);
  });

  it('for a window without regions, say all regions, even for an item without any', () => {
    const ws = add(
      withFreeze([]),
      'items',
      item('x', { title: 'Checkout', launchDate: '2026-12-24', regions: [] }),
    );
    expect(findCollisions(ws).map((c) => c.message)).toEqual([
      '“Checkout” launches on Thu 24 Dec 2026, inside “Freeze” (Sun 20 Dec 2026 – Thu 31 Dec 2026, all regions).',
    ]);
  });
});

describe('capacity collisions', () => {
  it('list the launches with their days, the region, the week and the capacity', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('a', { title: 'A', tier: 1, launchDate: '2026-11-23', regions: ['EU'] }),
      item('b', { title: 'B', tier: 1, launchDate: '2026-11-24', regions: ['EU'] }),
    );
    expect(findCollisions(ws)).toEqual([
      {
        kind: 'capacity',
        itemIds: ['a', 'b'],
        launchIds: ['a', 'b'],
        region: 'EU',
        week: '2026-W48',
        capacity: 1,
        key: 'capacity:EU:2026-W48',
        fingerprint: 'a@2026-11-23,b@2026-11-24',
        message:
          '2 Tier-1 launches going live in EU in week 2026-W48 (capacity 1): “A” (Mon 23 Nov 2026), “B” (Tue 24 Nov 2026).',
      },
    ]);
  });
});

describe('dependency collisions', () => {
  it('are worded with both days, and skip dependencies that are archived or missing', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('pre', { title: 'Pre', launchDate: '2026-11-20' }),
      item('old', { title: 'Old', launchDate: '2026-11-30', archived: true }),
      item('late', {
        title: 'Late',
        startDate: '2026-11-15',
        launchDate: '2026-12-01',
        dependsOn: ['pre', 'old', 'gone'],
      }),
    );
    expect(findCollisions(ws)).toEqual([
      {
        kind: 'dependency',
        itemIds: ['late', 'pre'],
        key: 'dependency:late:pre',
        fingerprint: '2026-11-15|2026-11-20',
        message:
          '“Late” starts on Sun 15 Nov 2026, before “Pre”, which it depends on, ends on Fri 20 Nov 2026.',
      },
    ]);
  });
});

describe('bar order', () => {
  it('earliest start first, undated last, then by title', () => {
    const early = item('e', { title: 'Zed', startDate: '2026-11-01' });
    const late = item('l', { title: 'Alpha', launchDate: '2026-12-01' });
    const undated = item('u', { title: 'Alpha' });
    const sameDay = item('s', { title: 'Beta', startDate: '2026-11-01' });
    expect(byBarStart(early, late)).toBe(-1);
    expect(byBarStart(late, early)).toBe(1);
    expect(byBarStart(undated, early)).toBe(1);
    expect(byBarStart(early, undated)).toBe(-1);
    expect(byBarStart(sameDay, early)).toBeLessThan(0);
    expect(byBarStart(early, sameDay)).toBeGreaterThan(0);
    expect(byBarStart(undated, { ...undated })).toBe(0);
  });
});
