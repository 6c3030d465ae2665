/** One way to write an amount, on every screen: whole dollars grouped in thousands. */
import { describe, expect, it } from 'vitest';
import { moneyText } from '../../../shared/domain/text';

describe('moneyText', () => {
  it('writes whole dollars grouped in thousands, rounding cents', () => {
    expect(moneyText(0)).toBe('$0');
    expect(moneyText(950)).toBe('$950');
    expect(moneyText(120000)).toBe('$120,000');
    expect(moneyText(1250000.6)).toBe('$1,250,001');
    expect(moneyText(-4200)).toBe('-$4,200');
    expect(moneyText(-0.2)).toBe('$0');
  });
});
