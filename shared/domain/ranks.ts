/**
 * Fractional ranks order items within a stage: a rank between two neighbours is generated
 * without touching them, so a drop writes one record.
 */
import { generateKeyBetween } from 'fractional-indexing';

export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** True for a key fractional-indexing can place other keys around (checked on import). */
export function isValidRank(rank: string): boolean {
  try {
    generateKeyBetween(rank, null);
    return true;
  } catch {
    return false;
  }
}

/** A rank after every rank given (for appending to a column). */
export function rankAfterAll(ranks: Iterable<string>): string {
  let last: string | null = null;
  for (const rank of ranks) if (last === null || rank > last) last = rank;
  return generateKeyBetween(last, null);
}

/** Compares by rank, then id, so equal ranks (after a merge of two windows) sort stably. */
export function byRank<T extends { rank: string; id: string }>(a: T, b: T): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
