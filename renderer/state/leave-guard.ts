/**
 * Unsaved edits are never lost without asking. A form with changes registers a guard (which
 * place it lives in, and what it edits); anything that would take the form away — closing the
 * side panel, opening another item in it, leaving the launch page, switching views, the
 * palette — asks `confirmLeave` first. With no guard in the way it answers at once; otherwise
 * the app shows one dialog (App.tsx renders it from `useLeavePrompt`) and the answer is the
 * person's: Keep editing (false) or Discard (true). Closing a browser tab with unsaved edits
 * asks the browser's own question (beforeunload).
 */
import { create } from 'zustand';

/** Where an editing form lives: the side panel, or the launch page's Overview. */
export type GuardPlace = 'panel' | 'page';

export const ALL_PLACES: readonly GuardPlace[] = ['panel', 'page'];

interface Guard {
  place: GuardPlace;
  /** What would be lost, e.g. the item's title. */
  describe: () => string;
}

export interface LeavePrompt {
  /** What would be lost (the first guarded form's description). */
  description: string;
  answer: (discard: boolean) => void;
}

/** The question on screen, if any. */
export const useLeavePrompt = create<{ prompt: LeavePrompt | null }>()(() => ({ prompt: null }));

const guards = new Set<Guard>();

/**
 * Registers a guard for unsaved edits; the returned function removes it. A form registers one
 * only while it has changes, so a form with none closes at once.
 */
export function registerLeaveGuard(place: GuardPlace, describe: () => string): () => void {
  const guard: Guard = { place, describe };
  guards.add(guard);
  return () => {
    guards.delete(guard);
  };
}

/** The guards leaving `places` would pass, oldest first. */
function guardsIn(places: readonly GuardPlace[]): Guard[] {
  return [...guards].filter((g) => places.includes(g.place));
}

/** Whether leaving `places` would lose unsaved edits. */
export function hasUnsavedEdits(places: readonly GuardPlace[] = ALL_PLACES): boolean {
  return guardsIn(places).length > 0;
}

/**
 * Whether the person agrees to leave `places` (all of them unless said): true at once when
 * nothing there is unsaved, else their answer. A second question while one is open answers the
 * first with Keep editing.
 */
export function confirmLeave(places: readonly GuardPlace[] = ALL_PLACES): Promise<boolean> {
  const pending = guardsIn(places);
  if (pending.length === 0) return Promise.resolve(true);
  useLeavePrompt.getState().prompt?.answer(false);
  return new Promise((resolve) => {
    const prompt: LeavePrompt = {
      description: pending[0]!.describe(),
      answer: (discard) => {
        if (useLeavePrompt.getState().prompt === prompt) useLeavePrompt.setState({ prompt: null });
        resolve(discard);
      },
    };
    useLeavePrompt.setState({ prompt });
  });
}

/**
 * Runs `leave` once leaving `places` is agreed: synchronously when nothing is unsaved there (so
 * a plain view switch stays immediate), after the person's answer otherwise.
 */
export function leaveThen(places: readonly GuardPlace[], leave: () => void): void {
  if (!hasUnsavedEdits(places)) {
    leave();
    return;
  }
  void confirmLeave(places).then((agreed) => {
    if (agreed) leave();
  });
}

/**
 * The window asks before closing (or reloading) while anything is unsaved: the browser with
 * its own question; the desktop app's main process asks on 'will-prevent-unload'
 * (electron/main/unload-guard.ts), since Electron itself shows none.
 */
export function installBeforeUnloadGuard(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
) {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedEdits()) return;
    event.preventDefault();
    // Older Chromium (and Electron) asks only when returnValue is set.
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
