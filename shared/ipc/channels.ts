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
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  /** The renderer's answer to BACKUP_REQUEST_CHANNEL: its last backup is written (or not needed). */
  backupDone: 'backup:done',
} as const;

/** Main → renderer: the app is about to quit; write a last backup and answer on backup:done. */
export const BACKUP_REQUEST_CHANNEL = 'backup:request';

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The commands a native menu item may send: every app command, by id. */
export const MENU_COMMANDS = APP_COMMAND_IDS;
export type MenuCommand = AppCommandId;
