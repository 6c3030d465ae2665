/**
 * A full disk: the person reads "the disk is full" (never LevelDB's text), the window goes
 * read-only instead of rolling back edit after edit, and it reconnects without a reload once
 * a test write lands again.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateItem } from '../../../shared/domain/items/commands';
import type { Change } from '../../../shared/domain/change';
import { LaunchControlDb } from '../../../renderer/data/db';
import { META_STORE } from '../../../renderer/data/layout';
import { StorageClosedError, isConnectionLost, isSpaceError } from '../../../renderer/data/storage-errors';
import { commit, connectSession, run, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { cannotSave, useStorage } from '../../../renderer/state/storage';
import { useWindow } from '../../../renderer/state/window';
import { watchStorage } from '../../../renderer/app/storage-watch';
import { sample } from '../../fixtures/workspace';

describe('recognising storage errors', () => {
  it.each([
    ['a QuotaExceededError', new DOMException('x', 'QuotaExceededError')],
    [
      'Dexie wrapping one',
      { name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError', message: '' } },
    ],
    ['LevelDB out of space', new Error('Internal error: IO error: /idb/000003.log: No space left on device')],
    ['Chromium file error', { name: 'UnknownError', message: 'FILE_ERROR_NO_SPACE' }],
    ['Node', new Error('ENOSPC: no space left on device, write')],
  ])('%s is a full disk', (_name, error) => {
    expect(isSpaceError(error)).toBe(true);
  });

  it.each([
    new Error('A launch item was written under id "x" but has a different id.'),
    new DOMException('x', 'ConstraintError'),
    null,
    'text',
  ])('%s is not', (error) => {
    expect(isSpaceError(error)).toBe(false);
  });

  it('tells a lost connection from refused data', () => {
    expect(isConnectionLost(new StorageClosedError())).toBe(true);
    expect(isConnectionLost(new DOMException('closing', 'InvalidStateError'))).toBe(true);
    expect(isConnectionLost(new DOMException('x', 'QuotaExceededError'))).toBe(false);
  });
});

describe('a full disk in the change path', () => {
  let failWith: unknown = null;
  let saved: Change[] = [];
  beforeEach(() => {
    failWith = null;
    saved = [];
    useDocument.setState({ ...initialDocument, workspace: sample(), phase: 'ready' }, true);
    useStorage.setState({ status: 'ok' });
    useWindow.setState({ toasts: [] });
    connectSession({
      persist: async (change) => {
        if (failWith) throw failWith;
        saved.push(change);
      },
      broadcast: () => {},
    });
  });
  afterEach(() => connectSession(null));

  const title = () => useDocument.getState().workspace.items['sample-dark-mode']!.title;
  const rename = (to: string) => run((ws, ctx) => updateItem(ws, 'sample-dark-mode', { title: to }, ctx));
  const lastToast = () => useWindow.getState().toasts.at(-1)?.message;

  it('says the disk is full, rolls back, and refuses further edits up front until space returns', async () => {
    failWith = new DOMException('Internal error: LevelDB write failed', 'QuotaExceededError');
    expect(await rename('First')).toMatchObject({ ok: false });
    expect(title()).toBe('Dashboard dark mode');
    expect(lastToast()).toBe('Could not save “Edit “First””: the disk is full. Nothing was changed.');
    expect(useStorage.getState().status).toBe('full');
    failWith = null;
    expect(await rename('Second')).toMatchObject({ ok: false });
    expect(title()).toBe('Dashboard dark mode'); // never applied, so nothing flickers
    expect(lastToast()).toBe(cannotSave());
    expect(lastToast()).toMatch(/^The disk is full/);
    expect(saved).toEqual([]);
    useStorage.setState({ status: 'ok' });
    expect(await rename('Third')).toMatchObject({ ok: true });
    expect(saved).toHaveLength(1);
  });

  it('a lost connection goes read-only too, with its own reason', async () => {
    failWith = new StorageClosedError();
    await rename('First');
    expect(useStorage.getState().status).toBe('lost');
    expect(lastToast()).toMatch(/the connection to the workspace database was lost/);
  });

  it('undo is refused while read-only and stays on the history', async () => {
    await rename('First');
    useStorage.setState({ status: 'full' });
    undo();
    expect(title()).toBe('First');
    expect(useDocument.getState().past).toHaveLength(1);
  });

  it('says “undone” only once the undo is saved', async () => {
    await rename('First');
    let land!: () => void;
    connectSession({ persist: () => new Promise<void>((resolve) => (land = resolve)), broadcast: () => {} });
    undo();
    expect(title()).toBe('Dashboard dark mode');
    expect(lastToast()).toBeUndefined();
    land();
    await vi.waitFor(() => expect(lastToast()).toBe('Undid “Edit “First””'));
  });

  it('commit of nothing is fine even when read-only', async () => {
    useStorage.setState({ status: 'full' });
    expect(await commit({ label: 'none', ops: [] })).toBe(true);
  });
});

describe('reconnecting', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
  });

  it('retries a test write until it lands, reopening a closed connection, then saves again', async () => {
    useStorage.setState({ status: 'ok' });
    useWindow.setState({ toasts: [] });
    const db = new LaunchControlDb(`watch-${Date.now()}`);
    await db.open();
    const put = IDBObjectStore.prototype.put;
    let full = true;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const reconnected = vi.fn();
    stop = watchStorage(db, { retired: () => false, onReconnected: reconnected, retryMs: 5 });
    db.close({ disableAutoOpen: false }); // as the browser does after an I/O failure
    useStorage.setState({ status: 'full' });
    await new Promise((r) => setTimeout(r, 60));
    expect(useStorage.getState().status).toBe('full');
    expect(reconnected).not.toHaveBeenCalled();
    full = false;
    await vi.waitFor(() => expect(useStorage.getState().status).toBe('ok'));
    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(true);
    expect(await db.table(META_STORE).get('probe')).toMatchObject({ key: 'probe' });
    expect(useWindow.getState().toasts.at(-1)?.message).toMatch(/^Saving again/);
    db.close();
  });

  it('never reconnects a window retired by an upgrade in another window', async () => {
    useStorage.setState({ status: 'ok' });
    const db = new LaunchControlDb(`retired-${Date.now()}`);
    await db.open();
    db.close();
    stop = watchStorage(db, { retired: () => true, onReconnected: () => {}, retryMs: 5 });
    useStorage.setState({ status: 'lost' });
    await new Promise((r) => setTimeout(r, 40));
    expect(db.isOpen()).toBe(false);
    expect(useStorage.getState().status).toBe('lost');
  });
});
