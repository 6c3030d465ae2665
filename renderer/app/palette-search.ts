/**
 * What the command palette lists for a query: commands (by label and keywords) and launch
 * items (by title), best match first, scored by cmdk's own fuzzy matcher. Filtering happens
 * here rather than inside cmdk so that ten thousand launch items never become ten thousand
 * rendered rows: at most LAUNCH_LIMIT are shown.
 */
import { defaultFilter } from 'cmdk';
import type { LaunchItem } from '../../shared/domain/items/schema';
import type { Command } from './commands';

export const LAUNCH_LIMIT = 30;

export interface PaletteResults {
  commands: Command[];
  launches: LaunchItem[];
}

export function searchPalette(
  query: string,
  commands: readonly Command[],
  items: Iterable<LaunchItem>,
): PaletteResults {
  const q = query.trim();
  if (!q) {
    // Nothing typed: every command, and the launches coming up soonest.
    const upcoming = [...items].filter((item) => !item.archived && item.launchDate);
    upcoming.sort((a, b) => (a.launchDate! < b.launchDate! ? -1 : a.launchDate! > b.launchDate! ? 1 : 0));
    return { commands: [...commands], launches: upcoming.slice(0, 8) };
  }
  const scored = <T>(list: Iterable<T>, text: (t: T) => string, keywords: (t: T) => string[]) => {
    const out: { value: T; score: number }[] = [];
    for (const value of list) {
      const score = defaultFilter(text(value), q, keywords(value));
      if (score > 0) out.push({ value, score });
    }
    return out.sort((a, b) => b.score - a.score).map((s) => s.value);
  };
  return {
    commands: scored(
      commands,
      (c) => c.label,
      (c) => [...(c.keywords ?? []), c.group],
    ),
    launches: scored(
      items,
      (item) => item.title,
      (item) => [item.kind, item.productArea],
    ).slice(0, LAUNCH_LIMIT),
  };
}
