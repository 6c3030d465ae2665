/**
 * The backup channels through the real IPC binding (electron faked): payloads are checked
 * before anything touches the disk, and a well-formed backup lands in <userData>/backups.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupContentHash, tableCountsOf } from '../../../shared/formats/backups';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { emptyTables } from '../../../shared/domain/workspace';

type InvokeHandler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  const windowContents = new Set<object>();
  return {
    handlers,
    windowContents,
    userData: '',
    ipcMain: { handle: vi.fn((channel: string, handler: InvokeHandler) => handlers.set(channel, handler)) },
    BrowserWindow: {
      fromWebContents: vi.fn((contents: object) => (windowContents.has(contents) ? {} : null)),
    },
  };
});

vi.mock('electron', () => ({
  ipcMain: fake.ipcMain,
  BrowserWindow: fake.BrowserWindow,
  app: { getVersion: () => '1.0.0', getPath: () => fake.userData },
  dialog: {},
  shell: {},
}));

import { bindIpc } from '../../../electron/main/ipc';

function appSender(): IpcMainInvokeEvent {
  const contents = { id: 7 };
  fake.windowContents.add(contents);
  return { sender: contents, senderFrame: { url: 'app://launch-control/index.html', parent: null } } as never;
}

function invoke(channel: string, payload: unknown): Promise<unknown> {
  return fake.handlers.get(channel)!(appSender(), payload);
}

const json = exportWorkspaceJson(emptyTables(), '2026-11-27T17:20:05.000Z');
const good = {
  takenAt: '2026-11-27T17:20:05.000Z',
  reason: 'manual',
  description: 'Backed up by hand',
  json,
  tables: tableCountsOf(emptyTables()),
  contentHash: backupContentHash(json),
};

beforeEach(async () => {
  fake.handlers.clear();
  fake.userData = await mkdtemp(join(tmpdir(), 'lc-backup-ipc-'));
  bindIpc();
});

afterEach(async () => {
  await rm(fake.userData, { recursive: true, force: true });
});

describe('backup channels', () => {
  it('write a well-formed backup into the backups folder of the app’s data', async () => {
    expect(await invoke('backup:write', good)).toMatchObject({ status: 'saved' });
    expect(await readdir(join(fake.userData, 'backups'))).toContain(
      'launch-control-backup-2026-11-27T17-20-05.000Z-manual.json',
    );
    expect(await invoke('backup:list', {})).toMatchObject({
      status: 'listed',
      backups: [{ reason: 'manual' }],
    });
  });

  it.each([
    ['an unknown reason', { ...good, reason: 'whenever' }, 'reason'],
    ['a time that is not one', { ...good, takenAt: 'soon' }, 'takenAt'],
    ['empty content', { ...good, json: '' }, 'json'],
    ['a negative count', { ...good, tables: { items: -1 } }, 'tables.items'],
    ['an extra field', { ...good, path: '/etc/passwd' }, 'payload'],
    ['no payload', undefined, 'payload'],
  ])('refuse %s before touching the disk', async (_what, payload, field) => {
    await expect(invoke('backup:write', payload)).rejects.toThrow(
      `Refused backup:write: invalid request (${field}`,
    );
    await expect(readdir(join(fake.userData, 'backups'))).rejects.toThrow('ENOENT');
  });

  it('read only names of backups, never a path', async () => {
    for (const name of ['../window-state.json', '/etc/passwd', 'launch-control-backup-x.json'])
      await expect(invoke('backup:read', { name })).rejects.toThrow(
        'Refused backup:read: invalid request (name',
      );
  });

  it('refuse a list or an answer with anything in it', async () => {
    await expect(invoke('backup:list', { all: true })).rejects.toThrow('Refused backup:list');
    await expect(invoke('backup:done', { ok: 1 })).rejects.toThrow('Refused backup:done');
  });
});
