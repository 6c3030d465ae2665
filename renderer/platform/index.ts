import type { DesktopApi } from '../../shared/ipc/contract';
import { browserPlatform } from './browser';
import type { Platform } from './platform';

export type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by the preload). */
    launchControl?: DesktopApi;
  }
}

function detect(): Platform {
  const desktop = window.launchControl;
  if (!desktop) return browserPlatform;
  return { kind: 'desktop', ...desktop, backupFiles: desktop };
}

export const platform: Platform = detect();
