/** What commands need from the outside world, passed in so they stay pure and testable. */
import type { Day } from '../dates/days';

export interface CommandContext {
  /** The current instant as an ISO timestamp. */
  now: string;
  newId: () => string;
  /**
   * The person's local calendar day. Rules that judge days (a decision may not be dated after
   * today) need it: near midnight the UTC day of `now` is another day than the one on their clock.
   */
  today?: Day;
}

/** The day a command runs on: the local day when the caller knows it, else the UTC day of `now`. */
export function todayOf(ctx: CommandContext): Day {
  return ctx.today ?? ctx.now.slice(0, 10);
}
