/**
 * The native menu. Its app commands come from the one command table (shared/ipc/app-commands):
 * a click sends the command's id to the focused window, whose command registry runs it, the
 * same as its key or the command palette. On Windows and Linux accelerators are shown but not
 * registered: the renderer handles every key itself, so keys work alike in the browser build
 * and a text field keeps Ctrl+Z for its own typing. (macOS always registers menu
 * accelerators; the command then arrives as a menu click and runs the same way — Undo while
 * typing undoes the typing there too.)
 */
import { app, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, toAccelerator, type MenuSection } from '../../shared/ipc/app-commands';
import type { MenuCommand } from '../../shared/ipc/contract';

export function menuTemplate(
  send: (command: MenuCommand) => void,
  options: { isDev: boolean; platform: NodeJS.Platform; showAbout: () => void },
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const section = (name: MenuSection): MenuItemConstructorOptions[] =>
    APP_COMMANDS.filter((c) => c.menu === name).map((c) => {
      const label: string = 'menuLabel' in c ? c.menuLabel : c.label;
      // A menu shows a key with a modifier (Settings sits at Cmd+, on a Mac, by convention).
      const key = c.keys.find((k) => (isMac ? /^Mod\+/ : /^(Mod|Alt)\+/).test(k)) ?? c.keys[0];
      return {
        label,
        accelerator: key ? toAccelerator(key) : undefined,
        registerAccelerator: false,
        click: () => send(c.id),
      };
    });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        ...section('file'),
        { type: 'separator' },
        ...section('file-data'),
        { label: 'Export', submenu: section('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        ...section('edit'),
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
        ...section('view'),
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
      submenu: [
        ...section('help'),
        { type: 'separator' },
        { label: `About ${app.getName()}`, click: options.showAbout },
      ],
    },
  );
  return template;
}

export function sendToWindow(window: BrowserWindow | null, channel: string, command: MenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(channel, command);
}
