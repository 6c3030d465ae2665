/**
 * The packaged renderer is served from app://launch-control/, a privileged custom scheme,
 * rather than file://: it gives the app a stable origin (for IndexedDB and the
 * BroadcastChannel between windows) and lets every response carry the CSP header.
 */
import { net, protocol } from 'electron';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.mts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'launch-control';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Maps an app:// URL to a file inside `root`, or null for anything that would escape it. */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname); // throws on broken escapes such as %E0%A4%A
  } catch {
    return null;
  }
  if (parsed.host !== APP_HOST) return null;
  const path = normalize(join(root, pathname));
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return path;
}

export function serveAppFiles(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
