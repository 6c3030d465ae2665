import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  confirmLeave,
  hasUnsavedEdits,
  installBeforeUnloadGuard,
  leaveThen,
  registerLeaveGuard,
  useLeavePrompt,
} from '../../../renderer/state/leave-guard';
import {
  closeLaunchPage,
  initialWindow,
  openEditor,
  openLaunchPage,
  requestCloseEditor,
  setLaunchTab,
  setView,
  useWindow,
} from '../../../renderer/state/window';

let release: (() => void)[] = [];
const guard = (place: 'panel' | 'page', title: string) =>
  release.push(registerLeaveGuard(place, () => title));
const prompt = () => useLeavePrompt.getState().prompt;
const answer = async (discard: boolean) => {
  prompt()!.answer(discard);
  await Promise.resolve();
};

beforeEach(() => {
  useWindow.setState(initialWindow, true);
  useLeavePrompt.setState({ prompt: null });
});
afterEach(() => {
  release.forEach((r) => r());
  release = [];
});

describe('leave guard', () => {
  it('agrees at once, asking nothing, when nothing is unsaved', async () => {
    await expect(confirmLeave()).resolves.toBe(true);
    expect(prompt()).toBeNull();
  });

  it('asks about the first unsaved form, naming it; Discard agrees and clears the question', async () => {
    guard('panel', 'Payment Links v2');
    guard('page', 'Usage-based billing');
    const agreed = confirmLeave();
    expect(prompt()?.description).toBe('Payment Links v2');
    prompt()!.answer(true);
    await expect(agreed).resolves.toBe(true);
    expect(prompt()).toBeNull();
  });

  it('Keep editing refuses', async () => {
    guard('page', 'Team spaces');
    const agreed = confirmLeave();
    prompt()!.answer(false);
    await expect(agreed).resolves.toBe(false);
  });

  it('asks only about the places being left', async () => {
    guard('panel', 'Payment Links v2');
    await expect(confirmLeave(['page'])).resolves.toBe(true);
    expect(prompt()).toBeNull();
    expect(hasUnsavedEdits(['page'])).toBe(false);
    expect(hasUnsavedEdits(['panel'])).toBe(true);
  });

  it('a second question answers the first with Keep editing', async () => {
    guard('page', 'Team spaces');
    const first = confirmLeave();
    const second = confirmLeave();
    await expect(first).resolves.toBe(false);
    prompt()!.answer(true);
    await expect(second).resolves.toBe(true);
  });

  it('a removed guard no longer asks', async () => {
    const remove = registerLeaveGuard('panel', () => 'X');
    expect(hasUnsavedEdits()).toBe(true);
    remove();
    expect(hasUnsavedEdits()).toBe(false);
    await expect(confirmLeave()).resolves.toBe(true);
  });

  it('leaveThen runs at once when clean, and only after Discard when not', async () => {
    const leave = vi.fn();
    leaveThen(['page'], leave);
    expect(leave).toHaveBeenCalledTimes(1);
    guard('page', 'Team spaces');
    leaveThen(['page'], leave);
    expect(leave).toHaveBeenCalledTimes(1);
    await answer(false);
    expect(leave).toHaveBeenCalledTimes(1);
    leaveThen(['page'], leave);
    await answer(true);
    expect(leave).toHaveBeenCalledTimes(2);
  });

  it('beforeunload asks only while something is unsaved', () => {
    const listeners: ((event: BeforeUnloadEvent) => void)[] = [];
    const target = {
      addEventListener: (_: string, listener: (event: BeforeUnloadEvent) => void) => listeners.push(listener),
      removeEventListener: vi.fn(),
    } as unknown as Window;
    const uninstall = installBeforeUnloadGuard(target);
    const fire = () => {
      const event = { preventDefault: vi.fn(), returnValue: undefined } as unknown as BeforeUnloadEvent;
      listeners.forEach((l) => l(event));
      return event;
    };
    expect(fire().preventDefault).not.toHaveBeenCalled();
    guard('panel', 'X');
    const event = fire();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.returnValue).toBe('');
    uninstall();
    expect(target.removeEventListener).toHaveBeenCalledWith('beforeunload', expect.any(Function));
  });
});

describe('window navigation through the guard', () => {
  it('opens a launch page over the view; Back returns to it', () => {
    setView('timeline');
    openLaunchPage('a', { tab: 'readiness', functionId: 'legal' });
    expect(useWindow.getState()).toMatchObject({
      view: 'timeline',
      page: { itemId: 'a', tab: 'readiness', functionId: 'legal' },
    });
    closeLaunchPage();
    expect(useWindow.getState()).toMatchObject({ view: 'timeline', page: null });
  });

  it('a page opened from a page returns to it; a view switch forgets them all', () => {
    openLaunchPage('a', { tab: 'rollout' });
    openLaunchPage('b');
    closeLaunchPage();
    expect(useWindow.getState().page).toEqual({ itemId: 'a', tab: 'rollout', functionId: null });
    openLaunchPage('b');
    setView('launches');
    expect(useWindow.getState()).toMatchObject({ view: 'launches', page: null, pageBack: [] });
  });

  it('opening a page closes the side panel, asking first when it has unsaved edits', async () => {
    openEditor({ mode: 'edit', id: 'a' });
    guard('panel', 'A');
    openLaunchPage('b');
    expect(useWindow.getState().page).toBeNull();
    await answer(true);
    expect(useWindow.getState()).toMatchObject({ page: { itemId: 'b' }, editor: { mode: 'closed' } });
  });

  it('a view switch with unsaved edits on the page asks; Keep editing stays', async () => {
    openLaunchPage('a');
    guard('page', 'A');
    setView('board');
    await answer(false);
    expect(useWindow.getState().page?.itemId).toBe('a');
    // Another tab on the same page keeps the draft: nothing to ask.
    setLaunchTab('feedback');
    openLaunchPage('a', { tab: 'decisions' });
    expect(prompt()).toBeNull();
    expect(useWindow.getState().page?.tab).toBe('decisions');
  });

  it('a new item started off with fields always opens, even over another new one', () => {
    openEditor({ mode: 'create' });
    openEditor({ mode: 'create', fields: { kind: 'beta', parentId: 'a' } });
    expect(useWindow.getState().editor).toEqual({ mode: 'create', fields: { kind: 'beta', parentId: 'a' } });
  });

  it('unsaved edits in the panel survive a view switch (the panel stays) and ask before closing', async () => {
    openEditor({ mode: 'edit', id: 'a' });
    guard('panel', 'A');
    setView('launches');
    expect(prompt()).toBeNull();
    openEditor({ mode: 'edit', id: 'a' });
    expect(prompt()).toBeNull();
    openEditor({ mode: 'edit', id: 'b' });
    await answer(false);
    expect(useWindow.getState().editor).toEqual({ mode: 'edit', id: 'a' });
    requestCloseEditor();
    await answer(true);
    expect(useWindow.getState().editor).toEqual({ mode: 'closed' });
  });
});
