/**
 * What the timeline shows in this window: zoom, grouping, collapsed groups and the date in
 * view. Kept in the window's address with the view, so a reload returns to the same place.
 */
import { create } from 'zustand';
import { isDay, type Day } from '../../shared/dates/days';
import {
  NOTHING_COLLAPSED,
  TIMELINE_GROUPINGS,
  type TimelineGrouping,
} from '../../shared/views/timeline-rows';

/** The timeline's zoom levels, widest day first. */
export const ZOOMS = ['week', 'month', 'quarter'] as const;
export type Zoom = (typeof ZOOMS)[number];

export interface TimelineViewState {
  zoom: Zoom;
  grouping: TimelineGrouping;
  /** The day at the left edge of the visible area; null: today, near the left. */
  at: Day | null;
  collapsed: ReadonlySet<string>;
  showCollisions: boolean;
}

export const useTimelineView = create<TimelineViewState>()(() => ({
  zoom: 'month',
  grouping: 'parent',
  at: null,
  collapsed: NOTHING_COLLAPSED,
  showCollisions: false,
}));

export function timelineFromParams(params: URLSearchParams): Partial<TimelineViewState> {
  const zoom = params.get('zoom') as Zoom | null;
  const group = params.get('group') as TimelineGrouping | null;
  const at = params.get('at');
  return {
    zoom: zoom && ZOOMS.includes(zoom) ? zoom : 'month',
    grouping: group && TIMELINE_GROUPINGS.includes(group) ? group : 'parent',
    at: at && isDay(at) ? at : null,
    showCollisions: params.get('collisions') === '1',
  };
}

export function paramsFromTimeline(view: TimelineViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.zoom !== 'month') params.set('zoom', view.zoom);
  if (view.grouping !== 'parent') params.set('group', view.grouping);
  if (view.at) params.set('at', view.at);
  if (view.showCollisions) params.set('collisions', '1');
  return params;
}

export function toggleCollapsed(key: string): void {
  useTimelineView.setState((s) => {
    const collapsed = new Set(s.collapsed);
    if (collapsed.has(key)) collapsed.delete(key);
    else collapsed.add(key);
    return { collapsed };
  });
}
