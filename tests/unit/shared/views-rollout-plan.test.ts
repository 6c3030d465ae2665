/**
 * The rollout plan read model: a launch's waves in plan order, each with its T+offset from the
 * launch, readiness per function, health and the wave before it; regions no wave covers yet.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { createWavesFromTemplate } from '../../../shared/domain/rollouts/commands';
import { rolloutPlanOf } from '../../../shared/views/rollout-plan';
import { add, item, laterContext, readiness } from '../../fixtures/records';
import { expectMemoised } from '../../fixtures/views';
import { baseWorkspace, TODAY } from '../../fixtures/workspace';

function launchWithWaves() {
  const ws = baseWorkspace();
  add(ws, 'items', item('L', { launchDate: '2027-03-01', regions: ['NA', 'EU', 'UK', 'APAC', 'JP'] }));
  return applyChange(ws, createWavesFromTemplate(ws, 'L', 'na-eu-apac', laterContext()));
}

describe('rolloutPlanOf', () => {
  it('lists the waves in plan order with their offset from T-0 and the wave before', () => {
    const ws = launchWithWaves();
    add(
      ws,
      'items',
      item('loose', { kind: 'rollout', parentId: 'L', title: 'Late JP', launchDate: '2027-02-20' }),
      item('beta', { kind: 'beta', parentId: 'L', title: 'Preview' }),
      item('old', { kind: 'rollout', parentId: 'L', title: 'Archived', archived: true }),
    );
    const plan = rolloutPlanOf(ws, 'L', TODAY);
    expect(
      plan.waves.map((w) => [
        w.wave?.number ?? null,
        w.item.regions,
        w.offsetDays,
        w.previous?.title ?? null,
      ]),
    ).toEqual([
      [1, ['NA'], 0, null],
      [2, ['EU', 'UK'], 14, 'Item L — NA wave'],
      [3, ['APAC'], 28, 'Item L — EU & UK wave'],
      // Not numbered yet: after the numbered waves, whatever its day.
      [null, [], -9, 'Item L — APAC wave'],
    ]);
    expect(plan.uncoveredRegions).toEqual(['JP']);
    expect(plan.waves[0]!.row.health.health).toMatch(/on-track|at-risk|off-track/);
  });

  it('counts readiness per function, in the workspace’s function order', () => {
    const ws = launchWithWaves();
    const na = rolloutPlanOf(ws, 'L', TODAY).waves[0]!;
    const line = Object.values(ws.readiness).find(
      (r) => r.itemId === na.item.id && r.functionId === 'support',
    )!;
    add(
      ws,
      'readiness',
      { ...line, status: 'done', evidence: 'Rota signed' },
      readiness('extra', na.item.id, { functionId: 'support', status: 'not-needed' }),
    );
    const progress = rolloutPlanOf(ws, 'L', TODAY).waves[0]!.readinessByFunction;
    expect(progress.map((p) => [p.functionName, p.done, p.total])).toEqual([
      ['Support', 2, 2],
      ['Legal & Compliance', 0, 1],
      ['Finance & Pricing', 0, 1],
      ['Localisation', 0, 1],
      ['Regional go-to-market', 0, 1],
    ]);
  });

  it('has no waves for a launch without children, and no offset without a launch day', () => {
    const ws = baseWorkspace();
    add(ws, 'items', item('L'), item('w', { kind: 'rollout', parentId: 'L', launchDate: '2027-01-01' }));
    expect(rolloutPlanOf(ws, 'nobody', TODAY)).toEqual({ waves: [], uncoveredRegions: [] });
    expect(rolloutPlanOf(ws, 'L', TODAY).waves[0]!.offsetDays).toBeNull();
  });

  it('is memoised on the tables it reads', () => {
    expectMemoised((ws) => rolloutPlanOf(ws, 'L', TODAY), launchWithWaves(), [
      'items',
      'readiness',
      'settings',
      'people',
      'decisions',
      'blackouts',
      'acknowledgements',
    ]);
  });
});
