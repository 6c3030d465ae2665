/**
 * The go/no-go gate from every path that puts an item at or after the gate stage — a board
 * move (drag and keyboard share moveItem), the editor's Stage field (updateItem), creating
 * an item straight into such a stage, removing a stage — and the rules that came with it:
 * tiers that always need a decision (decisionRequiredTiers), decisions dated after today,
 * and items already past the gate moving on freely.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { todayOf } from '../../../shared/domain/context';
import { moveItem } from '../../../shared/domain/items/board';
import { createItem, updateItem } from '../../../shared/domain/items/commands';
import {
  GateError,
  gateFor,
  isAtOrAfterGate,
  launchGate,
  standingDecision,
} from '../../../shared/domain/items/gate';
import { removeStage, updateSettings } from '../../../shared/domain/settings/commands';
import { decisionRequiredTiersOf, settingsSchema } from '../../../shared/domain/settings/schema';
import { runDomainCommand } from '../../../shared/domain/commands';
import { createItemWithPlaybook, playbookFor } from '../../../shared/domain/playbooks/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';
import { add, decision, item, laterContext, readiness } from '../../fixtures/records';

const LATER_STAGES = ['launched', 'retrospective'] as const;
const EARLIER_STAGES = ['planning', 'beta', 'readiness', 'rolling-out'] as const;
/** laterContext's day (its clock reads 2 Dec 2026). */
const LATER_DAY = '2026-12-02';

/** A Tier 1 launch in Readiness with seven open required sign-offs and no decision. */
function tierOneWithSignOffs(): Workspace {
  const ws = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier: 1 }));
  for (let i = 1; i <= 7; i++)
    add(
      ws,
      'readiness',
      readiness(`r${i}`, 'x', { title: `Check ${i}`, requiredSignOff: true, rank: `a${i}` }),
    );
  return ws;
}

const move = (ws: Workspace, stageId: string) =>
  moveItem(ws, 'x', { stageId, afterId: null, beforeId: null }, laterContext());

describe('every stage at or after the gate stage, by every path', () => {
  it.each(LATER_STAGES)('refuses a board move (drag or keyboard) into %s', (stageId) => {
    const ws = tierOneWithSignOffs();
    expect(() => move(ws, stageId)).toThrow(GateError);
    expect(() => move(ws, stageId)).toThrow(
      new RegExp(
        `^“Checkout” cannot move to ${stageId === 'launched' ? 'Launched' : 'Retrospective'}: Tier 1 launches need a recorded Go or Conditional go, and 7 required sign-offs are open — Check 1 \\(Legal & Compliance\\);`,
      ),
    );
  });

  it.each(LATER_STAGES)('refuses the editor’s Stage field set to %s, and the command by name', (stageId) => {
    const ws = tierOneWithSignOffs();
    expect(() => updateItem(ws, 'x', { stageId }, laterContext())).toThrow(GateError);
    expect(() =>
      runDomainCommand(ws, 'items.update', { id: 'x', fields: { stageId } }, laterContext()),
    ).toThrow(/cannot move to/);
  });

  it.each(LATER_STAGES)(
    'refuses creating a Tier 1 item straight into %s (a new item has no decision)',
    (stageId) => {
      const ws = baseWorkspace();
      expect(() => createItem(ws, { title: 'Fresh', tier: 1, stageId }, laterContext())).toThrow(
        /^“Fresh” cannot be added to .*: Tier 1 launches need a recorded Go or Conditional go, and none is recorded\.$/,
      );
      // Tier 2 has nothing that holds it: no checklist, no decision needed.
      const { change, id } = createItem(ws, { title: 'Fresh', tier: 2, stageId }, laterContext());
      expect(applyChange(ws, change).items[id]!.stageId).toBe(stageId);
    },
  );

  it.each(EARLIER_STAGES)('lets every path into %s, before the gate', (stageId) => {
    const ws = tierOneWithSignOffs();
    ws.items.x = { ...ws.items.x!, stageId: stageId === 'planning' ? 'beta' : 'planning' };
    expect(move(ws, stageId).ops).toHaveLength(1);
    expect(updateItem(ws, 'x', { stageId }, laterContext()).ops).toHaveLength(1);
    expect(createItem(ws, { title: 'New', tier: 1, stageId }, laterContext()).change.ops).toHaveLength(1);
  });

  it('does not re-check an item already at or after the gate moving between such stages', () => {
    const ws = tierOneWithSignOffs();
    ws.items.x = { ...ws.items.x!, stageId: 'launched' };
    expect(move(ws, 'retrospective').ops[0]!.after).toMatchObject({ stageId: 'retrospective' });
    ws.items.x = { ...ws.items.x!, stageId: 'retrospective' };
    expect(updateItem(ws, 'x', { stageId: 'launched' }, laterContext()).ops).toHaveLength(1);
    // …but moving back before the gate and forward again is checked again.
    ws.items.x = { ...ws.items.x!, stageId: 'rolling-out' };
    expect(() => move(ws, 'retrospective')).toThrow(GateError);
  });

  it('judges an edit on the edited item: a tier lowered with the stage change counts', () => {
    const ws = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier: 1 }));
    expect(() => updateItem(ws, 'x', { stageId: 'launched' }, laterContext())).toThrow(GateError);
    expect(updateItem(ws, 'x', { stageId: 'launched', tier: 2 }, laterContext()).ops).toHaveLength(1);
    const tierTwo = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier: 2 }));
    expect(() => updateItem(tierTwo, 'x', { stageId: 'launched', tier: 1 }, laterContext())).toThrow(
      /Tier 1 launches need a recorded Go or Conditional go, and none is recorded/,
    );
  });

  it.each(LATER_STAGES)(
    'refuses creating an item with a playbook into %s while its checklist has open sign-offs',
    (stageId) => {
      const ws = baseWorkspace();
      const playbook = playbookFor(ws, 'launch', 2)!;
      expect(() =>
        createItemWithPlaybook(ws, { title: 'Fresh', tier: 2, stageId }, playbook.id, laterContext()),
      ).toThrow(
        /^“Fresh” cannot be added to .*: \d+ required sign-offs are open — Feature complete and behind a flag \(Product & Engineering\);/,
      );
      const { change, id } = createItemWithPlaybook(
        ws,
        { title: 'Fresh', tier: 2, stageId },
        null,
        laterContext(),
      );
      expect(applyChange(ws, change).items[id]!.stageId).toBe(stageId);
    },
  );

  it('refuses removing a stage when its items would be moved past the gate', () => {
    const ws = tierOneWithSignOffs();
    ws.items.x = { ...ws.items.x!, stageId: 'rolling-out' };
    expect(() => removeStage(ws, 'rolling-out', 'retrospective', laterContext())).toThrow(
      /“Checkout” cannot move to Retrospective: .* Choose another stage\.$/,
    );
    expect(removeStage(ws, 'rolling-out', 'readiness', laterContext()).ops).toHaveLength(2);
  });

  it('checks an item being created, by its checklist as created, with isNew', () => {
    const ws = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', stageId: 'launched' }));
    add(ws, 'readiness', readiness('r', 'x', { title: 'Privacy', requiredSignOff: true }));
    // Stored in Launched already: as a move within the gate's stages it passes…
    expect(launchGate(ws, 'x', 'retrospective', TODAY).allowed).toBe(true);
    // …as a new item it comes from nowhere, and its open sign-off holds it.
    expect(launchGate(ws, 'x', 'retrospective', TODAY, { isNew: true })).toMatchObject({
      allowed: false,
      reason:
        '“Checkout” cannot be added to Retrospective: 1 required sign-off is open — Privacy (Legal & Compliance). ' +
        'Complete them, or record a Go or Conditional go to launch anyway.',
      openSignOffs: [ws.readiness.r],
    });
    expect(gateFor(ws, ws.items.x!, null, 'launched', TODAY).allowed).toBe(false);
  });

  it('names the gate stage and the stages after it with isAtOrAfterGate', () => {
    const settings = baseWorkspace().settings.workspace!;
    expect(settings.stages.map((s) => s.id).filter((id) => isAtOrAfterGate(settings, id))).toEqual([
      'launched',
      'retrospective',
    ]);
    expect(isAtOrAfterGate({ ...settings, launchedStageId: null }, 'retrospective')).toBe(false);
    expect(isAtOrAfterGate(settings, 'unknown')).toBe(false);
  });
});

describe('a standing No-go', () => {
  it('holds the item out of every later stage, on every path', () => {
    const ws = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier: 3 }));
    add(
      ws,
      'decisions',
      decision('n', 'x', { outcome: 'no-go', decidedOn: '2026-11-20', reevaluateOn: '2026-12-10' }),
    );
    for (const stageId of LATER_STAGES) {
      expect(() => move(ws, stageId)).toThrow(
        /a No-go was recorded on Fri 20 Nov 2026 by Ana\. Re-evaluate on Thu 10 Dec 2026\./,
      );
      expect(() => updateItem(ws, 'x', { stageId }, laterContext())).toThrow(GateError);
    }
    expect(launchGate(ws, 'x', 'retrospective', TODAY).decision).toBe(ws.decisions.n);
  });
});

describe('decisions dated after today', () => {
  const withGo = (decidedOn: string) => {
    const ws = add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier: 1 }));
    return add(ws, 'decisions', decision('g', 'x', { outcome: 'go', decidedOn }));
  };

  it('do not open the gate before their day, and the refusal says when it will count', () => {
    const ws = withGo('2031-11-26');
    expect(launchGate(ws, 'x', 'launched', TODAY)).toEqual({
      allowed: false,
      reason:
        '“Checkout” cannot move to Launched: Tier 1 launches need a recorded Go or Conditional go, and none is recorded. ' +
        'The Go dated Wed 26 Nov 2031 counts only from that day.',
      openSignOffs: [],
      decision: null,
    });
    expect(() => move(ws, 'launched')).toThrow(GateError);
  });

  it('count from their day on: the day itself included', () => {
    expect(launchGate(withGo(TODAY), 'x', 'launched', TODAY).allowed).toBe(true);
    expect(launchGate(withGo('2026-11-27'), 'x', 'launched', TODAY).allowed).toBe(false);
    expect(launchGate(withGo('2026-11-27'), 'x', 'launched', '2026-11-27').allowed).toBe(true);
  });

  it('a future No-go does not stand yet: the Go before it does', () => {
    const ws = withGo('2026-11-20');
    add(
      ws,
      'decisions',
      decision('n', 'x', { outcome: 'no-go', decidedOn: '2026-11-30', reevaluateOn: '2026-12-10' }),
    );
    expect(launchGate(ws, 'x', 'launched', TODAY)).toMatchObject({ allowed: true, decision: ws.decisions.g });
    expect(launchGate(ws, 'x', 'launched', '2026-11-30').allowed).toBe(false);
    expect(standingDecision([ws.decisions.n!, ws.decisions.g!], TODAY)).toBe(ws.decisions.g);
    expect(standingDecision([ws.decisions.n!], TODAY)).toBeNull();
  });

  it('commands judge them by the context’s day, the person’s local day when given', () => {
    const ws = withGo('2026-12-02');
    expect(todayOf(laterContext())).toBe(LATER_DAY);
    expect(move(ws, 'launched').ops).toHaveLength(1);
    expect(() =>
      moveItem(
        ws,
        'x',
        { stageId: 'launched', afterId: null, beforeId: null },
        { ...laterContext(), today: '2026-12-01' },
      ),
    ).toThrow(GateError);
  });
});

describe('tiers that always need a decision (decisionRequiredTiers)', () => {
  const clear = (tier: 1 | 2 | 3) => add(baseWorkspace(), 'items', item('x', { title: 'Checkout', tier }));
  const withTiers = (ws: Workspace, tiers: (1 | 2 | 3)[] | undefined) => {
    ws.settings.workspace = { ...ws.settings.workspace!, decisionRequiredTiers: tiers };
    return ws;
  };

  it('defaults to Tier 1 when the settings never said (records stored before the setting existed)', () => {
    const settings = { ...baseWorkspace().settings.workspace! };
    delete settings.decisionRequiredTiers;
    expect(decisionRequiredTiersOf(settings)).toEqual([1]);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(launchGate(clear(1), 'x', 'launched', TODAY).reason).toBe(
      '“Checkout” cannot move to Launched: Tier 1 launches need a recorded Go or Conditional go, and none is recorded.',
    );
    expect(launchGate(clear(2), 'x', 'launched', TODAY).allowed).toBe(true);
  });

  it('follows the setting: none, or Tier 2 and 3 as well', () => {
    expect(launchGate(withTiers(clear(1), []), 'x', 'launched', TODAY).allowed).toBe(true);
    expect(launchGate(withTiers(clear(2), [2, 3]), 'x', 'launched', TODAY).reason).toMatch(
      /Tier 2 launches need a recorded Go or Conditional go, and none is recorded\.$/,
    );
    expect(launchGate(withTiers(clear(3), [2, 3]), 'x', 'launched', TODAY).allowed).toBe(false);
    expect(launchGate(withTiers(clear(1), [2, 3]), 'x', 'launched', TODAY).allowed).toBe(true);
  });

  it('a Go or Conditional go opens it even with sign-offs open; a No-go never', () => {
    const go = add(
      clear(1),
      'decisions',
      decision('g', 'x', { outcome: 'conditional-go', riskAcceptedBy: 'Ben' }),
    );
    add(go, 'readiness', readiness('r', 'x', { requiredSignOff: true }));
    expect(launchGate(go, 'x', 'retrospective', TODAY)).toEqual({
      allowed: true,
      reason: null,
      openSignOffs: [],
      decision: go.decisions.g,
    });
  });

  it('is set through settings.update, stored in tier order, and refuses a tier twice or an unknown one', () => {
    const ws = baseWorkspace();
    const change = runDomainCommand(
      ws,
      'settings.update',
      { fields: { decisionRequiredTiers: [3, 1] } },
      laterContext(),
    );
    expect(applyChange(ws, change).settings.workspace!.decisionRequiredTiers).toEqual([1, 3]);
    expect(updateSettings(ws, { decisionRequiredTiers: [] }).ops[0]!.after).toMatchObject({
      decisionRequiredTiers: [],
    });
    expect(() => updateSettings(ws, { decisionRequiredTiers: [1, 1] })).toThrow('Each tier is listed once');
    expect(() =>
      runDomainCommand(ws, 'settings.update', { fields: { decisionRequiredTiers: [4] } }, laterContext()),
    ).toThrow();
  });
});
