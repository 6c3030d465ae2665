/**
 * Where a bar's tooltip goes so it stays inside the chart: above the bar, or below it when the
 * axis would cover it (the top row); from the bar's visible start, moved left when it would
 * run past the right edge, never left of the title column. Pure (rectangles in, a position out).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the bar and its tooltip, in pixels. */
const GAP = 6;

/**
 * The tooltip's top-left corner, in the coordinates of the boxes given: `anchor` is the bar,
 * `size` the tooltip's, `bounds` the visible part of the chart's lanes (right of the title
 * column, below the axis).
 */
export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  bounds: Box,
): { left: number; top: number; below: boolean } {
  const above = anchor.top - GAP - size.height;
  const below = above < bounds.top;
  const top = below ? anchor.bottom + GAP : above;
  const wanted = Math.max(anchor.left, bounds.left);
  // Too wide for the chart: start at its left edge and let the right run over (nothing better).
  const left = Math.max(bounds.left, Math.min(wanted, bounds.right - size.width));
  return { left, top, below };
}
