/**
 * Health from evidence, rule by rule and at its edges: only required, open lines count;
 * "overdue" starts the day after the due day and "due soon" ends seven days after today; the
 * launch day counts as passed the day after it; "no decision" runs from T-5 to T-0;
 * reasons name counts and things, off-track ones first; an override keeps the computed verdict.
 */
import { describe, expect, it } from 'vitest';
import {
  collisionReason,
  computeHealth,
  healthDisagreement,
  healthOf,
  type HealthEvidence,
} from '../../../shared/domain/items/health';
import type { Collision } from '../../../shared/domain/items/collisions';
import { decision, item as itemRecord, readiness } from '../../fixtures/records';

const TODAY = '2026-11-26';
const dueOn = (date: string) => ({ type: 'date' as const, date });
const tMinus = (days: number) => ({ type: 'offset' as const, days });
/** A required line of item x (only required lines count). */
const required = (id: string, fields = {}) => readiness(id, 'x', { requiredSignOff: true, ...fields });

/** An item in Readiness (before the gate), launching 10 Dec, with nothing else going on. */
function evidence(
  fields: Partial<HealthEvidence> = {},
  launchDate: string | null = '2026-12-10',
): HealthEvidence {
  return {
    item: itemRecord('x', { title: 'Checkout', launchDate }),
    readiness: [],
    today: TODAY,
    decision: null,
    collisions: [],
    stageName: 'Readiness',
    reachedGate: false,
    ...fields,
  };
}

describe('computeHealth', () => {
  it('is on track with nothing against it', () => {
    expect(healthOf(evidence())).toEqual({
      health: 'on-track',
      reasons: [],
      overridden: false,
      computed: { health: 'on-track', reasons: [] },
    });
  });

  it('is off track for overdue required items, naming each with its due day', () => {
    const lines = [
      required('a', { title: 'Docs published', due: tMinus(-14) }), // launch 26 Nov: due 12 Nov
      required('b', { title: 'Security review', due: dueOn('2026-11-20') }),
      required('c', { title: 'Due today', due: dueOn(TODAY) }),
      readiness('d', 'x', { title: 'Optional and late', due: dueOn('2026-11-01') }),
      required('e', { title: 'Done late', due: dueOn('2026-11-01'), status: 'done', evidence: 'link' }),
      required('f', { title: 'Skipped', due: dueOn('2026-11-01'), status: 'not-needed' }),
    ];
    const result = computeHealth(evidence({ readiness: lines, reachedGate: true }, TODAY));
    expect(result.health).toBe('off-track');
    expect(result.reasons[0]).toBe(
      '2 required items overdue: Docs published (T-14, 12 Nov), Security review (20 Nov)',
    );
  });

  it('names three items and counts the rest; a day in another year keeps its year', () => {
    const lines = [1, 2, 3, 4, 5].map((n) =>
      required(`r${n}`, { title: `Line ${n}`, due: dueOn('2025-12-0' + n) }),
    );
    expect(computeHealth(evidence({ readiness: lines })).reasons).toEqual([
      '5 required items overdue: Line 1 (1 Dec 2025), Line 2 (2 Dec 2025), Line 3 (3 Dec 2025) and 2 more',
    ]);
  });

  it('is off track for a blocked required item, whatever its due day; a blocked optional line is no reason', () => {
    const lines = [
      required('a', { title: 'Privacy', status: 'blocked' }),
      readiness('b', 'x', { title: 'Blog post', status: 'blocked' }),
    ];
    expect(computeHealth(evidence({ readiness: lines }))).toEqual({
      health: 'off-track',
      reasons: ['1 required item blocked: Privacy'],
    });
    expect(computeHealth(evidence({ readiness: [lines[1]!] })).health).toBe('on-track');
  });

  it('is off track once the launch day passed before the gate stage, not on the day itself', () => {
    const late = computeHealth(evidence({ stageName: 'Planning' }, '2026-10-03'));
    expect(late).toEqual({
      health: 'off-track',
      // Once the day has passed, that says more than "no decision yet".
      reasons: ['Launch day 3 Oct passed; still in Planning'],
    });
    expect(computeHealth(evidence({ stageName: 'Planning' }, '2025-10-03')).reasons[0]).toBe(
      'Launch day 3 Oct 2025 passed; still in Planning',
    );
    expect(computeHealth(evidence({ reachedGate: true }, '2026-10-03')).health).toBe('on-track');
    expect(computeHealth(evidence({ decision: decision('g', 'x') }, TODAY)).health).toBe('on-track');
    expect(computeHealth(evidence({ decision: decision('g', 'x') }, '2026-11-25')).health).toBe('off-track');
  });

  it('is off track while a No-go stands, naming its day and the day to look again', () => {
    const noGo = decision('n', 'x', {
      outcome: 'no-go',
      decidedOn: '2026-11-20',
      reevaluateOn: '2026-12-04',
    });
    expect(computeHealth(evidence({ decision: noGo }))).toEqual({
      health: 'off-track',
      reasons: ['No-go recorded 20 Nov; re-evaluate 4 Dec'],
    });
    expect(computeHealth(evidence({ decision: { ...noGo, reevaluateOn: null } })).reasons).toEqual([
      'No-go recorded 20 Nov',
    ]);
    expect(computeHealth(evidence({ decision: decision('g', 'x', { outcome: 'go' }) })).health).toBe(
      'on-track',
    );
  });

  it('is at risk for required items due from today to seven days on, not eight', () => {
    const soon = (date: string) => [required('a', { title: 'Support trained', due: dueOn(date) })];
    expect(computeHealth(evidence({ readiness: soon(TODAY) }))).toEqual({
      health: 'at-risk',
      reasons: ['1 required item due within 7 days: Support trained (26 Nov)'],
    });
    expect(computeHealth(evidence({ readiness: soon('2026-12-03') })).health).toBe('at-risk');
    expect(computeHealth(evidence({ readiness: soon('2026-12-04') })).health).toBe('on-track');
    const offset = [required('a', { title: 'Docs', due: tMinus(-7) })]; // launch 10 Dec: due 3 Dec
    expect(computeHealth(evidence({ readiness: offset })).reasons).toEqual([
      '1 required item due within 7 days: Docs (T-7, 3 Dec)',
    ]);
    // Without a launch day, a T-offset has no due day: neither soon nor overdue.
    expect(computeHealth(evidence({ readiness: offset }, null)).health).toBe('on-track');
  });

  it('is at risk with no decision from five days before T-0, before the gate stage only', () => {
    expect(computeHealth(evidence({}, '2026-12-01'))).toEqual({
      health: 'at-risk',
      reasons: ['No go/no-go decision yet; launch day is T-5 (1 Dec)'],
    });
    expect(computeHealth(evidence({}, '2026-12-02')).health).toBe('on-track');
    expect(computeHealth(evidence({}, TODAY)).reasons).toEqual([
      'No go/no-go decision yet; launch day is T-0 (26 Nov)',
    ]);
    expect(computeHealth(evidence({ reachedGate: true }, '2026-11-25')).health).toBe('on-track');
    expect(computeHealth(evidence({ reachedGate: true }, '2026-12-01')).health).toBe('on-track');
    expect(
      computeHealth(evidence({ decision: decision('c', 'x', { outcome: 'conditional-go' }) }, '2026-12-01'))
        .health,
    ).toBe('on-track');
    expect(computeHealth(evidence({}, null)).health).toBe('on-track');
  });

  it('is at risk for each collision touching the item, in its words', () => {
    expect(computeHealth(evidence({ collisions: ['Blackout: Holiday freeze (EU)'] }))).toEqual({
      health: 'at-risk',
      reasons: ['Blackout: Holiday freeze (EU)'],
    });
  });

  it('lists off-track reasons first, then the at-risk ones', () => {
    const lines = [
      required('soon', { title: 'Soon', due: dueOn('2026-11-28') }),
      required('late', { title: 'Late', due: dueOn('2026-11-20') }),
      required('stuck', { title: 'Stuck', status: 'blocked' }),
    ];
    const noGo = decision('n', 'x', {
      outcome: 'no-go',
      decidedOn: '2026-11-20',
      reevaluateOn: '2026-12-04',
    });
    expect(
      computeHealth(
        evidence(
          { readiness: lines, decision: noGo, collisions: ['Capacity: 3 Tier-1 go-lives'] },
          '2026-11-25',
        ),
      ),
    ).toEqual({
      health: 'off-track',
      reasons: [
        '1 required item overdue: Late (20 Nov)',
        '1 required item blocked: Stuck',
        'Launch day 25 Nov passed; still in Readiness',
        'No-go recorded 20 Nov; re-evaluate 4 Dec',
        '1 required item due within 7 days: Soon (28 Nov)',
        'Capacity: 3 Tier-1 go-lives',
      ],
    });
  });
});

describe('a manual override', () => {
  const overridden = (health: 'on-track' | 'at-risk' | 'off-track', fields: Partial<HealthEvidence> = {}) => {
    const base = evidence(fields);
    return {
      ...base,
      item: { ...base.item, healthOverride: { health, reason: 'Signed off by phone' } },
      ...fields,
    };
  };
  const blocked = [required('a', { title: 'Privacy', status: 'blocked' })];

  it('wins with its reason, and carries what the evidence says', () => {
    expect(healthOf(overridden('on-track', { readiness: blocked }))).toEqual({
      health: 'on-track',
      reasons: ['Signed off by phone'],
      overridden: true,
      computed: { health: 'off-track', reasons: ['1 required item blocked: Privacy'] },
    });
  });

  it('is called out when it disagrees with the evidence ("watermelon"), not when it agrees', () => {
    expect(healthDisagreement(healthOf(overridden('on-track', { readiness: blocked })))).toBe(
      'Override says On track; the evidence says Off track: 1 required item blocked: Privacy',
    );
    expect(healthDisagreement(healthOf(overridden('at-risk')))).toBe(
      'Override says At risk; the evidence says On track',
    );
    expect(healthDisagreement(healthOf(overridden('off-track', { readiness: blocked })))).toBeNull();
    expect(healthDisagreement(healthOf(evidence({ readiness: blocked })))).toBeNull();
  });
});

describe('collisionReason', () => {
  const items = {
    x: itemRecord('x', { title: 'Checkout', regions: ['EU', 'NA'] }),
    y: itemRecord('y', { title: 'Billing' }),
  };
  const blackouts = {
    eu: {
      id: 'eu',
      title: 'Holiday freeze',
      start: '2026-12-20',
      end: '2027-01-02',
      regions: ['EU', 'UK'],
      reason: '',
    },
    all: { id: 'all', title: 'Code freeze', start: '2026-12-20', end: '2027-01-02', regions: [], reason: '' },
  };
  const ws = { items, blackouts };

  it('names a blackout with the regions it shares with the item, or all regions', () => {
    const hit = (blackoutId: string): Collision => ({
      kind: 'blackout',
      itemIds: ['x'],
      blackoutId,
      key: `blackout:x:${blackoutId}`,
      fingerprint: '',
      message: 'full',
    });
    expect(collisionReason(hit('eu'), 'x', ws)).toBe('Blackout: Holiday freeze (EU)');
    expect(collisionReason(hit('all'), 'x', ws)).toBe('Blackout: Code freeze (all regions)');
    expect(collisionReason(hit('gone'), 'x', ws)).toBe('full');
  });

  it('counts the launches of a capacity collision, not their waves', () => {
    const capacity: Collision = {
      kind: 'capacity',
      itemIds: ['x', 'x-wave', 'y', 'z'],
      launchIds: ['x', 'y', 'z'],
      region: 'EU',
      week: '2026-W50',
      capacity: 2,
      key: 'capacity:EU:2026-W50',
      fingerprint: '',
      message: '',
    };
    expect(collisionReason(capacity, 'x', ws)).toBe(
      'Capacity: 3 Tier-1 launches going live in EU in week 2026-W50 (capacity 2)',
    );
  });

  it('says which side of a wave-order collision the item is on', () => {
    const order: Collision = {
      kind: 'wave-order',
      itemIds: ['x', 'y'],
      key: 'wave-order:x:y',
      fingerprint: '',
      message: '',
    };
    expect(collisionReason(order, 'x', ws)).toBe('Wave order: goes live before “Billing”');
    expect(collisionReason(order, 'y', ws)).toBe('Wave order: “Checkout” goes live before this');
  });

  it('says which side of a late dependency the item is on', () => {
    const late: Collision = {
      kind: 'dependency',
      itemIds: ['x', 'y'],
      key: 'dependency:x:y',
      fingerprint: '',
      message: '',
    };
    expect(collisionReason(late, 'x', ws)).toBe('Depends on “Billing”, which ends after this starts');
    expect(collisionReason(late, 'y', ws)).toBe('“Checkout” depends on this and starts before it ends');
    expect(collisionReason({ ...late, itemIds: ['x', 'gone'] }, 'x', ws)).toBe(
      'Depends on “a deleted item”, which ends after this starts',
    );
  });
});
