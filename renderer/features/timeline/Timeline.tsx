/**
 * The timeline grid: a sticky axis on top, a sticky title column on the left, and rows of bars.
 * Rows are virtualised vertically and bars, ticks, bands and arrows horizontally, so the DOM
 * holds what is on screen whatever the size of the workspace.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { addDays, daysBetween, type Day } from '../../../shared/dates/days';
import type { BlackoutWindow } from '../../../shared/domain/blackouts/schema';
import type { Collision } from '../../../shared/domain/items/collisions';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import type { Health } from '../../../shared/domain/primitives';
import type { Settings } from '../../../shared/domain/settings/schema';
import type { TimelineRow } from '../../../shared/views/timeline-rows';
import type { Zoom } from '../../state/timeline-view';
import { DependencyArrows } from './DependencyArrows';
import { axisTicks, dayToX, totalWidth, xToDay, type Scale } from './scale';
import { TimelineAxis, HEADER_HEIGHT } from './TimelineAxis';
import { BlackoutBand, GroupRow, ItemRow, LEFT_WIDTH } from './TimelineRow';

export const ROW_HEIGHT = 36;
export { LEFT_WIDTH };
const OVERSCAN_PX = 400;

export interface TimelineHandle {
  scrollToDay(day: Day, align?: 'start' | 'center'): void;
  scrollToItem(itemId: string): void;
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
  health: (itemId: string) => Health;
  onScrollDay: (day: Day) => void;
  onZoomWheel: (direction: 1 | -1, anchor: { day: Day; offsetX: number }) => void;
}

export const Timeline = forwardRef<TimelineHandle, Props>(function Timeline(props, handle) {
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
  const [view, setView] = useState({ left: 0, width: 1200 });
  const width = totalWidth(scale);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (index) => rows[index]!.key,
  });

  // Horizontal virtualisation: track what is in view, at most once a frame.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setView({ left: el.scrollLeft, width: el.clientWidth - LEFT_WIDTH });
      onScrollDay(xToDay(scale, el.scrollLeft));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scale, onScrollDay]);

  // Ctrl/Cmd + wheel (and trackpad pinch, which browsers report the same way) zooms.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const offsetX = event.clientX - el.getBoundingClientRect().left - LEFT_WIDTH;
      onZoomWheel(event.deltaY > 0 ? 1 : -1, { day: xToDay(scale, el.scrollLeft + offsetX), offsetX });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scale, onZoomWheel]);

  const pendingScroll = useRef<{ day: Day; offsetX: number } | null>(null);
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const previous = lastScale.current;
    lastScale.current = scale;
    if (!el) return;
    const pending = pendingScroll.current;
    pendingScroll.current = null;
    if (pending) el.scrollLeft = Math.max(0, dayToX(scale, pending.day) - pending.offsetX);
    // The axis grew or shrank at its start (the earliest bar moved): keep the same days in view.
    else if (previous.origin !== scale.origin && previous.pxPerDay === scale.pxPerDay)
      el.scrollLeft += daysBetween(scale.origin, previous.origin) * scale.pxPerDay;
  }, [scale]);

  useImperativeHandle(handle, () => ({
    scrollToDay(day, align = 'start') {
      const el = scrollRef.current;
      if (!el) return;
      const visible = el.clientWidth - LEFT_WIDTH;
      el.scrollLeft = Math.max(0, dayToX(scale, day) - (align === 'center' ? visible / 2 : 24));
    },
    scrollToItem(itemId) {
      const index = rows.findIndex((r) => r.type === 'item' && r.item.id === itemId);
      if (index < 0) return;
      virtualizer.scrollToIndex(index, { align: 'center' });
      const row = rows[index];
      const start = row?.type === 'item' ? (row.item.startDate ?? row.item.launchDate) : null;
      if (start) this.scrollToDay(addDays(start, -7));
      requestAnimationFrame(() =>
        scrollRef.current
          ?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`)
          ?.focus({ preventScroll: true }),
      );
    },
    centreDay() {
      const el = scrollRef.current;
      return el ? xToDay(scale, el.scrollLeft + (el.clientWidth - LEFT_WIDTH) / 2) : today;
    },
    keepInPlace(anchor) {
      pendingScroll.current = anchor;
    },
    visibleWidth() {
      return (scrollRef.current?.clientWidth ?? LEFT_WIDTH) - LEFT_WIDTH;
    },
  }));
  const from = xToDay(scale, Math.max(0, view.left - OVERSCAN_PX));
  const to = xToDay(scale, view.left + view.width + OVERSCAN_PX);
  const axis = useMemo(
    () =>
      axisTicks(scale, zoom, from, to, {
        weekStartsOn: settings.weekStartsOn,
        fiscalYearStartMonth: settings.fiscalYearStartMonth,
      }),
    [scale, zoom, from, to, settings.weekStartsOn, settings.fiscalYearStartMonth],
  );
  const inView = (start: Day, end: Day) => end >= from && start <= to;
  const globalBands = blackouts.filter((b) => b.regions.length === 0 && inView(b.start, b.end));
  const regionalBands = blackouts.filter((b) => b.regions.length > 0 && inView(b.start, b.end));
  const virtualRows = virtualizer.getVirtualItems();
  const contentHeight = virtualizer.getTotalSize();
  const rendered = virtualRows
    .map((v) => ({ row: rows[v.index]!, y: v.start }))
    .flatMap((r) => (r.row.type === 'item' ? [{ item: r.row.item, y: r.y }] : []));
  const todayX = dayToX(scale, today);

  return (
    <div ref={scrollRef} className="tl-scroll" data-zoom={zoom}>
      <div className="tl-canvas" style={{ width: LEFT_WIDTH + width, height: HEADER_HEIGHT + contentHeight }}>
        <div className="tl-header">
          <div className="tl-corner">Launch item</div>
          <TimelineAxis axis={axis} width={width} />
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
          <div className="tl-today" style={{ transform: `translateX(${todayX}px)` }} aria-hidden="true">
            <span>Today</span>
          </div>
          <DependencyArrows
            rows={rendered}
            scale={scale}
            rowHeight={ROW_HEIGHT}
            width={width}
            height={contentHeight}
            late={lateDependencies}
          />
        </div>
        {virtualRows.map((virtual) => {
          const row = rows[virtual.index]!;
          const common = { top: HEADER_HEIGHT + virtual.start, width };
          if (row.type === 'group') return <GroupRow key={row.key} row={row} {...common} />;
          return (
            <ItemRow
              key={row.key}
              row={row}
              {...common}
              scale={scale}
              today={today}
              from={from}
              to={to}
              scrollLeft={view.left}
              blackouts={regionalBands}
              health={health(row.item.id)}
              collisions={collisions.get(row.item.id)}
              milestones={milestones.get(row.item.id)}
            />
          );
        })}
      </div>
    </div>
  );
});
