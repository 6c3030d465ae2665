import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeBuilder, type Change } from '../../../shared/domain/change';
import { createItem, updateItem } from '../../../shared/domain/items/commands';
import { applyRemoteChange, commit, connectSession, redo, run, undo } from '../../../renderer/state/changes';
import { HISTORY_LIMIT, initialDocument, useDocument } from '../../../renderer/state/document';
import { useWindow } from '../../../renderer/state/window';
import { useStorage } from '../../../renderer/state/storage';
import { sample } from '../../fixtures/workspace';

let saved: Change[];
let broadcast: Change[];
let failNext: unknown = null;

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  broadcast = [];
  failNext = null;
  useDocument.setState({ ...initialDocument, workspace: sample(), phase: 'ready' }, true);
  useStorage.setState({ status: 'ok' });
  connectSession({
    persist: async (change) => {
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      saved.push(change);
    },
    broadcast: (change) => broadcast.push(change),
  });
});
afterEach(() => {
  connectSession(null);
  vi.useRealTimers();
});

const title = () => useDocument.getState().workspace.items['sample-dark-mode']!.title;
const rename = (to: string) => run((ws, ctx) => updateItem(ws, 'sample-dark-mode', { title: to }, ctx));

describe('the change path', () => {
  it('applies at once, persists, then broadcasts', async () => {
    const pending = rename('Dark');
    expect(title()).toBe('Dark'); // synchronous: the UI updates before the write finishes
    expect(await pending).toMatchObject({ ok: true });
    expect(saved).toHaveLength(1);
    expect(broadcast).toEqual(saved);
  });

  it('undo and redo are changes too, persisted and broadcast', async () => {
    await rename('Dark');
    undo();
    expect(title()).toBe('Dashboard dark mode');
    redo();
    expect(title()).toBe('Dark');
    await vi.runAllTimersAsync();
    expect(saved).toHaveLength(3);
    expect(broadcast).toHaveLength(3);
  });

  it('undoes and redoes at least 100 steps in order', async () => {
    for (let i = 1; i <= 120; i++) await rename(`Title ${i}`);
    for (let i = 0; i < 110; i++) undo();
    expect(title()).toBe('Title 10');
    for (let i = 0; i < 50; i++) redo();
    expect(title()).toBe('Title 60');
    expect(useDocument.getState().past.length).toBeLessThanOrEqual(HISTORY_LIMIT);
  });

  it('a new change clears the redo stack', async () => {
    await rename('A');
    undo();
    await rename('B');
    redo();
    expect(title()).toBe('B');
  });

  it('a failed write rolls the store back and tells the user', async () => {
    failNext = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const result = await rename('Never saved');
    expect(result.ok).toBe(false);
    expect(title()).toBe('Dashboard dark mode');
    expect(useDocument.getState().past).toHaveLength(0);
    expect(broadcast).toHaveLength(0);
    expect(useWindow.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/Could not save .* the disk is full/),
    });
  });

  it('a failed write takes back what it can, keeps records changed since, and says to reload', async () => {
    let fail: (error: Error) => void = () => {};
    connectSession({
      persist: () => new Promise<void>((_, reject) => (fail = reject)),
      broadcast: (change) => broadcast.push(change),
    });
    const ws = useDocument.getState().workspace;
    const mine = new ChangeBuilder(ws)
      .put('items', { ...ws.items['sample-dark-mode']!, title: 'Mine' })
      .put('people', { ...ws.people['sample-maya']!, name: 'Maya C.' })
      .build('Two records');
    const pending = commit(mine);
    const theirs = updateItem(
      useDocument.getState().workspace,
      'sample-dark-mode',
      { title: 'Theirs' },
      { now: '2026-11-26T13:00:00.000Z', newId: () => 'x' },
    );
    applyRemoteChange(theirs);
    fail(new Error('disk gone'));
    expect(await pending).toBe(false);
    expect(title()).toBe('Theirs'); // not overwritten by taking "Mine" back out
    expect(useDocument.getState().workspace.people['sample-maya']!.name).toBe('Maya Chen'); // taken back
    expect(useDocument.getState().past).toHaveLength(0);
    expect(useWindow.getState().toasts.at(-1)!.message).toMatch(
      /Could not save .*disk gone\. Some of its records were changed again before the save failed.*reload it/,
    );
  });

  it('a failed undo write restores the redone state', async () => {
    await rename('Dark');
    failNext = new Error('disk gone');
    undo();
    await vi.runAllTimersAsync();
    expect(title()).toBe('Dark');
    expect(useDocument.getState().past).toHaveLength(1);
  });

  it('validation problems come back for the form and nothing is saved', async () => {
    const result = await run((ws, ctx) => createItem(ws, { title: '' }, ctx));
    expect(result).toEqual({ ok: false, issues: [{ path: 'title', message: 'Enter a title' }] });
    expect(saved).toHaveLength(0);
  });

  it('changes from another window apply without entering this window’s history, and block a stale undo', async () => {
    await rename('Mine');
    const ws = useDocument.getState().workspace;
    const theirs = updateItem(
      ws,
      'sample-dark-mode',
      { title: 'Theirs' },
      { now: '2026-11-26T13:00:00.000Z', newId: () => 'x' },
    );
    applyRemoteChange(theirs);
    expect(title()).toBe('Theirs');
    expect(useDocument.getState().past).toHaveLength(1);
    undo();
    expect(title()).toBe('Theirs'); // not overwritten
    expect(useWindow.getState().toasts.at(-1)!.message).toMatch(/Cannot undo/);
  });

  it('a change that is not undoable stays out of history', async () => {
    const ws = useDocument.getState().workspace;
    await commit(
      updateItem(ws, 'sample-dark-mode', { tier: 1 }, { now: '2026-11-26T13:00:00.000Z', newId: () => 'x' }),
      { undoable: false },
    );
    expect(useDocument.getState().past).toHaveLength(0);
  });
});

describe('bursts (a held arrow key)', () => {
  const nudge = (key = 'k') =>
    run(
      (ws, ctx) =>
        updateItem(ws, 'sample-dark-mode', { title: `${ws.items['sample-dark-mode']!.title}+` }, ctx),
      { squashKey: key },
    );

  it('makes ten changes in a row with one key one undo step, each saved at once', async () => {
    const before = useDocument.getState().past.length;
    for (let i = 0; i < 10; i++) {
      await nudge();
      vi.advanceTimersByTime(200);
    }
    expect(title()).toBe('Dashboard dark mode++++++++++');
    expect(saved).toHaveLength(10); // the last press is on disk, whatever happens next
    expect(useDocument.getState().past.length).toBe(before + 1);
    undo();
    expect(title()).toBe('Dashboard dark mode');
    redo();
    expect(title()).toBe('Dashboard dark mode++++++++++');
  });

  it('starts a new step after a pause, another key, or another change', async () => {
    const before = useDocument.getState().past.length;
    await nudge();
    vi.advanceTimersByTime(2000);
    await nudge(); // after a pause
    await nudge('other'); // another key
    await rename('Between'); // another change
    await nudge('other');
    expect(useDocument.getState().past.length).toBe(before + 5);
  });

  it('ends a burst when another window changes its record, so undo never overwrites that edit', async () => {
    await nudge();
    const ws = useDocument.getState().workspace;
    const theirs = updateItem(
      ws,
      'sample-dark-mode',
      { title: 'Renamed elsewhere' },
      {
        now: '2026-11-26T10:00:00.000Z',
        newId: () => 'x',
      },
    );
    applyRemoteChange(theirs);
    await nudge();
    expect(title()).toBe('Renamed elsewhere+');
    undo();
    expect(title()).toBe('Renamed elsewhere'); // their edit stays
    undo(); // the first press cannot be undone over their edit: refused, not overwritten
    expect(title()).toBe('Renamed elsewhere');
  });

  it('does not join a press to a burst whose record changed since, even within the window', async () => {
    await nudge();
    // Another window's edit arrives between the store and the burst bookkeeping: the
    // record no longer matches what the burst left, so the next press starts a new step.
    useDocument.setState((s) => ({
      workspace: {
        ...s.workspace,
        items: {
          ...s.workspace.items,
          'sample-dark-mode': { ...s.workspace.items['sample-dark-mode']!, title: 'X' },
        },
      },
    }));
    const before = useDocument.getState().past.length;
    await nudge();
    expect(useDocument.getState().past.length).toBe(before + 1);
  });

  it('puts the burst back as it was when one of its saves fails', async () => {
    await nudge();
    await nudge();
    failNext = new Error('disk on fire');
    await nudge();
    expect(title()).toBe('Dashboard dark mode++');
    expect(useDocument.getState().past.at(-1)!.ops[0]!.after).toMatchObject({
      title: 'Dashboard dark mode++',
    });
    undo();
    expect(title()).toBe('Dashboard dark mode');
  });
});
