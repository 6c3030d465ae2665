/**
 * The seam between the desktop app and the browser: the renderer reaches files, the system
 * browser and native menus only through a Platform.
 */
import type { DesktopApi, OpenFileRequest } from '../../shared/ipc/contract';
import type { OpenTextFileResult } from './text-file';

export interface Platform extends DesktopApi {
  kind: 'desktop' | 'browser';
  /** Opens a text file and decodes it (text-file.ts), with a warning when the encoding was a guess. */
  openTextFile(request: OpenFileRequest): Promise<OpenTextFileResult>;
}
