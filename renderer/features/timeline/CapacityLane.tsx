/**
 * A thin strip along the bottom of the timeline's axis: a marker on each ISO week in view in
 * which some region is at (amber) or over (red) its Tier-1 capacity, named with each such
 * region's count, capacity and launches (capacityByWeek, the rule the capacity collisions
 * use). Only the weeks in view are looked at, like the axis ticks, and the data is the
 * memoised read model, so scrolling and zooming cost a few map lookups.
 */
import { memo } from 'react';
import { addDays, formatShortDay, isoWeekKey, startOfWeek, type Day } from '../../../shared/dates/days';
import { capacityByWeek, describeWeekLoad } from '../../../shared/views/capacity';
import { useDocument } from '../../state/document';
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

export const CapacityLane = memo(function CapacityLane({ scale, from, to, left }: Props) {
  const weeks = useDocument((s) => capacityByWeek(s.workspace));
  if (weeks.size === 0) return null;
  const markers = [];
  for (let monday = startOfWeek(from, MONDAY); monday <= to; monday = addDays(monday, 7)) {
    const load = weeks.get(isoWeekKey(monday));
    if (!load) continue;
    const sunday = addDays(monday, 6);
    const { x, width } = spanX(scale, monday, sunday);
    const name = `Week ${load.week} (${formatShortDay(monday)} – ${formatShortDay(sunday)}): ${describeWeekLoad(load)}`;
    markers.push(
      <li
        key={load.week}
        className={`tl-capacity__week tl-capacity__week--${load.level}`}
        style={{ transform: `translateX(${x}px)`, width }}
        tabIndex={0}
        aria-label={name}
        title={name}
      />,
    );
  }
  return (
    <ul className="tl-capacity" style={{ left }} aria-label="Tier-1 capacity by week">
      {markers}
    </ul>
  );
});
