/**
 * Arrows from a prerequisite's end to the dependent's start, for rows that are rendered. The
 * drawing spans only those rows: an SVG as tall as the whole chart (360,000 px at 10,000 rows)
 * cost the browser far more to rasterise on each zoom.
 */
import { memo } from 'react';
import { barEnd, barStart } from '../../../shared/domain/items/collisions';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { spanX, type Scale } from './scale';

export interface RowPosition {
  item: LaunchItem;
  y: number;
}

export const DependencyArrows = memo(function DependencyArrows({
  rows,
  scale,
  rowHeight,
  width,
  late,
}: {
  rows: RowPosition[];
  scale: Scale;
  rowHeight: number;
  width: number;
  late: ReadonlySet<string>;
}) {
  const top = rows.length ? Math.min(...rows.map((r) => r.y)) : 0;
  const bottom = rows.length ? Math.max(...rows.map((r) => r.y)) + rowHeight : 0;
  // Each item's first drawn row: grouped by region, an item is drawn under each of its regions.
  const at = new Map<string, RowPosition>();
  for (const r of rows) if (!at.has(r.item.id)) at.set(r.item.id, r);
  const paths: { key: string; d: string; late: boolean }[] = [];
  for (const r of rows) {
    const start = barStart(r.item);
    if (!start || at.get(r.item.id) !== r) continue;
    for (const depId of r.item.dependsOn) {
      const dep = at.get(depId);
      const end = dep ? barEnd(dep.item) : null;
      if (!dep || !end) continue;
      const from = spanX(scale, end, end);
      const x1 = from.x + from.width;
      const y1 = dep.y + rowHeight / 2;
      const x2 = spanX(scale, start, start).x;
      const y2 = r.y + rowHeight / 2;
      const bend = Math.max(12, Math.min(40, Math.abs(x2 - x1) / 2));
      paths.push({
        key: `${depId}>${r.item.id}`,
        d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
        late: late.has(`${r.item.id}+${depId}`),
      });
    }
  }
  return (
    <svg
      className="tl-arrows"
      width={width}
      height={bottom - top}
      viewBox={`0 ${top} ${width} ${bottom - top}`}
      style={{ transform: `translateY(${top}px)` }}
      aria-hidden="true"
    >
      <defs>
        <Arrowhead id="tl-arrowhead" size={7} />
        {/* 6 × the late stroke's 2 px: a little larger than the other heads (7 × 1.5 px). */}
        <Arrowhead id="tl-arrowhead-late" className="tl-arrowhead--late" size={6} />
      </defs>
      {paths.map((p) => (
        <path
          key={p.key}
          d={p.d}
          className={p.late ? 'tl-arrow tl-arrow--late' : 'tl-arrow'}
          markerEnd={p.late ? 'url(#tl-arrowhead-late)' : 'url(#tl-arrowhead)'}
        />
      ))}
    </svg>
  );
});

/** An arrow's head; `size` is in units of the arrow's stroke width (the marker's default units). */
function Arrowhead({ id, className, size }: { id: string; className?: string; size: number }) {
  return (
    <marker
      id={id}
      className={className}
      viewBox="0 0 8 8"
      refX="7"
      refY="4"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0 L8,4 L0,8 z" />
    </marker>
  );
}
