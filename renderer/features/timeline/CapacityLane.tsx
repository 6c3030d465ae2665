/**
 * A thin strip along the bottom of the timeline's axis: a marker on each ISO week in view in
 * which some region is at (amber) or over (red) its Tier-1 capacity, named with each such
 * region's count, capacity and launches (capacityByWeek, the rule the capacity collisions
 * use). Only the weeks in view are looked at, like the axis ticks, and the data is the
 * memoised read model, so scrolling and zooming cost a few map lookups.
 *
 * By keyboard the strip is one Tab stop (a roving tabindex: the last focused marker keeps it
 * while drawn, else the first drawn): ←/→ go to the previous/next marker, Home/End the first
 * and last drawn; focusing a marker scrolls it into view, which draws the ones beyond it. The
 * markers stay focusable (rather than left to the collisions panel) because an "at capacity"
 * week is no collision and is said nowhere else.
 */
import { memo, useState } from 'react';
import { addDays, formatShortDay, isoWeekKey, startOfWeek, type Day } from '../../../shared/dates/days';
import { capacityByWeek, describeWeekLoad, type WeekLoad } from '../../../shared/views/capacity';
import { useDocument } from '../../state/document';
import { usePainted } from './usePainted';
import { spanX, type Scale } from './scale';
import './capacity-lane.css';

interface Props {
  scale: Scale;
  /** The first and last day in view (with the overscan the axis uses). */
  from: Day;
  to: Day;
  /** Where the axis starts, from the left of the header (the title column's width). */
  left: number;
}

/** Monday: ISO weeks start on it whatever day the workspace's weeks start on. */
const MONDAY = 1;

/**
 * A week's name, made once per week load (the read model keeps the same object while the items
 * do): a busy week names dozens of launches, too long a string to rebuild on every zoom.
 */
const names = new WeakMap<WeekLoad, string>();
function weekName(monday: Day, load: WeekLoad): string {
  let name = names.get(load);
  if (name === undefined) {
    name = `Week ${load.week} (${formatShortDay(monday)} – ${formatShortDay(addDays(monday, 6))}): ${describeWeekLoad(load)}`;
    names.set(load, name);
  }
  return name;
}

const NO_WEEKS: ReadonlyMap<string, WeekLoad> = new Map();

export const CapacityLane = memo(function CapacityLane({ scale, from, to, left }: Props) {
  // Every go-live of the workspace counted per week (~50 ms at 10,000 items): after the first
  // paint, so the first bars are not held back; the strip appears a moment later. Not while a
  // kept first screen is drawn: its few items are not the workspace's.
  const painted = usePainted();
  const weeks = useDocument((s) =>
    painted && !s.loading.has('items') ? capacityByWeek(s.workspace) : NO_WEEKS,
  );
  const [activeWeek, setActiveWeek] = useState<string | null>(null);
  if (weeks.size === 0) return null;
  const drawn = [];
  for (let monday = startOfWeek(from, MONDAY); monday <= to; monday = addDays(monday, 7)) {
    const load = weeks.get(isoWeekKey(monday));
    if (load) drawn.push({ monday, load });
  }
  const tabStop = drawn.some((d) => d.load.week === activeWeek) ? activeWeek : (drawn[0]?.load.week ?? null);

  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const markers = [...event.currentTarget.querySelectorAll<HTMLElement>('li')];
    const here = markers.indexOf(event.target as HTMLElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? markers.length - 1
          : here + (event.key === 'ArrowRight' ? 1 : -1);
    // Never the chart's own scrolling: the focus moves, and brings its marker into view.
    event.preventDefault();
    event.stopPropagation();
    markers[Math.max(0, Math.min(markers.length - 1, next))]?.focus();
  };

  return (
    <ul
      className="tl-capacity"
      style={{ left }}
      aria-label="Tier-1 capacity by week"
      onKeyDown={onKeyDown}
      onFocus={(event) => setActiveWeek((event.target as HTMLElement).dataset.week ?? null)}
    >
      {drawn.map(({ monday, load }) => {
        const sunday = addDays(monday, 6);
        const { x, width } = spanX(scale, monday, sunday);
        const name = weekName(monday, load);
        return (
          <li
            key={load.week}
            data-week={load.week}
            className={`tl-capacity__week tl-capacity__week--${load.level}`}
            style={{ transform: `translateX(${x}px)`, width }}
            tabIndex={load.week === tabStop ? 0 : -1}
            aria-label={name}
            aria-keyshortcuts="ArrowLeft ArrowRight Home End"
            title={name}
          />
        );
      })}
    </ul>
  );
});
