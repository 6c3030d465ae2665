/**
 * The one IPC contract between the renderer and the main process. Every channel has a request
 * schema (checked in main before anything runs) and a result type. The preload exposes one
 * named function per channel; the renderer never sees ipcRenderer.
 */
import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from './channels';
import {
  BACKUP_REASONS,
  parseBackupName,
  type BackupReason,
  type BackupTableCounts,
} from '../formats/backups';

export {
  BACKUP_REQUEST_CHANNEL,
  CHANNELS,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
} from './channels';

const MAX_FILE_CHARS = 256 * 1024 * 1024;

export const fileFilterSchema = lazySchema(() =>
  z.object({
    name: z.string().min(1).max(80),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
      .min(1)
      .max(10),
  }),
);
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name the save dialog may suggest: no folders, nothing a file system refuses. */
export const suggestedFileNameSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/:*?"<>|\0]/.test(name), 'A file name cannot contain path characters'),
);

/** Standard base64 (what btoa writes): whole groups of four, padding only at the end. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const saveFileRequestSchema = lazySchema(() =>
  z
    .object({
      suggestedName: suggestedFileNameSchema,
      content: z.string().max(MAX_FILE_CHARS),
      filters: z.array(fileFilterSchema).max(10),
      /**
       * 'base64' when `content` carries bytes (a PNG, a PDF): main decodes it and writes the
       * bytes. Text (the default, 'utf8') is written as UTF-8.
       */
      encoding: z.enum(['utf8', 'base64']).optional(),
    })
    .strict()
    .refine((request) => request.encoding !== 'base64' || BASE64.test(request.content), {
      message: 'Binary content must be base64',
      path: ['content'],
    }),
);
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export type SaveFileResult =
  { status: 'saved'; path: string } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** The page sizes a PDF of the window can be printed on; Slide is 16:9 (13.333 × 7.5 in). */
export const PDF_PAGE_SIZES = ['A4', 'Letter', 'Slide'] as const;
export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number];

export const printToPdfRequestSchema = lazySchema(() =>
  z
    .object({
      suggestedName: suggestedFileNameSchema,
      pageSize: z.enum(PDF_PAGE_SIZES),
      landscape: z.boolean(),
    })
    .strict(),
);
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export const openFileRequestSchema = lazySchema(() =>
  z.object({ filters: z.array(fileFilterSchema).max(10) }).strict(),
);
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export type OpenFileResult =
  /** `warning` is set when the file was not UTF-8 and its encoding was a guess (text-decode.ts). */
  | { status: 'opened'; name: string; content: string; warning: string | null }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export const openExternalRequestSchema = lazySchema(() => z.object({ url: z.string().max(4096) }).strict());
export type OpenExternalRequest = z.infer<typeof openExternalRequestSchema>;

export const appInfoRequestSchema = lazySchema(() => z.object({}).strict());
export interface AppInfo {
  version: string;
  platform: string;
  /** Where the desktop app keeps its data (the browser build has no path to show). */
  dataPath: string | null;
}

/** A backup to write: the workspace file's content, why and when it was taken, and its counts. */
export const backupWriteRequestSchema = lazySchema(() =>
  z
    .object({
      takenAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Not a time'),
      reason: z.enum(BACKUP_REASONS),
      /** In words, as the person reads it ("Before importing plan.json"). */
      description: z.string().max(500),
      json: z.string().min(1).max(MAX_FILE_CHARS),
      /** Records per table, so listing never parses the files. */
      tables: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.number().int().min(0)),
      /** The content's fingerprint without its export time (shared/formats/backups.ts). */
      contentHash: z.string().max(100),
    })
    .strict(),
);
export type BackupWriteRequest = z.infer<typeof backupWriteRequestSchema>;

export const backupListRequestSchema = lazySchema(() => z.object({}).strict());

/** A backup is read by its file name, and only a name the app writes (no folders). */
export const backupReadRequestSchema = lazySchema(() =>
  z
    .object({
      name: z
        .string()
        .max(200)
        .refine((name) => parseBackupName(name) !== null, 'Not the name of a backup'),
    })
    .strict(),
);

export const backupDoneRequestSchema = lazySchema(() => z.object({}).strict());

/** A backup as listed: its file name identifies it. */
export interface BackupFileSummary {
  name: string;
  takenAt: string;
  reason: BackupReason;
  description: string;
  bytes: number;
  tables: BackupTableCounts;
  /** Null for a backup listed from its file alone (written elsewhere or by an older app). */
  contentHash: string | null;
}

export type BackupWriteResult =
  { status: 'saved'; backup: BackupFileSummary } | { status: 'failed'; message: string };
export type BackupListResult =
  { status: 'listed'; backups: BackupFileSummary[] } | { status: 'failed'; message: string };
export type BackupReadResult = { status: 'read'; json: string } | { status: 'failed'; message: string };

/** Channel names (area:verb) with their request schemas; main binds exactly these. */
export const IPC_CHANNELS = {
  [CHANNELS.saveFile]: saveFileRequestSchema,
  [CHANNELS.openFile]: openFileRequestSchema,
  [CHANNELS.openExternal]: openExternalRequestSchema,
  [CHANNELS.appInfo]: appInfoRequestSchema,
  [CHANNELS.printToPdf]: printToPdfRequestSchema,
  [CHANNELS.writeBackup]: backupWriteRequestSchema,
  [CHANNELS.listBackups]: backupListRequestSchema,
  [CHANNELS.readBackup]: backupReadRequestSchema,
  [CHANNELS.backupDone]: backupDoneRequestSchema,
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;

export interface IpcResults {
  'file:save': SaveFileResult;
  'file:open': OpenFileResult;
  'shell:open-external': boolean;
  'app:info': AppInfo;
  'print:to-pdf': SaveFileResult;
  'backup:write': BackupWriteResult;
  'backup:list': BackupListResult;
  'backup:read': BackupReadResult;
  'backup:done': void;
}
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]>;

export const menuCommandSchema = lazySchema(() => z.enum(MENU_COMMANDS as [MenuCommand, ...MenuCommand[]]));

/** What the preload exposes as window.launchControl. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /**
   * Prints the calling window (its print styles apply) to a PDF and saves it. The desktop app
   * asks where through the native save dialog. A browser cannot write a PDF itself: it opens
   * the print dialog, where the person picks "Save as PDF", and resolves 'cancelled' because
   * the app saved nothing.
   */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Writes a backup to the backups folder (atomically), then deletes those rotated out. */
  writeBackup(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** The backups on disk, newest first. */
  listBackups(): Promise<BackupListResult>;
  readBackup(name: string): Promise<BackupReadResult>;
  /**
   * When the app is about to quit, main asks for a last backup: `backUp` runs (it writes one
   * if anything changed), then main is told it may quit. Returns the unsubscribe function.
   */
  onBackupRequest(backUp: () => Promise<void>): () => void;
}

/** The DesktopApi functions that reach the backups folder (the browser keeps backups itself). */
export type BackupFiles = Pick<DesktopApi, 'writeBackup' | 'listBackups' | 'readBackup' | 'onBackupRequest'>;

/** Only these URLs may leave the app for the system browser. */
export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
