/**
 * The native menu sends app commands to the renderer; Undo/Redo show their keys without
 * registering them so text fields keep their own undo.
 */
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/channels';
import { APP_COMMANDS } from '../../../shared/ipc/app-commands';

const fake = vi.hoisted(() => ({ app: { getName: vi.fn(() => 'Launch Control') } }));

vi.mock('electron', () => ({ app: fake.app }));

import { menuTemplate, sendToWindow } from '../../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function build(options: { isDev?: boolean; platform?: NodeJS.Platform } = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const showAbout = vi.fn();
  const template = menuTemplate(send, {
    isDev: options.isDev ?? false,
    platform: options.platform ?? 'linux',
    showAbout,
  });
  return { template, send, showAbout };
}

function submenuOf(item: Item | undefined): Item[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label} has no submenu`);
  return item.submenu as Item[];
}

function top(template: Item[], label: string): Item[] {
  return submenuOf(template.find((item) => item.label === label));
}

function find(items: Item[], label: string): Item {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
}

function all(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu as Item[]) : [])]);
}

function click(item: Item): void {
  if (!item.click) throw new Error(`${item.label} has no click`);
  (item.click as () => void)();
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('menuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(build({ platform: 'win32' }).template.map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
  });

  it('puts the app menu first on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.slice(1).map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('has New Launch Item, Capture Feedback, the imports and an Export submenu in File', () => {
    const file = top(build().template, '&File');
    const labels = file.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role);
    expect(labels).toEqual([
      'New Launch Item',
      'Capture Feedback…',
      'Import Workspace…',
      'Import Feedback (CSV)…',
      'Export',
      'quit',
    ]);
    const exports = submenuOf(find(file, 'Export')).map((item) => item.label);
    expect(exports[0]).toBe('Workspace (JSON)…');
    expect(exports).toEqual(
      expect.arrayContaining(['Readiness Brief (Markdown)…', 'Portfolio Brief (Markdown)…']),
    );
  });

  it('closes the window on macOS instead of quitting from File', () => {
    const roles = top(build({ platform: 'darwin' }).template, '&File').map((item) => item.role);
    expect(roles).toContain('close');
    expect(roles).not.toContain('quit');
  });

  it.each<[string, string[], MenuCommand, string]>([
    ['&File', ['New Launch Item'], 'new-item', 'CmdOrCtrl+N'],
    ['&File', ['Import Workspace…'], 'import-json', 'CmdOrCtrl+O'],
    ['&File', ['Export', 'Workspace (JSON)…'], 'export-json', 'CmdOrCtrl+Shift+E'],
    ['&Edit', ['Undo'], 'undo', 'CmdOrCtrl+Z'],
    ['&Edit', ['Redo'], 'redo', 'CmdOrCtrl+Shift+Z'],
    ['&View', ['Command Palette…'], 'palette', 'CmdOrCtrl+K'],
    ['&View', ['Board'], 'view:board', 'Alt+1'],
    ['&View', ['Timeline'], 'view:timeline', 'Alt+2'],
    ['&View', ['Launches'], 'view:launches', 'Alt+3'],
    ['&View', ['Settings'], 'view:settings', 'Alt+9'],
  ])('%s › %j sends %s', (menu, path, command, accelerator) => {
    const { template, send } = build();
    let items = top(template, menu);
    let item = find(items, path[0]!);
    for (const label of path.slice(1)) {
      items = submenuOf(item);
      item = find(items, label);
    }
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(command);
  });

  it('reaches every menu command, and sends nothing else', () => {
    const { template, send } = build();
    for (const item of all(template)) if (item.click && !item.label?.startsWith('About')) click(item);
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it.each(['linux', 'darwin'] as const)(
    'shows every app command’s key and asks to register none on %s',
    (platform) => {
      // The renderer handles the keys, so a text field keeps Ctrl+Z and the browser build matches.
      const { template, send } = build({ platform });
      const items = all(template).filter((item) => item.click && !item.label?.startsWith('About'));
      expect(items).toHaveLength(MENU_COMMANDS.length);
      // Commands without keys (the exports reached from the menu and the palette) show none.
      const keyed = new Set<string>(
        APP_COMMANDS.filter((c) => c.keys.length > 0).map((c) => ('menuLabel' in c ? c.menuLabel : c.label)),
      );
      for (const item of items) {
        expect(item.registerAccelerator, item.label).toBe(false);
        expect(Boolean(item.accelerator), item.label).toBe(keyed.has(item.label!));
      }
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('uses the macOS shortcuts on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(find(top(template, '&Edit'), 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(find(top(template, '&View'), 'Settings').accelerator).toBe('CmdOrCtrl+,');
  });

  it('keeps the standard edit roles for text fields', () => {
    const roles = top(build().template, '&Edit').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers the developer tools only in development', () => {
    const roles = (isDev: boolean) => all(build({ isDev }).template).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
  });

  it('shows About with the app name in Help', () => {
    const { template, showAbout, send } = build();
    const about = find(top(template, '&Help'), 'About Launch Control');
    click(about);
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('sendToWindow', () => {
  function fakeWindow(destroyed: boolean) {
    const send = vi.fn();
    const window = { isDestroyed: () => destroyed, webContents: { send } };
    return { window: window as unknown as BrowserWindow, send };
  }

  it('sends the command to a live window', () => {
    const { window, send } = fakeWindow(false);
    sendToWindow(window, 'menu:command', 'undo');
    expect(send).toHaveBeenCalledWith('menu:command', 'undo');
  });

  it('does nothing for a destroyed window or no window', () => {
    const { window, send } = fakeWindow(true);
    sendToWindow(window, 'menu:command', 'undo');
    expect(send).not.toHaveBeenCalled();
    expect(() => sendToWindow(null, 'menu:command', 'undo')).not.toThrow();
  });
});
