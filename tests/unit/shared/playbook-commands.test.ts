/**
 * Playbook commands: which playbook fits a kind and tier, applying one (an idempotent merge by
 * function and title), creating an item with its checklist in one Change (opting out gives
 * none; the go/no-go gate judges the result), the lines a tier change adds, and editing
 * playbooks themselves.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { GateError } from '../../../shared/domain/items/gate';
import {
  applyPlaybook,
  createItemWithPlaybook,
  createPlaybook,
  deletePlaybook,
  duplicatePlaybook,
  playbookFor,
  playbooksInOrder,
  tierChangeAdditions,
  updatePlaybook,
} from '../../../shared/domain/playbooks/commands';
import type { Playbook } from '../../../shared/domain/playbooks/schema';
import { byRank } from '../../../shared/domain/ranks';
import { readinessByItemAndFunction, readinessOf } from '../../../shared/views/readiness';
import { add, item, laterContext, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const playbook = (id: string, fields: Partial<Playbook> = {}): Playbook => ({
  id,
  name: `Playbook ${id}`,
  kind: 'launch',
  tier: 2,
  entries: [],
  ...fields,
});

/** Item x (Tier 2 launch) whose checklist already has one docs line and one legal line. */
function withChecklist() {
  const ws = baseWorkspace();
  add(ws, 'items', item('x', { tier: 2, launchDate: '2026-12-20' }));
  add(
    ws,
    'readiness',
    readiness('r1', 'x', { functionId: 'docs', title: 'DOCS AND CHANGELOG PUBLISHED ', rank: 'a5' }),
    readiness('r2', 'x', { functionId: 'legal', title: 'Something else', rank: 'a0' }),
  );
  return ws;
}

describe('the playbook for a kind and tier', () => {
  it('is the one of that kind and tier, the first by name when there are several', () => {
    const ws = baseWorkspace();
    expect(playbookFor(ws, 'launch', 1)!.id).toBe('playbook-launch-t1');
    expect(playbookFor(ws, 'beta', 2)!.name).toBe('Private beta');
    add(ws, 'playbooks', playbook('a', { name: 'a Tier 1 launch, short', tier: 1 }));
    expect(playbookFor(ws, 'launch', 1)!.id).toBe('a');
    expect(playbookFor({ playbooks: {} }, 'launch', 1)).toBeNull();
  });

  it('lists playbooks by kind, then tier, then name', () => {
    const names = playbooksInOrder(baseWorkspace()).map((p) => p.name);
    expect(names.slice(0, 4)).toEqual(['Tier 1 launch', 'Tier 2 launch', 'Tier 3 launch', 'Public beta']);
    expect(names.at(-1)).toBe('Regional rollout · Tier 3');
  });
});

describe('applying a playbook', () => {
  it('adds only the lines not on the checklist (function and title, any case), as T-offset lines', () => {
    const ws = withChecklist();
    const ctx = laterContext();
    const change = applyPlaybook(ws, 'x', 'playbook-launch-t2', ctx);
    const entries = ws.playbooks['playbook-launch-t2']!.entries;
    expect(change.label).toBe(`Apply “Tier 2 launch” to “Item x” (${entries.length - 1} readiness lines)`);
    const after = applyChange(ws, change);
    const lines = readinessOf(after, 'x');
    expect(lines).toHaveLength(entries.length + 1);
    const support = lines.find((r) => r.functionId === 'support')!;
    expect(support).toEqual({
      id: support.id,
      itemId: 'x',
      functionId: 'support',
      title: 'Support briefed; macros updated',
      ownerId: null,
      due: { type: 'offset', days: -5 },
      status: 'not-started',
      evidence: '',
      requiredSignOff: true,
      rank: support.rank,
      updatedAt: ctx.now,
    });
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('is idempotent: a second apply is an empty change', () => {
    const ws = withChecklist();
    const after = applyChange(ws, applyPlaybook(ws, 'x', 'playbook-launch-t2', laterContext()));
    expect(applyPlaybook(after, 'x', 'playbook-launch-t2', laterContext('again'))).toEqual({
      label: 'No change',
      ops: [],
    });
  });

  it('ranks new lines after the existing lines of their function, in playbook order', () => {
    const ws = withChecklist();
    add(
      ws,
      'playbooks',
      playbook('p', {
        entries: [
          { functionId: 'legal', title: 'First', offsetDays: -3, requiredSignOff: false },
          { functionId: 'legal', title: 'Second', offsetDays: -9, requiredSignOff: false },
          { functionId: 'legal', title: 'first', offsetDays: -1, requiredSignOff: false },
        ],
      }),
    );
    const after = applyChange(ws, applyPlaybook(ws, 'x', 'p', laterContext()));
    const legal = readinessByItemAndFunction(after).get('x')!.get('legal')!;
    // A playbook listing a line twice adds it once.
    expect(legal.map((r) => r.title)).toEqual(['Something else', 'First', 'Second']);
    expect([...legal].sort(byRank)).toEqual(legal);
  });

  it('refuses an item or playbook that is gone, and a line for a function that no longer exists', () => {
    const ws = withChecklist();
    expect(() => applyPlaybook(ws, 'gone', 'playbook-launch-t2', laterContext())).toThrow(CommandError);
    expect(() => applyPlaybook(ws, 'x', 'gone', laterContext())).toThrow(/playbook no longer exists/);
    add(
      ws,
      'playbooks',
      playbook('odd', {
        entries: [{ functionId: 'astrology', title: 'Stars', offsetDays: 0, requiredSignOff: false }],
      }),
    );
    expect(() => applyPlaybook(ws, 'x', 'odd', laterContext())).toThrow(/no longer exists; fix the playbook/);
  });
});

describe('creating an item with its playbook', () => {
  it('creates the item and its checklist in one change; undo removes both', () => {
    const ws = baseWorkspace();
    const { change, id } = createItemWithPlaybook(
      ws,
      { title: 'Checkout', tier: 1, stageId: 'planning' },
      'playbook-launch-t1',
      laterContext(),
    );
    expect(change.label).toBe('Create “Checkout”');
    const after = applyChange(ws, change);
    expect(after.items[id]!.title).toBe('Checkout');
    expect(readinessOf(after, id)).toHaveLength(ws.playbooks['playbook-launch-t1']!.entries.length);
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('opting out gives an empty checklist', () => {
    const ws = baseWorkspace();
    const { change, id } = createItemWithPlaybook(ws, { title: 'Bare' }, null, laterContext());
    expect(change.ops.map((op) => op.table)).toEqual(['items']);
    expect(readinessOf(applyChange(ws, change), id)).toHaveLength(0);
  });

  it('judges the gate on the item with its checklist: open sign-offs keep it out of Launched', () => {
    const ws = baseWorkspace();
    // Tier 3 needs no decision by default: the item alone passes, its checklist does not.
    const fields = { title: 'Tooltip', tier: 3 as const, stageId: 'launched' };
    expect(() => createItemWithPlaybook(ws, fields, 'playbook-launch-t3', laterContext())).toThrow(GateError);
    expect(() => createItemWithPlaybook(ws, fields, 'playbook-launch-t3', laterContext())).toThrow(
      /required sign-off is open — Release notes written/,
    );
    expect(createItemWithPlaybook(ws, fields, null, laterContext()).change.ops).toHaveLength(1);
    // A playbook without required sign-offs lets it in.
    add(
      ws,
      'playbooks',
      playbook('soft', {
        entries: [{ functionId: 'docs', title: 'Note', offsetDays: 0, requiredSignOff: false }],
      }),
    );
    expect(createItemWithPlaybook(ws, fields, 'soft', laterContext()).change.ops).toHaveLength(2);
  });

  it('refuses a playbook that is gone, with nothing created', () => {
    expect(() => createItemWithPlaybook(baseWorkspace(), { title: 'X' }, 'gone', laterContext())).toThrow(
      CommandError,
    );
  });
});

describe('a tier change', () => {
  it('offers the new tier’s lines missing from the checklist', () => {
    const ws = withChecklist();
    const additions = tierChangeAdditions(ws, 'x', 1);
    const tier1 = ws.playbooks['playbook-launch-t1']!.entries;
    expect(additions).toEqual(tier1);
    const applied = applyChange(ws, applyPlaybook(ws, 'x', 'playbook-launch-t2', laterContext()));
    // Lines Tier 2 already put there (same function and title) are not offered again.
    const tier2 = ws.playbooks['playbook-launch-t2']!.entries;
    const shared = tier1.filter((e) =>
      tier2.some((t) => t.functionId === e.functionId && t.title === e.title),
    );
    expect(shared.map((e) => e.title)).toEqual(['Feature complete and behind a flag', 'Retrospective held']);
    expect(tierChangeAdditions(applied, 'x', 1)).toHaveLength(tier1.length - shared.length);
  });

  it('offers nothing when the new tier has no playbook', () => {
    const ws = withChecklist();
    const { 'playbook-launch-t3': _gone, ...rest } = ws.playbooks;
    expect(tierChangeAdditions({ ...ws, playbooks: rest }, 'x', 3)).toEqual([]);
  });
});

describe('editing playbooks', () => {
  it('creates, edits, duplicates and deletes, each undoable', () => {
    const ws = baseWorkspace();
    const created = createPlaybook(
      ws,
      { name: 'Partner launch', kind: 'launch', tier: 2 },
      laterContext('pb'),
    );
    let after = applyChange(ws, created.change);
    expect(after.playbooks[created.id]).toEqual({
      id: created.id,
      name: 'Partner launch',
      kind: 'launch',
      tier: 2,
      entries: [],
    });
    const entries = [
      { functionId: 'sales', title: 'Partners briefed', offsetDays: -14, requiredSignOff: true },
    ];
    after = applyChange(after, updatePlaybook(after, created.id, { entries, tier: 1 }));
    expect(after.playbooks[created.id]).toMatchObject({ tier: 1, entries });
    const copy = duplicatePlaybook(after, created.id, laterContext('dup'));
    expect(copy.change.label).toBe('Duplicate playbook “Partner launch”');
    const withCopy = applyChange(after, copy.change);
    expect(withCopy.playbooks[copy.id]).toMatchObject({ name: 'Partner launch (copy)', tier: 1, entries });
    const again = duplicatePlaybook(withCopy, created.id, laterContext('dup2'));
    expect(applyChange(withCopy, again.change).playbooks[again.id]!.name).toBe('Partner launch (copy 2)');
    const deleted = deletePlaybook(withCopy, created.id);
    expect(applyChange(withCopy, deleted).playbooks[created.id]).toBeUndefined();
    expect(applyChange(applyChange(withCopy, deleted), invert(deleted))).toEqual(withCopy);
  });

  it('refuses a taken name, an unknown function, a bad entry; an edit that changes nothing is none', () => {
    const ws = baseWorkspace();
    expect(() => createPlaybook(ws, { name: 'tier 1 LAUNCH' }, laterContext())).toThrow(
      'A playbook named “Tier 1 launch” already exists',
    );
    const bad = (entries: Playbook['entries']) => () => updatePlaybook(ws, 'playbook-launch-t3', { entries });
    expect(bad([{ functionId: 'astrology', title: 'x', offsetDays: 0, requiredSignOff: false }])).toThrow(
      ValidationError,
    );
    expect(bad([{ functionId: 'docs', title: ' ', offsetDays: 0, requiredSignOff: false }])).toThrow(
      ValidationError,
    );
    expect(bad([{ functionId: 'docs', title: 'x', offsetDays: 9999, requiredSignOff: false }])).toThrow(
      ValidationError,
    );
    expect(updatePlaybook(ws, 'playbook-launch-t3', { name: 'Tier 3 launch' }).ops).toEqual([]);
    expect(() => deletePlaybook(ws, 'gone')).toThrow(CommandError);
  });

  it('runs by name as data', () => {
    const ws = withChecklist();
    const ctx = laterContext('d');
    const applied = runDomainCommand(
      ws,
      'playbooks.apply',
      { itemId: 'x', playbookId: 'playbook-launch-t3' },
      ctx,
    );
    expect(applied.ops.length).toBeGreaterThan(0);
    const created = runDomainCommand(
      ws,
      'playbooks.createItem',
      { fields: { title: 'From the CLI' }, playbookId: 'playbook-launch-t2' },
      ctx,
    );
    expect(created.ops.filter((op) => op.table === 'readiness').length).toBeGreaterThan(0);
    for (const [name, args] of [
      ['playbooks.create', { fields: { name: 'New one' } }],
      ['playbooks.update', { id: 'playbook-launch-t3', fields: { name: 'Tiny launch' } }],
      ['playbooks.duplicate', { id: 'playbook-launch-t3' }],
      ['playbooks.delete', { id: 'playbook-launch-t3' }],
    ] as const)
      expect(runDomainCommand(ws, name, args, ctx).ops, name).toHaveLength(1);
    expect(() => runDomainCommand(ws, 'playbooks.create', { fields: {} }, ctx)).toThrow(ValidationError);
  });
});

describe('playbook line messages', () => {
  it('say what is wrong with a line in words', () => {
    const ws = baseWorkspace();
    const messages = (entry: Playbook['entries'][number]) => {
      try {
        updatePlaybook(ws, 'playbook-launch-t3', { entries: [entry] });
      } catch (error) {
        if (error instanceof ValidationError) return error.issues;
      }
      return [];
    };
    const line = { functionId: 'docs', title: 'Notes', offsetDays: -3, requiredSignOff: false };
    expect(messages({ ...line, title: ' ' })).toEqual([
      { path: 'entries.0.title', message: 'Enter a title for the line' },
    ]);
    expect(messages({ ...line, offsetDays: -731 })[0]!.message).toBe(
      'A T-offset is at most 730 days before launch',
    );
    expect(messages({ ...line, offsetDays: 731 })[0]!.message).toBe(
      'A T-offset is at most 730 days after launch',
    );
    expect(messages({ ...line, offsetDays: 1.5 })[0]!.message).toBe('A T-offset is a whole number of days');
  });
});
