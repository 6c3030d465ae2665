import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import {
  deleteDecision,
  recordDecision,
  type DecisionFields,
} from '../../../shared/domain/decisions/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { decisionSchema } from '../../../shared/domain/decisions/schema';
import { integrityProblems } from '../../../shared/domain/integrity';
import { decisionsFor, launchGate, latestDecision } from '../../../shared/domain/items/gate';
import { NOW, TODAY, sample, testContext } from '../../fixtures/workspace';

const ITEM = 'sample-payment-links'; // open required sign-offs: the gate holds it back
const fields = (over: Partial<DecisionFields> = {}): DecisionFields => ({
  outcome: 'go',
  decidedBy: 'Maya Chen',
  decidedOn: TODAY,
  conditions: '',
  riskAcceptedBy: '',
  reevaluateOn: null,
  notes: '',
  ...over,
});
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
};

describe('go/no-go decisions', () => {
  it('a conditional go opens the gate, and undoing it closes it again', () => {
    const ws = sample();
    expect(launchGate(ws, ITEM, 'launched', TODAY).allowed).toBe(false);
    const { change, id } = recordDecision(
      ws,
      ITEM,
      fields({ outcome: 'conditional-go', riskAcceptedBy: 'Ana Ruiz', conditions: 'Docs follow in a week' }),
      testContext(),
    );
    expect(change.label).toBe('Record Conditional go for “Payment Links v2”');
    const decided = applyChange(ws, change);
    expect(decided.decisions[id]).toMatchObject({
      itemId: ITEM,
      recordedAt: NOW,
      riskAcceptedBy: 'Ana Ruiz',
    });
    expect(launchGate(decided, ITEM, 'launched', TODAY).allowed).toBe(true);
    expect(launchGate(applyChange(decided, invert(change)), ITEM, 'launched', TODAY).allowed).toBe(false);
  });

  it('a later no-go holds the item back again, naming the day to re-evaluate', () => {
    let ws = sample();
    ws = applyChange(
      ws,
      recordDecision(ws, ITEM, fields({ decidedOn: '2026-11-25' }), testContext('a')).change,
    );
    const noGo = recordDecision(
      ws,
      ITEM,
      fields({ outcome: 'no-go', decidedOn: TODAY, reevaluateOn: '2026-12-04' }),
      testContext('b'),
    );
    ws = applyChange(ws, noGo.change);
    expect(latestDecision(ws, ITEM)?.id).toBe(noGo.id);
    expect(decisionsFor(ws, ITEM).map((d) => d.outcome)).toEqual(['no-go', 'go']);
    expect(launchGate(ws, ITEM, 'launched', TODAY).reason).toMatch(/No-go was recorded .* Re-evaluate on/);
  });

  it('refuses incomplete decisions and clears fields that do not apply', () => {
    const ws = sample();
    expect(issuesOf(() => recordDecision(ws, ITEM, fields({ decidedBy: ' ' }), testContext()))).toEqual([
      'decidedBy',
    ]);
    expect(
      issuesOf(() => recordDecision(ws, ITEM, fields({ outcome: 'conditional-go' }), testContext())),
    ).toEqual(['riskAcceptedBy']);
    expect(issuesOf(() => recordDecision(ws, ITEM, fields({ outcome: 'no-go' }), testContext()))).toEqual([
      'reevaluateOn',
    ]);
    expect(
      issuesOf(() => recordDecision(ws, ITEM, fields({ decidedOn: '2026-02-30' }), testContext())),
    ).toEqual(['decidedOn']);
    const { change, id } = recordDecision(
      ws,
      ITEM,
      fields({ outcome: 'go', riskAcceptedBy: 'left over', reevaluateOn: '2026-12-01' }),
      testContext(),
    );
    expect(applyChange(ws, change).decisions[id]).toMatchObject({ riskAcceptedBy: '', reevaluateOn: null });
    const noGo = recordDecision(
      ws,
      ITEM,
      fields({ outcome: 'no-go', reevaluateOn: '2026-12-01', conditions: 'typed while Go was chosen' }),
      testContext('n'),
    );
    expect(applyChange(ws, noGo.change).decisions[noGo.id]!.conditions).toBe('');
    expect(() => recordDecision(ws, 'gone', fields(), testContext())).toThrow(CommandError);
  });

  it('deletes a decision, undoably', () => {
    const ws = sample();
    const change = deleteDecision(ws, 'sample-decision-teams');
    expect(change.label).toBe('Delete the Go decision for “Team workspaces”');
    const after = applyChange(ws, change);
    expect(after.decisions['sample-decision-teams']).toBeUndefined();
    expect(applyChange(after, invert(change))).toEqual(ws);
    expect(() => deleteDecision(after, 'sample-decision-teams')).toThrow(CommandError);
  });
});

describe('decision validation', () => {
  const messagesOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues;
      throw error;
    }
    return [];
  };

  it('refuses a decision dated after today, by the context’s local day when it has one', () => {
    const ws = sample();
    expect(
      messagesOf(() => recordDecision(ws, ITEM, fields({ decidedOn: '2031-11-26' }), testContext())),
    ).toEqual([{ path: 'decidedOn', message: 'A decision cannot be dated after today (Thu 26 Nov 2026)' }]);
    expect(
      messagesOf(() => recordDecision(ws, ITEM, fields({ decidedOn: '2026-11-27' }), testContext())),
    ).toEqual([{ path: 'decidedOn', message: 'A decision cannot be dated after today (Thu 26 Nov 2026)' }]);
    // Just past midnight where the person is, the UTC clock still says the 26th: their day counts.
    const local = { ...testContext(), today: '2026-11-27' };
    expect(recordDecision(ws, ITEM, fields({ decidedOn: '2026-11-27' }), local).change.ops).toHaveLength(1);
    expect(
      recordDecision(ws, ITEM, fields({ decidedOn: '2020-01-31' }), testContext()).change.ops,
    ).toHaveLength(1);
  });

  it('refuses a No-go whose re-evaluation day is not after the decision day', () => {
    const ws = sample();
    const noGo = (reevaluateOn: string) =>
      messagesOf(() =>
        recordDecision(
          ws,
          ITEM,
          fields({ outcome: 'no-go', decidedOn: '2026-11-20', reevaluateOn }),
          testContext(),
        ),
      );
    const before = [{ path: 'reevaluateOn', message: 'Re-evaluate on a day after the decision' }];
    expect(noGo('2026-11-19')).toEqual(before);
    expect(noGo('2026-11-20')).toEqual(before);
    expect(noGo('2026-11-21')).toEqual([]);
  });

  it('still loads a No-go stored before that rule, but an import names it as a problem', () => {
    const stored = {
      id: 'd-old',
      itemId: ITEM,
      outcome: 'no-go',
      decidedBy: 'Ana',
      decidedOn: '2026-11-20',
      conditions: '',
      riskAcceptedBy: '',
      reevaluateOn: '2026-11-18',
      notes: '',
      recordedAt: NOW,
    } as const;
    // Reading storage validates each record with its schema: this one is not set aside.
    expect(decisionSchema.safeParse(stored).success).toBe(true);
    const ws = sample();
    ws.decisions = { ...ws.decisions, [stored.id]: stored };
    expect(integrityProblems(ws).map((p) => p.message)).toContain(
      'The go/no-go decision of 2026-11-20 re-evaluates on 2026-11-18, not after the decision of 2026-11-20.',
    );
  });

  it('requires who decided and an outcome, and says everything wrong at once', () => {
    const ws = sample();
    expect(
      messagesOf(() =>
        recordDecision(
          ws,
          ITEM,
          { ...fields({ decidedBy: '  ', decidedOn: '2027-01-01' }), outcome: '' as never },
          testContext(),
        ),
      ),
    ).toEqual([
      { path: 'outcome', message: 'Choose Go, Conditional go or No-go' },
      { path: 'decidedBy', message: 'Say who decided' },
      { path: 'decidedOn', message: 'A decision cannot be dated after today (Thu 26 Nov 2026)' },
    ]);
  });

  it('stores the decision field by field, trimmed, stamped by the context', () => {
    const ws = sample();
    const { change, id } = recordDecision(
      ws,
      ITEM,
      fields({ outcome: 'no-go', decidedBy: ' Maya Chen ', reevaluateOn: '2026-12-04', notes: 'Legal open' }),
      testContext('d'),
    );
    expect(applyChange(ws, change).decisions[id]).toEqual({
      id: 'd-1',
      itemId: ITEM,
      outcome: 'no-go',
      decidedBy: 'Maya Chen',
      decidedOn: TODAY,
      conditions: '',
      riskAcceptedBy: '',
      reevaluateOn: '2026-12-04',
      notes: 'Legal open',
      recordedAt: NOW,
    });
    expect(change.label).toBe('Record No-go for “Payment Links v2”');
  });
});
