/**
 * Quitting asks each window for a last backup and waits for its answer — at most a few
 * seconds, longer only while a backup is being written — before it goes ahead; an answered
 * quit lets its windows close and is forgotten once cancelled. Electron's app and windows are faked.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackupFolder,
  QUIT_ANSWER_KEPT_MS,
  QUIT_BACKUP_HARD_CAP_MS,
  QUIT_BACKUP_TIMEOUT_MS,
  backUpBeforeQuit,
  backupAnswered,
  type QuitBackupHost,
  type QuitBackupWindow,
} from '../../../electron/main/backups';
import { BACKUP_REQUEST_CHANNEL } from '../../../shared/ipc/channels';

let nextId = 1;

function fakeWindow() {
  const events = new EventEmitter();
  const contentsEvents = new EventEmitter();
  const window = {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    close: vi.fn(() => {
      const event = { preventDefault: vi.fn() };
      events.emit('close', event);
      if (!event.preventDefault.mock.calls.length) window.destroyed = true;
    }),
    on: (name: string, listener: Parameters<EventEmitter['on']>[1]) => events.on(name, listener),
    webContents: {
      id: nextId++,
      send: vi.fn(),
      on: (name: string, listener: Parameters<EventEmitter['on']>[1]) => contentsEvents.on(name, listener),
    },
    /** The renderer refused to unload (unsaved edits): the close or quit is cancelled. */
    refuseUnload: () => contentsEvents.emit('will-prevent-unload'),
  };
  return window;
}

function fakeApp() {
  const events = new EventEmitter();
  const app = {
    on: (name: string, listener: Parameters<EventEmitter['on']>[1]) => events.on(name, listener),
    emit: (name: string, ...args: unknown[]) => events.emit(name, ...args),
    /** Electron's quit: before-quit first; quitting goes on unless it was prevented. */
    quit: vi.fn(() => {
      const event = { preventDefault: vi.fn() };
      events.emit('before-quit', event);
      app.quitting = !event.preventDefault.mock.calls.length;
    }),
    quitting: false,
  };
  return app;
}

let app: ReturnType<typeof fakeApp>;
let windows: ReturnType<typeof fakeWindow>[];

function start() {
  app = fakeApp();
  windows = [];
  backUpBeforeQuit(app as unknown as QuitBackupHost, () => windows as unknown as QuitBackupWindow[]);
}

function openWindow() {
  const window = fakeWindow();
  windows.push(window);
  app.emit('browser-window-created', {}, window);
  return window;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a last backup before quitting', () => {
  it('holds the quit, asks the window, and quits once it answers', async () => {
    start();
    const window = openWindow();
    app.quit();
    expect(app.quitting).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith(BACKUP_REQUEST_CHANNEL);
    expect(app.quit).toHaveBeenCalledTimes(1);
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    expect(app.quitting).toBe(true);
    // Quitting closes the windows: they are not asked again.
    window.close();
    expect(window.destroyed).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('quits anyway when a window does not answer in time', async () => {
    start();
    openWindow();
    app.quit();
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(app.quitting).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quitting).toBe(true);
  });

  it('asks only once while waiting, however often quit is chosen', async () => {
    start();
    const window = openWindow();
    app.quit();
    app.quit();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
  });

  it('asks again after a quit that was cancelled without a word, once the answer is forgotten', async () => {
    start();
    const window = openWindow();
    app.quit();
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    // Cancelled (the window stays open); a focus alone may be a window closing during the quit.
    app.emit('browser-window-focus');
    await vi.advanceTimersByTimeAsync(QUIT_ANSWER_KEPT_MS);
    app.quit();
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('quits at once when there is no window to ask', () => {
    start();
    app.quit();
    expect(app.quitting).toBe(true);
  });

  it('asks before the last window closes (which quits the app on Windows and Linux)', async () => {
    start();
    const first = openWindow();
    const last = openWindow();
    first.close();
    expect(first.destroyed).toBe(true);
    expect(first.webContents.send).not.toHaveBeenCalled();
    windows = windows.filter((w) => !w.destroyed);
    last.close();
    expect(last.destroyed).toBe(false);
    expect(last.webContents.send).toHaveBeenCalledWith(BACKUP_REQUEST_CHANNEL);
    backupAnswered(last.webContents.id);
    await vi.waitFor(() => expect(last.destroyed).toBe(true));
    // The quit that follows the last window closing goes straight through.
    windows = [];
    app.quit();
    expect(app.quitting).toBe(true);
  });
});

describe('the way through after an answer', () => {
  it('never holds a window closing during a quit that was let through, even when another window gets the focus', async () => {
    start();
    const first = openWindow();
    const second = openWindow();
    app.quit();
    backupAnswered(first.webContents.id);
    backupAnswered(second.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    // Quitting closes the windows one by one; the one left gets the focus in between.
    first.close();
    windows = windows.filter((w) => !w.destroyed);
    app.emit('browser-window-focus');
    second.close();
    expect(second.destroyed).toBe(true);
    expect(second.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('asks again after a quit that a window refused (unsaved edits), without waiting for the focus', async () => {
    start();
    const window = openWindow();
    app.quit();
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    window.refuseUnload();
    app.quit();
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('forgets an answer that nothing followed up, so a later quit asks again', async () => {
    start();
    const window = openWindow();
    window.close();
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    // macOS: the app stays open without a window, and no window gets the focus again.
    const next = openWindow();
    windows = [next];
    await vi.advanceTimersByTimeAsync(QUIT_ANSWER_KEPT_MS);
    app.quit();
    expect(app.quitting).toBe(false);
    expect(next.webContents.send).toHaveBeenCalledWith(BACKUP_REQUEST_CHANNEL);
  });

  it('closes a window that is not the last without holding it (the others back up what it saved)', () => {
    start();
    const first = openWindow();
    openWindow();
    first.close();
    expect(first.destroyed).toBe(true);
    expect(first.webContents.send).not.toHaveBeenCalled();
  });
});

describe('a backup being written when the time is up', () => {
  function slowFolder() {
    let finishWrite: () => void = () => {};
    const folder = new BackupFolder('/nowhere');
    // The write reaches main and stays under way until the test lets it finish.
    vi.spyOn(folder as unknown as { writeNow: () => Promise<unknown> }, 'writeNow').mockImplementation(
      () => new Promise((resolve) => (finishWrite = () => resolve({ status: 'saved' }))),
    );
    return { folder, finish: () => finishWrite() };
  }

  it('is waited for past the usual limit, and quitting goes on once it is written', async () => {
    start();
    const window = openWindow();
    const { folder, finish } = slowFolder();
    app.quit();
    const written = folder.write({} as never);
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS + 1000);
    expect(app.quitting).toBe(false);
    finish();
    await written;
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
  });

  it('is not waited for past the hard cap', async () => {
    start();
    openWindow();
    const { folder, finish } = slowFolder();
    app.quit();
    const written = folder.write({} as never);
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_HARD_CAP_MS - 1);
    expect(app.quitting).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quitting).toBe(true);
    // Finished for the tests that follow (main's writes under way are one set).
    finish();
    await written;
  });

  it('quits at the usual limit when the write has finished by then', async () => {
    start();
    openWindow();
    const { folder, finish } = slowFolder();
    app.quit();
    const written = folder.write({} as never);
    await vi.advanceTimersByTimeAsync(0);
    finish();
    await written;
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS);
    expect(app.quitting).toBe(true);
  });
});
