/**
 * The preload exposes one named function per channel as window.launchControl and never
 * ipcRenderer itself; menu commands are filtered to the known ones.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  /** What main would do with webContents.send(channel, ...args). */
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
  };
  return {
    listeners,
    ipcRenderer,
    emit,
    contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
  };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

/** Runs the preload afresh and returns what it exposed. */
async function loadPreload(): Promise<DesktopApi> {
  vi.resetModules();
  await import('../../../electron/preload');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('launchControl');
  return api as DesktopApi;
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.listeners.clear();
});

describe('the exposed api', () => {
  it('is exactly the named functions', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'onMenuCommand',
        'openExternal',
        'openFile',
        'printToPdf',
        'saveFile',
        'writeBackup',
        'listBackups',
        'readBackup',
        'onBackupRequest',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('does not hand out ipcRenderer or any of its methods', async () => {
    const api = await loadPreload();
    const exposed: unknown[] = Object.values(api);
    expect(exposed).not.toContain(fake.ipcRenderer);
    for (const method of Object.values(fake.ipcRenderer)) expect(exposed).not.toContain(method);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('invokes file:save with the request and returns the result', async () => {
    const api = await loadPreload();
    const request = { suggestedName: 'plan.json', content: '{}', filters: [] };
    fake.ipcRenderer.invoke.mockResolvedValue({ status: 'saved', path: '/tmp/plan.json' });
    await expect(api.saveFile(request)).resolves.toEqual({ status: 'saved', path: '/tmp/plan.json' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('file:save', request);
  });

  it('invokes file:open with the request', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue({ status: 'cancelled' });
    await expect(api.openFile({ filters: [] })).resolves.toEqual({ status: 'cancelled' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('file:open', { filters: [] });
  });

  it('wraps the URL for shell:open-external', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue(true);
    await expect(api.openExternal('https://example.com/')).resolves.toBe(true);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('shell:open-external', {
      url: 'https://example.com/',
    });
  });

  it('invokes app:info with an empty request', async () => {
    const api = await loadPreload();
    const info = { version: '1.0.0', platform: 'linux', dataPath: '/data' };
    fake.ipcRenderer.invoke.mockResolvedValue(info);
    await expect(api.appInfo()).resolves.toEqual(info);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
  });
});

describe('onMenuCommand', () => {
  it('forwards known menu commands, without the event', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith('menu:command', expect.any(Function));

    fake.emit('menu:command', 'undo');
    fake.emit('menu:command', 'view:settings');
    expect(listener.mock.calls).toEqual([['undo'], ['view:settings']]);
  });

  it.each([['delete-everything'], [''], [42], [undefined], [null], [{ command: 'undo' }], [['undo']]])(
    'ignores the unknown command %j',
    async (command) => {
      const api = await loadPreload();
      const listener = vi.fn();
      api.onMenuCommand(listener);
      fake.emit('menu:command', command);
      expect(listener).not.toHaveBeenCalled();
    },
  );

  it('ignores other channels', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    fake.emit('something:else', 'undo');
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns an unsubscribe that removes exactly its own listener', async () => {
    const api = await loadPreload();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onMenuCommand(first);
    api.onMenuCommand(second);

    unsubscribeFirst();
    const forward = fake.ipcRenderer.on.mock.calls[0]![1];
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);

    fake.emit('menu:command', 'redo');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('redo');
  });
});

describe('backups', () => {
  it('reads a backup by name only', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue({ status: 'read', json: '{}' });
    await api.readBackup('launch-control-backup-2026-11-27T17-20-05Z-manual.json');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('backup:read', {
      name: 'launch-control-backup-2026-11-27T17-20-05Z-manual.json',
    });
  });

  it('answers a request for a last backup once the backup has run, even when it failed', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue(undefined);
    let finish!: () => void;
    const backUp = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    api.onBackupRequest(backUp);
    fake.emit('backup:request');
    await vi.waitFor(() => expect(backUp).toHaveBeenCalledTimes(1));
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('backup:done', {}));

    const failing = vi.fn(() => Promise.reject(new Error('disk full')));
    fake.listeners.clear();
    api.onBackupRequest(failing);
    fake.emit('backup:request');
    await vi.waitFor(() => expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(2));
  });
});
