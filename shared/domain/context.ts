/** What commands need from the outside world, passed in so they stay pure and testable. */
export interface CommandContext {
  /** The current instant as an ISO timestamp. */
  now: string;
  newId: () => string;
}
