/**
 * Where the timeline looks, as numbers: the pixels drawn for a scroll position (quantised, so a
 * scroll redraws the rows only when it crosses a chunk), the scroll position that keeps a day
 * under the pointer (or the centre) across a zoom, and how a burst of wheel or pinch events
 * becomes zoom steps. Pure and unit-tested; Timeline.tsx applies them.
 */
import { daysBetween, type Day } from '../../../shared/dates/days';
import { dayToX, totalWidth, type Scale } from './scale';

/** Drawn beyond each side of the visible days, so a scroll shows what is already there. */
export const OVERSCAN_PX = 400;
/**
 * The drawn range moves in steps of this many pixels. Within a step the overscan still covers
 * the view (OVERSCAN_PX ≥ CHUNK_PX), and nothing in the rows changes: no row is redrawn.
 */
export const CHUNK_PX = 400;

/** The visible part of the lanes: its left (the scroll position) and width, in pixels. */
export interface ViewBox {
  left: number;
  width: number;
}

/**
 * The pixels drawn (bars, ticks, bands) for a view: the chunk holding its left edge and the
 * visible width, with OVERSCAN_PX on both sides. The same for every scroll position within a
 * chunk, so the rows (memoised on it) are redrawn once per chunk crossed, not once per frame.
 */
export function drawnSpan(view: ViewBox): { fromX: number; toX: number } {
  const chunk = Math.floor(Math.max(0, view.left) / CHUNK_PX) * CHUNK_PX;
  return { fromX: Math.max(0, chunk - OVERSCAN_PX), toX: chunk + CHUNK_PX + view.width + OVERSCAN_PX };
}

/** A day to keep at `offsetX` pixels from the left of the visible lanes. */
export interface ZoomAnchor {
  day: Day;
  offsetX: number;
}

/**
 * The scroll position at `scale` that puts the middle of the anchor's day under its offset
 * (the pointer, or the centre of the view), within the scrollable range. The middle, not the
 * start: the pointer then stays inside the same day at every zoom, rounding included.
 */
export function anchoredLeft(scale: Scale, anchor: ZoomAnchor, viewWidth: number): number {
  const x = dayToX(scale, anchor.day) + scale.pxPerDay / 2 - anchor.offsetX;
  const max = Math.max(0, totalWidth(scale) - viewWidth);
  return Math.round(Math.max(0, Math.min(max, x)));
}

/**
 * The view to draw at `scale` when the scale on screen is `placed`: for a change of zoom, the
 * scroll position that keeps the anchor in place (an anchor left by pressing the zoom already
 * shown is stale); for an axis that grew or shrank at its start (the earliest bar moved), the
 * same days in view; otherwise `view` as it is.
 */
export function placedView(view: ViewBox, placed: Scale, scale: Scale, anchor: ZoomAnchor | null): ViewBox {
  if (placed === scale) return view;
  let left = view.left;
  if (anchor && placed.pxPerDay !== scale.pxPerDay) left = anchoredLeft(scale, anchor, view.width);
  else if (placed.origin !== scale.origin && placed.pxPerDay === scale.pxPerDay)
    left = Math.max(0, left + daysBetween(scale.origin, placed.origin) * scale.pxPerDay);
  return left === view.left ? view : { left, width: view.width };
}

/**
 * Wheel deltas (pixels) that make one zoom step. A mouse notch (100–120) is one step at once;
 * a trackpad pinch sends many small deltas, which add up, so a pinch does not race through
 * every zoom level in a few frames.
 */
export const WHEEL_STEP = 50;
/** A pause this long (ms) between wheel events starts a new gesture. */
export const WHEEL_GESTURE_GAP_MS = 250;

export interface WheelZoomState {
  total: number;
  at: number;
}

/**
 * Adds one wheel event (deltaY, time) to a gesture: the zoom step it makes now (+1 out, −1 in,
 * 0 none yet) and the gesture's state after it.
 */
export function wheelZoomStep(
  state: WheelZoomState,
  deltaY: number,
  time: number,
): { step: 1 | -1 | 0; state: WheelZoomState } {
  const carried =
    time - state.at > WHEEL_GESTURE_GAP_MS || Math.sign(state.total) !== Math.sign(deltaY) ? 0 : state.total;
  const total = carried + deltaY;
  if (Math.abs(total) < WHEEL_STEP) return { step: 0, state: { total, at: time } };
  return { step: total > 0 ? 1 : -1, state: { total: 0, at: time } };
}
