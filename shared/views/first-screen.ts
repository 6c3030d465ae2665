/**
 * The timeline's first screen as a small record: what a window opened on the timeline shows
 * before its workspace is read — the top rows of a grouping with nothing collapsed (a new
 * window's state), the span of every item's dates (the axis), the number of rows, the
 * settings, blackouts and the milestones of those rows. Reading a 10,000-item workspace takes
 * longer than drawing this does, so startup draws this first and replaces it with the read.
 * Pure: building it, and the part-workspace it is drawn from.
 */
import type { BlackoutWindow } from '../domain/blackouts/schema';
import type { Milestone } from '../domain/milestones/schema';
import { SETTINGS_ID, type Settings } from '../domain/settings/schema';
import { emptyTables, type Workspace } from '../domain/workspace';
import { blackoutsByStart, milestonesByItem } from './indexes';
import {
  buildTimelineRows,
  itemDaySpan,
  NOTHING_COLLAPSED,
  type DaySpan,
  type TimelineGrouping,
  type TimelineRow,
} from './timeline-rows';

/** Rows kept: a 2,160-pixel-high window shows 60 of 36 px, and the chart draws 8 beyond. */
export const FIRST_SCREEN_ROWS = 80;

/** Raised whenever the record's shape changes: a record of another format is not drawn. */
export const FIRST_SCREEN_FORMAT = 1;

/** A first screen as kept: its rows as the chart draws them. */
export interface TimelineFirstScreen {
  format: typeof FIRST_SCREEN_FORMAT;
  /** Which stored state of the workspace it was built from (renderer/data/first-screen-cache.ts). */
  stamp: string;
  grouping: TimelineGrouping;
  /** The top rows, at most FIRST_SCREEN_ROWS. */
  rows: TimelineRow[];
  /** Item rows of the whole chart (its subtitle's "N rows"). */
  itemRows: number;
  /** Every item's earliest start and latest end: the axis. */
  span: DaySpan;
  settings: Settings;
  blackouts: BlackoutWindow[];
  /** The milestones of the items in `rows`. */
  milestones: Milestone[];
}

/** The first screen of `grouping` for `ws` (a whole workspace with its settings). */
export function timelineFirstScreen(
  ws: Workspace,
  grouping: TimelineGrouping,
  stamp: string,
): TimelineFirstScreen {
  const all = buildTimelineRows(ws, grouping, NOTHING_COLLAPSED);
  const rows = all.slice(0, FIRST_SCREEN_ROWS);
  const byItem = milestonesByItem(ws);
  const shown = new Set(rows.flatMap((row) => (row.type === 'item' ? [row.item.id] : [])));
  return {
    format: FIRST_SCREEN_FORMAT,
    stamp,
    grouping,
    rows: [...rows],
    itemRows: all.reduce((n, row) => (row.type === 'item' ? n + 1 : n), 0),
    span: itemDaySpan(ws),
    settings: ws.settings[SETTINGS_ID]!,
    blackouts: [...blackoutsByStart(ws)],
    milestones: [...shown].flatMap((id) => byItem.get(id) ?? []),
  };
}

/**
 * The part of a workspace the first screen is drawn from: its settings, the items of its rows,
 * their milestones and every blackout. Nothing else is known yet; the store marks every table
 * as still loading, so nothing counts or changes it.
 */
export function firstScreenWorkspace(screen: TimelineFirstScreen): Workspace {
  const ws = emptyTables();
  ws.settings[SETTINGS_ID] = screen.settings;
  for (const row of screen.rows) if (row.type === 'item') ws.items[row.item.id] = row.item;
  for (const milestone of screen.milestones) ws.milestones[milestone.id] = milestone;
  for (const blackout of screen.blackouts) ws.blackouts[blackout.id] = blackout;
  return ws;
}
