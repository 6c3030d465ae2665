/**
 * The feedback inbox as a read model. `feedbackEntries` does, once per version of the
 * feedback and settings, everything that does not depend on the filter: each record's score,
 * its text in lower case for searching, and the records merged into it; the entries in each
 * order are kept per version of those tables too, so an item changing (a timeline key step,
 * another window's edit) re-sorts nothing. What a record's link shows — the item's title and
 * its launch (the top of the parent chain: a beta's feedback belongs to its launch too) — is
 * looked up in `feedbackItemLinks`, kept per version of the items, and "a launch's feedback"
 * is one definition, `launchFamilyIds` (the item and everything under it, nested), for the
 * inbox's launch filter, the launch page's tab and the briefs. `feedbackInbox`
 * then filters, sorts and groups those entries; it is memoised by its arguments' values, so
 * re-rendering with the same filter costs nothing. At 50,000 records a new filter and sort
 * takes a few tens of milliseconds (scripts/bench/feedback.mjs).
 */
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
  SEVERITY_LABELS,
  mergedIntoOf,
  tagsOf,
  type Feedback,
} from '../domain/feedback/schema';
import { feedbackWeightsOf } from '../domain/settings/schema';
import { feedbackScore } from '../domain/feedback/score';
import { recordOf, settingsOf } from '../domain/workspace';
import type { LaunchItem } from '../domain/items/schema';
import { memoByTables } from './memo';

export interface FeedbackEntry {
  f: Feedback;
  score: number;
  /** Title, detail and account in lower case, for the search. */
  text: string;
  tags: readonly string[];
  /** Themes in lower case, for the theme filter. */
  tagKeys: readonly string[];
  merged: boolean;
}

/** What a feedback record's link to an item shows. */
export interface FeedbackItemLink {
  /** The linked item's title (a launch, beta or wave). */
  itemTitle: string;
  /** The launch at the top of the linked item's parent chain. */
  launchId: string;
  launchTitle: string;
}

export const FEEDBACK_SORTS = ['score', 'newest', 'revenue', 'accounts', 'severity'] as const;
export type FeedbackSort = (typeof FEEDBACK_SORTS)[number];
export const FEEDBACK_SORT_LABELS: Record<FeedbackSort, string> = {
  score: 'Score',
  newest: 'Newest',
  revenue: 'Revenue at stake',
  accounts: 'Accounts',
  severity: 'Severity',
};

export const FEEDBACK_GROUPS = ['none', 'launch', 'source', 'region', 'theme', 'status'] as const;
export type FeedbackGrouping = (typeof FEEDBACK_GROUPS)[number];
export const FEEDBACK_GROUP_LABELS: Record<FeedbackGrouping, string> = {
  none: 'No grouping',
  launch: 'Launch',
  source: 'Source',
  region: 'Region',
  theme: 'Theme',
  status: 'Status',
};

export interface FeedbackFilter {
  /** Words searched in title, detail and account (any case). */
  query: string;
  /** A launch item id: its own feedback and that of everything under it. '' for all. */
  launchId: string;
  source: string;
  region: string;
  /** A theme, any case. */
  tag: string;
  status: string;
  /** 1–4, or 0 for any. */
  severity: number;
  /** Also list duplicates merged into other records. */
  showMerged: boolean;
}

export const NO_FEEDBACK_FILTER: FeedbackFilter = {
  query: '',
  launchId: '',
  source: '',
  region: '',
  tag: '',
  status: '',
  severity: 0,
  showMerged: false,
};

export interface Totals {
  count: number;
  accounts: number;
  revenue: number;
}

export interface FeedbackGroup extends Totals {
  key: string;
  label: string;
  entries: FeedbackEntry[];
}

export interface FeedbackInbox {
  /** Every entry that passes the filter, in order (group by group when grouped). */
  entries: FeedbackEntry[];
  /** The groups in order, each with its totals; one group "All feedback" when not grouped. */
  groups: FeedbackGroup[];
  totals: Totals;
  /** Records in the inbox before the filter (merged duplicates left out unless shown). */
  total: number;
}

function launchOf(items: Record<string, LaunchItem>, itemId: string): LaunchItem | undefined {
  let item = recordOf(items, itemId);
  // A parent loop in an old record must not hang: a chain is never longer than the items.
  for (let steps = 0; item?.parentId && steps < 100; steps++) {
    const parent = recordOf(items, item.parentId);
    if (!parent) break;
    item = parent;
  }
  return item;
}

const NO_LINK: FeedbackItemLink = { itemTitle: '', launchId: '', launchTitle: '' };

/** Each item's title and launch, once per version of the items. */
export const feedbackItemLinks = memoByTables(['items'], (ws): ReadonlyMap<string, FeedbackItemLink> => {
  const links = new Map<string, FeedbackItemLink>();
  for (const item of Object.values(ws.items)) {
    const launch = launchOf(ws.items, item.id);
    links.set(item.id, {
      itemTitle: item.title,
      launchId: launch?.id ?? '',
      launchTitle: launch?.title ?? '',
    });
  }
  return links;
});

/** The link a record shows (an empty one when unlinked or linked to a deleted item). */
export const linkOf = (
  links: ReadonlyMap<string, FeedbackItemLink>,
  itemId: string | null,
): FeedbackItemLink => (itemId !== null && links.get(itemId)) || NO_LINK;

const childrenOf = memoByTables(['items'], (ws): ReadonlyMap<string, string[]> => {
  const children = new Map<string, string[]>();
  for (const item of Object.values(ws.items))
    if (item.parentId) {
      const list = children.get(item.parentId);
      if (list) list.push(item.id);
      else children.set(item.parentId, [item.id]);
    }
  return children;
});

/**
 * "The launch's feedback" is the feedback linked to these items: the item itself and everything
 * under it, nested (a launch, its betas, their waves). A parent loop stops where it repeats.
 */
export const launchFamilyIds = memoByTables(['items'], (ws, itemId: string): ReadonlySet<string> => {
  const children = childrenOf(ws);
  const family = new Set<string>([itemId]);
  const queue = [itemId];
  while (queue.length)
    for (const child of children.get(queue.pop()!) ?? [])
      if (!family.has(child)) {
        family.add(child);
        queue.push(child);
      }
  return family;
});

/** Every record with what the inbox shows and filters on, worked out once per version. */
export const feedbackEntries = memoByTables(
  ['feedback', 'settings'],
  (
    ws,
  ): {
    all: FeedbackEntry[];
    byId: ReadonlyMap<string, FeedbackEntry>;
    duplicatesOf: ReadonlyMap<string, FeedbackEntry[]>;
    themeLabels: ReadonlyMap<string, string>;
  } => {
    const weights = feedbackWeightsOf(settingsOf(ws));
    const all: FeedbackEntry[] = [];
    const byId = new Map<string, FeedbackEntry>();
    const duplicatesOf = new Map<string, FeedbackEntry[]>();
    // One spelling per theme whatever the order shown: the first stored.
    const themeLabels = new Map<string, string>();
    for (const f of Object.values(ws.feedback)) {
      const tags = tagsOf(f);
      for (const t of tags) if (!themeLabels.has(t.toLowerCase())) themeLabels.set(t.toLowerCase(), t);
      const entry: FeedbackEntry = {
        f,
        score: feedbackScore(f, weights),
        text: `${f.title}\n${f.detail}\n${f.account}`.toLowerCase(),
        tags,
        tagKeys: tags.map((t) => t.toLowerCase()),
        merged: mergedIntoOf(f) !== null,
      };
      all.push(entry);
      byId.set(f.id, entry);
      const into = mergedIntoOf(f);
      if (into) {
        const list = duplicatesOf.get(into);
        if (list) list.push(entry);
        else duplicatesOf.set(into, [entry]);
      }
    }
    return { all, byId, duplicatesOf, themeLabels };
  },
);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each order falls back on the score, then the newest, then the id, so ties never flicker. */
const COMPARE: Record<FeedbackSort, (a: FeedbackEntry, b: FeedbackEntry) => number> = {
  score: (a, b) => b.score - a.score,
  newest: (a, b) => cmp(b.f.createdAt, a.f.createdAt),
  revenue: (a, b) => b.f.revenueAtStake - a.f.revenueAtStake,
  accounts: (a, b) => b.f.accountCount - a.f.accountCount,
  severity: (a, b) => b.f.severity - a.f.severity,
};

function compareBy(sort: FeedbackSort) {
  const first = COMPARE[sort];
  return (a: FeedbackEntry, b: FeedbackEntry) =>
    first(a, b) || b.score - a.score || cmp(b.f.createdAt, a.f.createdAt) || cmp(a.f.id, b.f.id);
}

/** The inbox's default order: score, then newest, then id (the briefs rank by it too). */
export const compareByScore = compareBy('score');

/**
 * Item id → the feedback linked to it, merged duplicates left out, by score: grouped once per
 * version, so a brief of many launches does not scan every record once per launch.
 */
export const feedbackByItemId = memoByTables(
  ['feedback', 'settings'],
  (ws): ReadonlyMap<string, readonly FeedbackEntry[]> => {
    const byItem = new Map<string, FeedbackEntry[]>();
    for (const e of sortedEntries(ws, 'score'))
      if (e.f.itemId !== null && !e.merged) {
        const list = byItem.get(e.f.itemId);
        if (list) list.push(e);
        else byItem.set(e.f.itemId, [e]);
      }
    return byItem;
  },
);

/** Every entry in one order, worked out once per version and order. */
const sortedEntries = memoByTables(['feedback', 'settings'], (ws, sort: FeedbackSort): FeedbackEntry[] =>
  [...feedbackEntries(ws).all].sort(compareBy(sort)),
);

/** `family`: the items whose feedback the launch filter keeps (launchFamilyIds), when one is set. */
export function matchesFeedback(
  e: FeedbackEntry,
  filter: FeedbackFilter,
  words: readonly string[],
  family: ReadonlySet<string> | null,
): boolean {
  const f = e.f;
  if (e.merged && !filter.showMerged) return false;
  if (family && (f.itemId === null || !family.has(f.itemId))) return false;
  if (filter.source && f.source !== filter.source) return false;
  if (filter.region && (f.region ?? '') !== (filter.region === '-' ? '' : filter.region)) return false;
  if (filter.status && f.status !== filter.status) return false;
  if (filter.severity && f.severity !== filter.severity) return false;
  if (filter.tag && !e.tagKeys.includes(filter.tag.toLowerCase())) return false;
  for (const word of words) if (!e.text.includes(word)) return false;
  return true;
}

const NO_THEME = 'No theme';

/** The groups an entry falls in: one, except by theme, where it is in each of its themes. */
function groupKeysOf(
  e: FeedbackEntry,
  grouping: FeedbackGrouping,
  themeLabels: ReadonlyMap<string, string>,
  links: ReadonlyMap<string, FeedbackItemLink>,
): { key: string; label: string }[] {
  switch (grouping) {
    case 'none':
      return [{ key: '', label: 'All feedback' }];
    case 'launch': {
      const link = linkOf(links, e.f.itemId);
      return [{ key: link.launchId, label: link.launchTitle || 'Not linked to a launch' }];
    }
    case 'source':
      return [{ key: e.f.source, label: FEEDBACK_SOURCE_LABELS[e.f.source] }];
    case 'region':
      return [{ key: e.f.region ?? '', label: e.f.region ?? 'No region' }];
    case 'status':
      return [{ key: e.f.status, label: FEEDBACK_STATUS_LABELS[e.f.status] }];
    case 'theme':
      return e.tags.length
        ? e.tagKeys.map((key) => ({ key, label: themeLabels.get(key) ?? key }))
        : [{ key: '', label: NO_THEME }];
  }
}

/**
 * Counts an entry's row; a merged duplicate's accounts and revenue are already in the record it
 * was merged into (the merge summed them), so with "Show merged" on they are not added again.
 */
const addTo = (t: Totals, e: FeedbackEntry) => {
  t.count += 1;
  if (e.merged) return;
  t.accounts += e.f.accountCount;
  t.revenue += e.f.revenueAtStake;
};

/** Status groups in the order work flows; other groupings by revenue at stake, the largest first. */
const STATUS_ORDER = Object.keys(FEEDBACK_STATUS_LABELS);

export const feedbackInbox = memoByTables(
  ['feedback', 'items', 'settings'],
  (
    ws,
    query: string,
    launchId: string,
    source: string,
    region: string,
    tag: string,
    status: string,
    severity: number,
    showMerged: boolean,
    sort: FeedbackSort,
    grouping: FeedbackGrouping,
  ): FeedbackInbox => {
    const filter: FeedbackFilter = { query, launchId, source, region, tag, status, severity, showMerged };
    const { all, themeLabels } = feedbackEntries(ws);
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const total = showMerged ? all.length : all.reduce((n, e) => (e.merged ? n : n + 1), 0);
    // Filtering the entries already in order keeps the order: typing a filter never re-sorts.
    const family = launchId ? launchFamilyIds(ws, launchId) : null;
    const links = feedbackItemLinks(ws);
    const matching = sortedEntries(ws, sort).filter((e) => matchesFeedback(e, filter, words, family));
    const totals: Totals = { count: 0, accounts: 0, revenue: 0 };
    for (const e of matching) addTo(totals, e);
    const groups = new Map<string, FeedbackGroup>();
    for (const e of matching)
      for (const { key, label } of groupKeysOf(e, grouping, themeLabels, links)) {
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { key, label, entries: [], count: 0, accounts: 0, revenue: 0 }));
        group.entries.push(e);
        addTo(group, e);
      }
    const ordered = [...groups.values()].sort((a, b) =>
      grouping === 'status'
        ? STATUS_ORDER.indexOf(a.key) - STATUS_ORDER.indexOf(b.key)
        : // "None" groups (no launch, no region, no theme) last.
          Number(a.key === '') - Number(b.key === '') || b.revenue - a.revenue || cmp(a.label, b.label),
    );
    return {
      entries: grouping === 'none' ? matching : ordered.flatMap((g) => g.entries),
      groups: ordered,
      totals,
      total,
    };
  },
);

/** The inbox for a filter object (tests and callers that hold one). */
export function inboxOf(
  ws: Parameters<typeof feedbackInbox>[0],
  filter: FeedbackFilter,
  sort: FeedbackSort = 'score',
  grouping: FeedbackGrouping = 'none',
): FeedbackInbox {
  return feedbackInbox(
    ws,
    filter.query,
    filter.launchId,
    filter.source,
    filter.region,
    filter.tag,
    filter.status,
    filter.severity,
    filter.showMerged,
    sort,
    grouping,
  );
}

/** Every theme in use, in any case once, sorted. */
export const feedbackThemes = memoByTables(['feedback'], (ws): string[] => {
  const seen = new Map<string, string>();
  for (const f of Object.values(ws.feedback))
    for (const t of tagsOf(f)) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
});

export { SEVERITY_LABELS };
