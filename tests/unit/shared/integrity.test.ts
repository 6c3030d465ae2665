import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { createBlackout, updateBlackout } from '../../../shared/domain/blackouts/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { findLoops, integrityProblems } from '../../../shared/domain/integrity';
import { createItem, updateItem } from '../../../shared/domain/items/commands';
import { emptyTables, type Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace, sample, testContext } from '../../fixtures/workspace';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const messages = (ws: Workspace) => integrityProblems(ws).map((p) => p.message);

/** The sample with some records edited in place, as a file or an old database could hold them. */
function damaged(edit: (ws: Workspace) => void): Workspace {
  const ws = sample();
  edit(ws);
  return ws;
}

describe('integrityProblems', () => {
  it('finds nothing wrong with the sample workspace', () => {
    expect(integrityProblems(sample())).toEqual([]);
  });

  it('never resolves a reference to an Object.prototype member', () => {
    const ws = damaged((w) => {
      w.items['sample-dark-mode']!.ownerId = 'toString';
      w.items['sample-dark-mode']!.parentId = 'constructor';
      w.items['sample-dark-mode']!.dependsOn = ['hasOwnProperty'];
      w.items['sample-dark-mode']!.approverIds = ['__proto__'];
      Object.values(w.milestones)[0]!.itemId = 'valueOf';
    });
    expect(messages(ws)).toEqual(
      expect.arrayContaining([
        'Launch item “Dashboard dark mode” has an owner who is not in People (toString).',
        'Launch item “Dashboard dark mode” has a parent that does not exist (constructor).',
        'Launch item “Dashboard dark mode” depends on a missing item (hasOwnProperty).',
        'Launch item “Dashboard dark mode” has an approver who is not in People (__proto__).',
        expect.stringMatching(/^Milestone “.+” belongs to a missing launch item \(valueOf\)\.$/),
      ]),
    );
  });

  it('holds for tables that still have a prototype (a structured clone)', () => {
    const ws = structuredClone(sample());
    ws.items['sample-dark-mode']!.ownerId = 'toString';
    expect(Object.getPrototypeOf(ws.people)).toBe(Object.prototype);
    expect(messages(ws)).toEqual([
      'Launch item “Dashboard dark mode” has an owner who is not in People (toString).',
    ]);
  });

  it('names each parent loop and dependency loop once, by title', () => {
    const ws = damaged((w) => {
      w.items['sample-payment-links']!.parentId = 'sample-payment-links-na';
      w.items['sample-payment-links-na']!.dependsOn = ['sample-payment-links-eu'];
    });
    expect(messages(ws)).toEqual([
      'Launch item “Payment Links v2” sits beneath itself: “Payment Links v2” → “Payment Links v2 — NA wave” → “Payment Links v2”.',
      'Launch item “Payment Links v2 — EU & UK wave” is in a dependency loop: “Payment Links v2 — EU & UK wave” → “Payment Links v2 — NA wave” → “Payment Links v2 — EU & UK wave”.',
    ]);
  });

  it('refuses unknown and repeated regions, people outside People and unknown functions', () => {
    const ws = damaged((w) => {
      w.items['sample-dark-mode']!.regions = ['EU', 'EU', 'MARS'];
      Object.values(w.blackouts)[0]!.regions = ['ATLANTIS'];
      Object.values(w.people)[0]!.region = 'MOON';
      const r = Object.values(w.readiness)[0]!;
      r.ownerId = 'sample-nobody';
      r.functionId = 'astrology';
      Object.values(w.playbooks)[0]!.entries[0]!.functionId = 'astrology';
      w.items['sample-dark-mode']!.stageId = 'limbo';
    });
    const found = messages(ws);
    expect(found).toEqual(
      expect.arrayContaining([
        'Launch item “Dashboard dark mode” is in an unknown region (MARS).',
        'Launch item “Dashboard dark mode” lists a region twice (EU).',
        'Launch item “Dashboard dark mode” is in a stage that does not exist (limbo).',
        expect.stringMatching(/^Blackout window “.+” is in an unknown region \(ATLANTIS\)\.$/),
        expect.stringMatching(/^Person “.+” is in an unknown region \(MOON\)\.$/),
        expect.stringMatching(/^Readiness item “.+” has an owner who is not in People \(sample-nobody\)\.$/),
        expect.stringMatching(/^Readiness item “.+” has an unknown function \(astrology\)\.$/),
        expect.stringMatching(/^Playbook “.+” has entries for an unknown function \(astrology\)\.$/),
      ]),
    );
    expect(found).toHaveLength(8);
  });

  it('walks a chain of 20,000 dependencies without overflowing the stack', () => {
    const next = (id: string) => (Number(id) < 20_000 ? [String(Number(id) + 1)] : ['0']);
    const loops = findLoops(['0'], next);
    expect(loops).toHaveLength(1);
    expect(loops[0]).toHaveLength(20_002);
  });
});

describe('commands refuse what an import refuses (the same rules)', () => {
  it('an owner, parent or dependency named like an Object.prototype member', () => {
    // A structured clone keeps Object.prototype on the tables: the lookups must not depend on it.
    const ws = structuredClone(sample());
    const ctx = testContext();
    expect(issuesOf(() => updateItem(ws, 'sample-dark-mode', { ownerId: 'toString' }, ctx))).toEqual([
      { path: 'ownerId', message: 'The owner must be someone in People' },
    ]);
    expect(issuesOf(() => updateItem(ws, 'sample-dark-mode', { parentId: 'constructor' }, ctx))[0]).toEqual({
      path: 'parentId',
      message: 'The parent launch item does not exist',
    });
    expect(issuesOf(() => createItem(ws, { title: 'X', dependsOn: ['__proto__'] }, ctx))[0]!.path).toBe(
      'dependsOn',
    );
  });

  it('a date outside 1970–2200, in commands as in imports', () => {
    const ctx = testContext();
    expect(
      issuesOf(() =>
        updateItem(sample(), 'sample-dark-mode', { launchDate: '9999-12-31', endDate: null }, ctx),
      ),
    ).toEqual([{ path: 'launchDate', message: 'Enter a date between 2000 and 2100' }]);
    expect(
      issuesOf(() =>
        createBlackout(
          baseWorkspace(),
          { title: 'Old', start: '1900-01-01', end: '1900-01-02', regions: [], reason: '' },
          ctx,
        ),
      ).map((i) => i.path),
    ).toEqual(['start', 'end']);
  });

  it('a blackout listing a region twice', () => {
    const ws = baseWorkspace();
    const { change, id } = createBlackout(
      ws,
      { title: 'Holidays', start: '2026-12-24', end: '2026-12-26', regions: ['EU'], reason: '' },
      testContext(),
    );
    const next = applyChange(ws, change);
    expect(issuesOf(() => updateBlackout(next, id, { regions: ['EU', 'EU'] }))).toEqual([
      { path: 'regions', message: 'A region is listed twice' },
    ]);
  });
});

describe('prototype-free tables', () => {
  it('emptyTables and applyChange keep every table without a prototype', () => {
    const ws = baseWorkspace();
    expect(Object.getPrototypeOf(emptyTables().items)).toBeNull();
    const { change, id } = createItem(ws, { title: 'Checkout v2' }, testContext());
    const next = applyChange(ws, change);
    expect(Object.getPrototypeOf(next.items)).toBeNull();
    expect('toString' in next.items).toBe(false);
    expect(next.items[id]!.title).toBe('Checkout v2');
  });

  it('an id such as "__proto__" is an ordinary record', () => {
    const ws = baseWorkspace();
    const ctx = { now: testContext().now, newId: () => '__proto__' };
    const next = applyChange(ws, createItem(ws, { title: 'Odd id' }, ctx).change);
    expect(Object.keys(next.items)).toEqual(['__proto__']);
    expect(next.items['__proto__']!.title).toBe('Odd id');
  });
});
