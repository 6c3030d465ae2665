/**
 * The rows of the Launches list: launch items joined with what the table shows (stage name,
 * owner, readiness, health, the standing decision), filtered and sorted. Pure, so sorting
 * rules are unit-tested. Every view that shows health reads it here (board, list, timeline,
 * palette, launch page), so one rule gives one answer everywhere.
 */
import type { Day } from '../dates/days';
import type { Decision } from '../domain/decisions/schema';
import { isAtOrAfterGate, standingDecision } from '../domain/items/gate';
import { collisionReason, healthOf, type HealthResult } from '../domain/items/health';
import { progressOf, type Progress } from '../domain/readiness/rules';
import { readinessByItem } from './readiness';
import type { LaunchItem } from '../domain/items/schema';
import type { ReadinessItem } from '../domain/readiness/schema';
import type { Collision } from '../domain/items/collisions';
import type { Settings } from '../domain/settings/schema';
import { recordOf, settingsOf } from '../domain/workspace';
import { openCollisionsByItem } from './collisions';
import { decisionsByItem, itemList, NONE } from './indexes';
import { LazyMap } from './lazy-map';
import { memoByTables, type TablesOf } from './memo';

export interface LaunchRow {
  item: LaunchItem;
  stageName: string;
  stageIndex: number;
  ownerName: string;
  parentTitle: string;
  /** Lower-case title: a cheap tie-breaker when sorting. */
  titleKey: string;
  /** The go/no-go decision standing today (the latest dated today or earlier), or null. */
  decision: Decision | null;
  readonly progress: Progress;
  readonly health: HealthResult;
  /** Lower-case text that search matches against. */
  readonly searchText: string;
}

/** What a row's health reads beyond the item and its checklist. */
interface HealthInputs {
  stageName: string;
  reachedGate: boolean;
  /**
   * The collisions touching the item, in words. Worded when the row is built, not kept as
   * collisions with the tables to word them from: a cached row outlives many edits, and holding
   * its workspace would keep every old version of it alive.
   */
  collisions: readonly string[];
}

/**
 * Progress, health and search text are worked out on first use: a list of ten thousand items
 * shows twenty, and only sorting by health needs every item's health.
 */
class Row implements LaunchRow {
  private cachedProgress?: Progress;
  private cachedHealth?: HealthResult;
  private cachedSearch?: string;
  readonly titleKey: string;
  constructor(
    readonly item: LaunchItem,
    readonly stageName: string,
    readonly stageIndex: number,
    readonly ownerName: string,
    readonly parentTitle: string,
    readonly decision: Decision | null,
    private readonly readiness: readonly ReadinessItem[],
    private readonly today: Day,
    private readonly inputs: HealthInputs,
  ) {
    this.titleKey = item.title.toLowerCase();
  }
  get progress(): Progress {
    return (this.cachedProgress ??= progressOf(this.readiness));
  }
  get health(): HealthResult {
    const { stageName, reachedGate, collisions } = this.inputs;
    return (this.cachedHealth ??= healthOf({
      item: this.item,
      readiness: this.readiness,
      today: this.today,
      decision: this.decision,
      stageName,
      reachedGate,
      collisions,
    }));
  }
  get searchText(): string {
    const { item } = this;
    return (this.cachedSearch ??= [
      item.title,
      item.productArea,
      this.ownerName,
      this.stageName,
      item.kind,
      ...item.regions,
      ...item.tags,
    ]
      .join(' ')
      .toLowerCase());
  }
}

export const SORT_KEYS = [
  'title',
  'kind',
  'tier',
  'stage',
  'launchDate',
  'owner',
  'readiness',
  'health',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/**
 * The rows, once per version of the tables they show (memo.ts) and day. Within that, rows are
 * cached per launch item and rebuilt only when something they show changed: a store update
 * that touches one item recomputes one row, not ten thousand. Records keep their identity
 * across Changes (applyChange copies only what changed), so identity comparisons do; an
 * item's collisions are compared by their messages (the report is rebuilt on every items
 * change; a message names every title, day and region its reason in words can show). The
 * array is shared by every view that asks: read it, never change it.
 */
interface CachedRow {
  deps: unknown[];
  collisions: readonly Collision[];
  row: LaunchRow;
}
const rowCache = new WeakMap<LaunchItem, CachedRow>();

const sameDeps = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

// The radar keeps a collision object while the records it names are the same
// (collision-pieces.ts): most compare by identity, without wording their messages.
const sameCollisions = (a: readonly Collision[], b: readonly Collision[]) =>
  a === b || (a.length === b.length && a.every((c, i) => c === b[i] || c.message === b[i]!.message));

// Acknowledgements: an acknowledged collision no longer counts against health.
const ROW_TABLES = [
  'items',
  'readiness',
  'settings',
  'people',
  'decisions',
  'blackouts',
  'acknowledgements',
] as const;

/**
 * Launch item id → its row, each worked out on first ask (lazy-map.ts): the timeline looks up
 * the ~40 rows on screen, not 10,000. A row comes from the per-item cache above when nothing it
 * shows changed, so an edit of one item builds one row again, and only when it is asked for.
 */
export const rowsById = memoByTables(ROW_TABLES, (ws, today: Day): ReadonlyMap<string, LaunchRow> => {
  // The tables read, not the whole workspace: the map is kept per version of these alone.
  const tables: TablesOf<(typeof ROW_TABLES)[number]> = {
    items: ws.items,
    readiness: ws.readiness,
    settings: ws.settings,
    people: ws.people,
    decisions: ws.decisions,
    blackouts: ws.blackouts,
    acknowledgements: ws.acknowledgements,
  };
  const settings = settingsOf(tables);
  const stageIndex = new Map(settings.stages.map((s, i) => [s.id, i]));
  return new LazyMap(
    () => itemList(tables).map((item) => item.id),
    (id) => {
      const item = recordOf(tables.items, id);
      return item && rowOf(tables, item, today, settings, stageIndex);
    },
  );
});

/** One item's row: the cached one when nothing it shows changed, else a new one. */
function rowOf(
  ws: TablesOf<(typeof ROW_TABLES)[number]>,
  item: LaunchItem,
  today: Day,
  settings: Settings,
  stageIndex: ReadonlyMap<string, number>,
): LaunchRow {
  const readiness = readinessByItem(ws).get(item.id) ?? NONE;
  const owner = item.ownerId ? recordOf(ws.people, item.ownerId) : undefined;
  const parent = item.parentId ? recordOf(ws.items, item.parentId) : undefined;
  const decision = standingDecision(decisionsByItem(ws).get(item.id) ?? NONE, today);
  const itemCollisions = openCollisionsByItem(ws).get(item.id) ?? NONE;
  const deps = [readiness, settings, owner, parent, today, decision];
  const cached = rowCache.get(item);
  if (cached && sameDeps(cached.deps, deps) && sameCollisions(cached.collisions, itemCollisions))
    return cached.row;
  const index = stageIndex.get(item.stageId) ?? -1;
  const stageName = settings.stages[index]?.name ?? 'Unknown stage';
  // With no gate stage there is nothing to reach: the rules about reaching it stay quiet.
  const reachedGate = settings.launchedStageId === null || isAtOrAfterGate(settings, item.stageId);
  const row = new Row(
    item,
    stageName,
    index,
    owner?.name ?? '',
    parent?.title ?? '',
    decision,
    readiness,
    today,
    {
      stageName,
      reachedGate,
      // Few items collide: most rows word nothing here.
      collisions: itemCollisions.length ? itemCollisions.map((c) => collisionReason(c, item.id, ws)) : NONE,
    },
  );
  rowCache.set(item, { deps, collisions: itemCollisions, row });
  return row;
}

/** Every item's row, in storage order (the Launches list, the board). */
export const buildRows = memoByTables(ROW_TABLES, (ws, today: Day): readonly LaunchRow[] => {
  const rows = rowsById(ws, today);
  return itemList(ws).map((item) => rows.get(item.id)!);
});

export function filterRows(rows: readonly LaunchRow[], query: string, showArchived: boolean): LaunchRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (!showArchived && row.item.archived) return false;
    if (!needle) return true;
    const { item } = row;
    return [
      item.title,
      item.productArea,
      row.ownerName,
      row.stageName,
      item.kind,
      item.regions.join(' '),
      item.tags.join(' '),
    ]
      .join(' ')
      .toLowerCase()
      .includes(needle);
  });
}

const HEALTH_ORDER = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 } as const;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: LaunchRow, b: LaunchRow): number {
  switch (key) {
    case 'title':
      return collator.compare(a.item.title, b.item.title);
    case 'kind':
      return compareText(a.item.kind, b.item.kind);
    case 'tier':
      return a.item.tier - b.item.tier;
    case 'stage':
      return a.stageIndex - b.stageIndex;
    case 'launchDate':
      return compareText(a.item.launchDate ?? '', b.item.launchDate ?? '');
    case 'owner':
      return collator.compare(a.ownerName, b.ownerName);
    case 'readiness':
      return ratio(a.progress) - ratio(b.progress);
    case 'health':
      return HEALTH_ORDER[a.health.health] - HEALTH_ORDER[b.health.health];
  }
}

/** Plain code-point order, for ids, kinds and 'yyyy-MM-dd' days (far cheaper than a collator). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ratio(p: Progress): number {
  return p.total === 0 ? -1 : p.done / p.total;
}

/** The order sortRows uses: by the key, then launch date, then title, then id (a total order). */
function comparatorFor(sort: Sort): (a: LaunchRow, b: LaunchRow) => number {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const missing = (row: LaunchRow) =>
    (sort.key === 'launchDate' && !row.item.launchDate) || (sort.key === 'owner' && !row.ownerName);
  return (a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return (
      sign * compareBy(sort.key, a, b) ||
      compareBy('launchDate', a, b) ||
      compareText(a.titleKey, b.titleKey) ||
      compareText(a.item.id, b.item.id)
    );
  };
}

/** The index at which `row` keeps `sorted` in order. */
function insertionIndex(
  sorted: LaunchRow[],
  row: LaunchRow,
  compare: (a: LaunchRow, b: LaunchRow) => number,
) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid]!, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The last sort, reused when the next one differs by a few rows. */
let lastSort: { sort: Sort; input: Set<LaunchRow>; output: LaunchRow[] } | null = null;
const RESORT_LIMIT = 32;

/**
 * Sorts by the key, then launch date, then title; rows without the value go last either way.
 * An edit replaces one row object (rows are cached per item, so a row that did not change
 * keeps its identity and its place): when only a few rows differ from the last sort, they
 * are taken out and put back by binary search instead of sorting 10,000 rows again.
 */
export function sortRows(rows: readonly LaunchRow[], sort: Sort): LaunchRow[] {
  const compare = comparatorFor(sort);
  const input = new Set(rows);
  let output: LaunchRow[] | null = null;
  const reusable =
    lastSort &&
    input.size === rows.length && // no row listed twice (a set would lose it)
    lastSort.sort.key === sort.key &&
    lastSort.sort.direction === sort.direction;
  if (reusable) {
    const previous = lastSort!.input;
    const added = rows.filter((row) => !previous.has(row));
    if (added.length <= RESORT_LIMIT) {
      output = lastSort!.output.filter((row) => input.has(row));
      for (const row of added) output.splice(insertionIndex(output, row, compare), 0, row);
    }
  }
  output ??= rows.slice().sort(compare);
  lastSort = { sort, input, output };
  return output.slice();
}
