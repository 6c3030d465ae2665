/**
 * The read models a screen reads per item: one item's open collisions (openCollisionsByItem)
 * and one item's row with its health (rowsById), each worked out on first ask. They must give
 * what the whole radar and the whole list give — asked in any order, on the sample and on a
 * generated workspace with blackouts, capacity, dependencies, waves and acknowledgements — and
 * an edit of one item must not work out the health of the others again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../shared/dates/days';
import { findCollisions } from '../../../shared/domain/items/collisions';
import { launchWavesOf } from '../../../shared/domain/items/go-lives';
import type { HealthEvidence } from '../../../shared/domain/items/health';
import type { Workspace } from '../../../shared/domain/workspace';
import { collisionReport, lateDependenciesOf, openCollisionsByItem } from '../../../shared/views/collisions';
import { buildRows, rowsById } from '../../../shared/views/launch-rows';
import { generateWorkspace } from '../../bench/generate';
import { sample, TODAY } from '../../fixtures/workspace';

/** Which items' health was worked out (healthOf wrapped, otherwise as it is). */
const healthAsked = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock('../../../shared/domain/items/health', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../shared/domain/items/health')>();
  return {
    ...original,
    healthOf: (evidence: HealthEvidence) => {
      healthAsked.ids.push(evidence.item.id);
      return original.healthOf(evidence);
    },
  };
});
beforeEach(() => {
  healthAsked.ids.length = 0;
});

/** A fresh copy of every table: nothing memoised for it yet. */
const fresh = (ws: Workspace): Workspace =>
  Object.fromEntries(Object.entries(ws).map(([name, table]) => [name, { ...table }])) as Workspace;

/** 600 items with blackouts, Tier-1 weeks over capacity, late dependencies and waves. */
function generated(): Workspace {
  return generateWorkspace({ items: 600, readinessPerItem: 2, dependencies: 150, seed: 7, today: TODAY });
}

/** `ws` with every third collision acknowledged (and one acknowledgement gone stale). */
function withAcknowledgements(ws: Workspace): Workspace {
  const next = fresh(ws);
  collisionReport(ws).list.forEach((collision, i) => {
    if (i % 3) return;
    next.acknowledgements[collision.key] = {
      id: collision.key,
      note: 'Accepted',
      fingerprint: i % 2 ? collision.fingerprint : 'dates since changed',
      acknowledgedBy: null,
      acknowledgedAt: '2026-11-01T00:00:00.000Z',
    };
  });
  return next;
}

const workspaces: [string, () => Workspace][] = [
  ['the sample', sample],
  ['a generated workspace', generated],
  ['a generated workspace with acknowledgements', () => withAcknowledgements(generated())],
];

describe.each(workspaces)('per item, on %s', (_name, make) => {
  it('the open collisions of each item are those of the whole report, asked last first', () => {
    const ws = make();
    const lazy = openCollisionsByItem(fresh(ws));
    const ids = Object.keys(ws.items).reverse();
    const perItem = ids.map((id) => lazy.get(id));
    const { byItem, list } = collisionReport(fresh(ws));
    // Generated, every rule has something to find: blackouts, capacity, dependencies, wave order.
    if (make !== sample)
      expect(new Set(list.map((c) => c.kind))).toEqual(
        new Set(['blackout', 'capacity', 'dependency', 'wave-order']),
      );
    expect(perItem).toEqual(ids.map((id) => byItem.get(id)));
    // Read whole, it is the report's map, entry for entry (in storage order rather than the list's).
    expect(new Map(openCollisionsByItem(fresh(ws)))).toEqual(byItem);
  });

  it('the late dependencies are the report’s', () => {
    const ws = make();
    expect([...lateDependenciesOf(fresh(ws))]).toEqual([...collisionReport(fresh(ws)).lateDependencies]);
  });

  it('each row and its health are those of the whole list, asked last first', () => {
    const ws = make();
    const lazy = rowsById(fresh(ws), TODAY);
    const ids = Object.keys(ws.items).reverse();
    const shown = (id: string) => {
      const row = lazy.get(id)!;
      return [row.item, row.health, row.progress, row.decision, row.stageName, row.ownerName, row.searchText];
    };
    const perItem = ids.map(shown);
    const whole = new Map(buildRows(fresh(ws), TODAY).map((row) => [row.item.id, row]));
    expect(perItem).toEqual(
      ids.map((id) => {
        const row = whole.get(id)!;
        return [
          row.item,
          row.health,
          row.progress,
          row.decision,
          row.stageName,
          row.ownerName,
          row.searchText,
        ];
      }),
    );
  });
});

describe('the radar after an edit', () => {
  it('keeps every collision of records the edit did not touch, and equals one worked out afresh', () => {
    const ws = generated();
    const before = collisionReport(ws).list;
    const edited = before.find((c) => c.kind === 'blackout')!.itemIds[0];
    const item = ws.items[edited]!;
    const moved = { ...item, startDate: null, launchDate: addDays(item.launchDate!, 1) };
    const next = { ...ws, items: { ...ws.items, [edited]: moved } };
    const after = collisionReport(next).list;
    expect(after).toEqual(findCollisions(next));
    // Untouched: naming neither the item nor its launch and that launch's waves.
    const { launchOf, waves } = launchWavesOf(next);
    const launch = launchOf(moved).id;
    const touched = new Set([edited, launch, ...(waves.get(launch) ?? []).map((w) => w.id)]);
    const untouched = after.filter((c) => !c.itemIds.some((id) => touched.has(id)));
    expect(untouched.length).toBeGreaterThan(after.length / 2);
    const kept = new Set(before);
    expect(untouched.filter((c) => !kept.has(c))).toEqual([]);
  });
});

describe('health worked out on demand', () => {
  it('only for the rows asked for', () => {
    const ws = generated();
    const ids = Object.keys(ws.items).slice(100, 140);
    const rows = rowsById(ws, TODAY);
    for (const id of ids) expect(rows.get(id)!.health.health).toMatch(/track|risk/);
    expect(healthAsked.ids.sort()).toEqual([...ids].sort());
    // Asked again: the same rows, nothing worked out again.
    for (const id of ids) void rows.get(id)!.health;
    expect(healthAsked.ids).toHaveLength(ids.length);
  });

  it('an edit of one item works out that item’s health again, not the others’', () => {
    const ws = generated();
    const ids = Object.keys(ws.items).slice(0, 60);
    for (const id of ids) void rowsById(ws, TODAY).get(id)!.health;
    expect(healthAsked.ids).toHaveLength(60);
    healthAsked.ids.length = 0;

    // A field no other row shows: the other 59 rows are the same objects, their health kept.
    const edited = ids[7]!;
    const next = { ...ws, items: { ...ws.items, [edited]: { ...ws.items[edited]!, summary: 'Edited' } } };
    const before = ids.map((id) => rowsById(ws, TODAY).get(id));
    const after = ids.map((id) => rowsById(next, TODAY).get(id));
    for (const row of after) void row!.health;
    expect(healthAsked.ids).toEqual([edited]);
    expect(after.filter((row, i) => row !== before[i]).map((row) => row!.item.id)).toEqual([edited]);
  });
});
