// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connectLocation,
  launchHash,
  readLocation,
  viewHash,
  writeHash,
} from '../../../renderer/app/location';
import { useBoardView } from '../../../renderer/state/board-view';
import { registerLeaveGuard, useLeavePrompt } from '../../../renderer/state/leave-guard';
import { useTimelineView } from '../../../renderer/state/timeline-view';
import {
  initialWindow,
  openLaunchPage,
  setLaunchFunction,
  setLaunchTab,
  setView,
  useWindow,
} from '../../../renderer/state/window';

const page = (itemId: string, tab = 'overview' as const, functionId: string | null = null) => ({
  itemId,
  tab,
  functionId,
});

describe('reading an address', () => {
  it('names a view and its parameters', () => {
    const location = readLocation('#/board?group=region&tier=1');
    expect(location.view).toBe('board');
    expect(location.launch).toBeNull();
    expect(location.params.get('group')).toBe('region');
  });

  it('names a launch page with its tab and readiness function', () => {
    expect(readLocation('#/launch/sample-payment-links?tab=readiness&function=legal')).toMatchObject({
      view: null,
      launch: { itemId: 'sample-payment-links', tab: 'readiness', functionId: 'legal' },
    });
  });

  it('opens an unknown or missing tab on the Overview, with no function', () => {
    expect(readLocation('#/launch/a?tab=gossip').launch).toEqual(page('a'));
    expect(readLocation('#/launch/a').launch).toEqual(page('a'));
    expect(readLocation('#/launch/a?function=').launch?.functionId).toBeNull();
  });

  it('names nothing for an empty id or a broken escape', () => {
    expect(readLocation('#/launch/').launch).toBeNull();
    expect(readLocation('#/launch/%E0%A4%A').launch).toBeNull();
    expect(readLocation('#/nowhere').view).toBeNull();
  });
});

describe('writing an address', () => {
  it('leaves default tab and function out', () => {
    expect(launchHash(page('a'))).toBe('#/launch/a');
    expect(launchHash({ itemId: 'a', tab: 'readiness', functionId: 'legal' })).toBe(
      '#/launch/a?tab=readiness&function=legal',
    );
  });

  it('round-trips any id, however spelled', () => {
    for (const itemId of ['a b/c?d=e#f', 'toString', 'ünïcode-✓', '%41']) {
      const written = { itemId, tab: 'feedback' as const, functionId: 'go to market & sales' };
      expect(readLocation(launchHash(written)).launch).toEqual(written);
    }
  });

  it('adds a history entry when it opens another launch page, and replaces otherwise', () => {
    window.history.replaceState(null, '', viewHash('board'));
    const start = window.history.length;
    writeHash(launchHash(page('a')));
    expect(window.history.length).toBe(start + 1);
    writeHash(launchHash({ itemId: 'a', tab: 'rollout', functionId: null }));
    expect(window.history.length).toBe(start + 1);
    writeHash(launchHash(page('b')));
    expect(window.history.length).toBe(start + 2);
    writeHash(viewHash('timeline'));
    expect(window.history.length).toBe(start + 2);
    expect(window.location.hash).toBe('#/timeline');
  });
});

describe('the address follows the window and back', () => {
  let disconnect: () => void = () => undefined;
  let release: () => void = () => undefined;
  const hashChange = async (hash: string) => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  beforeEach(() => {
    useWindow.setState(initialWindow, true);
    useLeavePrompt.setState({ prompt: null });
  });
  afterEach(() => {
    disconnect();
    release();
    release = () => undefined;
  });

  it('restores a launch page and its tab on load, over the default view', () => {
    window.history.replaceState(null, '', '#/launch/a?tab=rollout');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    expect(useWindow.getState()).toMatchObject({ view: 'board', page: { itemId: 'a', tab: 'rollout' } });
  });

  it('writes the page, its tab and function, and the view once it closes', () => {
    window.history.replaceState(null, '', '#/launches');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    openLaunchPage('a');
    expect(window.location.hash).toBe('#/launch/a');
    setLaunchTab('readiness');
    setLaunchFunction('legal');
    expect(window.location.hash).toBe('#/launch/a?tab=readiness&function=legal');
    setView('launches');
    expect(window.location.hash).toBe('#/launches');
  });

  it('an address changed from outside is followed, not written over by a late write of the old place', async () => {
    window.history.replaceState(null, '', '#/timeline');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    // The address changes (typed, or a test's navigation); its hashchange has not come yet…
    window.location.hash = '#/launch/a?tab=readiness';
    // …when the timeline remembers its date (300 ms after a scroll).
    useTimelineView.setState({ at: '2026-12-01' });
    expect(window.location.hash).toBe('#/launch/a?tab=readiness');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWindow.getState()).toMatchObject({ page: { itemId: 'a', tab: 'readiness' } });
    // Writes go on once it is followed.
    setLaunchTab('rollout');
    expect(window.location.hash).toBe('#/launch/a?tab=rollout');
  });

  it('follows the browser back to the view', async () => {
    window.history.replaceState(null, '', '#/timeline');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    openLaunchPage('a');
    await hashChange('#/timeline');
    expect(useWindow.getState()).toMatchObject({ view: 'timeline', page: null });
  });

  it('asks before the address drops unsaved edits on the page; Keep editing puts the page back', async () => {
    window.history.replaceState(null, '', '#/board');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    openLaunchPage('a', { tab: 'feedback' });
    release = registerLeaveGuard('page', () => 'A');
    await hashChange('#/timeline');
    expect(useLeavePrompt.getState().prompt?.description).toBe('A');
    useLeavePrompt.getState().prompt!.answer(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWindow.getState().page?.itemId).toBe('a');
    expect(window.location.hash).toBe('#/launch/a?tab=feedback');

    await hashChange('#/timeline');
    useLeavePrompt.getState().prompt!.answer(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWindow.getState()).toMatchObject({ view: 'timeline', page: null });
    expect(window.location.hash).toBe('#/timeline');
  });
});
