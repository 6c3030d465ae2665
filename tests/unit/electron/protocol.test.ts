/**
 * app://launch-control/ serves the built renderer from one folder and nothing outside it, and
 * every response carries the CSP header.
 */
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp.mjs';

type ProtocolHandler = (request: { url: string }) => Promise<Response>;

const fake = vi.hoisted(() => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn<(scheme: string, handler: ProtocolHandler) => void>(),
  },
  net: { fetch: vi.fn<(url: string) => Promise<Response>>() },
}));

vi.mock('electron', () => ({ protocol: fake.protocol, net: fake.net }));

import {
  APP_INDEX_URL,
  registerAppScheme,
  resolveAppFile,
  serveAppFiles,
} from '../../../electron/main/protocol';

const root = resolve('/srv/launch-control/renderer');

/** The file is the root itself or strictly inside it. */
function isInsideRoot(path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the root, ignoring query and hash', () => {
    expect(resolveAppFile(root, APP_INDEX_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://launch-control/assets/index-abc.js?v=2#top')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(root, 'app://launch-control/fonts/Inter%20Var.woff2')).toBe(
      join(root, 'fonts', 'Inter Var.woff2'),
    );
  });

  it.each([
    'app://launch-control/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://launch-control/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://launch-control/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://launch-control/..%2f..%2f..%2f..%2fetc/passwd',
    'app://launch-control/%2e%2e%2frenderer-secrets/key',
  ])('refuses the encoded traversal %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    'app://launch-control/../../etc/passwd',
    'app://launch-control/%2e%2e/%2e%2e/etc/passwd',
    'app://launch-control/.%2e/.%2e/etc/passwd',
    'app://launch-control/%2e%2e',
    'app://launch-control/assets/../../../../etc/passwd',
    'app://launch-control/%2Fetc%2Fpasswd',
    'app://launch-control//etc/passwd',
    'app://launch-control/..%5c..%5cetc%5cpasswd',
  ])('keeps the dot-segment path %s inside the root', (url) => {
    const file = resolveAppFile(root, url);
    // The URL parser collapses literal dot segments, so these may resolve, but never outside root.
    if (file !== null) expect(isInsideRoot(file), file).toBe(true);
    expect(file).not.toBe('/etc/passwd');
  });

  it.each([
    'app://evil/index.html',
    'app://launch-control.evil.example/index.html',
    'app://launch-control:8080/index.html',
    'app://user@evil/index.html',
  ])('refuses another host: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('refuses what is not a URL at all', () => {
    expect(resolveAppFile(root, 'index.html')).toBeNull();
    expect(resolveAppFile(root, '')).toBeNull();
  });

  it('refuses a path with broken percent-encoding instead of throwing', () => {
    expect(resolveAppFile(root, 'app://launch-control/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'app://launch-control/%')).toBeNull();
  });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme with fetch support', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serveAppFiles', () => {
  function serve(): ProtocolHandler {
    serveAppFiles(root);
    expect(fake.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = fake.protocol.handle.mock.calls[0]!;
    expect(scheme).toBe('app');
    return handler;
  }

  it('serves a file from the root with the CSP and nosniff headers', async () => {
    fake.net.fetch.mockResolvedValue(
      new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    const response = await serve()({ url: APP_INDEX_URL });

    expect(fake.net.fetch).toHaveBeenCalledWith(pathToFileURL(join(root, 'index.html')).toString());
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('keeps the status of a missing file', async () => {
    fake.net.fetch.mockResolvedValue(new Response('gone', { status: 404 }));
    const response = await serve()({ url: 'app://launch-control/missing.js' });
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://launch-control/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://evil/index.html',
    'app://launch-control/%E0%A4%A',
  ])('answers 404 for %s without touching the disk', async (url) => {
    const response = await serve()({ url });
    expect(response.status).toBe(404);
    expect(fake.net.fetch).not.toHaveBeenCalled();
  });
});
