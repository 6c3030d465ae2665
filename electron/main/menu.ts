/**
 * The native menu. App commands (new item, import, export, undo, redo, views) are sent to the
 * focused window's renderer, which runs them through the same code as its own shortcuts.
 * Undo/Redo accelerators are shown but not registered: the renderer handles the keys itself,
 * so Ctrl+Z in a text field still undoes typing.
 */
import { app, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export function menuTemplate(
  send: (command: MenuCommand) => void,
  options: { isDev: boolean; platform: NodeJS.Platform; showAbout: () => void },
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator?: string,
    register = true,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: register,
    click: () => send(cmd),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Launch Item', 'new-item', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command('Import Workspace…', 'import-json', 'CmdOrCtrl+O'),
        {
          label: 'Export',
          submenu: [command('Workspace (JSON)…', 'export-json', 'CmdOrCtrl+Shift+E')],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z', false),
        command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z', false),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Board', 'view:board', 'Alt+1', false),
        command('Timeline', 'view:timeline', 'Alt+2', false),
        command('Launches', 'view:launches', 'Alt+3', false),
        command('Settings', 'view:settings', isMac ? 'Cmd+,' : 'Alt+9', isMac),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: `About ${app.getName()}`, click: options.showAbout }],
    },
  );
  return template;
}

export function sendToWindow(window: BrowserWindow | null, channel: string, command: MenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(channel, command);
}
