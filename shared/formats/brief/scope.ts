/**
 * What a brief is about: its request (a launch for an audience, or a portfolio range with
 * filters), the scope its records are kept under (dates are not part of a portfolio's scope:
 * next week's brief of the same region says what changed since this week's), the launches a
 * portfolio covers, and the brief records of a scope.
 */
import { addDays, isSupportedDay, type Day } from '../../dates/days';
import type { BriefRecord } from '../../domain/briefs/schema';
import type { LaunchItem } from '../../domain/items/schema';
import type { Kind, Tier } from '../../domain/primitives';
import { recordOf, settingsOf, type Workspace } from '../../domain/workspace';
import { memoByTables } from '../../views/memo';
import { inExportOrder } from '../filters';
import { BriefError } from './words';

export type BriefAudience = 'exec' | 'team';
export type LaunchKind = Kind;
export interface PortfolioFilters {
  region: string | null;
  tier: Tier | null;
  kind: LaunchKind | null;
}
export type BriefRequest =
  | { kind: 'launch'; itemId: string; audience: BriefAudience }
  | { kind: 'portfolio'; from: Day; to: Day; filters: PortfolioFilters };
export interface BriefClock {
  today: Day;
  /** ISO instant: the brief's "data as of". */
  now: string;
}

/** Weeks a portfolio brief looks ahead by default. */
export const DEFAULT_PORTFOLIO_WEEKS = 6;

/** The default portfolio range: today … today + 6 weeks. */
export function defaultPortfolioRange(today: Day): { from: Day; to: Day } {
  return { from: today, to: addDays(today, DEFAULT_PORTFOLIO_WEEKS * 7) };
}

export function scopeKeyOf(request: BriefRequest): string {
  if (request.kind === 'launch') return `launch:${request.itemId}`;
  const { region, tier, kind } = request.filters;
  return `portfolio:region=${region ?? 'all'};tier=${tier ?? 'all'};kind=${kind ?? 'all'}`;
}

/** The launch item a launch brief is about; a BriefError for an unknown id. */
export function launchOf(ws: Workspace, itemId: string): LaunchItem {
  const item = recordOf(ws.items, itemId);
  if (!item) throw new BriefError(`There is no launch item with the id “${itemId}”.`);
  return item;
}

/** Refuses a portfolio request that cannot be answered, in words. */
export function checkPortfolioRequest(ws: Workspace, from: Day, to: Day, filters: PortfolioFilters): void {
  for (const [name, day] of [
    ['start', from],
    ['end', to],
  ] as const)
    if (!isSupportedDay(day))
      throw new BriefError(`The ${name} of the range, “${day}”, is not a date between 1970 and 2200.`);
  if (from > to) throw new BriefError('The range must start on or before the day it ends.');
  if (filters.region !== null && !settingsOf(ws).regions.some((r) => r.code === filters.region))
    throw new BriefError(
      `The workspace has no region “${filters.region}”. Regions: ${settingsOf(ws)
        .regions.map((r) => r.code)
        .join(', ')}.`,
    );
}

/** True when an item belongs to a portfolio with these filters (dates aside). */
export function matchesFilters(item: LaunchItem, filters: PortfolioFilters): boolean {
  if (item.archived) return false;
  if (filters.tier !== null && item.tier !== filters.tier) return false;
  if (filters.kind !== null && item.kind !== filters.kind) return false;
  return filters.region === null || item.regions.includes(filters.region);
}

/** Launch items by launch day, then title, then id (the exports' order): every portfolio list's. */
export const itemsByLaunchDay = memoByTables(['items'], (ws): readonly LaunchItem[] =>
  inExportOrder(Object.values(ws.items).filter((item) => item.launchDate !== null && !item.archived)),
);

/** The launches a portfolio brief covers: launch day in [from, to], matching the filters. */
export function portfolioLaunches(
  ws: Workspace,
  from: Day,
  to: Day,
  filters: PortfolioFilters,
): LaunchItem[] {
  const all = itemsByLaunchDay(ws);
  // Sorted by launch day: find the first in range by binary search, then walk.
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (all[mid]!.launchDate! < from) low = mid + 1;
    else high = mid;
  }
  const found: LaunchItem[] = [];
  for (let i = low; i < all.length && all[i]!.launchDate! <= to; i++)
    if (matchesFilters(all[i]!, filters)) found.push(all[i]!);
  return found;
}

/** A scope's brief records, the latest (highest number) first. */
export const briefsByScope = memoByTables(['briefs'], (ws): ReadonlyMap<string, readonly BriefRecord[]> => {
  const byScope = new Map<string, BriefRecord[]>();
  for (const record of Object.values(ws.briefs)) {
    const list = byScope.get(record.scopeKey);
    if (list) list.push(record);
    else byScope.set(record.scopeKey, [record]);
  }
  for (const list of byScope.values())
    list.sort((a, b) => b.number - a.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byScope;
});

export function latestBriefOf(ws: Pick<Workspace, 'briefs'>, scopeKey: string): BriefRecord | null {
  return briefsByScope(ws).get(scopeKey)?.[0] ?? null;
}
