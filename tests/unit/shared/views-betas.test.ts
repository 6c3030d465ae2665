/**
 * A beta's read models: participants by beta, criteria in rank order, and its health —
 * participants by status, criteria met and not, and the feedback it produced (open critical,
 * accounts and revenue at stake, merged duplicates counted once through their primary).
 */
import { describe, expect, it } from 'vitest';
import { activityOf } from '../../../shared/domain/activity';
import { type Workspace } from '../../../shared/domain/workspace';
import { betaHealth, exitCriteriaOf, participantsOf } from '../../../shared/views/betas';
import { criterion, feedback, participant } from '../../fixtures/betas';
import { add, item } from '../../fixtures/records';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';

function workspace(): Workspace {
  const ws = add(baseWorkspace(), 'items', item('b', { kind: 'beta' }), item('other', { kind: 'beta' }));
  add(
    ws,
    'participants',
    participant('p1', 'b', { account: 'zeta', status: 'active', joinedOn: '2026-11-25' }),
    participant('p2', 'b', { account: 'Alpha', status: 'active', joinedOn: '2026-11-01' }),
    participant('p3', 'b', { account: 'beta', status: 'dropped' }),
    participant('p4', 'b', { account: 'Gamma', status: 'invited', joinedOn: '2026-11-27' }),
    participant('x', 'other', { status: 'active' }),
  );
  add(
    ws,
    'exitCriteria',
    criterion('c2', 'b', { title: 'Second', rank: 'a2', status: 'missed' }),
    criterion('c1', 'b', { title: 'First', rank: 'a1', status: 'met', evidence: 'Link' }),
    criterion('c3', 'b', { title: 'Third', rank: 'a3' }),
  );
  add(
    ws,
    'feedback',
    feedback('f1', 'b', { severity: 4, status: 'new', accountCount: 5, revenueAtStake: 100_000 }),
    feedback('f2', 'b', { severity: 4, status: 'done', accountCount: 2, revenueAtStake: 20_000 }),
    feedback('f3', 'b', { severity: 2, status: 'triaged', accountCount: 3, revenueAtStake: 5_000 }),
    // A duplicate merged into f1: f1's figures already include it.
    feedback('f4', 'b', { severity: 4, accountCount: 1, revenueAtStake: 9_999, mergedIntoId: 'f1' }),
    feedback('f5', 'other', { severity: 4, accountCount: 50, revenueAtStake: 1 }),
  );
  return ws;
}

describe('beta read models', () => {
  it('list participants by account in any case and criteria by rank', () => {
    const ws = workspace();
    expect(participantsOf(ws, 'b').map((p) => p.account)).toEqual(['Alpha', 'beta', 'Gamma', 'zeta']);
    expect(exitCriteriaOf(ws, 'b').map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(participantsOf(ws, 'nobody')).toEqual([]);
  });

  it('sum up a beta’s health', () => {
    const health = betaHealth(workspace(), 'b', TODAY);
    expect(health.participants).toEqual({
      total: 4,
      byStatus: { invited: 1, active: 2, dropped: 1, graduated: 0 },
      // Joined on 25 Nov (today is 26 Nov); 27 Nov is still to come, 1 Nov long past.
      joinedLastWeek: 1,
    });
    expect(health.criteria.total).toBe(3);
    expect(health.criteria.met).toBe(1);
    expect(health.criteria.open.map((c) => c.title)).toEqual(['Third']);
    expect(health.criteria.missed.map((c) => c.title)).toEqual(['Second']);
    expect(health.criteria.allMet).toBe(false);
    expect(health.feedback.linked.map((f) => f.id).sort()).toEqual(['f1', 'f2', 'f3']);
    expect(health.feedback.openCritical.map((f) => f.id)).toEqual(['f1']);
    expect(health.feedback.accounts).toBe(10);
    expect(health.feedback.revenueAtStake).toBe(125_000);
  });

  it('an empty beta has nothing met and nothing at stake', () => {
    const ws = add(baseWorkspace(), 'items', item('b', { kind: 'beta' }));
    const health = betaHealth(ws, 'b', TODAY);
    expect(health.criteria).toMatchObject({ total: 0, met: 0, allMet: false });
    expect(health.feedback).toMatchObject({ accounts: 0, revenueAtStake: 0 });
  });

  it('is memoised per version of the tables it reads', () => {
    const ws = workspace();
    expect(betaHealth(ws, 'b', TODAY)).toBe(betaHealth({ ...ws }, 'b', TODAY));
    const changed = add({ ...ws }, 'participants', participant('p5', 'b', { status: 'graduated' }));
    expect(betaHealth(changed, 'b', TODAY).participants.byStatus.graduated).toBe(1);
  });
});

describe('the beta’s Activity', () => {
  const AT = '2026-11-27T10:00:00.000Z';
  const notes = (ws: Workspace, ops: Parameters<typeof activityOf>[0]['ops']) =>
    activityOf({ label: 'x', ops }, ws, AT, 'Ana')?.notes.map((n) => `${n.itemId}: ${n.text}`);

  it('describes participant changes in words', () => {
    const ws = workspace();
    const before = ws.participants.p3!;
    expect(
      notes(ws, [
        {
          table: 'participants',
          id: 'n',
          before: null,
          after: participant('n', 'b', { account: 'Contoso' }),
        },
        {
          table: 'participants',
          id: 'p3',
          before,
          after: { ...before, status: 'active', joinedOn: '2026-11-26' },
        },
        { table: 'participants', id: 'p2', before: ws.participants.p2!, after: null },
      ]),
    ).toEqual([
      'b: Participant “Contoso” added (Invited)',
      'b: Participant “beta”: Dropped → Active',
      'b: Participant “beta”: joined Thu 26 Nov 2026',
      'b: Participant “Alpha” removed',
    ]);
  });

  it('describes exit criteria met, renamed, reordered and removed', () => {
    const ws = workspace();
    const c3 = ws.exitCriteria.c3!;
    expect(
      notes(ws, [
        { table: 'exitCriteria', id: 'c3', before: c3, after: { ...c3, status: 'met', evidence: 'Link' } },
        {
          table: 'exitCriteria',
          id: 'c2',
          before: ws.exitCriteria.c2!,
          after: { ...ws.exitCriteria.c2!, rank: 'a9' },
        },
        { table: 'exitCriteria', id: 'c1', before: ws.exitCriteria.c1!, after: null },
      ]),
    ).toEqual([
      'b: Exit criterion “Third”: Open → Met',
      'b: Exit criterion “Third”: evidence updated',
      'b: Exit criterion “Second”: reordered',
      'b: Exit criterion “First” removed',
    ]);
  });
});
