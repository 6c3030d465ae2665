/** The time axis: months or quarters above, days, weeks or months below; only what is in view. */
import { memo } from 'react';
import type { Axis } from './scale';

export const HEADER_HEIGHT = 52;

export const TimelineAxis = memo(function TimelineAxis({ axis, width }: { axis: Axis; width: number }) {
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
    </div>
  );
});
