/**
 * Binds the IPC contract of shared/ipc. Every request is checked twice before any handler
 * runs: it must come from the app's own top-level frame, and its payload must match the
 * channel's schema. Anything else is refused with a clear error.
 */
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IPC_CHANNELS, type IpcChannel, type IpcRequest, type IpcResults } from '../../shared/ipc/contract';
import { decodeText } from '../../shared/formats/text-decode';
import { describeFileError, writeFileAtomic } from './files';
import { isAppUrl, openExternalSafely } from './security';
import { printToPdf } from './print';
import { BackupFolder, backupAnswered } from './backups';

const MAX_OPEN_BYTES = 256 * 1024 * 1024;

type Handler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResults[C]>;

/** Only the top frame of one of the app's windows, showing the app, may call main. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isAppUrl(frame.url);
}

export function handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    if (!isTrustedSender(event))
      throw new Error(`Refused ${channel}: the request did not come from Launch Control.`);
    const parsed = IPC_CHANNELS[channel].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `Refused ${channel}: invalid request (${issue?.path.join('.') || 'payload'}: ${issue?.message}).`,
      );
    }
    return handler(parsed.data as IpcRequest<C>, event);
  });
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

export function bindIpc(): void {
  handle('file:save', async (request, event) => {
    const options = {
      defaultPath: join(app.getPath('documents'), request.suggestedName),
      filters: request.filters,
    };
    const window = windowOf(event);
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    try {
      // Binary exports (PNG, PDF) arrive as base64, checked by the schema; written as bytes.
      const content =
        request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content;
      await writeFileAtomic(choice.filePath, content);
      return { status: 'saved', path: choice.filePath };
    } catch (error) {
      return { status: 'failed', message: describeFileError(error) };
    }
  });

  handle('file:open', async (request, event) => {
    const options = { properties: ['openFile' as const], filters: request.filters };
    const window = windowOf(event);
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { status: 'cancelled' };
    try {
      if ((await stat(path)).size > MAX_OPEN_BYTES)
        return {
          status: 'failed',
          message: `${basename(path)} is larger than 256 MB; it cannot be a workspace file.`,
        };
      // Decoded here as in the browser: a file that is not UTF-8 comes with a warning.
      const { text, warning } = decodeText(await readFile(path));
      return { status: 'opened', name: basename(path), content: text, warning };
    } catch (error) {
      return { status: 'failed', message: describeFileError(error) };
    }
  });

  handle('print:to-pdf', printToPdf);

  handle('shell:open-external', async (request) => openExternalSafely(request.url));

  // Rolling backups in <userData>/backups (backups.ts); bound once the app is ready.
  const backups = new BackupFolder(join(app.getPath('userData'), 'backups'));
  handle('backup:write', (request) => backups.write(request));
  handle('backup:list', () => backups.list());
  handle('backup:read', (request) => backups.read(request.name));
  handle('backup:done', async (_request, event) => backupAnswered(event.sender.id));

  handle('app:info', async () => ({
    version: app.getVersion(),
    platform: process.platform,
    dataPath: app.getPath('userData'),
  }));
}
