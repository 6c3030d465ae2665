/**
 * What the command palette lists for a query: commands (by label and keywords) and launch
 * items (by title), best match first, scored by cmdk's own fuzzy matcher. Filtering happens
 * here rather than inside cmdk so that ten thousand launch items never become ten thousand
 * rendered rows: at most LAUNCH_LIMIT are shown.
 */
import { defaultFilter } from 'cmdk';
import type { Day } from '../../shared/dates/days';
import type { LaunchItem } from '../../shared/domain/items/schema';
import type { Command } from './commands';

export const LAUNCH_LIMIT = 30;
/** Launches listed before anything is typed: the next ones coming up. */
export const UPCOMING_LIMIT = 8;

export interface PaletteResults {
  commands: Command[];
  launches: LaunchItem[];
}

function scored<T>(
  list: Iterable<T>,
  query: string,
  text: (t: T) => string,
  keywords: (t: T) => string[],
): T[] {
  const out: { value: T; score: number }[] = [];
  for (const value of list) {
    const score = defaultFilter(text(value), query, keywords(value));
    if (score > 0) out.push({ value, score });
  }
  return out.sort((a, b) => b.score - a.score).map((s) => s.value);
}

/**
 * Searches one version of the launch items. Typing narrows a query ("pa" → "pay"), and an item
 * that did not match "pa" cannot match "pay" (every character must appear, in order), so the
 * next search only looks at the last one's matches: a keystroke at 10,000 items stays cheap.
 */
export class LaunchSearch {
  private last: { query: string; matches: LaunchItem[] } | null = null;

  constructor(private readonly items: readonly LaunchItem[]) {}

  search(query: string): LaunchItem[] {
    const q = query.trim().toLowerCase();
    const pool =
      this.last && this.last.query && q.startsWith(this.last.query) ? this.last.matches : this.items;
    const matches = scored(
      pool,
      q,
      (item) => item.title,
      (item) => [item.kind, item.productArea],
    );
    this.last = { query: q, matches };
    return matches;
  }

  /** Launches from today on, soonest first (archived ones left out). */
  upcoming(today: Day): LaunchItem[] {
    return this.items
      .filter((item) => !item.archived && item.launchDate !== null && item.launchDate >= today)
      .sort((a, b) => (a.launchDate! < b.launchDate! ? -1 : a.launchDate! > b.launchDate! ? 1 : 0))
      .slice(0, UPCOMING_LIMIT);
  }
}

export function searchPalette(
  query: string,
  commands: readonly Command[],
  launches: LaunchSearch,
  today: Day,
): PaletteResults {
  if (!query.trim()) return { commands: [...commands], launches: launches.upcoming(today) };
  return {
    commands: scored(
      commands,
      query.trim(),
      (c) => c.label,
      (c) => [...(c.keywords ?? []), c.group],
    ),
    launches: launches.search(query).slice(0, LAUNCH_LIMIT),
  };
}
