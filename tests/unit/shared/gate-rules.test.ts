/**
 * The go/no-go gate, rule by rule, on workspaces that hold only what each rule needs: the
 * newest decision decides (whatever order decisions are stored in), a No-go refuses even with
 * nothing open, open required sign-offs are named in rank order, and the gate applies to a move
 * into the launched stage or any stage after it. (Paths, tiers and future-dated decisions:
 * gate-paths.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { GateError, decisionsFor, launchGate, latestDecision } from '../../../shared/domain/items/gate';
import { moveItem } from '../../../shared/domain/items/board';
import { updateItem } from '../../../shared/domain/items/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';
import { add, decision, item, laterContext, readiness } from '../../fixtures/records';

/** One item in Readiness with nothing open: only decisions can hold it back. */
function clear(): Workspace {
  return add(baseWorkspace(), 'items', item('x', { title: 'Checkout' }));
}

const noGo = (id: string, fields = {}) =>
  decision(id, 'x', { outcome: 'no-go', decidedBy: 'Ben', reevaluateOn: '2026-12-04', ...fields });

describe('a recorded No-go', () => {
  it('refuses a move into Launched when nothing else is open', () => {
    const ws = add(clear(), 'decisions', noGo('n', { decidedOn: '2026-11-10' }));
    const gate = launchGate(ws, 'x', 'launched', TODAY);
    expect(gate).toEqual({
      allowed: false,
      reason:
        '“Checkout” cannot move to Launched: a No-go was recorded on Tue 10 Nov 2026 by Ben. Re-evaluate on Fri 4 Dec 2026.',
      openSignOffs: [],
      decision: ws.decisions.n,
    });
    expect(() =>
      moveItem(ws, 'x', { stageId: 'launched', afterId: null, beforeId: null }, laterContext()),
    ).toThrow(GateError);
    expect(() => updateItem(ws, 'x', { stageId: 'launched' }, laterContext())).toThrow(
      /a No-go was recorded on Tue 10 Nov 2026 by Ben/,
    );
  });

  it('without a day to re-evaluate (written before that was required) names none', () => {
    const ws = add(clear(), 'decisions', noGo('n', { decidedOn: '2026-11-10', reevaluateOn: null }));
    expect(launchGate(ws, 'x', 'launched', TODAY).reason).toBe(
      '“Checkout” cannot move to Launched: a No-go was recorded on Tue 10 Nov 2026 by Ben.',
    );
  });

  it('names the launched stage as the workspace calls it', () => {
    const ws = add(clear(), 'decisions', noGo('n', { decidedOn: '2026-11-10' }));
    const settings = ws.settings.workspace!;
    ws.settings.workspace = {
      ...settings,
      stages: settings.stages.map((s) => (s.id === 'launched' ? { ...s, name: 'Live' } : s)),
    };
    expect(launchGate(ws, 'x', 'launched', TODAY).reason).toMatch(/^“Checkout” cannot move to Live: a No-go/);
  });

  it('still holds items other moves are free to make: to other stages, within Launched', () => {
    const ws = add(clear(), 'decisions', noGo('n'));
    expect(launchGate(ws, 'x', 'rolling-out', TODAY)).toEqual({
      allowed: true,
      reason: null,
      openSignOffs: [],
      decision: null,
    });
    ws.items.x = { ...ws.items.x!, stageId: 'launched' };
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(true);
  });
});

describe('the newest decision decides, whatever order they are stored in', () => {
  const go = (id: string, fields = {}) => decision(id, 'x', { outcome: 'go', ...fields });

  it('a newer Go stored before an older No-go opens the gate', () => {
    const ws = add(
      clear(),
      'decisions',
      go('g', { decidedOn: '2026-11-15' }),
      noGo('n', { decidedOn: '2026-11-10' }),
    );
    expect(latestDecision(ws, 'x')?.id).toBe('g');
    const gate = launchGate(ws, 'x', 'launched', TODAY);
    expect(gate).toEqual({ allowed: true, reason: null, openSignOffs: [], decision: ws.decisions.g });
  });

  it('a newer No-go stored before an older Go closes it', () => {
    const ws = add(
      clear(),
      'decisions',
      noGo('n', { decidedOn: '2026-11-15' }),
      go('g', { decidedOn: '2026-11-10' }),
    );
    expect(latestDecision(ws, 'x')?.id).toBe('n');
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(false);
  });

  it('on the same day, the one recorded later decides, whichever way round', () => {
    const early = '2026-11-20T09:00:00.000Z';
    const late = '2026-11-20T15:00:00.000Z';
    const goLate = add(clear(), 'decisions', go('g', { recordedAt: late }), noGo('n', { recordedAt: early }));
    expect(launchGate(goLate, 'x', 'launched', TODAY).allowed).toBe(true);
    const noGoLate = add(
      clear(),
      'decisions',
      go('g', { recordedAt: early }),
      noGo('n', { recordedAt: late }),
    );
    expect(launchGate(noGoLate, 'x', 'launched', TODAY).allowed).toBe(false);
    expect(decisionsFor(noGoLate, 'x').map((d) => d.id)).toEqual(['n', 'g']);
  });

  it('a Conditional go opens it like a Go, and the gate reports the decision it went by', () => {
    const ws = add(
      clear(),
      'decisions',
      decision('c', 'x', { outcome: 'conditional-go', riskAcceptedBy: 'Ana' }),
    );
    add(ws, 'readiness', readiness('r', 'x', { requiredSignOff: true }));
    expect(launchGate(ws, 'x', 'launched', TODAY)).toEqual({
      allowed: true,
      reason: null,
      openSignOffs: [],
      decision: ws.decisions.c,
    });
  });

  it('another item’s decisions do not count', () => {
    const ws = add(clear(), 'items', item('y'));
    add(ws, 'decisions', decision('n', 'y', { outcome: 'no-go', reevaluateOn: '2026-12-04' }));
    expect(latestDecision(ws, 'x')).toBeNull();
    expect(decisionsFor(ws, 'x')).toEqual([]);
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(true);
  });
});

describe('open required sign-offs', () => {
  it('are the required ones not yet done or not needed, named in rank order with their function', () => {
    const ws = clear();
    add(
      ws,
      'readiness',
      readiness('late', 'x', { title: 'Pricing', functionId: 'finance', requiredSignOff: true, rank: 'a2' }),
      readiness('first', 'x', {
        title: 'Privacy',
        functionId: 'security',
        requiredSignOff: true,
        rank: 'a1',
        status: 'blocked',
      }),
      readiness('optional', 'x', { title: 'Blog post', requiredSignOff: false, rank: 'a0' }),
      readiness('done', 'x', {
        title: 'Terms',
        requiredSignOff: true,
        status: 'done',
        evidence: 'x',
        rank: 'a0',
      }),
      readiness('skipped', 'x', { title: 'Tax', requiredSignOff: true, status: 'not-needed', rank: 'a0' }),
      readiness('mystery', 'x', {
        title: 'Odd',
        functionId: 'gone',
        requiredSignOff: true,
        rank: 'a3',
        status: 'in-progress',
      }),
      readiness('other', 'y', { title: 'Elsewhere', requiredSignOff: true }),
    );
    const gate = launchGate(ws, 'x', 'launched', TODAY);
    expect(gate.allowed).toBe(false);
    expect(gate.decision).toBeNull();
    expect(gate.openSignOffs.map((r) => r.id)).toEqual(['first', 'late', 'mystery']);
    expect(gate.reason).toBe(
      '“Checkout” cannot move to Launched: 3 required sign-offs are open — Privacy (Security & Privacy); ' +
        'Pricing (Finance & Pricing); Odd (gone). Complete them, or record a Go or Conditional go to launch anyway.',
    );
  });

  it('one open is worded in the singular', () => {
    const ws = add(clear(), 'readiness', readiness('r', 'x', { title: 'Privacy', requiredSignOff: true }));
    expect(launchGate(ws, 'x', 'launched', TODAY).reason).toBe(
      '“Checkout” cannot move to Launched: 1 required sign-off is open — Privacy (Legal & Compliance). ' +
        'Complete them, or record a Go or Conditional go to launch anyway.',
    );
  });

  it('names the first five and counts the rest', () => {
    const ws = clear();
    for (let i = 1; i <= 7; i++)
      add(
        ws,
        'readiness',
        readiness(`r${i}`, 'x', { title: `Check ${i}`, requiredSignOff: true, rank: `a${i}` }),
      );
    const reason = launchGate(ws, 'x', 'launched', TODAY).reason!;
    expect(reason).toContain(
      '7 required sign-offs are open — Check 1 (Legal & Compliance); Check 2 (Legal & Compliance); ' +
        'Check 3 (Legal & Compliance); Check 4 (Legal & Compliance); Check 5 (Legal & Compliance); and 2 more. ',
    );
    const five = clear();
    for (let i = 1; i <= 5; i++)
      add(
        five,
        'readiness',
        readiness(`r${i}`, 'x', { title: `Check ${i}`, requiredSignOff: true, rank: `a${i}` }),
      );
    expect(launchGate(five, 'x', 'launched', TODAY).reason).toContain(
      'Check 5 (Legal & Compliance). Complete them',
    );
  });

  it('with none open the gate lets the item through and reports no decision', () => {
    const ws = add(
      clear(),
      'readiness',
      readiness('r', 'x', { requiredSignOff: true, status: 'not-needed' }),
    );
    expect(launchGate(ws, 'x', 'launched', TODAY)).toEqual({
      allowed: true,
      reason: null,
      openSignOffs: [],
      decision: null,
    });
  });
});

describe('where the gate applies', () => {
  const held = () => add(clear(), 'readiness', readiness('r', 'x', { requiredSignOff: true }));

  it('to the stage the settings name and every stage after it in their order, not before it', () => {
    const ws = held();
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(false);
    expect(launchGate(ws, 'x', 'retrospective', TODAY).reason).toMatch(
      /^“Checkout” cannot move to Retrospective: 1 required sign-off is open/,
    );
    expect(launchGate(ws, 'x', 'rolling-out', TODAY).allowed).toBe(true);
    ws.settings.workspace = { ...ws.settings.workspace!, launchedStageId: 'retrospective' };
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(true);
    expect(launchGate(ws, 'x', 'retrospective', TODAY).allowed).toBe(false);
    ws.settings.workspace = { ...ws.settings.workspace!, launchedStageId: null };
    expect(launchGate(ws, 'x', 'retrospective', TODAY).allowed).toBe(true);
    expect(launchGate(ws, 'x', 'launched', TODAY).allowed).toBe(true);
  });

  it('by position: a stage moved after the gate stage is guarded, one moved before it is not', () => {
    const ws = held();
    const stages = ws.settings.workspace!.stages;
    const order = ['planning', 'launched', 'beta', 'retrospective', 'readiness', 'rolling-out'];
    ws.settings.workspace = {
      ...ws.settings.workspace!,
      stages: order.map((id) => stages.find((s) => s.id === id)!),
    };
    ws.items.x = { ...ws.items.x!, stageId: 'planning' };
    expect(launchGate(ws, 'x', 'beta', TODAY).allowed).toBe(false);
    expect(launchGate(ws, 'x', 'rolling-out', TODAY).allowed).toBe(false);
    ws.items.x = { ...ws.items.x!, stageId: 'beta' };
    // Already past the gate stage: moving on is free.
    expect(launchGate(ws, 'x', 'rolling-out', TODAY).allowed).toBe(true);
  });

  it('not to an item that no longer exists', () => {
    expect(launchGate(held(), 'gone', 'launched', TODAY).allowed).toBe(true);
  });

  it('calls a launched stage missing from the list "Launched", and guards only that stage', () => {
    const ws = held();
    ws.settings.workspace = { ...ws.settings.workspace!, launchedStageId: 'shipped' };
    expect(launchGate(ws, 'x', 'shipped', TODAY).reason).toMatch(
      /^“Checkout” cannot move to Launched: 1 required/,
    );
    expect(launchGate(ws, 'x', 'retrospective', TODAY).allowed).toBe(true);
  });
});
