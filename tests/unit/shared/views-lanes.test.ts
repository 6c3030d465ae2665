import { describe, expect, it } from 'vitest';
import {
  activeItemsByLane,
  groupByLane,
  laneDefaults,
  laneFields,
  laneOrder,
  NO_LANE,
} from '../../../shared/views/lanes';
import { buildTimelineRows, timelineRange } from '../../../shared/views/timeline-rows';
import { expectMemoised } from '../../fixtures/views';
import { sample, TODAY } from '../../fixtures/workspace';

const keys = (lanes: { key: string }[]) => lanes.map((l) => l.key);

describe('lanes', () => {
  it('orders fixed lanes as the settings do and the rest by label, the catch-all last', () => {
    const ws = sample();
    expect(keys(laneOrder(ws, 'kind', []))).toEqual(['beta', 'launch', 'rollout']);
    expect(keys(laneOrder(ws, 'tier', []))).toEqual(['1', '2', '3']);
    const regions = laneOrder(ws, 'region', []);
    expect(regions.at(-1)).toEqual({ key: NO_LANE, label: 'No region' });
    expect(regions[0]!.label).toMatch(/^\w+ — /);
    const owners = laneOrder(ws, 'owner', ['sample-sam', NO_LANE, 'sample-aisha', 'gone']);
    expect(owners.map((l) => l.label)).toEqual(['Aisha Okafor', 'Sam Patel', 'Unknown person', 'Unassigned']);
    expect(keys(laneOrder(ws, 'productArea', ['Payments', 'Billing']))).toEqual([
      'Billing',
      'Payments',
      NO_LANE,
    ]);
    expect(laneOrder(ws, 'none', [])).toEqual([{ key: 'all', label: 'All items' }]);
  });

  it('groups values by each lane their item is in, in the order given', () => {
    const ws = sample();
    const items = Object.values(ws.items);
    const byRegion = groupByLane(items, (i) => i, 'region');
    expect(byRegion.get('NA')).toEqual(items.filter((i) => i.regions.includes('NA')));
    const byArea = groupByLane([{ ...items[0]!, productArea: '  ' }], (i) => i, 'productArea');
    expect([...byArea.keys()]).toEqual([NO_LANE]);
  });

  it('active items by lane leave archived items out, once per version of the items', () => {
    const ws = sample();
    const archived = { ...ws.items['sample-dark-mode']!, archived: true };
    const next = { ...ws, items: { ...ws.items, [archived.id]: archived } };
    expect(activeItemsByLane(next, 'tier').get('3')).toBeUndefined();
    expect(
      activeItemsByLane(ws, 'tier')
        .get('3')!
        .map((i) => i.id),
    ).toEqual(['sample-dark-mode']);
    expectMemoised((w) => activeItemsByLane(w, 'kind'), ws, ['items']);
  });

  it('a new item takes its lane’s value; a moved one swaps lanes', () => {
    expect(laneDefaults('kind', 'beta')).toEqual({ kind: 'beta' });
    expect(laneDefaults('tier', '1')).toEqual({ tier: 1 });
    expect(laneDefaults('region', 'EU')).toEqual({ regions: ['EU'] });
    expect(laneDefaults('region', NO_LANE)).toEqual({ regions: [] });
    expect(laneDefaults('owner', NO_LANE)).toEqual({ ownerId: null });
    expect(laneDefaults('none', 'all')).toEqual({});
    const item = sample().items['sample-payment-links']!;
    expect(laneFields(item, 'owner', 'sample-maya', 'sample-sam')).toEqual({ ownerId: 'sample-sam' });
    expect(laneFields(item, 'region', 'EU', 'JP')).toEqual({ regions: ['NA', 'UK', 'JP'] });
    expect(laneFields(item, 'kind', 'launch', 'launch')).toEqual({});
  });
});

describe('timeline rows as a read model', () => {
  it('groups like the board’s lanes, skipping empty groups', () => {
    const ws = sample();
    const groups = buildTimelineRows(ws, 'kind', new Set()).filter((r) => r.type === 'group');
    expect(groups.map((g) => g.label)).toEqual(['Beta', 'Launch', 'Rollout']);
    const areas = buildTimelineRows(ws, 'productArea', new Set()).filter((r) => r.type === 'group');
    expect(areas.map((g) => g.label)).toEqual(['Billing', 'Collaboration', 'Dashboard', 'Payments']);
  });

  it('is built once per version of the tables and per grouping and collapsed set', () => {
    const ws = sample();
    const collapsed = new Set<string>();
    for (const grouping of ['parent', 'region'] as const)
      expectMemoised((w) => buildTimelineRows(w, grouping, collapsed), ws, ['items', 'settings', 'people']);
    expect(buildTimelineRows(ws, 'parent', new Set())).not.toBe(buildTimelineRows(ws, 'parent', collapsed));
  });

  it('spans every item’s dates and at least half a year back and a year ahead', () => {
    const ws = sample();
    const { origin, end } = timelineRange(ws, TODAY);
    expect(origin <= '2026-05-30').toBe(true);
    expect(end >= '2027-11-26').toBe(true);
    expectMemoised((w) => timelineRange(w, TODAY), ws, ['items']);
  });
});
