/**
 * Removing and reordering stages: the gate stays on unless its own stage goes, the items of a
 * removed stage land at the foot of the chosen one in their order, and every refusal says why.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { byRank } from '../../../shared/domain/ranks';
import {
  addStage,
  itemsInStage,
  removeStage,
  renameStage,
  reorderStage,
} from '../../../shared/domain/settings/commands';
import { settingsOf, type Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, decision, item, laterContext, readiness } from '../../fixtures/records';

const stageIds = (ws: Workspace) => settingsOf(ws).stages.map((s) => s.id);
const column = (ws: Workspace, stageId: string) =>
  Object.values(ws.items)
    .filter((i) => i.stageId === stageId)
    .sort(byRank)
    .map((i) => i.id);

describe('removeStage', () => {
  it('keeps the gate on when any other stage is removed', () => {
    for (const stageId of ['planning', 'beta', 'readiness', 'rolling-out', 'retrospective']) {
      const ws = baseWorkspace();
      const after = applyChange(ws, removeStage(ws, stageId, null, laterContext()));
      expect(settingsOf(after).launchedStageId, stageId).toBe('launched');
      expect(stageIds(after), stageId).toEqual(stageIds(ws).filter((id) => id !== stageId));
    }
  });

  it('turns the gate off only when the launched stage itself is removed', () => {
    const ws = baseWorkspace();
    const after = applyChange(ws, removeStage(ws, 'launched', null, laterContext()));
    expect(settingsOf(after).launchedStageId).toBeNull();
  });

  it('moves its items, archived too, to the foot of the chosen stage in their order, stamped', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('b2', { stageId: 'beta', rank: 'a2', archived: true }),
      item('b1', { stageId: 'beta', rank: 'a1' }),
      item('p1', { stageId: 'planning', rank: 'a5' }),
      item('r1', { stageId: 'readiness', rank: 'a0' }),
    );
    const ctx = laterContext();
    const change = removeStage(ws, 'beta', 'planning', ctx);
    expect(change.label).toBe('Remove stage “Beta”');
    expect(change.ops.map((op) => `${op.table}/${op.id}`)).toEqual([
      'settings/workspace',
      'items/b1',
      'items/b2',
    ]);
    const after = applyChange(ws, change);
    expect(column(after, 'planning')).toEqual(['p1', 'b1', 'b2']);
    expect(after.items.b1).toMatchObject({ stageId: 'planning', updatedAt: ctx.now, archived: false });
    expect(after.items.b2).toMatchObject({ stageId: 'planning', updatedAt: ctx.now, archived: true });
    expect(after.items.r1).toBe(ws.items.r1);
    expect(after.items.p1).toBe(ws.items.p1);
    expect(itemsInStage(after, 'beta')).toBe(0);
    expect(itemsInStage(after, 'planning')).toBe(3);
  });

  it('needs another existing stage for its items, and none when it is empty', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('b1', { stageId: 'beta' }),
      item('b2', { stageId: 'beta' }),
    );
    const message = 'Choose another stage for the 2 item(s) in “Beta”.';
    expect(() => removeStage(ws, 'beta', null, laterContext())).toThrow(message);
    expect(() => removeStage(ws, 'beta', 'beta', laterContext())).toThrow(message);
    expect(() => removeStage(ws, 'beta', 'nowhere', laterContext())).toThrow(message);
    expect(removeStage(ws, 'planning', null, laterContext()).ops.map((op) => op.table)).toEqual(['settings']);
  });

  it('refuses a stage that is gone and the last stage', () => {
    const ws = baseWorkspace();
    expect(() => removeStage(ws, 'gone', null, laterContext())).toThrow('That stage no longer exists.');
    const settings = settingsOf(ws);
    ws.settings.workspace = { ...settings, stages: [settings.stages[0]!], launchedStageId: null };
    expect(() => removeStage(ws, 'planning', null, laterContext())).toThrow(
      'A workspace keeps at least one stage.',
    );
  });

  it('is held by the gate when its items would move into Launched: one named, several counted', () => {
    const one = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', stageId: 'rolling-out' }));
    add(one, 'readiness', readiness('r', 'x', { title: 'Privacy', requiredSignOff: true }));
    expect(() => removeStage(one, 'rolling-out', 'launched', laterContext())).toThrow(
      '“Checkout” cannot move to Launched: 1 required sign-off is open — Privacy (Legal & Compliance). ' +
        'Complete them, or record a Go or Conditional go to launch anyway. Choose another stage.',
    );
    const two = add(one, 'items', item('y', { title: 'Billing', stageId: 'rolling-out' }));
    add(two, 'decisions', decision('n', 'y', { outcome: 'no-go', reevaluateOn: '2026-12-04' }));
    expect(() => removeStage(two, 'rolling-out', 'launched', laterContext())).toThrow(
      /^2 items cannot move there: the go\/no-go gate holds them \(“Checkout” cannot move to Launched: .*\) Choose another stage\.$/,
    );
    // With a Go for each, they may go.
    add(
      two,
      'decisions',
      decision('g1', 'x', { decidedOn: '2026-11-25' }),
      decision('g2', 'y', { decidedOn: '2026-11-25' }),
    );
    expect(
      column(applyChange(two, removeStage(two, 'rolling-out', 'launched', laterContext())), 'launched'),
    ).toEqual(expect.arrayContaining(['x', 'y']));
  });
});

describe('other stage commands', () => {
  it('add, rename (trimmed) and refuse to rename a stage that is gone', () => {
    const ws = baseWorkspace();
    const added = applyChange(ws, addStage(ws, '  Sunset ', laterContext()));
    expect(settingsOf(added).stages.at(-1)).toEqual({ id: 'new-1', name: 'Sunset' });
    const renamed = renameStage(added, 'new-1', ' Sunsetting ');
    expect(renamed.label).toBe('Rename stage to “Sunsetting”');
    expect(settingsOf(applyChange(added, renamed)).stages.at(-1)).toEqual({
      id: 'new-1',
      name: 'Sunsetting',
    });
    expect(() => renameStage(ws, 'gone', 'x')).toThrow('That stage no longer exists.');
  });

  it('reorders a stage to a position, clamped to the ends', () => {
    const ws = baseWorkspace();
    const order = (toIndex: number) => stageIds(applyChange(ws, reorderStage(ws, 'beta', toIndex)));
    expect(order(0)).toEqual(['beta', 'planning', 'readiness', 'rolling-out', 'launched', 'retrospective']);
    expect(order(3)).toEqual(['planning', 'readiness', 'rolling-out', 'beta', 'launched', 'retrospective']);
    expect(order(-4)).toEqual(['beta', 'planning', 'readiness', 'rolling-out', 'launched', 'retrospective']);
    expect(order(99)).toEqual(['planning', 'readiness', 'rolling-out', 'launched', 'retrospective', 'beta']);
    expect(reorderStage(ws, 'beta', 0).label).toBe('Move stage “Beta”');
    expect(() => reorderStage(ws, 'gone', 0)).toThrow('That stage no longer exists.');
  });
});
