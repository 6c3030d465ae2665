/**
 * Counting Tier-1 go-lives honestly: a launch and its own waves once per region, each region
 * against its own capacity, betas never, stored parent loops without hanging; and the
 * wave-order collisions (a wave before its launch, or before the wave numbered before it).
 */
import { describe, expect, it } from 'vitest';
import { findCollisions, type Collision } from '../../../shared/domain/items/collisions';
import { goLivesByRegionWeekOf, launchResolver, tier1GoLives } from '../../../shared/domain/items/go-lives';
import type { LaunchItem, Wave } from '../../../shared/domain/items/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item } from '../../fixtures/records';

const wave = (number: number): Wave => ({ number, rampPercent: null, status: 'planned', gateCriteria: '' });

/** A Tier-1 launch on `day` in `regions`. */
const launch = (id: string, day: string, regions: string[], fields: Partial<LaunchItem> = {}) =>
  item(id, { title: id, tier: 1, launchDate: day, regions, ...fields });

/** A rollout wave of `parentId` (its own tier stays 2: the launch's tier is what counts). */
const rollout = (
  id: string,
  parentId: string,
  day: string,
  regions: string[],
  fields: Partial<LaunchItem> = {},
) => item(id, { title: id, kind: 'rollout', parentId, launchDate: day, regions, ...fields });

const withItems = (...items: LaunchItem[]): Workspace => add(baseWorkspace(), 'items', ...items);

const capacity = (ws: Workspace) =>
  findCollisions(ws).filter((c): c is Extract<Collision, { kind: 'capacity' }> => c.kind === 'capacity');

describe('capacity: a launch and its waves count once per region', () => {
  it('the go-lives by region and week are worked out once per items table, shared by the radar and the marker', () => {
    const ws = withItems(launch('a', '2026-11-23', ['EU']), launch('b', '2026-11-24', ['EU']));
    const first = goLivesByRegionWeekOf(ws);
    expect(goLivesByRegionWeekOf({ ...ws })).toBe(first);
    expect([...first.keys()]).toEqual(['EU|2026-W48']);
    add(ws, 'items', launch('c', '2026-12-01', ['NA']));
    expect(goLivesByRegionWeekOf(ws)).not.toBe(first);
  });

  it('a launch and its own wave in the same week are one go-live, not a collision', () => {
    const ws = withItems(
      launch('links', '2026-12-14', ['NA', 'EU']),
      rollout('links-na', 'links', '2026-12-14', ['NA']),
      rollout('links-eu', 'links', '2026-12-15', ['EU']),
    );
    expect(capacity(ws)).toEqual([]);
  });

  it('a region’s go-live day is its wave’s, not the launch’s', () => {
    const ws = withItems(
      // The launch day is in week 51, but EU goes live with its wave in week 2 of 2027.
      launch('links', '2026-12-14', ['NA', 'EU']),
      rollout('links-eu', 'links', '2027-01-11', ['EU']),
      launch('payouts', '2026-12-15', ['EU']),
      launch('invoices', '2027-01-12', ['EU']),
    );
    const found = capacity(ws);
    expect(found.map((c) => c.key)).toEqual(['capacity:EU:2027-W02']);
    expect(found[0]!.launchIds).toEqual(['links', 'invoices']);
    expect(found[0]!.itemIds).toEqual(['links', 'links-eu', 'invoices']);
    expect(found[0]!.message).toBe(
      '2 Tier-1 launches going live in EU in week 2027-W02 (capacity 1): “links” (its “links-eu”, Mon 11 Jan 2027), “invoices” (Tue 12 Jan 2027).',
    );
  });

  it('with several waves in one region, the earliest sets the day; a wave may add a region', () => {
    const ws = withItems(
      launch('links', '2026-12-14', ['NA']),
      rollout('ramp-1', 'links', '2026-12-21', ['NA']),
      rollout('ramp-2', 'links', '2027-01-04', ['NA', 'JP']),
    );
    const days = tier1GoLives(ws.items).map((g) => `${g.region}@${g.day}:${g.wave?.id ?? '-'}`);
    expect(days.sort()).toEqual(['JP@2027-01-04:ramp-2', 'NA@2026-12-21:ramp-1']);
  });

  it('two different launches in one region and week collide; in different regions they do not', () => {
    const ws = withItems(launch('a', '2026-11-23', ['EU']), launch('b', '2026-11-24', ['NA']));
    expect(capacity(ws)).toEqual([]);
    const clash = withItems(launch('a', '2026-11-23', ['EU', 'NA']), launch('b', '2026-11-24', ['NA']));
    expect(capacity(clash).map((c) => c.key)).toEqual(['capacity:NA:2026-W48']);
  });

  it('each region has its own capacity; without one it takes the workspace figure', () => {
    const ws = withItems(launch('a', '2026-11-23', ['EU', 'NA']), launch('b', '2026-11-24', ['EU', 'NA']));
    expect(capacity(ws).map((c) => c.key)).toEqual(['capacity:EU:2026-W48', 'capacity:NA:2026-W48']);
    ws.settings.workspace = { ...ws.settings.workspace!, tier1CapacityByRegion: { NA: 2 } };
    expect(capacity(ws).map((c) => `${c.key} of ${c.capacity}`)).toEqual(['capacity:EU:2026-W48 of 1']);
    ws.settings.workspace = { ...ws.settings.workspace!, tier1CapacityPerRegionWeek: 2 };
    expect(capacity(ws)).toEqual([]);
    ws.settings.workspace = { ...ws.settings.workspace!, tier1CapacityByRegion: { EU: 1 } };
    expect(capacity(ws).map((c) => c.key)).toEqual(['capacity:EU:2026-W48']);
  });

  it('betas never count, nor waves of a beta; the launch’s tier counts, not the wave’s', () => {
    const ws = withItems(
      launch('a', '2026-11-23', ['EU']),
      item('preview', { kind: 'beta', tier: 1, launchDate: '2026-11-24', regions: ['EU'] }),
      rollout('preview-wave', 'preview', '2026-11-24', ['EU'], { tier: 1 }),
      launch('small', '2026-11-25', ['EU'], { tier: 2 }),
      rollout('small-wave', 'small', '2026-11-25', ['EU'], { tier: 1 }),
    );
    expect(capacity(ws)).toEqual([]);
    // The wave of a Tier-1 launch counts even though the wave itself says Tier 2.
    add(ws, 'items', launch('b', '2026-12-30', ['JP']), rollout('b-eu', 'b', '2026-11-26', ['EU']));
    expect(capacity(ws).map((c) => c.launchIds)).toEqual([['a', 'b']]);
  });

  it('archived launches take their waves with them; archived waves are left out', () => {
    const ws = withItems(
      launch('a', '2026-11-23', ['EU']),
      launch('gone', '2026-12-30', ['JP'], { archived: true }),
      rollout('gone-eu', 'gone', '2026-11-24', ['EU']),
      launch('b', '2026-12-30', ['JP']),
      rollout('b-eu', 'b', '2026-11-24', ['EU'], { archived: true }),
    );
    expect(capacity(ws)).toEqual([]);
  });

  it('follows nested rollouts up to their launch, and stops at a stored parent loop', () => {
    const ws = withItems(
      launch('a', '2026-11-23', ['EU']),
      rollout('outer', 'a', '2026-12-30', ['JP']),
      rollout('inner', 'outer', '2026-11-24', ['EU']),
      // A loop of rollouts, stored before loops were refused: each stands alone.
      rollout('loop-1', 'loop-2', '2026-11-25', ['EU'], { tier: 1 }),
      rollout('loop-2', 'loop-1', '2026-12-30', ['NA'], { tier: 1 }),
    );
    const launchOf = launchResolver(ws.items);
    expect(launchOf(ws.items.inner!).id).toBe('a');
    expect(launchOf(ws.items['loop-1']!).id).toBe('loop-1');
    // EU in week 48: "a" (through "inner") and loop-1 on its own.
    expect(capacity(ws).map((c) => c.launchIds)).toEqual([['a', 'loop-1']]);
  });

  it('keys name the region and week; the fingerprint the members and their days', () => {
    const ws = withItems(launch('a', '2026-11-23', ['EU']), launch('b', '2026-11-24', ['EU']));
    const [before] = capacity(ws);
    expect(before!.key).toBe('capacity:EU:2026-W48');
    add(ws, 'items', { ...ws.items.b!, launchDate: '2026-11-25' });
    const [after] = capacity(ws);
    expect(after!.key).toBe(before!.key);
    expect(after!.fingerprint).not.toBe(before!.fingerprint);
  });
});

describe('wave order', () => {
  const order = (ws: Workspace) =>
    findCollisions(ws)
      .filter((c) => c.kind === 'wave-order')
      .map((c) => `${c.key} | ${c.message}`);

  it('a wave going live before its launch', () => {
    const ws = withItems(
      launch('links', '2026-12-14', ['NA'], { title: 'Payment Links v2' }),
      rollout('na', 'links', '2026-12-10', ['NA'], { title: 'NA wave', wave: wave(1) }),
      rollout('eu', 'links', '2026-12-14', ['EU'], { title: 'EU wave' }),
    );
    expect(order(ws)).toEqual([
      'wave-order:na:links | “NA wave” (wave 1) goes live on Thu 10 Dec 2026, before its launch “Payment Links v2” on Mon 14 Dec 2026.',
    ]);
  });

  it('a wave going live before the wave numbered before it; waves of one number run side by side', () => {
    const ws = withItems(
      launch('links', '2026-12-01', ['NA']),
      rollout('na', 'links', '2026-12-14', ['NA'], { title: 'NA', wave: wave(1) }),
      rollout('uk', 'links', '2026-12-14', ['UK'], { title: 'UK', wave: wave(1) }),
      rollout('eu', 'links', '2026-12-10', ['EU', 'UK'], { title: 'EU & UK wave', wave: wave(2) }),
      rollout('jp', 'links', '2026-12-20', ['JP'], { title: 'JP', wave: wave(4) }),
      rollout('unnumbered', 'links', '2026-12-02', ['APAC'], { title: 'APAC' }),
    );
    expect(order(ws)).toEqual([
      'wave-order:eu:na | “EU & UK wave” (wave 2) goes live on Thu 10 Dec 2026, before wave 1 (“NA”) on Mon 14 Dec 2026.',
      'wave-order:eu:uk | “EU & UK wave” (wave 2) goes live on Thu 10 Dec 2026, before wave 1 (“UK”) on Mon 14 Dec 2026.',
    ]);
    // Wave 4 follows wave 2 (the nearest lower number) and goes live after it: in order.
    add(ws, 'items', { ...ws.items.eu!, launchDate: '2026-12-21' });
    expect(order(ws)).toEqual([
      'wave-order:jp:eu | “JP” (wave 4) goes live on Sun 20 Dec 2026, before wave 2 (“EU & UK wave”) on Mon 21 Dec 2026.',
    ]);
  });

  it('the same day is in order; waves without a day, and waves of a beta, are left out', () => {
    const ws = withItems(
      launch('links', '2026-12-14', ['NA']),
      rollout('na', 'links', '2026-12-14', ['NA'], { wave: wave(1) }),
      rollout('eu', 'links', '2026-12-14', ['EU'], { wave: wave(2) }),
      rollout('undated', 'links', '', ['EU'], { launchDate: null, wave: wave(3) }),
      item('preview', { kind: 'beta', launchDate: '2026-12-20' }),
      rollout('preview-wave', 'preview', '2026-12-01', ['EU']),
    );
    expect(order(ws)).toEqual([]);
  });
});
