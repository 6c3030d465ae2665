/**
 * Keeps the timeline's first screen (data/first-screen-cache.ts) up to date while this window
 * is on the timeline: once its whole workspace is read, after every change (its own once
 * saved, or another window's) and after a change of grouping — when the window is next idle,
 * and at the latest when the page is hidden or closed. Building one takes the top rows of a
 * grouping the view has usually worked out already; a copy already kept under the current
 * stamp is not built again.
 */
import { isInitialised } from '../../shared/domain/workspace';
import { timelineFirstScreen } from '../../shared/views/first-screen';
import { isWriting, keepFirstScreen, keptUnder, stampToKeep } from '../data/first-screen-cache';
import { useDocument } from '../state/document';
import { useTimelineView } from '../state/timeline-view';
import { useWindow } from '../state/window';

/** Changes come in bursts (a held arrow key): the copy is built once they pause. */
const QUIET_MS = 500;
/** Longest wait for an idle moment once quiet. */
const IDLE_TIMEOUT_MS = 2000;

/** Builds and keeps the first screen if this window may; true when there is nothing left to do. */
function keepNow(): boolean {
  const { phase, loading, workspace } = useDocument.getState();
  if (phase !== 'ready' || loading.size > 0 || !isInitialised(workspace)) return true;
  if (useWindow.getState().view !== 'timeline') return true;
  // Its own save not landed yet: try again once it has.
  if (isWriting()) return false;
  const stamp = stampToKeep();
  if (stamp === null) return true;
  const { grouping } = useTimelineView.getState();
  if (!keptUnder(grouping, stamp)) keepFirstScreen(timelineFirstScreen(workspace, grouping, stamp));
  return true;
}

/** Starts keeping the first screen; returns a function that stops it. */
export function keepFirstScreenUpdated(): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let pending = false;
  const run = () => {
    idle = undefined;
    if (keepNow()) pending = false;
    else schedule();
  };
  const schedule = () => {
    pending = true;
    clearTimeout(quiet);
    if (idle !== undefined) cancelIdle(idle);
    idle = undefined;
    quiet = setTimeout(() => (idle = whenIdle(run)), QUIET_MS);
  };
  const flush = () => {
    if (pending) run();
  };
  const unsubscribe = [
    useDocument.subscribe((s, before) => {
      if (s.workspace !== before.workspace || s.phase !== before.phase || s.loading !== before.loading)
        schedule();
    }),
    useTimelineView.subscribe((s, before) => s.grouping !== before.grouping && schedule()),
    useWindow.subscribe((s, before) => s.view !== before.view && schedule()),
  ];
  window.addEventListener('pagehide', flush);
  schedule();
  return () => {
    unsubscribe.forEach((stop) => stop());
    window.removeEventListener('pagehide', flush);
    clearTimeout(quiet);
    if (idle !== undefined) cancelIdle(idle);
  };
}

function whenIdle(callback: () => void): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
    : (setTimeout(callback, 0) as unknown as number);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
