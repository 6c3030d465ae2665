/**
 * Channel names alone, with no dependencies, so the sandboxed preload can import them
 * without bundling the schemas (main checks payloads; the preload only forwards them).
 */
import { APP_COMMAND_IDS, type AppCommandId } from './app-commands';

export const CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  appInfo: 'app:info',
  printToPdf: 'print:to-pdf',
} as const;

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The commands a native menu item may send: every app command, by id. */
export const MENU_COMMANDS = APP_COMMAND_IDS;
export type MenuCommand = AppCommandId;
