import { describe, expect, it } from 'vitest';
import { barEnd, barStart, collisionsByItem, findCollisions } from '../../../shared/domain/items/collisions';
import { applyChange } from '../../../shared/domain/change';
import { createBlackout, deleteBlackout, updateBlackout } from '../../../shared/domain/blackouts/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { defaultItemFields } from '../../../shared/domain/items/commands';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { isoWeekKey, startOfWeek, addMonths } from '../../../shared/dates/days';
import { baseWorkspace, NOW, testContext } from '../../fixtures/workspace';

function item(id: string, patch: Partial<LaunchItem>): LaunchItem {
  return {
    ...defaultItemFields(baseWorkspace()),
    id,
    title: id,
    stageId: 'planning',
    rank: `a${id}`,
    regions: ['EU'],
    createdAt: NOW,
    updatedAt: NOW,
    ...patch,
  };
}

function withItems(...items: LaunchItem[]): Workspace {
  const ws = baseWorkspace();
  for (const i of items) ws.items[i.id] = i;
  ws.blackouts.freeze = {
    id: 'freeze',
    title: 'Freeze',
    start: '2026-12-20',
    end: '2026-12-31',
    regions: ['EU'],
    reason: '',
  };
  return ws;
}

const kinds = (ws: Workspace) => findCollisions(ws).map((c) => `${c.kind}:${c.itemIds.join('+')}`);

describe('blackout collisions', () => {
  it('catch a launch on the first and on the last day of a window, not the day before or after', () => {
    const ws = withItems(
      item('first', { launchDate: '2026-12-20' }),
      item('last', { launchDate: '2026-12-31' }),
      item('before', { launchDate: '2026-12-19' }),
      item('after', { launchDate: '2027-01-01' }),
    );
    expect(kinds(ws)).toEqual(['blackout:first', 'blackout:last']);
  });

  it('apply only to the window’s regions; a window without regions applies everywhere', () => {
    const ws = withItems(
      item('us', { launchDate: '2026-12-24', regions: ['NA'] }),
      item('none', { launchDate: '2026-12-24', regions: [] }),
    );
    expect(kinds(ws)).toEqual([]);
    ws.blackouts.freeze = { ...ws.blackouts.freeze!, regions: [] };
    expect(kinds(ws)).toEqual(['blackout:us', 'blackout:none']);
    expect(findCollisions(ws)[0]!.message).toMatch(/inside “Freeze” .*all regions/);
  });

  it('ignore items without a launch date and archived items', () => {
    const ws = withItems(
      item('undated', { startDate: '2026-12-21' }),
      item('archived', { launchDate: '2026-12-24', archived: true }),
    );
    expect(kinds(ws)).toEqual([]);
  });
});

describe('capacity collisions', () => {
  it('flag more Tier-1 go-lives in one region and ISO week than capacity', () => {
    const ws = withItems(
      item('a', { tier: 1, launchDate: '2026-11-23' }), // Monday, week 48
      item('b', { tier: 1, launchDate: '2026-11-29' }), // Sunday, still week 48
      item('c', { tier: 1, launchDate: '2026-11-30' }), // Monday, week 49
      item('beta', { tier: 1, kind: 'beta', launchDate: '2026-11-24' }),
      item('t2', { tier: 2, launchDate: '2026-11-24' }),
    );
    const found = findCollisions(ws);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'capacity', itemIds: ['a', 'b'], region: 'EU', week: '2026-W48' });
    ws.settings.workspace = { ...ws.settings.workspace!, tier1CapacityPerRegionWeek: 2 };
    expect(findCollisions(ws)).toEqual([]);
  });

  it('count per region: two regions, two separate weeks of capacity', () => {
    const ws = withItems(
      item('a', { tier: 1, launchDate: '2026-11-23', regions: ['EU', 'NA'] }),
      item('b', { tier: 1, launchDate: '2026-11-24', regions: ['NA'] }),
    );
    expect(kinds(ws)).toEqual(['capacity:a+b']);
  });

  it('uses ISO weeks across a year boundary', () => {
    expect(isoWeekKey('2026-12-31')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
  });
});

describe('dependency collisions', () => {
  it('flag a dependency that ends after the dependent starts; touching is fine', () => {
    const ws = withItems(
      item('pre', { startDate: '2026-11-01', launchDate: '2026-11-20' }),
      item('late', { startDate: '2026-11-15', launchDate: '2026-12-01', dependsOn: ['pre'] }),
      item('ok', { startDate: '2026-11-20', launchDate: '2026-12-01', dependsOn: ['pre'] }),
      item('undated', { dependsOn: ['pre'] }),
    );
    expect(kinds(ws)).toEqual(['dependency:late+pre']);
    expect(collisionsByItem(findCollisions(ws)).get('pre')).toHaveLength(1);
  });

  it('bars run from start to launch, and to the end for rollouts', () => {
    expect([
      barStart(item('x', { launchDate: '2026-12-01' })),
      barEnd(item('x', { launchDate: '2026-12-01' })),
    ]).toEqual(['2026-12-01', '2026-12-01']);
    const rollout = item('r', {
      kind: 'rollout',
      startDate: '2026-11-01',
      launchDate: '2026-11-10',
      endDate: '2026-11-30',
    });
    expect([barStart(rollout), barEnd(rollout)]).toEqual(['2026-11-01', '2026-11-30']);
    expect(barEnd({ ...rollout, kind: 'launch' })).toBe('2026-11-10');
  });
});

describe('blackout commands and calendar helpers', () => {
  it('create, edit and delete a blackout window; bad ranges and regions are refused', () => {
    let ws = baseWorkspace();
    const { change, id } = createBlackout(
      ws,
      { title: 'Holidays', start: '2026-12-24', end: '2026-12-26', regions: ['EU'], reason: '' },
      testContext(),
    );
    ws = applyChange(ws, change);
    ws = applyChange(ws, updateBlackout(ws, id, { end: '2027-01-02' }));
    expect(ws.blackouts[id]!.end).toBe('2027-01-02');
    expect(() => updateBlackout(ws, id, { end: '2026-12-01' })).toThrow(ValidationError);
    expect(() => updateBlackout(ws, id, { regions: ['XX'] })).toThrow(/Unknown region/);
    ws = applyChange(ws, deleteBlackout(ws, id));
    expect(ws.blackouts[id]).toBeUndefined();
  });

  it('week and month starts', () => {
    expect(startOfWeek('2026-11-26', 1)).toBe('2026-11-23'); // Thursday → Monday
    expect(startOfWeek('2026-11-26', 0)).toBe('2026-11-22'); // → Sunday
    expect(startOfWeek('2026-11-23', 1)).toBe('2026-11-23');
    expect(addMonths('2026-11-26', 2)).toBe('2027-01-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
  });
});
