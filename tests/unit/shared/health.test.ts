import { describe, expect, it } from 'vitest';
import { dueDay, progressOf } from '../../../shared/domain/readiness/rules';
import { healthOf } from '../../../shared/domain/items/health';
import type { ReadinessItem } from '../../../shared/domain/readiness/schema';
import { sample, NOW, TODAY } from '../../fixtures/workspace';

const item = () => ({ ...sample().items['sample-payment-links']!, launchDate: '2026-12-20' });
const line = (patch: Partial<ReadinessItem>): ReadinessItem => ({
  id: 'r',
  itemId: 'sample-payment-links',
  functionId: 'docs',
  title: 'Docs',
  ownerId: null,
  due: { type: 'offset', days: -14 },
  status: 'not-started',
  evidence: '',
  requiredSignOff: false,
  rank: 'a0',
  updatedAt: NOW,
  ...patch,
});

describe('readiness progress and health', () => {
  it('counts done and not-needed as closed', () => {
    expect(
      progressOf([line({ status: 'done', evidence: 'x' }), line({ status: 'not-needed' }), line({})]),
    ).toEqual({ done: 2, total: 3 });
  });

  it('works out due days from T-offsets or fixed dates', () => {
    expect(dueDay(line({}), item())).toBe('2026-12-06');
    expect(dueDay(line({ due: { type: 'date', date: '2026-12-01' } }), item())).toBe('2026-12-01');
    expect(dueDay(line({}), { ...item(), launchDate: null })).toBeNull();
    expect(dueDay(line({ due: null }), item())).toBeNull();
  });

  it('is on track with nothing open, at risk when overdue, off track when a sign-off is blocked', () => {
    expect(healthOf(item(), [], TODAY).health).toBe('on-track');
    const overdue = line({ due: { type: 'offset', days: -30 } }); // due 2026-11-20, before today
    expect(healthOf(item(), [overdue], TODAY)).toMatchObject({ health: 'at-risk', reasons: ['1 overdue'] });
    expect(healthOf(item(), [line({ status: 'blocked', requiredSignOff: true })], TODAY).health).toBe(
      'off-track',
    );
  });

  it('is off track when required sign-offs are open with launch under a week away', () => {
    const soon = { ...item(), launchDate: '2026-12-01' };
    const signOff = line({ requiredSignOff: true, due: { type: 'offset', days: 1 } });
    expect(healthOf(soon, [signOff], TODAY).health).toBe('off-track');
    expect(healthOf({ ...soon, launchDate: '2026-12-03' }, [signOff], TODAY).health).toBe('on-track');
  });

  it('a manual override wins, with its reason', () => {
    const overridden = { ...item(), healthOverride: { health: 'at-risk' as const, reason: 'Vendor delay' } };
    expect(healthOf(overridden, [], TODAY)).toEqual({
      health: 'at-risk',
      reasons: ['Vendor delay'],
      overridden: true,
    });
  });
});
