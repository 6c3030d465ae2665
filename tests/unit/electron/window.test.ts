/**
 * The main window is created with the locked-down webPreferences, the remembered bounds, and
 * the packaged app:// page unless a dev server is running in an unpackaged build.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = () => void;
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    bounds = { x: 10, y: 20, width: 1200, height: 800 };
    maximized = false;
    destroyed = false;
    minimized = false;
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    show = vi.fn();
    webContents = { on: vi.fn() };
    loadURL = vi.fn(async (_url: string) => undefined);
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.instances.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string) {
      for (const listener of this.listeners.get(name) ?? []) listener();
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    isMaximized = () => this.maximized;
    getNormalBounds = () => this.bounds;
  }
  return {
    FakeBrowserWindow,
    app: { isPackaged: true, getPath: vi.fn<(name: string) => string>() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeBrowserWindow,
  screen: fake.screen,
  dialog: { showMessageBoxSync: vi.fn() },
}));

import { createMainWindow, SECURE_WEB_PREFERENCES } from '../../../electron/main/window';

let userData: string;

beforeEach(async () => {
  vi.clearAllMocks();
  fake.FakeBrowserWindow.instances = [];
  fake.app.isPackaged = true;
  userData = await mkdtemp(join(tmpdir(), 'lc-window-'));
  fake.app.getPath.mockImplementation((name) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return userData;
  });
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  await rm(userData, { recursive: true, force: true });
});

async function create() {
  const window = await createMainWindow();
  expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  const created = fake.FakeBrowserWindow.instances[0]!;
  expect(window).toBe(created);
  return created;
}

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  it('passes the secure webPreferences and the bundled preload to BrowserWindow', async () => {
    const { webPreferences } = (await create()).options;
    expect(webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.js$/),
    });
    expect(webPreferences?.contextIsolation).toBe(true);
    expect(webPreferences?.sandbox).toBe(true);
    expect(webPreferences?.nodeIntegration).toBe(false);
    expect(webPreferences?.webSecurity).toBe(true);
  });

  it('opens hidden at the default size and shows when ready', async () => {
    const window = await create();
    expect(window.options).toMatchObject({ width: 1360, height: 860, show: false, title: 'Launch Control' });
    expect(window.options.x).toBeUndefined();
    expect(window.maximize).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('restores the remembered bounds and maximised state', async () => {
    await writeFile(
      join(userData, 'window-state.json'),
      JSON.stringify({ x: 200, y: 100, width: 1500, height: 900, maximized: true }),
    );
    const window = await create();
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1500, height: 900 });
    expect(window.maximize).toHaveBeenCalledTimes(1);
  });

  it('loads the packaged app page, even if a dev server URL is set', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const window = await create();
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    expect(window.loadURL).toHaveBeenCalledWith('app://launch-control/index.html');
  });

  it('loads the dev server in an unpackaged build that has one', async () => {
    fake.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const window = await create();
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('loads the app page in an unpackaged build without a dev server', async () => {
    fake.app.isPackaged = false;
    const window = await create();
    expect(window.loadURL).toHaveBeenCalledWith('app://launch-control/index.html');
  });

  it('remembers the bounds a moment after the window moves', async () => {
    const window = await create();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    window.bounds = { x: 300, y: 150, width: 1400, height: 880 };
    window.emit('move');
    window.emit('resize');
    vi.advanceTimersByTime(399);
    vi.useRealTimers();
    await expect(readFile(join(userData, 'window-state.json'), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT',
    });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    window.emit('resize');
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    await vi.waitFor(async () => {
      expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toEqual({
        x: 300,
        y: 150,
        width: 1400,
        height: 880,
        maximized: false,
      });
    });
  });

  it('does not remember a minimised window', async () => {
    const window = await create();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    window.minimized = true;
    window.emit('move');
    vi.advanceTimersByTime(1000);
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(readFile(join(userData, 'window-state.json'), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('saves the last bounds at once when the window closes, without waiting', async () => {
    const window = await create();
    window.bounds = { x: 40, y: 60, width: 1000, height: 700 };
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    // Synchronous: the file is there before any timer or promise has run.
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 40,
      y: 60,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
});
