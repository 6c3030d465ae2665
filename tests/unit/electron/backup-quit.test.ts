/**
 * Quitting asks each window for a last backup and waits for its answer — at most a few
 * seconds — before it goes ahead. Electron's app and windows are faked.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
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
  const window = {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    close: vi.fn(() => {
      const event = { preventDefault: vi.fn() };
      events.emit('close', event);
      if (!event.preventDefault.mock.calls.length) window.destroyed = true;
    }),
    on: (name: string, listener: Parameters<EventEmitter['on']>[1]) => events.on(name, listener),
    webContents: { id: nextId++, send: vi.fn() },
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

  it('asks again after a quit that was cancelled, once a window has the focus again', async () => {
    start();
    const window = openWindow();
    app.quit();
    backupAnswered(window.webContents.id);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    app.emit('browser-window-focus');
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
