/**
 * Health, rule by rule and at its edges: every open line counts (the first of the list too),
 * closed lines never do, "overdue" starts the day after the due day, "under a week" means six
 * days or fewer, and the reasons are listed in a fixed order.
 */
import { describe, expect, it } from 'vitest';
import { healthOf } from '../../../shared/domain/items/health';
import { item as itemRecord, readiness } from '../../fixtures/records';

const TODAY = '2026-11-26';
// Launch dates below are counted from TODAY (26 Nov): 2026-12-03 is seven days away, 12-02 six.
const launching = (launchDate: string | null) => itemRecord('x', { launchDate });
const line = (id: string, fields = {}) => readiness(id, 'x', fields);
const dueOn = (date: string) => ({ type: 'date' as const, date });

describe('healthOf', () => {
  it('counts the first line of the checklist like any other', () => {
    const lines = [line('a', { status: 'blocked' }), line('b'), line('c')];
    expect(healthOf(launching(null), lines, TODAY)).toEqual({
      health: 'at-risk',
      reasons: ['1 blocked'],
      overridden: false,
    });
    const overdueFirst = [line('a', { due: dueOn('2026-11-25') }), line('b', { due: dueOn('2026-11-27') })];
    expect(healthOf(launching(null), overdueFirst, TODAY).reasons).toEqual(['1 overdue']);
    const signOffFirst = [line('a', { requiredSignOff: true }), line('b')];
    expect(healthOf(launching('2026-11-30'), signOffFirst, TODAY).reasons).toEqual([
      '1 required sign-off open with launch under a week away',
    ]);
  });

  it('ignores closed lines: done and not needed, blocked or overdue as they may once have been', () => {
    const closed = [
      line('a', { status: 'done', evidence: 'link', due: dueOn('2026-11-01'), requiredSignOff: true }),
      line('b', { status: 'not-needed', due: dueOn('2026-11-01'), requiredSignOff: true }),
    ];
    expect(healthOf(launching('2026-11-27'), closed, TODAY)).toEqual({
      health: 'on-track',
      reasons: [],
      overridden: false,
    });
  });

  it('is overdue only after the due day, on fixed days and T-offsets alike', () => {
    expect(healthOf(launching(null), [line('a', { due: dueOn(TODAY) })], TODAY).health).toBe('on-track');
    expect(healthOf(launching(null), [line('a', { due: dueOn('2026-11-25') })], TODAY).reasons).toEqual([
      '1 overdue',
    ]);
    const offset = (days: number) => line('a', { due: { type: 'offset', days } });
    // Launch on 2026-12-10: 14 days before is today, 15 days before is yesterday.
    expect(healthOf(launching('2026-12-10'), [offset(-14)], TODAY).health).toBe('on-track');
    expect(healthOf(launching('2026-12-10'), [offset(-15)], TODAY).reasons).toEqual(['1 overdue']);
    // No launch date: a T-offset has no due day, so it is never overdue.
    expect(healthOf(launching(null), [offset(-400)], TODAY).health).toBe('on-track');
  });

  it('calls a launch six days away or fewer (or past) "under a week", seven days not', () => {
    const signOff = [line('a', { requiredSignOff: true })];
    expect(healthOf(launching('2026-12-03'), signOff, TODAY).health).toBe('on-track');
    expect(healthOf(launching('2026-12-02'), signOff, TODAY).health).toBe('off-track');
    expect(healthOf(launching(TODAY), signOff, TODAY).health).toBe('off-track');
    expect(healthOf(launching('2026-11-01'), signOff, TODAY).health).toBe('off-track');
    expect(healthOf(launching(null), signOff, TODAY).health).toBe('on-track');
    // Only required sign-offs make a near launch a problem.
    expect(healthOf(launching('2026-11-27'), [line('a')], TODAY).health).toBe('on-track');
  });

  it('lists every reason, blocked then overdue then sign-offs, counting each', () => {
    const lines = [
      line('a', { status: 'blocked', requiredSignOff: true }),
      line('b', { status: 'blocked', due: dueOn('2026-11-20') }),
      line('c', { due: dueOn('2026-11-20'), requiredSignOff: true }),
      line('d', { due: dueOn('2026-11-21') }),
    ];
    expect(healthOf(launching('2026-11-28'), lines, TODAY)).toEqual({
      health: 'off-track',
      reasons: ['2 blocked', '3 overdue', '2 required sign-offs open with launch under a week away'],
      overridden: false,
    });
  });

  it('is off track for a blocked required sign-off even with launch far away, at risk for a blocked other line', () => {
    const far = launching('2027-06-01');
    expect(healthOf(far, [line('a', { status: 'blocked', requiredSignOff: true })], TODAY)).toEqual({
      health: 'off-track',
      reasons: ['1 blocked'],
      overridden: false,
    });
    expect(
      healthOf(far, [line('a', { status: 'blocked' }), line('b', { requiredSignOff: true })], TODAY),
    ).toEqual({
      health: 'at-risk',
      reasons: ['1 blocked'],
      overridden: false,
    });
  });

  it('lets an override win over everything, with its reason only', () => {
    const overridden = launching('2026-11-27');
    overridden.healthOverride = { health: 'on-track', reason: 'Signed off by phone' };
    expect(healthOf(overridden, [line('a', { status: 'blocked', requiredSignOff: true })], TODAY)).toEqual({
      health: 'on-track',
      reasons: ['Signed off by phone'],
      overridden: true,
    });
  });
});
