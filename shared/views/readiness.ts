/**
 * Readiness read models: the checklist of one item (the gate, the board, the list) and the
 * readiness matrix (launch items × readiness functions). Each is built once per version of
 * the tables it reads (memo.ts), so the gate can ask for one item's checklist on every drag
 * move without scanning 100,000 readiness items. The lists are shared: read, never change.
 */
import { byRank } from '../domain/ranks';
import type { Day } from '../dates/days';
import type { Tier } from '../domain/primitives';
import { dueDay, isClosed, progressOf, type Progress } from '../domain/readiness/rules';
import type { LaunchItem } from '../domain/items/schema';
import type { ReadinessItem } from '../domain/readiness/schema';
import { settingsOf } from '../domain/workspace';
import { byBarStart } from '../domain/items/collisions';
import { groupBy, NONE } from './indexes';
import { memoByTables, type TablesOf } from './memo';

/**
 * A table's records in its own order (Object.values' order). By key, then a lookup each: on a
 * table of 100,000 records, which V8 keeps as a dictionary, Object.values takes a slow path and
 * about three times as long.
 */
function recordsOf<T>(table: Readonly<Record<string, T>>): T[] {
  const ids = Object.keys(table);
  const records = new Array<T>(ids.length);
  for (let i = 0; i < ids.length; i++) records[i] = table[ids[i]!]!;
  return records;
}

/** Launch item id → its readiness items, in no order. */
export const readinessByItem = memoByTables(
  ['readiness'],
  (ws): ReadonlyMap<string, readonly ReadinessItem[]> => groupBy(recordsOf(ws.readiness), (r) => r.itemId),
);

/** One launch item's readiness items, in no order. */
export function readinessOf(ws: TablesOf<'readiness'>, itemId: string): readonly ReadinessItem[] {
  return readinessByItem(ws).get(itemId) ?? NONE;
}

/** One item's checklist grouped by function, each in rank order. */
function byFunctionOf(lines: readonly ReadinessItem[]): ReadonlyMap<string, readonly ReadinessItem[]> {
  const byFunction = groupBy(lines, (r) => r.functionId);
  for (const items of byFunction.values()) items.sort(byRank);
  return byFunction;
}

/** Launch item id → function id → that item's readiness items of the function, in rank order. */
export const readinessByItemAndFunction = memoByTables(
  ['readiness'],
  (ws): ReadonlyMap<string, ReadonlyMap<string, readonly ReadinessItem[]>> => {
    const byItem = new Map<string, ReadonlyMap<string, readonly ReadinessItem[]>>();
    for (const [itemId, list] of readinessByItem(ws)) byItem.set(itemId, byFunctionOf(list));
    return byItem;
  },
);

/** One cell of the matrix: what one function has left to do for one launch item. */
export interface ReadinessCell {
  functionId: string;
  /** In rank order; empty when the function has nothing on the item's checklist. */
  items: readonly ReadinessItem[];
  progress: Progress;
  blocked: number;
  /** Required sign-offs not yet done (or marked not needed). */
  openSignOffs: number;
}

export interface ReadinessMatrixRow {
  item: LaunchItem;
  /** One per column, in the order of `functions`. */
  cells: readonly ReadinessCell[];
  progress: Progress;
}

export interface ReadinessMatrix {
  /** The columns: the workspace's functions in settings order, then any unknown function in use. */
  functions: readonly { id: string; name: string }[];
  /** Launch items that are not archived and have a checklist: earliest first, undated last. */
  rows: readonly ReadinessMatrixRow[];
}

function cellOf(functionId: string, items: readonly ReadinessItem[]): ReadinessCell {
  let blocked = 0;
  let openSignOffs = 0;
  for (const r of items) {
    if (r.status === 'blocked') blocked += 1;
    if (r.requiredSignOff && !isClosed(r)) openSignOffs += 1;
  }
  return { functionId, items, progress: progressOf(items), blocked, openSignOffs };
}

/**
 * A matrix row whose cells and progress are worked out on first use: the matrix lists every
 * item with a checklist, and the grid draws the dozen or so in view.
 */
function lazyRow(
  item: LaunchItem,
  lines: readonly ReadinessItem[],
  functions: readonly { id: string }[],
): ReadinessMatrixRow {
  let cells: readonly ReadinessCell[] | undefined;
  let progress: Progress | undefined;
  return {
    item,
    get cells() {
      if (!cells) {
        const byFunction = byFunctionOf(lines);
        cells = functions.map((f) => cellOf(f.id, byFunction.get(f.id) ?? NONE));
      }
      return cells;
    },
    get progress() {
      return (progress ??= progressOf(lines));
    },
  };
}

/**
 * The readiness matrix: launch items × readiness functions. Only the columns and the order of
 * the rows are worked out over every line; each row's cells wait until the row is read.
 */
export const readinessMatrix = memoByTables(['items', 'readiness', 'settings'], (ws): ReadinessMatrix => {
  const byItem = readinessByItem(ws);
  const functions = settingsOf(ws).functions.map(({ id, name }) => ({ id, name }));
  const known = new Set(functions.map((f) => f.id));
  // Unknown functions in the order readinessByItemAndFunction meets them: item by item.
  for (const lines of byItem.values())
    for (const { functionId: id } of lines)
      if (!known.has(id)) {
        known.add(id);
        functions.push({ id, name: id });
      }
  const items = Object.values(ws.items).filter((item) => !item.archived && byItem.has(item.id));
  const rows = items.sort(byBarStart).map((item) => lazyRow(item, byItem.get(item.id)!, functions));
  return { functions, rows };
});

/**
 * How a cell reads at a glance: the state of its worst line, worst first. An open line past
 * its due day is "overdue" (worse than in progress, not as bad as blocked); "not needed"
 * counts as done. A cell with no lines is "empty".
 */
export const CELL_STATES = ['blocked', 'overdue', 'in-progress', 'not-started', 'done', 'empty'] as const;
export type CellState = (typeof CELL_STATES)[number];

/** A matrix cell on a given day: its counts and the state of its worst line. */
export interface ReadinessDayCell extends ReadinessCell {
  state: CellState;
  /** Open lines whose due day has passed. */
  overdue: number;
}

export interface ReadinessDayRow {
  item: LaunchItem;
  cells: readonly ReadinessDayCell[];
  progress: Progress;
  overdue: number;
  openSignOffs: number;
}

export interface ReadinessDayMatrix {
  functions: ReadinessMatrix['functions'];
  /** Launch items that are not archived and have a checklist: by launch date, undated last. */
  rows: readonly ReadinessDayRow[];
}

const STATE_RANK = new Map<CellState, number>(CELL_STATES.map((state, i) => [state, i]));
const worse = (a: CellState, b: CellState) => (STATE_RANK.get(a)! <= STATE_RANK.get(b)! ? a : b);

function isPastDue(r: ReadinessItem, item: LaunchItem, today: Day): boolean {
  const due = dueDay(r, item);
  return due !== null && due < today;
}

function lineState(r: ReadinessItem, item: LaunchItem, today: Day): CellState {
  if (r.status === 'blocked') return 'blocked';
  if (isClosed(r)) return 'done';
  if (isPastDue(r, item, today)) return 'overdue';
  return r.status === 'in-progress' ? 'in-progress' : 'not-started';
}

function dayCellOf(cell: ReadinessCell, item: LaunchItem, today: Day): ReadinessDayCell {
  let state: CellState = 'empty';
  let overdue = 0;
  for (const r of cell.items) {
    const line = lineState(r, item, today);
    state = worse(state, line);
    // A blocked line past its day is overdue too, though the cell reads "blocked".
    if (line === 'overdue' || (line === 'blocked' && isPastDue(r, item, today))) overdue += 1;
  }
  return { ...cell, state, overdue };
}

/** A matrix row on `today`, its cells' states and counts worked out when first read. */
function lazyDayRow(row: ReadinessMatrixRow, today: Day): ReadinessDayRow {
  const { item } = row;
  let worked: { cells: readonly ReadinessDayCell[]; overdue: number; openSignOffs: number } | undefined;
  const work = () => {
    if (worked) return worked;
    const cells = row.cells.map((cell) => dayCellOf(cell, item, today));
    let overdue = 0;
    let openSignOffs = 0;
    for (const cell of cells) {
      overdue += cell.overdue;
      openSignOffs += cell.openSignOffs;
    }
    return (worked = { cells, overdue, openSignOffs });
  };
  return {
    item,
    get cells() {
      return work().cells;
    },
    get progress() {
      return row.progress;
    },
    get overdue() {
      return work().overdue;
    },
    get openSignOffs() {
      return work().openSignOffs;
    },
  };
}

/** Launch date order, undated last; then by title, so the order never depends on storage. */
function byLaunchDate(a: ReadinessDayRow, b: ReadinessDayRow): number {
  const da = a.item.launchDate;
  const db = b.item.launchDate;
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.item.title.localeCompare(b.item.title) || (a.item.id < b.item.id ? -1 : 1);
}

/** The readiness matrix on `today`: each cell's worst state and what is overdue. */
export const readinessMatrixOn = memoByTables(
  ['items', 'readiness', 'settings'],
  (ws, today: Day): ReadinessDayMatrix => {
    const { functions, rows } = readinessMatrix(ws);
    const dayRows = rows.map((row) => lazyDayRow(row, today));
    return { functions, rows: dayRows.sort(byLaunchDate) };
  },
);

/**
 * What the matrix shows: launch dates from `from` to `to` (either may be open; while both
 * are, undated items too), one tier (0: all), one region ('' : all), one stage ('' : all).
 */
export interface MatrixFilter {
  from: Day | null;
  to: Day | null;
  tier: Tier | 0;
  region: string;
  stageId: string;
}

function matches(
  item: LaunchItem,
  from: Day | null,
  to: Day | null,
  tier: number,
  region: string,
  stageId: string,
) {
  if (from !== null || to !== null) {
    const day = item.launchDate;
    if (day === null || (from !== null && day < from) || (to !== null && day > to)) return false;
  }
  if (tier && item.tier !== tier) return false;
  if (region && !item.regions.includes(region)) return false;
  return !stageId || item.stageId === stageId;
}

/** The matrix on `today` narrowed to `filter`; `total` counts the rows before filtering. */
export function filteredReadinessMatrix(
  ws: TablesOf<'items' | 'readiness' | 'settings'>,
  today: Day,
  filter: MatrixFilter,
): ReadinessDayMatrix & { total: number } {
  // The filter's fields are passed one by one: the memo compares arguments by value.
  return filteredMatrix(ws, today, filter.from, filter.to, filter.tier, filter.region, filter.stageId);
}

const filteredMatrix = memoByTables(
  ['items', 'readiness', 'settings'],
  (ws, today: Day, from: Day | null, to: Day | null, tier: number, region: string, stageId: string) => {
    const all = readinessMatrixOn(ws, today);
    const rows = all.rows.filter((row) => matches(row.item, from, to, tier, region, stageId));
    return { functions: all.functions, rows, total: all.rows.length };
  },
);
