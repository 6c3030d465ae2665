/**
 * The renderer's backups: the browser's store in IndexedDB (fake-indexeddb) with the rotation
 * and counts, the upgrade of the snapshots kept before backups, the desktop store over a fake
 * platform, announcing new backups to every window, and the 15-minute schedule that backs up
 * only when the workspace changed, here or in another window (fake timers).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { BrowserBackupStore, moveBrowserBackups } from '../../../renderer/data/snapshots';
import { DesktopBackupStore, utf8Length, type BackupStore } from '../../../renderer/data/backups';
import { BACKUP_INTERVAL_MS, scheduleBackups } from '../../../renderer/data/backup-schedule';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { emptyTables, type Workspace } from '../../../shared/domain/workspace';
import type { BackupFileSummary, BackupFiles } from '../../../shared/ipc/contract';

const utcDay = (takenAt: string) => takenAt.slice(0, 10);
let counter = 0;
const open: { close(): void }[] = [];

function store(): BrowserBackupStore {
  const created = new BrowserBackupStore(`backups-${++counter}`, { dayOf: utcDay });
  open.push(created);
  return created;
}

function workspaceWith(items: number, readiness = 0): Workspace {
  const ws = emptyTables();
  for (let i = 0; i < items; i++) ws.items[`i${i}`] = { id: `i${i}`, title: `Item ${i}` } as never;
  for (let i = 0; i < readiness; i++) ws.readiness[`r${i}`] = { id: `r${i}` } as never;
  return ws;
}

afterEach(() => {
  vi.useRealTimers();
  for (const db of open.splice(0)) db.close();
});

describe('the browser’s backups', () => {
  it('lists a backup with its reason, size and counts, and gives back its JSON', async () => {
    const backups = store();
    const ws = workspaceWith(3, 5);
    const result = await backups.backUp('manual', ws, '2026-11-27T10:00:00.000Z');
    expect(result.status).toBe('saved');
    const [listed] = await backups.list();
    const json = exportWorkspaceJson(ws, '2026-11-27T10:00:00.000Z');
    expect(listed).toMatchObject({
      takenAt: '2026-11-27T10:00:00.000Z',
      kind: 'manual',
      reason: 'Backed up by hand',
      bytes: utf8Length(json),
      tables: expect.objectContaining({ items: 3, readiness: 5 }),
      records: 8,
    });
    expect(listed).not.toHaveProperty('json');
    expect((await backups.get(listed!.id))?.json).toBe(json);
    expect(await backups.get('999')).toBeUndefined();
  });

  it('keeps 3 of today and the newest of each earlier day, 14 in all', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const backups = store();
    for (let day = 1; day <= 14; day++)
      for (const hour of ['09', '18']) {
        const takenAt = `2026-11-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`;
        vi.setSystemTime(takenAt);
        await backups.backUp('interval', workspaceWith(day * 10 + Number(hour)), takenAt);
      }
    for (const minute of ['00', '15', '30', '45']) {
      const takenAt = `2026-11-15T10:${minute}:00.000Z`;
      vi.setSystemTime(takenAt);
      await backups.backUp('interval', workspaceWith(1000 + Number(minute)), takenAt);
    }
    const list = await backups.list();
    expect(list).toHaveLength(14);
    expect(list.slice(0, 3).map((b) => b.takenAt)).toEqual([
      '2026-11-15T10:45:00.000Z',
      '2026-11-15T10:30:00.000Z',
      '2026-11-15T10:15:00.000Z',
    ]);
    expect(list.slice(3).map((b) => b.takenAt)).toEqual(
      Array.from({ length: 11 }, (_, i) => `2026-11-${String(14 - i).padStart(2, '0')}T18:00:00.000Z`),
    );
    // What the rotation deleted is gone with its JSON.
    expect(list.slice(3).every((b) => b.tables.items! % 10 === 8)).toBe(true);
  });

  it('does not write the same workspace twice in a row, whatever the reason', async () => {
    const backups = store();
    const ws = workspaceWith(2);
    await backups.backUp('before-restore', ws, '2026-11-27T10:00:00.000Z');
    const again = await backups.take(
      'Before importing the backup of yesterday',
      exportWorkspaceJson(ws, '2026-11-27T10:00:05.000Z'),
      '2026-11-27T10:00:05.000Z',
    );
    expect(again).toMatchObject({ status: 'unchanged', backup: { kind: 'before-restore' } });
    expect(await backups.list()).toHaveLength(1);
    const changed = await backups.take(
      'Before importing plan.json',
      exportWorkspaceJson(workspaceWith(3), '2026-11-27T10:01:00.000Z'),
      '2026-11-27T10:01:00.000Z',
    );
    // A sentence keeps its words and gives its reason; the counts are read from the JSON.
    expect(changed).toMatchObject({
      status: 'saved',
      backup: { kind: 'before-import', reason: 'Before importing plan.json', tables: { items: 3 } },
    });
  });

  it('moves the snapshots kept before backups into the new layout, with their counts', async () => {
    const name = `backups-${++counter}`;
    const old = new Dexie(name);
    old.version(1).stores({ snapshots: '++id, takenAt' });
    const json = exportWorkspaceJson(workspaceWith(4, 1), '2026-11-20T10:00:00.000Z');
    await old.table('snapshots').add({
      takenAt: '2026-11-20T10:00:00.000Z',
      reason: 'Before upgrading the database from version 4 to 5',
      records: 5,
      json,
    });
    old.close();
    const backups = new BrowserBackupStore(name, { dayOf: utcDay });
    open.push(backups);
    const [moved] = await backups.list();
    expect(moved).toMatchObject({
      kind: 'before-upgrade',
      reason: 'Before upgrading the database from version 4 to 5',
      tables: expect.objectContaining({ items: 4, readiness: 1 }),
      bytes: utf8Length(json),
    });
    expect((await backups.get(moved!.id))?.json).toBe(json);
  });
});

describe('the desktop’s backups', () => {
  function fakeFiles(): BackupFiles & { written: BackupFileSummary[] } {
    const written: BackupFileSummary[] = [];
    return {
      written,
      writeBackup: vi.fn(async (request) => {
        const backup = {
          name: `b${written.length}`,
          takenAt: request.takenAt,
          reason: request.reason,
          description: request.description,
          bytes: request.json.length,
          tables: request.tables,
          contentHash: request.contentHash,
        };
        written.unshift(backup);
        return { status: 'saved' as const, backup };
      }),
      listBackups: vi.fn(async () => ({ status: 'listed' as const, backups: [...written] })),
      readBackup: vi.fn(async () => ({ status: 'read' as const, json: '{}' })),
      onBackupRequest: vi.fn(() => () => {}),
    };
  }

  it('writes through the platform with its reason, words and counts', async () => {
    const files = fakeFiles();
    const backups = new DesktopBackupStore(files);
    await backups.backUp('quit', workspaceWith(2), '2026-11-27T10:00:00.000Z');
    expect(files.writeBackup).toHaveBeenCalledWith(
      expect.objectContaining({
        reason: 'quit',
        description: 'When the app was closed',
        tables: expect.objectContaining({ items: 2 }),
      }),
    );
    expect(await backups.list()).toMatchObject([{ id: 'b0', kind: 'quit', records: 2 }]);
  });

  it('takes over the backups the desktop app kept in the browser’s storage, oldest first, then deletes them', async () => {
    const name = `backups-${++counter}`;
    const old = new BrowserBackupStore(name, { dayOf: utcDay });
    await old.take(
      'Before importing a.json',
      exportWorkspaceJson(workspaceWith(1), 'x'),
      '2026-11-20T10:00:00.000Z',
    );
    await old.take(
      'Before importing b.json',
      exportWorkspaceJson(workspaceWith(2), 'x'),
      '2026-11-21T10:00:00.000Z',
    );
    old.close();
    const files = fakeFiles();
    expect(await moveBrowserBackups(new DesktopBackupStore(files), name)).toBe(2);
    expect(
      vi.mocked(files.writeBackup).mock.calls.map(([request]) => [request.takenAt, request.description]),
    ).toEqual([
      ['2026-11-20T10:00:00.000Z', 'Before importing a.json'],
      ['2026-11-21T10:00:00.000Z', 'Before importing b.json'],
    ]);
    expect(await Dexie.exists(name)).toBe(false);
    // Nothing to take over: no database is created for it.
    expect(await moveBrowserBackups(new DesktopBackupStore(files), name)).toBe(0);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('still backs up when the backups cannot be listed (nothing to compare with)', async () => {
    const files = fakeFiles();
    files.listBackups = vi.fn(async () => ({
      status: 'failed' as const,
      message: 'The backups could not be listed',
    }));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backups = new DesktopBackupStore(files);
    const result = await backups.backUp('before-import', workspaceWith(1), '2026-11-27T10:00:00.000Z');
    expect(result.status).toBe('saved');
    expect(files.writeBackup).toHaveBeenCalledTimes(1);
  });

  it('turns a failed write into a rejection with main’s sentence', async () => {
    const files = fakeFiles();
    files.writeBackup = vi.fn(async () => ({ status: 'failed' as const, message: 'The disk is full, so…' }));
    const backups = new DesktopBackupStore(files);
    await expect(backups.backUp('manual', workspaceWith(1), '2026-11-27T10:00:00.000Z')).rejects.toThrow(
      'The disk is full, so…',
    );
  });
});

describe('windows backing up one workspace at once', () => {
  it('keeps one backup of it, so the earlier backups of today stay', async () => {
    // "Today" for the rotation is the clock's: pinned to the day the backups are taken.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-27T10:00:01.000Z') });
    onTestFinished(() => void vi.useRealTimers());
    const name = `backups-${++counter}`;
    const windows = [0, 1, 2].map(() => new BrowserBackupStore(name, { dayOf: utcDay }));
    open.push(...windows);
    await windows[0]!.backUp('before-import', workspaceWith(1), '2026-11-27T09:00:00.000Z');
    // Each window compared with the newest backup before any of them wrote.
    const before = await windows[0]!.list();
    for (const w of windows) vi.spyOn(w, 'list').mockResolvedValueOnce(before);
    await Promise.all(windows.map((w) => w.backUp('quit', workspaceWith(2), '2026-11-27T10:00:00.000Z')));
    expect((await windows[0]!.list()).map((b) => b.kind)).toEqual(['quit', 'before-import']);
  });
});

describe('announcing new backups', () => {
  it('tells listeners in this window and in every other one, not when nothing was written', async () => {
    const name = `backups-${++counter}`;
    const here = new BrowserBackupStore(name, { dayOf: utcDay });
    const there = new BrowserBackupStore(name, { dayOf: utcDay });
    open.push(here, there);
    const heardHere = vi.fn();
    const heardThere = vi.fn();
    here.onChange(heardHere);
    there.onChange(heardThere);
    await here.backUp('manual', workspaceWith(1), '2026-11-27T10:00:00.000Z');
    expect(heardHere).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(heardThere).toHaveBeenCalledTimes(1));
    // The same workspace again: nothing written, nothing said.
    await here.backUp('manual', workspaceWith(1), '2026-11-27T10:05:00.000Z');
    await there.backUp('manual', workspaceWith(2), '2026-11-27T10:06:00.000Z');
    await vi.waitFor(() => expect(heardHere).toHaveBeenCalledTimes(2));
    expect(heardThere).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener that stopped listening', async () => {
    const backups = store();
    const heard = vi.fn();
    const stop = backups.onChange(heard);
    stop();
    await backups.backUp('manual', workspaceWith(1), '2026-11-27T10:00:00.000Z');
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('the 15-minute schedule', () => {
  function fakeStore() {
    return { backUp: vi.fn(async () => ({ status: 'saved' })) } as unknown as BackupStore & {
      backUp: ReturnType<typeof vi.fn>;
    };
  }

  it('backs up every 15 minutes only when the workspace changed since the last backup', async () => {
    vi.useFakeTimers();
    const backups = fakeStore();
    let ws = workspaceWith(1);
    const schedule = scheduleBackups({ store: backups, workspace: () => ws, now: () => 'now' });
    schedule.markBackedUp();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    expect(backups.backUp).not.toHaveBeenCalled();
    ws = workspaceWith(2);
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1);
    expect(backups.backUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backups.backUp).toHaveBeenCalledWith('interval', ws, 'now');
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS * 3);
    expect(backups.backUp).toHaveBeenCalledTimes(1);
    schedule.stop();
  });

  it('backs up a change another window made (this window only received it), so closing that window loses nothing', async () => {
    const backups = fakeStore();
    let ws = workspaceWith(1);
    const schedule = scheduleBackups({ store: backups, workspace: () => ws });
    schedule.markBackedUp();
    // applyRemoteChange gives this window a new workspace, as its own commits do.
    ws = workspaceWith(3);
    await schedule.backUpIfChanged('quit');
    expect(backups.backUp).toHaveBeenCalledWith('quit', ws, expect.any(String));
    schedule.stop();
  });

  it('tries again at the next interval after a failure, and says why', async () => {
    vi.useFakeTimers();
    const backups = fakeStore();
    backups.backUp.mockRejectedValueOnce(new Error('The disk is full'));
    const onError = vi.fn();
    const ws = workspaceWith(1);
    const schedule = scheduleBackups({ store: backups, workspace: () => ws, onError });
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    expect(onError).toHaveBeenCalledWith('The automatic backup failed: The disk is full');
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    expect(backups.backUp).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    expect(backups.backUp).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('takes the last backup on quit only when something changed', async () => {
    const backups = fakeStore();
    let ws = workspaceWith(1);
    const schedule = scheduleBackups({ store: backups, workspace: () => ws });
    schedule.markBackedUp();
    expect(await schedule.backUpIfChanged('quit')).toBeNull();
    ws = workspaceWith(2);
    await schedule.backUpIfChanged('quit');
    expect(backups.backUp).toHaveBeenCalledWith('quit', ws, expect.any(String));
    expect(await schedule.backUpIfChanged('quit')).toBeNull();
    schedule.stop();
  });
});
