/**
 * The seam between the desktop app and the browser: the renderer reaches files, the system
 * browser and native menus only through a Platform.
 */
import type { BackupFiles, DesktopApi } from '../../shared/ipc/contract';

export interface Platform extends Omit<DesktopApi, keyof BackupFiles> {
  kind: 'desktop' | 'browser';
  /**
   * The desktop app's backups folder; null in a browser, which keeps its backups in its own
   * storage (renderer/data/backups.ts).
   */
  backupFiles: BackupFiles | null;
}
