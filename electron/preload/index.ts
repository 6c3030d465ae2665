/**
 * The preload: exposes one named function per IPC channel as window.launchControl. The
 * renderer never gets ipcRenderer itself; main validates every payload.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BACKUP_REQUEST_CHANNEL,
  CHANNELS,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
} from '../../shared/ipc/channels';
import type { DesktopApi } from '../../shared/ipc/contract';

const api = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, { url }),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo, {}),
  printToPdf: (request) => ipcRenderer.invoke(CHANNELS.printToPdf, request),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups, {}),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, { name }),
  onBackupRequest: (backUp) => {
    // Main waits for the answer (a few seconds at most) before it quits: answered however the
    // backup went, so a failed one never holds the app open.
    const answer = () =>
      void Promise.resolve()
        .then(backUp)
        .catch(() => undefined)
        .finally(() => void ipcRenderer.invoke(CHANNELS.backupDone, {}));
    ipcRenderer.on(BACKUP_REQUEST_CHANNEL, answer);
    return () => ipcRenderer.removeListener(BACKUP_REQUEST_CHANNEL, answer);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('launchControl', api);
