/**
 * Regions, readiness functions, decisions and blackout windows through their commands, with
 * the exact words a person reads when something is refused and the exact records written.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import {
  addFunction,
  addRegion,
  regionUsage,
  removeFunction,
  removeRegion,
  renameFunction,
  renameRegion,
  updateSettings,
} from '../../../shared/domain/settings/commands';
import {
  deleteDecision,
  recordDecision,
  type DecisionFields,
} from '../../../shared/domain/decisions/commands';
import { createBlackout, deleteBlackout, updateBlackout } from '../../../shared/domain/blackouts/commands';
import { settingsOf } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext, readiness } from '../../fixtures/records';

describe('regions', () => {
  it('adds one trimmed and upper-cased, and names a duplicate', () => {
    const ws = baseWorkspace();
    const change = addRegion(ws, { code: ' mena ', name: ' Middle East ' });
    expect(change.label).toBe('Add region MENA');
    expect(settingsOf(applyChange(ws, change)).regions.at(-1)).toEqual({ code: 'MENA', name: 'Middle East' });
    expect(() => addRegion(ws, { code: 'eu', name: 'Again' })).toThrow('Region EU already exists');
  });

  it('renames one, leaving the others', () => {
    const ws = baseWorkspace();
    const change = renameRegion(ws, 'EU', ' Europe ');
    expect(change.label).toBe('Rename region EU');
    const regions = settingsOf(applyChange(ws, change)).regions;
    expect(regions.find((r) => r.code === 'EU')!.name).toBe('Europe');
    expect(regions.find((r) => r.code === 'NA')!.name).toBe('North America');
  });

  it('lists what still uses a region, kind by kind, and only kinds that do', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('a', { regions: ['JP'] }),
      item('b', { regions: ['JP', 'EU'] }),
    );
    expect(regionUsage(ws, 'JP')).toEqual(['2 launch items']);
    // Ana is in EU (fixture).
    expect(regionUsage(ws, 'EU')).toEqual(['1 launch item', '1 person']);
    expect(regionUsage(ws, 'LATAM')).toEqual([]);
    expect(() => removeRegion(ws, 'EU')).toThrow(
      'EU is still used by 1 launch item, 1 person. Remove it from them first.',
    );
    const change = removeRegion(ws, 'LATAM');
    expect(change.label).toBe('Remove region LATAM');
    expect(settingsOf(applyChange(ws, change)).regions.map((r) => r.code)).toEqual([
      'NA',
      'EU',
      'UK',
      'APAC',
      'JP',
    ]);
  });
});

describe('readiness functions', () => {
  it('adds, renames and removes an unused one', () => {
    const ws = baseWorkspace();
    const added = addFunction(ws, ' Partnerships ', laterContext('fn'));
    expect(added.label).toBe('Add function “Partnerships”');
    const withIt = applyChange(ws, added);
    expect(settingsOf(withIt).functions.at(-1)).toEqual({ id: 'fn-1', name: 'Partnerships' });
    const renamed = renameFunction(withIt, 'fn-1', ' Alliances ');
    expect(renamed.label).toBe('Rename function to “Alliances”');
    const after = applyChange(withIt, renamed);
    expect(settingsOf(after).functions.at(-1)).toEqual({ id: 'fn-1', name: 'Alliances' });
    expect(settingsOf(after).functions[0]).toEqual(settingsOf(ws).functions[0]);
    const removed = removeFunction(after, 'fn-1');
    expect(removed.label).toBe('Remove function “Alliances”');
    expect(settingsOf(applyChange(after, removed)).functions).toEqual(settingsOf(ws).functions);
  });

  it('refuses one still used, saying by what', () => {
    const base = baseWorkspace();
    const withFn = applyChange(base, addFunction(base, 'Partnerships', laterContext('fn')));
    const ws = add(withFn, 'readiness', readiness('r1', 'x', { functionId: 'fn-1' }));
    expect(() => removeFunction(ws, 'fn-1')).toThrow(
      '“Partnerships” is still used by 1 readiness item. Move or remove them first.',
    );
    const docs = Object.values(ws.playbooks).filter((p) =>
      p.entries.some((e) => e.functionId === 'docs'),
    ).length;
    expect(docs).toBeGreaterThan(0);
    add(
      ws,
      'readiness',
      readiness('r2', 'x', { functionId: 'docs' }),
      readiness('r3', 'x', { functionId: 'docs' }),
    );
    expect(() => removeFunction(ws, 'docs')).toThrow(
      `“Documentation” is still used by 2 readiness items and ${docs === 1 ? '1 playbook' : `${docs} playbooks`}. Move or remove them first.`,
    );
    expect(() => removeFunction(ws, 'gone')).toThrow('That readiness function no longer exists.');
  });
});

describe('workspace settings', () => {
  it('edits the fields given and keeps the rest', () => {
    const ws = baseWorkspace();
    const change = updateSettings(ws, { name: 'Renamed', weekStartsOn: 0 });
    expect(change.label).toBe('Edit workspace settings');
    expect(settingsOf(applyChange(ws, change))).toEqual({
      ...settingsOf(ws),
      name: 'Renamed',
      weekStartsOn: 0,
    });
    expect(() => updateSettings(ws, { tier1CapacityPerRegionWeek: 0 })).toThrow('Capacity is at least 1');
  });
});

describe('decisions', () => {
  const fields = (over: Partial<DecisionFields> = {}): DecisionFields => ({
    outcome: 'go',
    decidedBy: 'Ana',
    decidedOn: '2026-11-20',
    conditions: 'Docs in week one',
    riskAcceptedBy: 'Ben',
    reevaluateOn: '2026-12-01',
    notes: 'Note',
    ...over,
  });
  const ws = () => add(baseWorkspace(), 'items', item('x', { title: 'Checkout' }));

  it('clear the fields that do not apply to the outcome and stamp when they were recorded', () => {
    const ctx = laterContext('d');
    const record = (outcome: DecisionFields['outcome']) => {
      const w = ws();
      const { change, id } = recordDecision(w, 'x', fields({ outcome }), ctx);
      return { label: change.label, decision: applyChange(w, change).decisions[id] };
    };
    expect(record('go')).toEqual({
      label: 'Record Go for “Checkout”',
      decision: {
        ...fields({ riskAcceptedBy: '', reevaluateOn: null }),
        id: 'd-1',
        itemId: 'x',
        recordedAt: ctx.now,
      },
    });
    expect(record('conditional-go').decision).toMatchObject({
      riskAcceptedBy: 'Ben',
      conditions: 'Docs in week one',
      reevaluateOn: null,
    });
    expect(record('conditional-go').label).toBe('Record Conditional go for “Checkout”');
    expect(record('no-go')).toMatchObject({
      label: 'Record No-go for “Checkout”',
      decision: { riskAcceptedBy: '', conditions: '', reevaluateOn: '2026-12-01', notes: 'Note' },
    });
  });

  it('are deleted with a label naming the item, or a deleted item', () => {
    const w = ws();
    const { change, id } = recordDecision(w, 'x', fields({ outcome: 'no-go' }), laterContext());
    const decided = applyChange(w, change);
    const deletion = deleteDecision(decided, id);
    expect(deletion.label).toBe('Delete the No-go decision for “Checkout”');
    expect(applyChange(decided, deletion).decisions).toEqual({});
    const orphan = { ...decided, items: {} };
    expect(deleteDecision(orphan, id).label).toBe('Delete the No-go decision for “a deleted item”');
    expect(() => deleteDecision(decided, 'gone')).toThrow('That decision no longer exists.');
    expect(() => recordDecision(w, 'gone', fields(), laterContext())).toThrow(
      'That launch item no longer exists.',
    );
  });
});

describe('blackout windows', () => {
  const window = { title: 'Freeze', start: '2026-12-20', end: '2026-12-31', regions: ['EU'], reason: '' };

  it('are created, edited and deleted with labels naming them', () => {
    const ws = baseWorkspace();
    const { change, id } = createBlackout(ws, window, laterContext('b'));
    expect(change.label).toBe('Add blackout “Freeze”');
    expect(id).toBe('b-1');
    const created = applyChange(ws, change);
    expect(created.blackouts[id]).toEqual({ ...window, id });
    const edit = updateBlackout(created, id, { title: 'Holiday freeze' });
    expect(edit.label).toBe('Edit blackout “Holiday freeze”');
    expect(applyChange(created, edit).blackouts[id]).toEqual({ ...window, id, title: 'Holiday freeze' });
    const deletion = deleteBlackout(created, id);
    expect(deletion.label).toBe('Delete blackout “Freeze”');
    expect(applyChange(created, deletion).blackouts).toEqual({});
  });

  it('refuse unknown or repeated regions and windows that are gone', () => {
    const ws = baseWorkspace();
    expect(() => createBlackout(ws, { ...window, regions: ['EU', 'EU'] }, laterContext())).toThrow(
      'A region is listed twice',
    );
    expect(() => createBlackout(ws, { ...window, regions: ['MARS'] }, laterContext())).toThrow(
      'Unknown region: MARS',
    );
    expect(() => updateBlackout(ws, 'gone', { title: 'x' })).toThrow(
      'That blackout window no longer exists.',
    );
    expect(() => deleteBlackout(ws, 'gone')).toThrow('That blackout window no longer exists.');
  });
});
