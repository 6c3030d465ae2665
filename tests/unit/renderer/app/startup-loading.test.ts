/**
 * While startup is still reading part of the workspace (`loading`), nothing can be changed: a
 * change, an undo or a redo is refused up front with a clear message, and nothing is saved.
 * Which places can be drawn before the whole workspace is read (first-screen.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeBuilder, type Change } from '../../../../shared/domain/change';
import { updateItem } from '../../../../shared/domain/items/commands';
import { TABLES } from '../../../../shared/domain/workspace';
import { commit, connectSession, redo, run, STILL_OPENING, undo } from '../../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../../renderer/state/document';
import { useWindow } from '../../../../renderer/state/window';
import { useStorage } from '../../../../renderer/state/storage';
import { canShowWhileLoading, tablesReadFirst, tablesReadLater } from '../../../../renderer/app/first-screen';
import { sample } from '../../../fixtures/workspace';

let saved: Change[];

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  useStorage.setState({ status: 'ok' });
  useWindow.setState({ toasts: [] });
  connectSession({ persist: async (change) => void saved.push(change), broadcast: () => undefined });
});
afterEach(() => {
  connectSession(null);
  vi.useRealTimers();
});

const rename = (ws = sample()) =>
  new ChangeBuilder(ws).put('items', { ...ws.items['sample-dark-mode']!, title: 'Renamed' }).build('Rename');
const messages = () => useWindow.getState().toasts.map((t) => t.message);

describe('changes while the workspace is still being read', () => {
  it('refuses a change, an undo and a redo with the reason, saving nothing', async () => {
    const ws = sample();
    const earlier = rename(ws);
    useDocument.setState(
      {
        ...initialDocument,
        workspace: ws,
        phase: 'ready',
        loading: new Set(['readiness']),
        past: [earlier],
        future: [earlier],
      },
      true,
    );
    expect(await commit(rename(ws))).toBe(false);
    undo();
    redo();
    // Each of the three says why (toasts last 10 s).
    expect(messages()).toEqual([STILL_OPENING, STILL_OPENING, STILL_OPENING]);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([]);
    expect(useDocument.getState().workspace).toBe(ws);
    expect(useDocument.getState().past).toEqual([earlier]);
    expect(useDocument.getState().future).toEqual([earlier]);
  });

  it('does not even work out a command against part of the workspace', async () => {
    useDocument.setState(
      { ...initialDocument, workspace: sample(), phase: 'ready', loading: new Set(['readiness']) },
      true,
    );
    const command = vi.fn((ws, ctx) => updateItem(ws, 'sample-dark-mode', { title: 'Renamed' }, ctx));
    const result = await run(command);
    expect(command).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: STILL_OPENING }] });
    expect(saved).toEqual([]);
  });

  it('saves as usual once the whole workspace is read', async () => {
    useDocument.setState(
      { ...initialDocument, workspace: sample(), phase: 'ready', loading: new Set() },
      true,
    );
    expect(await commit(rename())).toBe(true);
    expect(saved).toHaveLength(1);
    expect(useDocument.getState().workspace.items['sample-dark-mode']!.title).toBe('Renamed');
  });
});

describe('the first screen', () => {
  const timeline = { view: 'timeline' as const, pageOpen: false, briefOpen: false };

  it('is drawn early only on the timeline, which can wait for the readiness lines', () => {
    expect(tablesReadLater(timeline)).toEqual(['readiness']);
    expect([...tablesReadFirst(timeline)].sort()).toEqual(TABLES.filter((t) => t !== 'readiness').sort());
    expect(canShowWhileLoading(timeline, new Set(['readiness']))).toBe(true);
    expect(canShowWhileLoading(timeline, new Set(['readiness', 'items']))).toBe(false);
  });

  it('is drawn before anything is read on the timeline alone, from a first screen an earlier window kept', () => {
    expect(canShowWhileLoading(timeline, new Set(TABLES), true)).toBe(true);
    expect(canShowWhileLoading(timeline, new Set(TABLES), false)).toBe(false);
    for (const place of [
      { view: 'board' as const, pageOpen: false, briefOpen: false },
      { view: 'timeline' as const, pageOpen: true, briefOpen: false },
      { view: 'timeline' as const, pageOpen: false, briefOpen: true },
    ])
      expect(canShowWhileLoading(place, new Set(TABLES), true)).toBe(false);
  });

  it('waits for the whole workspace anywhere else: board, launches, matrix, a launch page, a brief', () => {
    for (const place of [
      { view: 'board' as const, pageOpen: false, briefOpen: false },
      { view: 'launches' as const, pageOpen: false, briefOpen: false },
      { view: 'matrix' as const, pageOpen: false, briefOpen: false },
      { view: 'timeline' as const, pageOpen: true, briefOpen: false },
      { view: 'timeline' as const, pageOpen: false, briefOpen: true },
    ]) {
      expect(tablesReadLater(place)).toEqual([]);
      expect(tablesReadFirst(place).size).toBe(TABLES.length);
      expect(canShowWhileLoading(place, new Set(['readiness']))).toBe(false);
      expect(canShowWhileLoading(place, new Set())).toBe(true);
    }
  });
});
