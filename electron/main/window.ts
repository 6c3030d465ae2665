/**
 * The main window: locked-down webPreferences (docs/ARCHITECTURE.md, "Desktop shell") and a
 * remembered size and position.
 */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from './protocol';
import { guardUnsavedEdits } from './unload-guard';
import {
  DEFAULT_SIZE,
  loadWindowState,
  saveWindowState,
  saveWindowStateSync,
  type WindowState,
} from './window-state';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: true,
} as const;

export async function createMainWindow(): Promise<BrowserWindow> {
  const statePath = join(app.getPath('userData'), 'window-state.json');
  const saved = await loadWindowState(statePath);
  const window = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: 800,
    minHeight: 520,
    show: false,
    title: 'Launch Control',
    backgroundColor: '#f6f7f9',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  guardUnsavedEdits(window);

  // Losing the window position is harmless: failures to save it are never shown.
  const currentState = (): WindowState => ({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed() || window.isMinimized()) return;
      void saveWindowState(statePath, currentState()).catch(() => undefined);
    }, 400);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    // Saved at once, synchronously: the app may quit right after the last window closes.
    clearTimeout(timer);
    if (window.isMinimized()) return;
    try {
      saveWindowStateSync(statePath, currentState());
    } catch {
      // See above.
    }
  });

  const devServer = process.env.ELECTRON_RENDERER_URL;
  await (devServer && !app.isPackaged ? window.loadURL(devServer) : window.loadURL(APP_INDEX_URL));
  return window;
}
