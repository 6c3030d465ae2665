/**
 * The seam between the desktop app and the browser: the renderer reaches files, the system
 * browser and native menus only through a Platform.
 */
import type { DesktopApi } from '../../shared/ipc/contract';

export interface Platform extends DesktopApi {
  kind: 'desktop' | 'browser';
}
