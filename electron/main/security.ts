/**
 * Locks down every web contents the app creates: no navigation away from the app, no new
 * windows, no permissions but writing to the clipboard, no webviews. External http(s) links go to the system browser.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/ipc/contract';
import { APP_HOST, APP_SCHEME } from './protocol';

/** The electron-vite dev server, trusted only in development: a packaged app never loads it. */
function devServer(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
}

/** True for URLs that belong to the app itself (packaged protocol or the dev server). */
export function isAppUrl(url: string, devServerUrl: string | undefined = devServer()): boolean {
  try {
    const parsed = new URL(url);
    // Not parsed.origin: Node's URL gives a custom scheme such as app: the opaque origin 'null'.
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

export function openExternalSafely(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
  return true;
}

export function secureWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank: hand http(s) to the system browser, never open a window.
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/**
 * The one permission granted: writing text to the clipboard, asked by the app's own page (Copy
 * Markdown on the brief screen). Reading the clipboard, and everything else, stays refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // The app makes no network requests: refuse anything that is not the app's own content.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
