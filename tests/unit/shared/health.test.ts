/**
 * Health as every view reads it: from the launch rows read model, which joins the item with
 * its checklist, the decision standing today, the collisions touching it and where its stage
 * is relative to the gate — and rebuilds a row only when one of those changed for that item.
 */
import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../shared/domain/readiness/rules';
import type { Workspace } from '../../../shared/domain/workspace';
import { buildRows, rowsById } from '../../../shared/views/launch-rows';
import { add, decision, item, readiness } from '../../fixtures/records';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';

/** Two launches in Readiness: x launches 10 Dec in EU, y 20 Jan; nothing holds either back. */
function workspace(): Workspace {
  return add(
    baseWorkspace(),
    'items',
    item('x', { title: 'Checkout', launchDate: '2026-12-10', regions: ['EU'] }),
    item('y', { title: 'Billing', launchDate: '2027-01-20' }),
  );
}
const rowOf = (ws: Workspace, id: string) => rowsById(ws, TODAY).get(id)!;

describe('health in the launch rows', () => {
  it('is on track with nothing against it, and counts readiness progress', () => {
    const ws = add(
      workspace(),
      'readiness',
      readiness('r', 'x', { status: 'done', evidence: 'link' }),
      readiness('s', 'x'),
    );
    expect(rowOf(ws, 'x').health).toEqual({
      health: 'on-track',
      reasons: [],
      overridden: false,
      computed: { health: 'on-track', reasons: [] },
    });
    expect(rowOf(ws, 'x').progress).toEqual(progressOf([ws.readiness.r!, ws.readiness.s!]));
    expect(rowOf(ws, 'x').decision).toBeNull();
  });

  it('reads the standing decision: a No-go turns it off track; one dated after today does not count', () => {
    const ws = add(
      workspace(),
      'decisions',
      decision('n', 'x', { outcome: 'no-go', decidedOn: '2026-11-20', reevaluateOn: '2026-12-04' }),
      decision('g', 'x', { outcome: 'go', decidedOn: '2026-12-01' }),
    );
    expect(rowOf(ws, 'x').decision).toBe(ws.decisions.n);
    expect(rowOf(ws, 'x').health).toMatchObject({
      health: 'off-track',
      reasons: ['No-go recorded 20 Nov; re-evaluate 4 Dec'],
    });
    expect(rowsById(ws, '2026-12-01').get('x')!.decision).toBe(ws.decisions.g);
  });

  it('reads collisions: a blackout over the launch day in one of its regions puts it at risk', () => {
    const ws = add(workspace(), 'blackouts', {
      id: 'b',
      title: 'Holiday freeze',
      start: '2026-12-08',
      end: '2026-12-12',
      regions: ['EU', 'UK'],
      reason: '',
    });
    expect(rowOf(ws, 'x').health).toMatchObject({
      health: 'at-risk',
      reasons: ['Blackout: Holiday freeze (EU)'],
    });
    expect(rowOf(ws, 'y').health.health).toBe('on-track');
  });

  it('knows where the gate is: a launch day passed is off track before it, quiet after it or with no gate', () => {
    // Tables are replaced, as a Change replaces them: the read model is memoised on them.
    const ws = add(workspace(), 'items', item('x', { launchDate: '2026-10-03', stageId: 'planning' }));
    expect(rowOf(ws, 'x').health.reasons[0]).toBe('Launch day 3 Oct passed; still in Planning');
    add(ws, 'items', item('x', { launchDate: '2026-10-03', stageId: 'retrospective' }));
    expect(rowOf(ws, 'x').health.health).toBe('on-track');
    add(ws, 'items', item('x', { launchDate: '2026-10-03', stageId: 'planning' }));
    add(ws, 'settings', { ...ws.settings.workspace!, launchedStageId: null });
    expect(rowOf(ws, 'x').health.health).toBe('on-track');
  });

  it('keeps an override with the computed verdict beside it', () => {
    const ws = add(
      workspace(),
      'readiness',
      readiness('r', 'x', { title: 'Privacy', requiredSignOff: true, status: 'blocked' }),
    );
    ws.items.x = { ...ws.items.x!, healthOverride: { health: 'on-track', reason: 'Vendor confirmed' } };
    expect(rowOf(ws, 'x').health).toEqual({
      health: 'on-track',
      reasons: ['Vendor confirmed'],
      overridden: true,
      computed: { health: 'off-track', reasons: ['1 required item blocked: Privacy'] },
    });
  });
});

describe('rows are rebuilt only for the items whose health inputs changed', () => {
  const changedTitles = (before: Workspace, after: Workspace) => {
    const old = new Set(buildRows(before, TODAY));
    return buildRows(after, TODAY)
      .filter((row) => !old.has(row))
      .map((row) => row.item.title);
  };

  it('a decision recorded for one item rebuilds its row only', () => {
    const ws = workspace();
    const decided = add({ ...ws }, 'decisions', decision('g', 'x'));
    expect(changedTitles(ws, decided)).toEqual(['Checkout']);
  });

  it('a blackout rebuilds the rows it collides with, and a renamed blackout them again', () => {
    const ws = workspace();
    const blackout = {
      id: 'b',
      title: 'Freeze',
      start: '2026-12-10',
      end: '2026-12-10',
      regions: [],
      reason: '',
    };
    const frozen = add({ ...ws }, 'blackouts', blackout);
    expect(changedTitles(ws, frozen)).toEqual(['Checkout']);
    const renamed = add({ ...frozen }, 'blackouts', { ...blackout, title: 'Deep freeze' });
    expect(changedTitles(frozen, renamed)).toEqual(['Checkout']);
    expect(rowOf(renamed, 'x').health.reasons).toEqual(['Blackout: Deep freeze (all regions)']);
    const unrelated = add({ ...renamed }, 'blackouts', {
      ...blackout,
      id: 'c',
      start: '2027-06-01',
      end: '2027-06-02',
    });
    expect(changedTitles(renamed, unrelated)).toEqual([]);
  });
});
