/**
 * Numbers in words for people. One Intl.NumberFormat is made once and kept:
 * `Number.prototype.toLocaleString('en-US')` builds a new formatter on every call (tens of
 * microseconds each), which cost 220 ms when the collision radar and health reasons of 10,000
 * launch items counted things. The output is the same: toLocaleString is specified as
 * formatting with a new Intl.NumberFormat of the same locale and options.
 */
const grouped = new Intl.NumberFormat('en-US');

/** "12,345": a number as en-US writes it (the same text as `toLocaleString('en-US')`). */
export function numberText(value: number): string {
  // Small whole numbers (most counts) read the same without grouping; -0 is left to Intl ("-0").
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) return String(value);
  return grouped.format(value);
}

/** "1 launch item", "3 launch items", "2 people". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberText(count)} ${count === 1 ? singular : plural}`;
}

/**
 * "$120,000": an amount (revenue at stake) in whole dollars, grouped in thousands. Amounts carry
 * no currency in the workspace; the dollar sign is a reading aid. The one formatter every view
 * uses, so the same amount reads the same on every screen.
 */
export function moneyText(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  return `${amount <= -0.5 ? '-' : ''}$${numberText(whole)}`;
}
