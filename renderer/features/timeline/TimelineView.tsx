/**
 * The timeline view: zoom, grouping, today, blackouts and the collision radar above the grid.
 *
 * Its first render works out only what the first screen shows: the rows and bars. The health,
 * collision marks and late dependencies of the rows drawn follow once startup has read the
 * whole workspace, looked up per item (rowsById and openCollisionsByItem work an item out on
 * first ask). The toolbar's count of open collisions needs the whole radar, so it is counted
 * after the first paint (CollisionsButton).
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addDays, daysBetween, type Day } from '../../../shared/dates/days';
import { settingsOf } from '../../../shared/domain/workspace';
import { useToday } from '../../state/useToday';
import { useDocument } from '../../state/document';
import { lateDependenciesOf, openCollisionsByItem } from '../../../shared/views/collisions';
import type { Collision } from '../../../shared/domain/items/collisions';
import type { TableName } from '../../../shared/domain/workspace';
import { blackoutsByStart, milestonesByItem } from '../../../shared/views/indexes';
import { rowsById } from '../../../shared/views/launch-rows';
import { optionsFrom, Select } from '../../ui/Select';
import { ViewHeader } from '../../ui/ViewHeader';
import { BlackoutsDialog } from './BlackoutsDialog';
import { CollisionsButton } from './CollisionsButton';
import { CollisionsPanel } from './CollisionsPanel';
import { ZOOMS, type Zoom } from '../../state/timeline-view';
import { makeScale, ZOOM_LABELS } from './scale';
import { Timeline, type TimelineHandle } from './Timeline';
import { BAR_KEYS } from './TimelineBar';
import { keysHiding } from './timeline-keys';
import {
  buildTimelineRows,
  NOTHING_COLLAPSED,
  rangeAround,
  timelineRange,
  TIMELINE_GROUPINGS,
  TIMELINE_GROUPING_LABELS,
  type TimelineGrouping,
  type TimelineRow,
} from '../../../shared/views/timeline-rows';
import { useTimelineView } from '../../state/timeline-view';
import { openPictureExport } from '../../state/picture-export';
import './timeline.css';
import './timeline-axis.css';
import './timeline-bars.css';
import './timeline-arrows.css';

export function TimelineView() {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const today = useToday();
  const { zoom, grouping, collapsed, at, showCollisions } = useTimelineView();
  const [blackoutsOpen, setBlackoutsOpen] = useState(false);
  const timeline = useRef<TimelineHandle>(null);

  // Until startup has read the workspace, a first screen kept by an earlier window may be drawn
  // (data/first-screen-cache.ts): its rows as kept, for the grouping it was kept for with
  // nothing collapsed; otherwise no rows until the read (rows from its part-workspace would be
  // wrong).
  const kept = useDocument((s) => s.firstScreen);
  const rows = kept
    ? kept.grouping === grouping && collapsed.size === 0
      ? kept.rows
      : NO_ROWS
    : buildTimelineRows(workspace, grouping, collapsed);
  const { origin, end } = kept ? rangeAround(kept.span, today) : timelineRange(workspace, today);
  // The toolbar shows a new zoom at once; the chart is drawn for it in a render React splits
  // across frames (a deferred value renders as a transition), so no frame holds the whole redraw.
  const drawnZoom = useDeferredValue(zoom);
  const scale = useMemo(() => makeScale(origin, end, drawnZoom), [origin, end, drawnZoom]);
  // Bars are marked with their open collisions: acknowledged ones wait in the panel's fold.
  // While startup is still reading a table these read, they are not known yet: bars are drawn
  // without a health colour or collision marks rather than with a wrong "on track". The marks
  // come with the health colour (which counts them): working out the drawn rows' collisions
  // builds the capacity and wave indexes of the whole workspace (~55 ms at 10,000 items), which
  // the first paint does not wait for. So do the late dependencies' red arrows (~16 ms).
  const healthKnown = useDocument((s) => !HEALTH_TABLES.some((t) => s.loading.has(t)));
  const byItem = healthKnown ? openCollisionsByItem(workspace) : NO_COLLISIONS;
  const lateDependencies = healthKnown ? lateDependenciesOf(workspace) : NONE_LATE;
  const rowsByItem = rowsById(workspace, today);
  const health = useCallback(
    (id: string) => (healthKnown ? (rowsByItem.get(id)?.health.health ?? 'on-track') : null),
    [rowsByItem, healthKnown],
  );
  const milestones = milestonesByItem(workspace);

  // First show: the remembered date, or today near the left edge.
  // Before the first paint, so that paint already shows the bars around today.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (placed.current) return;
    placed.current = true;
    timeline.current?.scrollToDay(at ?? addDays(today, -14));
  }, [at, today]);

  const scrollTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onScrollDay = useCallback((day: Day) => {
    // Remembered in the address, but not on every frame of a scroll.
    clearTimeout(scrollTimer.current);
    scrollTimer.current = setTimeout(() => useTimelineView.setState({ at: day }), 300);
  }, []);
  // Gone from the screen: the date is not remembered for it any more.
  useEffect(() => () => clearTimeout(scrollTimer.current), []);

  const setZoom = useCallback((next: Zoom, anchor?: { day: Day; offsetX: number }) => {
    const handle = timeline.current;
    if (!handle) return;
    handle.keepInPlace(anchor ?? { day: handle.centreDay(), offsetX: handle.visibleWidth() / 2 });
    useTimelineView.setState({ zoom: next });
  }, []);
  const onZoomWheel = useCallback(
    (direction: 1 | -1, anchor: { day: Day; offsetX: number }) => {
      const index = ZOOMS.indexOf(useTimelineView.getState().zoom) + direction;
      const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, index))]!;
      if (next !== useTimelineView.getState().zoom) setZoom(next, anchor);
    },
    [setZoom],
  );

  // A collision clicked: open only the collapsed group or parent that hides the item, then
  // bring its bar into view and focus it.
  const reveal = useCallback((itemId: string) => {
    const { collapsed: shut, grouping: by } = useTimelineView.getState();
    const expanded = buildTimelineRows(useDocument.getState().workspace, by, NOTHING_COLLAPSED);
    const hiding = keysHiding(expanded, shut, itemId);
    if (hiding === null) return; // archived or deleted meanwhile: no row to go to
    if (hiding.length) {
      const next = new Set(shut);
      for (const key of hiding) next.delete(key);
      useTimelineView.setState({ collapsed: next });
    }
    timeline.current?.revealItem(itemId);
  }, []);

  // Counted once per set of rows (a zoom renders this view twice; a filtered copy of 10,000
  // rows each time was the largest allocation of a zoom).
  const countedRows = useMemo(() => rows.reduce((n, r) => (r.type === 'item' ? n + 1 : n), 0), [rows]);
  // Drawn from a kept first screen: its count of the whole chart, or none while its rows are not
  // drawn (another grouping or a collapsed group, until the read) rather than a wrong "0 rows".
  const itemCount = kept ? (rows === kept.rows ? kept.itemRows : null) : countedRows;
  return (
    <section className="view view--timeline" aria-labelledby="timeline-title">
      <ViewHeader
        id="timeline-title"
        title="Timeline"
        summary={
          <>
            {itemCount !== null && `${itemCount.toLocaleString('en-US')} rows · `}
            {daysBetween(origin, end)} days · drag a bar to move it, its edges to resize it, the dot at its
            end onto another bar to add a dependency · <abbr title={BAR_KEYS}>keys</abbr>: ↑ ↓ rows, Enter
            opens, Space moves dates, E edits
          </>
        }
      >
        <div className="segmented" role="group" aria-label="Zoom">
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              className="segmented__button"
              aria-pressed={zoom === z}
              onClick={() => setZoom(z)}
            >
              {ZOOM_LABELS[z]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button"
          onClick={() => timeline.current?.scrollToDay(today, 'center')}
        >
          Today
        </button>
        <label className="toolbar__label">
          Group by
          <Select
            className="input input--auto"
            value={grouping}
            options={optionsFrom(TIMELINE_GROUPINGS, TIMELINE_GROUPING_LABELS)}
            onChange={(g) => useTimelineView.setState({ grouping: g as TimelineGrouping })}
          />
        </label>
        <button type="button" className="button" onClick={() => setBlackoutsOpen(true)}>
          Blackouts…
        </button>
        <CollisionsButton
          pressed={showCollisions}
          onClick={() => useTimelineView.setState({ showCollisions: !showCollisions })}
        />
        <button type="button" className="button" onClick={() => openPictureExport('timeline')}>
          Export picture…
        </button>
      </ViewHeader>
      <div className="tl-layout">
        <Timeline
          ref={timeline}
          rows={rows}
          scale={scale}
          zoom={drawnZoom}
          settings={settings}
          today={today}
          blackouts={blackoutsByStart(workspace)}
          collisions={byItem}
          milestones={milestones}
          lateDependencies={lateDependencies}
          health={health}
          onScrollDay={onScrollDay}
          onZoomWheel={onZoomWheel}
        />
        {showCollisions && <CollisionsPanel onReveal={reveal} />}
      </div>
      {blackoutsOpen && <BlackoutsDialog onClose={() => setBlackoutsOpen(false)} />}
    </section>
  );
}

/** What health reads (shared/domain/items/health.ts and the collisions it counts, which need a subset). */
const HEALTH_TABLES: readonly TableName[] = [
  'items',
  'readiness',
  'decisions',
  'settings',
  'blackouts',
  'acknowledgements',
];
const NO_ROWS: readonly TimelineRow[] = [];
const NO_COLLISIONS: ReadonlyMap<string, Collision[]> = new Map();
const NONE_LATE: ReadonlySet<string> = new Set();
