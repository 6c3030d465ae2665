/**
 * Every web contents and the session are locked down: no navigation away from the app, no new
 * windows (http(s) links go to the system browser), no webviews, no permissions, no network.
 */
import type { Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  app: { isPackaged: false },
}));

vi.mock('electron', () => ({ shell: fake.shell, app: fake.app }));

import { isAppUrl, secureSession, secureWebContents } from '../../../electron/main/security';

type Listener = (event: { preventDefault: () => void }, url?: string) => void;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: OpenHandler) => {
      openHandler = handler;
    }),
  };
  secureWebContents(contents as unknown as WebContents);
  /** Emits an event the way Electron would; returns whether the default was prevented. */
  const emit = (name: string, url?: string): boolean => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    const preventDefault = vi.fn();
    listener({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { emit, open };
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isAppUrl', () => {
  it.each([
    'app://launch-control/index.html',
    'app://launch-control/',
    'app://launch-control/assets/index-abc.js?v=2#x',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://launch-control.evil.example/index.html',
    'app://evil/index.html',
    'app://launch-control:8080/index.html',
    'https://launch-control/index.html',
    'https://evil.example/app://launch-control/',
    'file:///index.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', 'http://localhost:5173/')).toBe(false);
  });

  it('reads the dev server from ELECTRON_RENDERER_URL by default', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/#/settings')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
  });

  it('never trusts the dev server in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    fake.app.isPackaged = true;
    try {
      expect(isAppUrl('http://localhost:5173/')).toBe(false);
      expect(isAppUrl('app://launch-control/index.html')).toBe(true);
    } finally {
      fake.app.isPackaged = false;
    }
  });

  it('refuses everything but the app when the dev server URL is unparsable', () => {
    expect(isAppUrl('http://localhost:5173/', 'not a url')).toBe(false);
    expect(isAppUrl('app://launch-control/index.html', 'not a url')).toBe(true);
  });
});

describe('secureWebContents', () => {
  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'about:blank'])(
    'denies navigation and redirects to %s',
    (url) => {
      const contents = fakeContents();
      expect(contents.emit('will-navigate', url)).toBe(true);
      expect(contents.emit('will-redirect', url)).toBe(true);
    },
  );

  it('lets the app navigate within itself', () => {
    const contents = fakeContents();
    expect(contents.emit('will-navigate', 'app://launch-control/index.html#/settings')).toBe(false);
    expect(contents.emit('will-redirect', 'app://launch-control/index.html')).toBe(false);
  });

  it('allows the dev server only while it is configured', () => {
    const contents = fakeContents();
    expect(contents.emit('will-navigate', 'http://localhost:5173/')).toBe(true);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(contents.emit('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('denies webviews', () => {
    expect(fakeContents().emit('will-attach-webview')).toBe(true);
  });

  it.each(['https://example.com/docs', 'http://example.com/'])(
    'denies a new window for %s and opens it in the system browser',
    (url) => {
      expect(fakeContents().open(url)).toEqual({ action: 'deny' });
      expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
      expect(fake.shell.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://launch-control/index.html',
    'about:blank',
    'smb://server/share',
  ])('denies a new window for %s and opens nothing', (url) => {
    expect(fakeContents().open(url)).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('secureSession', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details?: { requestingUrl?: string },
  ) => void;
  type CheckHandler = (contents: unknown, permission: string, requestingOrigin?: string) => boolean;
  type DeviceHandler = (details: unknown) => boolean;
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

  function fakeSession() {
    const session = {
      setPermissionRequestHandler: vi.fn<(handler: RequestHandler) => void>(),
      setPermissionCheckHandler: vi.fn<(handler: CheckHandler) => void>(),
      setDevicePermissionHandler: vi.fn<(handler: DeviceHandler) => void>(),
      webRequest: { onBeforeRequest: vi.fn<(handler: BeforeRequest) => void>() },
    };
    secureSession(session as unknown as Session);
    const only = <T>(mock: { mock: { calls: [T][] } }): T => {
      expect(mock.mock.calls).toHaveLength(1);
      return mock.mock.calls[0]![0];
    };
    return {
      request: only(session.setPermissionRequestHandler),
      check: only(session.setPermissionCheckHandler),
      device: only(session.setDevicePermissionHandler),
      beforeRequest: only(session.webRequest.onBeforeRequest),
    };
  }

  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
  ];

  it.each(permissions)('denies a request for %s', (permission) => {
    const callback = vi.fn();
    fakeSession().request({}, permission, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(permissions)('answers false to a check for %s', (permission) => {
    expect(fakeSession().check({}, permission)).toBe(false);
  });

  it.each([
    ['the app', 'app://launch-control/index.html', true],
    ['another site', 'https://evil.example/', false],
    ['a file', 'file:///tmp/x.html', false],
  ])('lets %s write to the clipboard only when it is the app', (_who, url, granted) => {
    const callback = vi.fn();
    fakeSession().request({}, 'clipboard-sanitized-write', callback, { requestingUrl: url });
    expect(callback).toHaveBeenCalledWith(granted);
    expect(fakeSession().check({}, 'clipboard-sanitized-write', url)).toBe(granted);
  });

  it('never lets even the app read the clipboard', () => {
    const callback = vi.fn();
    fakeSession().request({}, 'clipboard-read', callback, {
      requestingUrl: 'app://launch-control/index.html',
    });
    expect(callback).toHaveBeenCalledWith(false);
    expect(fakeSession().check({}, 'clipboard-read', 'app://launch-control')).toBe(false);
  });

  it('denies device access', () => {
    expect(fakeSession().device({ deviceType: 'usb', origin: 'app://launch-control' })).toBe(false);
  });

  function cancelled(url: string): boolean {
    const callback = vi.fn();
    fakeSession().beforeRequest({ url }, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    return (callback.mock.calls[0]![0] as { cancel: boolean }).cancel;
  }

  it.each(['https://evil.example/track.gif', 'http://localhost:5173/', 'file:///etc/passwd', 'ws://x/'])(
    'cancels a request to %s',
    (url) => {
      expect(cancelled(url)).toBe(true);
    },
  );

  it.each([
    'app://launch-control/index.html',
    'app://launch-control/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://launch-control/0d1e2f',
  ])('lets %s through', (url) => {
    expect(cancelled(url)).toBe(false);
  });

  it('lets the dev server through while it is configured', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('http://localhost:8080/')).toBe(true);
  });
});
