/**
 * The timeline grid: a sticky axis on top, a sticky title column on the left, and rows of bars.
 * Rows are virtualised vertically and bars, ticks, bands and arrows horizontally, so the DOM
 * holds what is on screen whatever the size of the workspace. The chart is one Tab stop with a
 * roving focus over its rows (timeline-keys.ts has the keys): a key that goes to a row not drawn
 * yet scrolls it into view and focuses its bar once drawn. The dates in view are announced
 * politely once a scroll or zoom settles.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Day } from '../../../shared/dates/days';
import { barEnd, barStart } from '../../../shared/domain/items/collisions';
import type { BlackoutWindow } from '../../../shared/domain/blackouts/schema';
import type { Collision } from '../../../shared/domain/items/collisions';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import type { Health } from '../../../shared/domain/primitives';
import type { Settings } from '../../../shared/domain/settings/schema';
import type { TimelineRow } from '../../../shared/views/timeline-rows';
import { toggleCollapsed, type Zoom } from '../../state/timeline-view';
import { BarWords } from './BarWords';
import { DependencyArrows } from './DependencyArrows';
import {
  axisTicks,
  barInView,
  dayToX,
  leadingAxisLabel,
  spanX,
  totalWidth,
  xToDay,
  type Scale,
} from './scale';
import { ScrollLeftContext } from './scroll-left';
import { drawnSpan } from './view-range';
import { useHorizontalView } from './useHorizontalView';
import { observeVerticalOffset } from './vertical-offset';
import { TimelineAxis, HEADER_HEIGHT } from './TimelineAxis';
import { CapacityLane } from './CapacityLane';
import { BlackoutBand, GroupLane, GroupTitle, ItemRow, ItemTitle, LEFT_WIDTH } from './TimelineRow';
import { isRowKey, rangeAnnouncement, targetRowIndex } from './timeline-keys';

export const ROW_HEIGHT = 36;
const rowHeight = () => ROW_HEIGHT;
export { LEFT_WIDTH };
/** How long the dates in view must stay put before they are announced. */
const ANNOUNCE_AFTER_MS = 600;
/** Renders a pending focus waits for its row to be drawn before it is given up. */
const FOCUS_PATIENCE = 12;

export interface TimelineHandle {
  scrollToDay(day: Day, align?: 'start' | 'center'): void;
  /** Brings the item's bar into view and focuses it (its collapsed groups already opened). */
  revealItem(itemId: string): void;
  /** The day at the centre of the visible area (to keep it there when zooming). */
  centreDay(): Day;
  /** Before a zoom change: keep `day` at `offsetX` pixels from the left of the visible area. */
  keepInPlace(anchor: { day: Day; offsetX: number }): void;
  visibleWidth(): number;
}

interface Props {
  rows: readonly TimelineRow[];
  scale: Scale;
  zoom: Zoom;
  settings: Settings;
  today: Day;
  blackouts: readonly BlackoutWindow[];
  collisions: ReadonlyMap<string, Collision[]>;
  milestones: ReadonlyMap<string, readonly Milestone[]>;
  lateDependencies: ReadonlySet<string>;
  /** Null while the workspace's readiness is still being read. */
  health: (itemId: string) => Health | null;
  onScrollDay: (day: Day) => void;
  onZoomWheel: (direction: 1 | -1, anchor: { day: Day; offsetX: number }) => void;
}

const TimelineChart = forwardRef<TimelineHandle, Props>(function Timeline(props, handle) {
  const {
    rows,
    scale,
    zoom,
    settings,
    today,
    blackouts,
    collisions,
    milestones,
    lateDependencies,
    health,
    onScrollDay,
    onZoomWheel,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // What is in view horizontally, a zoom drawn in one render, Ctrl+wheel (useHorizontalView.ts).
  const { view, scrollLeftStore, keepInPlace, syncView } = useHorizontalView(
    scrollRef,
    scale,
    onScrollDay,
    onZoomWheel,
  );
  // The roving focus: the row whose target holds the Tab stop, and a focus waiting for its row.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const pendingFocus = useRef<{ key: string; renders: number } | null>(null);
  const pendingReveal = useRef<string | null>(null);
  const [revealRequest, setRevealRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const width = totalWidth(scale);
  // Stable while the rows are: a new getItemKey makes the virtualiser measure every row again
  // (10,000 of them) on each render, a scroll frame's included.
  const getItemKey = useCallback((index: number) => rows[index]!.key, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey,
    observeElementOffset: observeVerticalOffset,
  });

  useImperativeHandle(handle, () => ({
    scrollToDay(day, align = 'start') {
      const el = scrollRef.current;
      if (!el) return;
      const visible = el.clientWidth - LEFT_WIDTH;
      el.scrollLeft = Math.max(0, dayToX(scale, day) - (align === 'center' ? visible / 2 : 24));
      syncView();
    },
    revealItem(itemId) {
      pendingReveal.current = itemId;
      setRevealRequest((n) => n + 1);
    },
    centreDay() {
      const el = scrollRef.current;
      return el ? xToDay(scale, el.scrollLeft + (el.clientWidth - LEFT_WIDTH) / 2) : today;
    },
    keepInPlace,
    visibleWidth() {
      return (scrollRef.current?.clientWidth ?? LEFT_WIDTH) - LEFT_WIDTH;
    },
  }));
  // The drawn days move in chunks (view-range.ts): the same strings, so the same props, for
  // every frame of a scroll within a chunk.
  const { fromX, toX } = drawnSpan(view);
  const from = xToDay(scale, fromX);
  const to = xToDay(scale, toX);
  const axis = useMemo(
    () =>
      axisTicks(scale, zoom, from, to, {
        weekStartsOn: settings.weekStartsOn,
        fiscalYearStartMonth: settings.fiscalYearStartMonth,
      }),
    [scale, zoom, from, to, settings.weekStartsOn, settings.fiscalYearStartMonth],
  );
  // Memoised on the drawn days, so the rows receive the same array within a chunk.
  const [globalBands, regionalBands] = useMemo(() => {
    const inView = (b: BlackoutWindow) => b.end >= from && b.start <= to;
    return [
      blackouts.filter((b) => b.regions.length === 0 && inView(b)),
      blackouts.filter((b) => b.regions.length > 0 && inView(b)),
    ];
  }, [blackouts, from, to]);
  const virtualRows = virtualizer.getVirtualItems();
  const contentHeight = virtualizer.getTotalSize();
  // The virtualiser returns the same array while the same rows are drawn: the arrows keep theirs.
  const rendered = useMemo(
    () =>
      virtualRows
        .map((v) => ({ row: rows[v.index]!, y: v.start }))
        .flatMap((r) => (r.row.type === 'item' ? [{ item: r.row.item, y: r.y }] : [])),
    [virtualRows, rows],
  );
  const todayX = dayToX(scale, today);
  const firstDay = xToDay(scale, view.left);
  const lastDay = xToDay(scale, view.left + Math.max(0, view.width - 1));

  // The dates in view, said once they stay put (not per frame of a scroll or zoom).
  useEffect(() => {
    const timer = setTimeout(
      () => setAnnouncement(rangeAnnouncement(firstDay, lastDay, zoom)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [firstDay, lastDay, zoom]);

  /** Focuses the row waiting for it once its target is drawn (or gives up after a few renders). */
  const focusPending = () => {
    const pending = pendingFocus.current;
    const el = scrollRef.current;
    if (!pending || !el) return;
    const target = el.querySelector<HTMLElement>(`[data-roving-key="${CSS.escape(pending.key)}"]`);
    if (target) {
      pendingFocus.current = null;
      target.focus({ preventScroll: true });
    } else if (++pending.renders > FOCUS_PATIENCE) pendingFocus.current = null;
  };

  /** Moves the roving focus to a row: scrolls it (and its bar) into view, then focuses it. */
  const focusRow = (index: number, align: 'auto' | 'center' = 'auto') => {
    const row = rows[index];
    const el = scrollRef.current;
    if (!row || !el) return;
    setActiveKey(row.key);
    pendingFocus.current = { key: row.key, renders: 0 };
    virtualizer.scrollToIndex(index, { align });
    const start = row.type === 'item' ? barStart(row.item) : null;
    const end = row.type === 'item' ? barEnd(row.item) : null;
    if (start && end) {
      const shownFirst = xToDay(scale, el.scrollLeft);
      const shownLast = xToDay(scale, el.scrollLeft + el.clientWidth - LEFT_WIDTH - 1);
      // A week of context before the bar, as the Today button leaves room before today.
      if (align === 'center' || end < shownFirst || start > shownLast)
        el.scrollLeft = Math.max(0, dayToX(scale, start) - 7 * scale.pxPerDay);
    }
    focusPending();
  };

  // After every render: a waiting focus whose row is now drawn.
  useLayoutEffect(() => {
    focusPending();
  });

  // A collision clicked in the list: once the rows show the item (its groups opened), go there.
  useLayoutEffect(() => {
    const itemId = pendingReveal.current;
    if (!itemId) return;
    const index = rows.findIndex((r) => r.type === 'item' && r.item.id === itemId);
    if (index < 0) return;
    pendingReveal.current = null;
    focusRow(index, 'center');
    // focusRow is rebuilt each render; the request and the rows are what matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, revealRequest]);

  const targetDrawn = (row: TimelineRow) =>
    row.type === 'group' || barStart(row.item) === null || barInView(scale, row.item, from, to);
  // The Tab stop: the last focused row while it is drawn, else the first row in view.
  const scrollTop = virtualizer.scrollOffset ?? 0;
  const tabStopKey =
    virtualRows.find((v) => rows[v.index]!.key === activeKey && targetDrawn(rows[v.index]!))?.key ??
    virtualRows.find((v) => v.start + ROW_HEIGHT > scrollTop && targetDrawn(rows[v.index]!))?.key ??
    null;

  const onFocus = (event: React.FocusEvent) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
    if (key !== undefined && key !== activeKey) setActiveKey(key);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // The row's title (in the title column) or something in its lane: the lane holds its bar
    // and milestones.
    const key = target.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
    const el = scrollRef.current;
    const rowElement =
      key === undefined ? null : el?.querySelector<HTMLElement>(`.tl-row[data-row-key="${CSS.escape(key)}"]`);
    if (!rowElement || key === undefined || !el) return;
    if (isRowKey(event.key)) {
      event.preventDefault();
      const index = rows.findIndex((r) => r.key === key);
      const screenful = Math.floor((el.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1;
      const next = targetRowIndex(rows.length, index, event.key, screenful);
      if (index >= 0 && next !== null) focusRow(next);
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // Between the bar and its row's milestones, left to right as drawn.
      const stops = [...rowElement.querySelectorAll<HTMLElement>('.tl-bar, .tl-milestone')]
        .map((element) => ({ element, x: element.getBoundingClientRect().left }))
        .sort((a, b) => a.x - b.x);
      const here = stops.findIndex((stop) => stop.element === target);
      const next = stops[here + (event.key === 'ArrowRight' ? 1 : -1)];
      // Never the browser's own scrolling, which could take the focused bar out of the drawn days.
      event.preventDefault();
      next?.element.focus();
      return;
    }
    if (event.key === 'Escape' && target.matches('.tl-milestone')) {
      // Back from a milestone to its bar.
      rowElement.querySelector<HTMLElement>('.tl-bar')?.focus();
      return;
    }
    if (event.key === '+' || event.key === '-') {
      const row = rows.find((r) => r.key === key);
      if (row?.type !== 'item' || !row.hasChildren) return;
      event.preventDefault();
      if (row.collapsed === (event.key === '+')) toggleCollapsed(row.item.id);
    }
  };

  return (
    <ScrollLeftContext.Provider value={scrollLeftStore}>
      <div
        ref={scrollRef}
        className="tl-scroll"
        data-zoom={zoom}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        role="group"
        aria-label="Timeline chart"
      >
        <div
          className="tl-canvas"
          style={{ width: LEFT_WIDTH + width, height: HEADER_HEIGHT + contentHeight }}
        >
          <div className="tl-header">
            <div className="tl-corner">Launch item</div>
            {/* Sticky at the axis's left: the month and year of the first day in view. */}
            <div className="tl-axis-pin" aria-hidden="true">
              <span>{leadingAxisLabel(firstDay, zoom, settings.fiscalYearStartMonth)}</span>
            </div>
            <TimelineAxis axis={axis} width={width} todayX={todayX} />
            <CapacityLane scale={scale} from={from} to={to} left={LEFT_WIDTH} />
            {/* Global blackouts' names, under the axis at their band's start. The header is
                drawn over the title column, so while a band starts left of the view its name is
                cut to nothing (width 0) by the scroll store, not drawn over the titles; beside
                them it would cover the first row's bar words, which follow there too. */}
            {globalBands.map((b) => {
              const band = spanX(scale, b.start, b.end);
              return (
                <span
                  key={b.id}
                  className="tl-band__label"
                  style={{ transform: `translateX(${LEFT_WIDTH + band.x}px)` }}
                >
                  <BarWords left={band.x} width={0} className="tl-band__name">
                    {b.title}
                  </BarWords>
                </span>
              );
            })}
          </div>
          <div className="tl-body" style={{ left: LEFT_WIDTH, width, height: contentHeight }}>
            {axis.quarters.map((q) => (
              <div
                key={q.x}
                className="tl-quarter-line"
                style={{ transform: `translateX(${q.x}px)` }}
                aria-hidden="true"
              />
            ))}
            {globalBands.map((b) => (
              <BlackoutBand key={b.id} blackout={b} scale={scale} />
            ))}
            <div className="tl-today" style={{ transform: `translateX(${todayX}px)` }} aria-hidden="true" />
            <DependencyArrows
              rows={rendered}
              scale={scale}
              rowHeight={ROW_HEIGHT}
              width={width}
              late={lateDependencies}
            />
          </div>
          {virtualRows.map((virtual) => {
            const row = rows[virtual.index]!;
            const top = HEADER_HEIGHT + virtual.start;
            if (row.type === 'group') return <GroupLane key={row.key} row={row} top={top} />;
            return (
              <ItemRow
                key={row.key}
                row={row}
                top={top}
                tabbable={row.key === tabStopKey}
                scale={scale}
                today={today}
                from={from}
                to={to}
                blackouts={regionalBands}
                health={health(row.item.id)}
                collisions={collisions.get(row.item.id)}
                milestones={milestones.get(row.item.id)}
              />
            );
          })}
          {/* The titles: one sticky column over the lanes (why one: TimelineRow.tsx). */}
          <div className="tl-titles" style={{ height: contentHeight }}>
            {virtualRows.map((virtual) => {
              const row = rows[virtual.index]!;
              const placement = { top: virtual.start, tabbable: row.key === tabStopKey };
              return row.type === 'group' ? (
                <GroupTitle key={row.key} row={row} {...placement} />
              ) : (
                <ItemTitle key={row.key} row={row} {...placement} />
              );
            })}
          </div>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </ScrollLeftContext.Provider>
  );
});

// Memoised: a zoom pressed re-renders the view at once for its toolbar, while the chart is drawn
// for the new zoom in a deferred render; until then its props are the same, so it skips that pass.
export const Timeline = memo(TimelineChart);
