/**
 * What the first screen can be drawn without. At startup the tables the current place needs
 * are read first and put in the store with the others marked as still loading
 * (`useDocument.loading`); the rest follow a frame later (data/read.ts, readInPhases). Only the
 * timeline gains: it draws its bars from the items, milestones, dependencies and blackouts,
 * and shows no health until the readiness lines (half of a large workspace's text) are there.
 * Every other place shows a quiet "Opening…" until the whole workspace is read, rather than a
 * screen that would be wrong for a moment ("No readiness items yet"). Before even those
 * tables, the timeline may be drawn from the first screen an earlier window kept.
 */
import { TABLES, type TableName } from '../../shared/domain/workspace';
import type { AppLocation } from './location';

/** The tables read after the first screen when it is the timeline. */
const LATER_ON_TIMELINE: readonly TableName[] = ['readiness'];

/** The place an address or a window shows: a view, or a launch page or brief over it. */
export interface Place {
  view: AppLocation['view'];
  pageOpen: boolean;
  briefOpen: boolean;
}

const onTimeline = (place: Place) => place.view === 'timeline' && !place.pageOpen && !place.briefOpen;

/** The tables that may be read after the first screen of `place`; empty: read everything first. */
export function tablesReadLater(place: Place): TableName[] {
  return onTimeline(place) ? [...LATER_ON_TIMELINE] : [];
}

/** The tables read first for `place` (all of them when nothing can wait). */
export function tablesReadFirst(place: Place): Set<TableName> {
  const later = new Set(tablesReadLater(place));
  return new Set(TABLES.filter((table) => !later.has(table)));
}

/**
 * Whether `place` can be drawn while `loading` is still being read. With a first screen kept
 * by an earlier window in the store (data/first-screen-cache.ts), the timeline is drawn from
 * it before anything is read.
 */
export function canShowWhileLoading(
  place: Place,
  loading: ReadonlySet<TableName>,
  firstScreenKept = false,
): boolean {
  if (firstScreenKept && onTimeline(place)) return true;
  const later = new Set(tablesReadLater(place));
  return [...loading].every((table) => later.has(table));
}
