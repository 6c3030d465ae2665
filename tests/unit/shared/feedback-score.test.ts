/** The feedback score: severity × accounts × revenue at stake on log scales, weighted; sensible at 0. */
import { describe, expect, it } from 'vitest';
import { feedbackScore, scoreIn } from '../../../shared/domain/feedback/score';
import { settingsOf } from '../../../shared/domain/workspace';
import { feedback } from '../../fixtures/feedback';
import { baseWorkspace } from '../../fixtures/workspace';

const ONE = { severity: 1, accounts: 1, revenue: 1 };
const score = (severity: number, accountCount: number, revenueAtStake: number, weights = ONE) =>
  feedbackScore({ severity, accountCount, revenueAtStake }, weights);

describe('feedback score', () => {
  it('is 10 × severity with no accounts and no revenue (never 0)', () => {
    expect(score(1, 0, 0)).toBe(10);
    expect(score(4, 0, 0)).toBe(40);
  });

  it('counts accounts and revenue on log scales', () => {
    // 9 accounts: 1 + log10(10) = 2; $9,000: 1 + log10(10) = 2.
    expect(score(1, 9, 0)).toBe(20);
    expect(score(1, 0, 9000)).toBe(20);
    expect(score(3, 99, 99_000)).toBe(270);
    // A tenfold deal adds one step, it does not multiply the score by ten.
    expect(score(2, 1, 999_000)).toBeLessThan(score(2, 1, 99_000) * 1.5);
  });

  it('weights raise each part to a power: 0 leaves it out, 2 counts it twice', () => {
    expect(score(4, 99, 99_000, { severity: 0, accounts: 1, revenue: 0 })).toBe(30);
    expect(score(2, 9, 0, { severity: 2, accounts: 2, revenue: 1 })).toBe(160);
  });

  it('orders as people expect: more severe, more accounts, more revenue score higher', () => {
    expect(score(4, 1, 0)).toBeGreaterThan(score(3, 1, 0));
    expect(score(2, 50, 0)).toBeGreaterThan(score(2, 5, 0));
    expect(score(2, 1, 50_000)).toBeGreaterThan(score(2, 1, 5_000));
  });

  it('reads the weights from Settings, all 1 when never set', () => {
    const ws = baseWorkspace();
    const f = feedback('x', { severity: 3, accountCount: 9, revenueAtStake: 9000 });
    expect(scoreIn(settingsOf(ws), f)).toBe(120);
    expect(scoreIn({ ...settingsOf(ws), feedbackWeights: { severity: 1, accounts: 0, revenue: 0 } }, f)).toBe(
      30,
    );
  });
});
