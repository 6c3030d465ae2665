/**
 * Where the pointer is on a lane, in days from the axis's first day (scale.ts, daysAt): read
 * against the lane's place on screen now, so a scroll or a zoom in the middle of a drag is
 * taken into account.
 */
import { daysAt, type Scale } from './scale';

export function pointerDays(scale: Scale, within: Element, clientX: number): number {
  const lane = within.closest('.tl-lane');
  return daysAt(scale, clientX - (lane?.getBoundingClientRect().left ?? 0));
}
