/**
 * Channel names alone, with no dependencies, so the sandboxed preload can import them
 * without bundling the schemas (main checks payloads; the preload only forwards them).
 */
export const CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  appInfo: 'app:info',
} as const;

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = [
  'new-item',
  'import-json',
  'export-json',
  'undo',
  'redo',
  'view:board',
  'view:timeline',
  'view:launches',
  'view:settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
