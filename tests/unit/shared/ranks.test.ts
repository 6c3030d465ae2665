import { describe, expect, it } from 'vitest';
import { byRank, rankAfterAll, rankBetween } from '../../../shared/domain/ranks';

describe('fractional ranks', () => {
  it('generates a rank strictly between two neighbours, repeatedly', () => {
    let low = rankBetween(null, null);
    const high = rankBetween(low, null);
    for (let i = 0; i < 50; i++) {
      const mid = rankBetween(low, high);
      expect(mid > low && mid < high).toBe(true);
      low = mid;
    }
  });

  it('appends after every existing rank', () => {
    expect(rankAfterAll(['a0', 'a3', 'a1'])).toBe(rankBetween('a3', null));
    expect(rankAfterAll([])).toBe(rankBetween(null, null));
  });

  it('orders by rank, then id for equal ranks', () => {
    const list = [
      { id: 'b', rank: 'a1' },
      { id: 'a', rank: 'a1' },
      { id: 'c', rank: 'a0' },
    ];
    expect(list.sort(byRank).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
