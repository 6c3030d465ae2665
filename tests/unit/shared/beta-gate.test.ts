/**
 * The beta exit gate: with the setting on, a beta moves to a later stage only once every exit
 * criterion is met (none at all holds it too), whether it is a beta before or after the edit, and
 * a new beta is created only into the first stage; back and sideways moves, other kinds and
 * imports are free; with the setting off (or never set) nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../shared/domain/items/board';
import { createItem, updateItem } from '../../../shared/domain/items/commands';
import { GateError, launchGate } from '../../../shared/domain/items/gate';
import { createItemWithPlaybook } from '../../../shared/domain/playbooks/commands';
import { defaultPlaybooks } from '../../../shared/domain/playbooks/defaults';
import { settingsOf, type Workspace } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/formats/workspace-json';
import { criterion } from '../../fixtures/betas';
import { add, item, laterContext } from '../../fixtures/records';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';

function workspace(gate: boolean | undefined, ...criteria: ReturnType<typeof criterion>[]): Workspace {
  const ws = add(
    baseWorkspace(),
    'items',
    item('b', { kind: 'beta', title: 'Checkout beta', stageId: 'beta' }),
  );
  if (gate !== undefined) ws.settings.workspace = { ...settingsOf(ws), betaExitCriteriaGate: gate };
  return criteria.length ? add(ws, 'exitCriteria', ...criteria) : ws;
}

const toReadiness = { stageId: 'readiness', afterId: null, beforeId: null };

describe('the beta exit gate', () => {
  it('is off when never set or turned off: a beta with open criteria moves on', () => {
    for (const gate of [undefined, false]) {
      const ws = workspace(gate, criterion('c', 'b'));
      expect(launchGate(ws, 'b', 'readiness', TODAY).allowed).toBe(true);
      expect(moveItem(ws, 'b', toReadiness, laterContext()).ops).toHaveLength(1);
    }
  });

  it('holds a beta with criteria not met, naming each with its status', () => {
    const ws = workspace(
      true,
      criterion('c1', 'b', { title: 'Crash-free ≥ 99.5 %', rank: 'a1' }),
      criterion('c2', 'b', { title: '20 active accounts', status: 'missed', rank: 'a2' }),
      criterion('c3', 'b', { title: 'Docs reviewed', status: 'met', evidence: 'PR 12', rank: 'a3' }),
    );
    const gate = launchGate(ws, 'b', 'readiness', TODAY);
    expect(gate.allowed).toBe(false);
    expect(gate.reason).toBe(
      '“Checkout beta” cannot move to Readiness: 2 exit criteria are not met — Crash-free ≥ 99.5 % (open); 20 active accounts (missed). Mark them met with their evidence (Settings: “A beta moves on only when its exit criteria are met”).',
    );
    expect(gate.unmetExitCriteria!.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(() => moveItem(ws, 'b', toReadiness, laterContext())).toThrow(GateError);
    expect(() => updateItem(ws, 'b', { stageId: 'launched' }, laterContext())).toThrow(
      /2 exit criteria are not met/,
    );
  });

  it('holds a beta with no exit criteria: nothing shows it is done', () => {
    expect(launchGate(workspace(true), 'b', 'readiness', TODAY).reason).toBe(
      '“Checkout beta” cannot move to Readiness: it has no exit criteria, so nothing shows the beta is done. Add its exit criteria on its Beta tab and meet them (Settings: “A beta moves on only when its exit criteria are met”).',
    );
  });

  it('lets the beta on once every criterion is met', () => {
    const ws = workspace(true, criterion('c', 'b', { status: 'met', evidence: 'Dashboard' }));
    expect(launchGate(ws, 'b', 'readiness', TODAY).allowed).toBe(true);
    expect(moveItem(ws, 'b', toReadiness, laterContext()).ops[0]!.after).toMatchObject({
      stageId: 'readiness',
    });
  });

  it('leaves moves back, within the stage and other kinds alone', () => {
    const ws = workspace(true, criterion('c', 'b'));
    expect(launchGate(ws, 'b', 'planning', TODAY).allowed).toBe(true);
    expect(launchGate(ws, 'b', 'beta', TODAY).allowed).toBe(true);
    add(ws, 'items', item('l', { kind: 'launch', stageId: 'beta' }));
    expect(launchGate(ws, 'l', 'readiness', TODAY).allowed).toBe(true);
  });

  it('holds a beta turned into another kind in the edit that moves it on', () => {
    const ws = workspace(true, criterion('c', 'b'));
    expect(() => updateItem(ws, 'b', { kind: 'launch', stageId: 'readiness' }, laterContext())).toThrow(
      /cannot move to Readiness: 1 exit criterion is not met/,
    );
    // A launch turned into a beta as it moves on is held as well.
    add(ws, 'items', item('l', { kind: 'launch', title: 'Launch', stageId: 'beta' }));
    expect(() => updateItem(ws, 'l', { kind: 'beta', stageId: 'readiness' }, laterContext())).toThrow(
      /no exit criteria/,
    );
    // Changing the kind alone, without a step forward, is free.
    expect(updateItem(ws, 'b', { kind: 'launch' }, laterContext()).ops).toHaveLength(1);
  });

  it('creates a new beta only into the first stage: it has no criteria yet', () => {
    const ws = workspace(true);
    const fields = { kind: 'beta' as const, title: 'New beta' };
    expect(createItem(ws, { ...fields, stageId: 'planning' }, laterContext()).change.ops).toHaveLength(1);
    expect(() => createItem(ws, { ...fields, stageId: 'readiness' }, laterContext())).toThrow(
      '“New beta” cannot be added to Readiness: a new beta has no exit criteria yet, so nothing shows it is done. Add it to Planning, then add its exit criteria on its Beta tab and meet them (Settings: “A beta moves on only when its exit criteria are met”).',
    );
    expect(() =>
      createItemWithPlaybook(ws, { ...fields, stageId: 'beta' }, defaultPlaybooks()[0]!.id, laterContext()),
    ).toThrow(GateError);
    // With the setting off a beta may be created anywhere before the go/no-go gate.
    const off = workspace(false);
    expect(createItem(off, { ...fields, stageId: 'readiness' }, laterContext()).change.ops).toHaveLength(1);
  });

  it('does not hold an import: a file may bring a beta past its criteria', () => {
    const ws = workspace(true, criterion('c', 'b'));
    const file = workspace(true, criterion('c', 'b'));
    file.items.b = { ...file.items.b!, stageId: 'launched' };
    const change = replaceWorkspace(ws, file);
    expect(change.ops.some((op) => op.table === 'items' && op.id === 'b')).toBe(true);
  });
});
