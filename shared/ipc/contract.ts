/**
 * The one IPC contract between the renderer and the main process. Every channel has a request
 * schema (checked in main before anything runs) and a result type. The preload exposes one
 * named function per channel; the renderer never sees ipcRenderer.
 */
import { z } from 'zod';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from './channels';

export { CHANNELS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommand } from './channels';

const MAX_FILE_CHARS = 256 * 1024 * 1024;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => !/[\\/:*?"<>|\0]/.test(name), 'A file name cannot contain path characters'),
    content: z.string().max(MAX_FILE_CHARS),
    filters: z.array(fileFilterSchema).max(10),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export type SaveFileResult =
  { status: 'saved'; path: string } | { status: 'cancelled' } | { status: 'failed'; message: string };

export const openFileRequestSchema = z.object({ filters: z.array(fileFilterSchema).max(10) }).strict();
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export type OpenFileResult =
  /** `warning` is set when the file was not UTF-8 and its encoding was a guess (text-decode.ts). */
  | { status: 'opened'; name: string; content: string; warning: string | null }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export const openExternalRequestSchema = z.object({ url: z.string().max(4096) }).strict();
export type OpenExternalRequest = z.infer<typeof openExternalRequestSchema>;

export const appInfoRequestSchema = z.object({}).strict();
export interface AppInfo {
  version: string;
  platform: string;
  /** Where the desktop app keeps its data (the browser build has no path to show). */
  dataPath: string | null;
}

/** Channel names (area:verb) with their request schemas; main binds exactly these. */
export const IPC_CHANNELS = {
  [CHANNELS.saveFile]: saveFileRequestSchema,
  [CHANNELS.openFile]: openFileRequestSchema,
  [CHANNELS.openExternal]: openExternalRequestSchema,
  [CHANNELS.appInfo]: appInfoRequestSchema,
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;

export interface IpcResults {
  'file:save': SaveFileResult;
  'file:open': OpenFileResult;
  'shell:open-external': boolean;
  'app:info': AppInfo;
}
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]>;

export const menuCommandSchema = z.enum(MENU_COMMANDS as [MenuCommand, ...MenuCommand[]]);

/** What the preload exposes as window.launchControl. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Only these URLs may leave the app for the system browser. */
export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
