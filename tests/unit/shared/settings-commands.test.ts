import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import {
  addFunction,
  addRegion,
  addStage,
  removeFunction,
  removeRegion,
  removeStage,
  renameStage,
  reorderStage,
  updateSettings,
} from '../../../shared/domain/settings/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { settingsOf } from '../../../shared/domain/workspace';
import { baseWorkspace, sample, testContext } from '../../fixtures/workspace';

describe('stage commands', () => {
  it('adds, renames and reorders stages', () => {
    let ws = baseWorkspace();
    ws = applyChange(ws, addStage(ws, 'Private preview', testContext('stage')));
    ws = applyChange(ws, renameStage(ws, 'stage-1', 'Preview'));
    ws = applyChange(ws, reorderStage(ws, 'stage-1', 1));
    expect(settingsOf(ws).stages.map((s) => s.name)).toEqual([
      'Planning',
      'Preview',
      'Beta',
      'Readiness',
      'Rolling out',
      'Launched',
      'Retrospective',
    ]);
  });

  it('refuses an empty or duplicate stage name', () => {
    const ws = baseWorkspace();
    expect(() => renameStage(ws, 'beta', '  ')).toThrow(ValidationError);
    expect(() => addStage(ws, 'planning', testContext())).toThrow(ValidationError);
  });

  it('removing a stage with items moves them to the chosen stage, and undo puts everything back', () => {
    const ws = sample();
    expect(() => removeStage(ws, 'readiness', null, testContext())).toThrow(
      /Choose another stage for the 3 item/,
    );
    const change = removeStage(ws, 'readiness', 'planning', testContext());
    const after = applyChange(ws, change);
    expect(settingsOf(after).stages.some((s) => s.id === 'readiness')).toBe(false);
    expect(Object.values(after.items).filter((i) => i.stageId === 'readiness')).toHaveLength(0);
    expect(after.items['sample-dark-mode']!.stageId).toBe('planning');
    const ranks = Object.values(after.items)
      .filter((i) => i.stageId === 'planning')
      .map((i) => i.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('removing the launched stage turns the gate off', () => {
    const ws = sample();
    const after = applyChange(ws, removeStage(ws, 'launched', 'rolling-out', testContext()));
    expect(settingsOf(after).launchedStageId).toBeNull();
  });
});

describe('region and function commands', () => {
  it('adds a region with an upper-cased code and refuses a duplicate', () => {
    const ws = baseWorkspace();
    const after = applyChange(ws, addRegion(ws, { code: 'mena', name: 'Middle East' }));
    expect(settingsOf(after).regions.at(-1)).toEqual({ code: 'MENA', name: 'Middle East' });
    expect(() => addRegion(after, { code: 'MENA', name: 'Again' })).toThrow(ValidationError);
  });

  it('explains what still uses a region before removing it', () => {
    const ws = sample();
    expect(() => removeRegion(ws, 'JP')).toThrow(CommandError);
    expect(() => removeRegion(ws, 'JP')).toThrow(
      /JP is still used by 3 launch items, 1 blackout window, 1 person, 1 feedback item/,
    );
    const empty = baseWorkspace();
    expect(
      settingsOf(applyChange(empty, removeRegion(empty, 'LATAM'))).regions.map((r) => r.code),
    ).not.toContain('LATAM');
  });

  it('refuses to remove a readiness function in use; removes an unused one', () => {
    const ws = sample();
    expect(() => removeFunction(ws, 'docs')).toThrow(/still used by .*readiness items and .*playbooks/);
    const added = applyChange(ws, addFunction(ws, 'Partnerships', testContext('fn')));
    const removed = applyChange(added, removeFunction(added, 'fn-1'));
    expect(settingsOf(removed).functions).toEqual(settingsOf(ws).functions);
  });

  it('validates workspace-wide settings', () => {
    const ws = baseWorkspace();
    expect(() => updateSettings(ws, { tier1CapacityPerRegionWeek: 0 })).toThrow(ValidationError);
    expect(settingsOf(applyChange(ws, updateSettings(ws, { weekStartsOn: 0 }))).weekStartsOn).toBe(0);
  });
});
