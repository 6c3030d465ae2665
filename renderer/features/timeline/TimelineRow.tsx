/**
 * One row of the timeline, drawn as two parts: its title (in the chart's one sticky title
 * column, `.tl-titles`) and its lane (the blackout bands of its regions, its bar and its
 * milestones). Only rows in view are rendered (Timeline.tsx virtualises them), and within a
 * lane only what lies in the visible days.
 *
 * Why two parts: a sticky title inside each row made the browser give every row, title and bar
 * label a compositing layer of its own (each overlapped the sticky box before it). At 40 rows
 * that was ~100 layers as wide as the chart, re-rasterised on every zoom and scroll. One sticky
 * column keeps the chart at a handful of layers.
 */
import { memo } from 'react';
import type { Day } from '../../../shared/dates/days';
import type { BlackoutWindow } from '../../../shared/domain/blackouts/schema';
import { barStart, type Collision } from '../../../shared/domain/items/collisions';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import { KIND_LABELS, type Health } from '../../../shared/domain/primitives';
import type { TimelineRow } from '../../../shared/views/timeline-rows';
import { toggleCollapsed } from '../../state/timeline-view';
import { openEditor } from '../../state/window';
import { KindBadge } from '../../ui/badges';
import { barInView, spanX, type Scale } from './scale';
import { TimelineBar } from './TimelineBar';
import { TimelineMilestone } from './TimelineMilestone';

/** The title column's width in px; the stylesheet has it as --tl-title-width (timeline.css). */
export const LEFT_WIDTH = 320;

type GroupRowData = Extract<TimelineRow, { type: 'group' }>;
type ItemRowData = Extract<TimelineRow, { type: 'item' }>;

interface Placement {
  /** Pixels from the top of the canvas. */
  top: number;
  /** This row's focus target is the chart's one Tab stop (Timeline.tsx: the roving focus). */
  tabbable: boolean;
}

/** A group header's lane: its shading across the chart (its title is a GroupTitle). */
export const GroupLane = memo(function GroupLane({
  row,
  top,
}: Omit<Placement, 'tabbable'> & { row: GroupRowData }) {
  return (
    <div
      className="tl-row tl-row--group"
      data-row-key={row.key}
      style={{ transform: `translateY(${top}px)` }}
    />
  );
});

/** A group header's title in the title column: the button that folds the group. */
export const GroupTitle = memo(function GroupTitle({
  row,
  top,
  tabbable,
}: Placement & { row: GroupRowData }) {
  return (
    <button
      type="button"
      className="tl-title tl-title--group"
      data-row-key={row.key}
      style={{ transform: `translateY(${top}px)` }}
      tabIndex={tabbable ? 0 : -1}
      data-roving-key={row.key}
      aria-expanded={!row.collapsed}
      onClick={() => toggleCollapsed(row.key)}
    >
      <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span> {row.label}{' '}
      <span className="muted">{row.count}</span>
    </button>
  );
});

interface ItemRowProps extends Placement {
  row: ItemRowData;
  scale: Scale;
  today: Day;
  /** The drawn days (the visible ones with some overscan; they change once per scrolled chunk). */
  from: Day;
  to: Day;
  /** Regional blackouts in view; the row shows those of its regions. */
  blackouts: readonly BlackoutWindow[];
  /** Null while the workspace's readiness is still being read (TimelineBar). */
  health: Health | null;
  collisions: Collision[] | undefined;
  milestones: readonly Milestone[] | undefined;
}

/**
 * A launch item's lane (its title is an ItemTitle). Memoised, with props that stay the same
 * while a scroll stays within a drawn chunk: a scroll frame redraws no row, and a zoom redraws
 * each row once.
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { row, top, scale, from, to, tabbable } = props;
  const { item } = row;
  const bands = props.blackouts.filter((b) => b.regions.some((r) => item.regions.includes(r)));
  const hasDates = barStart(item) !== null;
  return (
    <div className="tl-row" data-row-key={row.key} style={{ transform: `translateY(${top}px)` }}>
      <div id={laneId(row.key)} className="tl-lane">
        {bands.map((b) => (
          <BlackoutBand key={b.id} blackout={b} scale={scale} />
        ))}
        {hasDates && barInView(scale, item, from, to) && (
          <TimelineBar
            rowKey={row.key}
            tabbable={tabbable}
            item={item}
            scale={scale}
            today={props.today}
            health={props.health}
            collisions={props.collisions}
          />
        )}
        {(props.milestones ?? [])
          .filter((m) => m.date >= from && m.date <= to)
          .map((m) => (
            <TimelineMilestone
              key={m.id}
              milestone={m}
              scale={scale}
              today={props.today}
              itemTitle={item.title}
              // Never the chart's Tab stop: its row's bar (or title) holds it; ← and → reach it.
              tabIndex={-1}
            />
          ))}
      </div>
    </div>
  );
});

/** A launch item's title in the title column: fold button, title (opens the editor), kind, tier. */
export const ItemTitle = memo(function ItemTitle({ row, top, tabbable }: Placement & { row: ItemRowData }) {
  const { item } = row;
  const hasDates = barStart(item) !== null;
  return (
    <>
      <div
        className="tl-title"
        data-row-key={row.key}
        style={{ transform: `translateY(${top}px)`, paddingLeft: 10 + row.depth * 18 }}
        // Read with its title: the lane is drawn apart (see the top of this file), not read apart.
        aria-owns={laneId(row.key)}
      >
        {row.hasChildren ? (
          <button
            type="button"
            className="tl-toggle"
            // Out of the Tab order: + and − on the row's bar do this (one Tab stop in the chart).
            tabIndex={-1}
            aria-expanded={!row.collapsed}
            aria-label={`${row.collapsed ? 'Show' : 'Hide'} the betas and rollouts of ${item.title}`}
            onClick={() => toggleCollapsed(item.id)}
          >
            {row.collapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span className="tl-toggle" aria-hidden="true" />
        )}
        <button
          type="button"
          className="link-button tl-title__text"
          // The row's focus target only when it has no bar; otherwise E or F2 on the bar edits.
          tabIndex={!hasDates && tabbable ? 0 : -1}
          data-roving-key={hasDates ? undefined : row.key}
          onClick={() => openEditor({ mode: 'edit', id: item.id })}
          title={`${KIND_LABELS[item.kind]} · ${item.title}`}
        >
          {item.title}
        </button>
        <KindBadge kind={item.kind} />
        <span className="tl-tier" title={`Tier ${item.tier}`}>
          T{item.tier}
        </span>
      </div>
      {/* In the title column, 8 px right of it: in view wherever the chart is scrolled. */}
      {!hasDates && (
        <span className="tl-nodates muted" style={{ transform: `translateY(${top}px)` }}>
          No dates yet
        </span>
      )}
    </>
  );
});

/** The id of a row's lane, for its title's aria-owns (an id list is split at spaces). */
const laneId = (rowKey: string) => `tl-lane-${encodeURIComponent(rowKey)}`;

/** A blackout window shaded across its days: over every row, or over its regions' rows. */
export function BlackoutBand({ blackout: b, scale }: { blackout: BlackoutWindow; scale: Scale }) {
  const global = b.regions.length === 0;
  const { x, width } = spanX(scale, b.start, b.end);
  return (
    <div
      className={`tl-band ${global ? 'tl-band--global' : 'tl-band--regional'}`}
      style={{ transform: `translateX(${x}px)`, width }}
      title={`${b.title} (${global ? 'all regions' : b.regions.join(', ')})`}
    />
  );
}
