/** "1 launch item", "3 launch items", "2 people". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/**
 * "$120,000": an amount (revenue at stake) in whole dollars, grouped in thousands. Amounts carry
 * no currency in the workspace; the dollar sign is a reading aid. The one formatter every view
 * uses, so the same amount reads the same on every screen.
 */
export function moneyText(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  return `${amount <= -0.5 ? '-' : ''}$${whole.toLocaleString('en-US')}`;
}
