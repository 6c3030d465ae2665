/**
 * The IPC boundary of the main process: every request must come from the app's own top-level
 * frame in one of its windows, and carry a payload that matches the channel's schema, before
 * any handler runs. Electron itself is faked; only the contract and the handlers are real.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';

type InvokeHandler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  /** web contents that belong to an app window; anything else has no BrowserWindow. */
  const windowContents = new Set<object>();
  const window = { id: 'main-window' };
  return {
    handlers,
    windowContents,
    window,
    ipcMain: {
      handle: vi.fn((channel: string, handler: InvokeHandler) => {
        // Electron refuses a second handler for a channel; so does the fake.
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
    },
    BrowserWindow: {
      fromWebContents: vi.fn((contents: object) => (windowContents.has(contents) ? window : null)),
    },
    app: {
      getVersion: vi.fn(() => '9.8.7'),
      getPath: vi.fn((name: string) => `/fake/${name}`),
    },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  };
});

vi.mock('electron', () => ({
  ipcMain: fake.ipcMain,
  BrowserWindow: fake.BrowserWindow,
  app: fake.app,
  dialog: fake.dialog,
  shell: fake.shell,
}));

import { bindIpc, isTrustedSender } from '../../../electron/main/ipc';

const APP_PAGE = 'app://launch-control/index.html';

interface SenderOptions {
  url?: string;
  /** A parent frame makes this an iframe. */
  parent?: object | null;
  inWindow?: boolean;
  /** No frame at all: Electron reports null when the frame has gone. */
  noFrame?: boolean;
}

function sender({
  url = APP_PAGE,
  parent = null,
  inWindow = true,
  noFrame = false,
}: SenderOptions = {}): IpcMainInvokeEvent {
  const contents = { id: Math.random() };
  if (inWindow) fake.windowContents.add(contents);
  return {
    sender: contents,
    senderFrame: noFrame ? null : { url, parent },
  } as unknown as IpcMainInvokeEvent;
}

function invoke(channel: string, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler bound for ${channel}`);
  return handler(event, payload);
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.handlers.clear();
  fake.windowContents.clear();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  bindIpc();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('bindIpc', () => {
  it('binds exactly the channels of the contract, once each', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(IPC_CHANNELS).length);
  });
});

describe('trusted senders', () => {
  it('answers a well-formed app:info from the app window', async () => {
    await expect(invoke('app:info', sender(), {})).resolves.toEqual({
      version: '9.8.7',
      platform: process.platform,
      dataPath: '/fake/userData',
    });
    expect(fake.app.getPath).toHaveBeenCalledWith('userData');
  });

  it('trusts the app:// page at any path, query or hash', () => {
    for (const url of [
      'app://launch-control/index.html',
      'app://launch-control/',
      'app://launch-control/index.html?x=1#/settings',
    ])
      expect(isTrustedSender(sender({ url })), url).toBe(true);
  });

  it('trusts the dev server origin only while ELECTRON_RENDERER_URL names it', async () => {
    const devPage = 'http://localhost:5173/index.html';
    expect(isTrustedSender(sender({ url: devPage }))).toBe(false);

    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(isTrustedSender(sender({ url: devPage }))).toBe(true);
    await expect(invoke('app:info', sender({ url: devPage }), {})).resolves.toMatchObject({
      version: '9.8.7',
    });
    expect(isTrustedSender(sender({ url: 'http://localhost:5174/' }))).toBe(false);
    expect(isTrustedSender(sender({ url: 'https://localhost:5173/' }))).toBe(false);
  });
});

describe('foreign senders are refused before the handler runs', () => {
  const foreign: [string, SenderOptions][] = [
    ['an iframe inside the app page', { parent: { url: APP_PAGE, parent: null } }],
    ['a top frame showing https://evil.example', { url: 'https://evil.example/' }],
    ['a sender with no BrowserWindow', { inWindow: false }],
    ['a sender whose frame is gone', { noFrame: true }],
    ['a look-alike host', { url: 'app://launch-control.evil.example/index.html' }],
    ['another app:// host', { url: 'app://evil/index.html' }],
    ['the app host on another scheme', { url: 'https://launch-control/index.html' }],
    ['a file:// page', { url: 'file:///tmp/index.html' }],
    ['a data: page', { url: 'data:text/html,<h1>hi</h1>' }],
    ['an about:blank frame', { url: 'about:blank' }],
    ['an empty frame URL', { url: '' }],
  ];

  it.each(foreign)('refuses %s', async (_name, options) => {
    const event = sender(options);
    expect(isTrustedSender(event)).toBe(false);
    await expect(invoke('app:info', event, {})).rejects.toThrow(
      'Refused app:info: the request did not come from Launch Control.',
    );
    await expect(invoke('shell:open-external', event, { url: 'https://example.com/' })).rejects.toThrow(
      /Refused shell:open-external/,
    );
    await expect(
      invoke('file:save', event, { suggestedName: 'a.json', content: '{}', filters: [] }),
    ).rejects.toThrow(/Refused file:save/);
    expect(fake.app.getVersion).not.toHaveBeenCalled();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender even with a malformed payload (sender is checked first)', async () => {
    await expect(invoke('app:info', sender({ url: 'https://evil.example/' }), 42)).rejects.toThrow(
      /did not come from Launch Control/,
    );
  });
});

describe('malformed payloads are refused before the handler runs', () => {
  const malformed: [string, unknown][] = [
    ['app:info', undefined],
    ['app:info', null],
    ['app:info', 'info'],
    ['app:info', { extra: true }],
    ['shell:open-external', {}],
    ['shell:open-external', { url: 42 }],
    ['shell:open-external', { url: 'https://example.com/', also: 'this' }],
    ['shell:open-external', { url: `https://example.com/${'a'.repeat(4096)}` }],
    ['file:save', { suggestedName: '../../.bashrc', content: 'x', filters: [] }],
    ['file:save', { suggestedName: 'a.json', content: 1, filters: [] }],
    ['file:save', { suggestedName: '', content: '', filters: [] }],
    [
      'file:save',
      { suggestedName: 'a.json', content: '', filters: [{ name: 'JSON', extensions: ['../x'] }] },
    ],
    ['file:open', { filters: 'all' }],
    ['file:open', { filters: [], path: '/etc/passwd' }],
  ];

  it.each(malformed)('refuses %s with payload #%#', async (channel, payload) => {
    await expect(invoke(channel, sender(), payload)).rejects.toThrow(
      new RegExp(`^Refused ${channel}: invalid request \\(`),
    );
    expect(fake.app.getVersion).not.toHaveBeenCalled();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('names the offending field in the error', async () => {
    await expect(invoke('shell:open-external', sender(), { url: 42 })).rejects.toThrow(
      /invalid request \(url: /,
    );
  });
});

describe('shell:open-external', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://launch-control/index.html', 'not a url', ''])(
    'returns false for %j and opens nothing',
    async (url) => {
      await expect(invoke('shell:open-external', sender(), { url })).resolves.toBe(false);
      expect(fake.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it.each(['https://example.com/docs?q=1', 'http://example.com/'])(
    'opens %s in the system browser',
    async (url) => {
      await expect(invoke('shell:open-external', sender(), { url })).resolves.toBe(true);
      expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
      expect(fake.shell.openExternal).toHaveBeenCalledWith(url);
    },
  );
});

describe('file:save and file:open', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lc-ipc-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const filters = [{ name: 'Workspace', extensions: ['json'] }];

  it('saves the content where the user chose, atomically, via a dialog on the sender window', async () => {
    const target = join(dir, 'plan.json');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    await expect(
      invoke('file:save', sender(), { suggestedName: 'plan.json', content: '{"a":1}', filters }),
    ).resolves.toEqual({ status: 'saved', path: target });

    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['plan.json']);
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(fake.window, {
      defaultPath: join('/fake/documents', 'plan.json'),
      filters,
    });
  });

  it('reports a cancelled save dialog and writes nothing', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      invoke('file:save', sender(), { suggestedName: 'plan.json', content: 'x', filters }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('turns a write failure into a message a person can read', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:save', sender(), { suggestedName: 'taken', content: 'x', filters }),
    ).resolves.toEqual({ status: 'failed', message: 'That is a folder, not a file.' });
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('opens the chosen file and returns its name and content', async () => {
    const source = join(dir, 'plan.json');
    await writeFile(source, '{"b":2}');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });

    await expect(invoke('file:open', sender(), { filters })).resolves.toEqual({
      status: 'opened',
      name: 'plan.json',
      content: '{"b":2}',
      warning: null,
    });
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(fake.window, {
      properties: ['openFile'],
      filters,
    });
  });

  it('reads a file that is not UTF-8 as Windows-1252, with a warning, never with replacement characters', async () => {
    const source = join(dir, 'legacy.json');
    await writeFile(source, Buffer.from([0x7b, 0x22, 0x54, 0x6f, 0x6d, 0xe1, 0x73, 0x22, 0x7d])); // {"Tomás"} in Windows-1252
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    await expect(invoke('file:open', sender(), { filters })).resolves.toEqual({
      status: 'opened',
      name: 'legacy.json',
      content: '{"Tomás"}',
      warning: expect.stringMatching(/not UTF-8; it was read as Windows-1252/),
    });
  });

  it('reports a cancelled open dialog', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open', sender(), { filters })).resolves.toEqual({ status: 'cancelled' });
  });

  it('turns a read failure into a message a person can read', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(dir, 'gone.json')],
    });
    await expect(invoke('file:open', sender(), { filters })).resolves.toEqual({
      status: 'failed',
      message: 'That folder no longer exists.',
    });
  });
});
