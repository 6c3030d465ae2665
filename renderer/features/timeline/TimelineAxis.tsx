/**
 * The time axis: months or quarters above, days, weeks or months below; only what is in view.
 * The "Today" label sits here, over the lower row at today's line: in the header no bar can
 * cover it.
 */
import { memo } from 'react';
import type { Axis } from './scale';

export const HEADER_HEIGHT = 52;

export const TimelineAxis = memo(function TimelineAxis({
  axis,
  width,
  todayX,
}: {
  axis: Axis;
  width: number;
  todayX: number;
}) {
  return (
    <div className="tl-axis" style={{ width, height: HEADER_HEIGHT }} aria-hidden="true">
      {axis.major.map((t) => (
        <div
          key={`M${t.x}`}
          className={`tl-axis__major ${t.strong ? 'tl-axis__major--strong' : ''}`}
          style={{ transform: `translateX(${t.x}px)` }}
        >
          {t.label}
        </div>
      ))}
      {axis.minor.map((t) => (
        <div
          key={`m${t.x}`}
          className={`tl-axis__minor ${t.strong ? 'tl-axis__minor--strong' : ''}`}
          style={{ transform: `translateX(${t.x}px)` }}
        >
          {t.label}
        </div>
      ))}
      {todayX >= 0 && todayX < width && (
        <div className="tl-axis__today" style={{ transform: `translateX(${todayX}px)` }}>
          Today
        </div>
      )}
    </div>
  );
});
