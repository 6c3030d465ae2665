/**
 * The desktop backups folder with real files in a temporary folder: write, list, read, the
 * rotation on disk, the index that spares listing from reading the files, atomic writes (a
 * failed rename and a process killed between writing and renaming), and a full disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INDEX_NAME, BackupFolder } from '../../../electron/main/backups';
import { backupContentHash, backupFileName, tableCountsOf } from '../../../shared/formats/backups';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { emptyTables, type Workspace } from '../../../shared/domain/workspace';
import type { BackupWriteRequest } from '../../../shared/ipc/contract';

const utcDay = (takenAt: string) => takenAt.slice(0, 10);

function workspaceWith(people: number): Workspace {
  const ws = emptyTables();
  for (let i = 0; i < people; i++) ws.people[`p${i}`] = { id: `p${i}`, name: `Person ${i}` } as never;
  return ws;
}

function request(
  takenAt: string,
  people = 1,
  reason: BackupWriteRequest['reason'] = 'manual',
): BackupWriteRequest {
  const ws = workspaceWith(people);
  const json = exportWorkspaceJson(ws, takenAt);
  return {
    takenAt,
    reason,
    description: 'Backed up by hand',
    json,
    tables: tableCountsOf(ws),
    contentHash: backupContentHash(json),
  };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code });
}

let dir: string;
let now: Date;
let folder: BackupFolder;

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'lc-backups-')), 'backups');
  now = new Date('2026-11-27T17:00:00.000Z');
  folder = new BackupFolder(dir, { dayOf: utcDay, now: () => now });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('BackupFolder', () => {
  it('writes a backup, lists it with its size and counts, and reads it back', async () => {
    const wanted = request('2026-11-27T17:20:05.123Z', 3, 'before-import');
    const written = await folder.write(wanted);
    const name = 'launch-control-backup-2026-11-27T17-20-05.123Z-before-import.json';
    expect(written).toEqual({
      status: 'saved',
      backup: expect.objectContaining({ name, takenAt: '2026-11-27T17:20:05.123Z', reason: 'before-import' }),
    });
    const listed = await folder.list();
    expect(listed.status).toBe('listed');
    if (listed.status !== 'listed') return;
    expect(listed.backups).toHaveLength(1);
    expect(listed.backups[0]).toMatchObject({
      name,
      bytes: Buffer.byteLength(wanted.json),
      tables: expect.objectContaining({ people: 3, items: 0 }),
      contentHash: wanted.contentHash,
      description: 'Backed up by hand',
    });
    expect(await folder.read(name)).toEqual({ status: 'read', json: wanted.json });
  });

  it('lists nothing before the first backup (the folder does not exist yet)', async () => {
    expect(await folder.list()).toEqual({ status: 'listed', backups: [] });
  });

  it('keeps 3 of today and one per earlier day on disk, 14 in all, newest first', async () => {
    // Each a different workspace (one more person): the same one twice in a row is kept once.
    let people = 0;
    for (let day = 1; day <= 15; day++)
      for (const hour of ['08', '12']) {
        now = new Date(`2026-11-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`);
        await folder.write(request(now.toISOString(), ++people));
      }
    now = new Date('2026-11-27T12:00:00.000Z');
    for (const minute of ['00', '10', '20', '30', '40'])
      await folder.write(request(`2026-11-27T12:${minute}:00.000Z`, ++people, 'interval'));
    const files = (await readdir(dir)).filter((name) => name !== BACKUP_INDEX_NAME).sort();
    expect(files).toHaveLength(14);
    expect(files.slice(-3)).toEqual([
      backupFileName('2026-11-27T12:20:00Z', 'interval'),
      backupFileName('2026-11-27T12:30:00Z', 'interval'),
      backupFileName('2026-11-27T12:40:00Z', 'interval'),
    ]);
    // Eleven earlier days, each by its newest backup (noon), the newest days.
    expect(files.slice(0, 11)).toEqual(
      Array.from({ length: 11 }, (_, i) =>
        backupFileName(`2026-11-${String(i + 5).padStart(2, '0')}T12:00:00Z`, 'manual'),
      ),
    );
    const listed = await folder.list();
    if (listed.status !== 'listed') throw new Error('not listed');
    expect(listed.backups.map((b) => b.name)).toEqual([...files].reverse());
  });

  it('lists from its index without reading the backups, and rebuilds the index from the files when it is gone', async () => {
    const { json } = request('2026-11-27T10:00:00.000Z', 2);
    await folder.write(request('2026-11-27T10:00:00.000Z', 2));
    const name = backupFileName('2026-11-27T10:00:00.000Z', 'manual');
    const path = join(dir, name);
    // Same length and time, other content: only a listing that read the file would notice.
    const { mtime } = await stat(path);
    await writeFile(path, json.replace('Person 0', 'Person X'));
    await utimes(path, mtime, mtime);
    const fromIndex = await folder.list();
    if (fromIndex.status !== 'listed') throw new Error('not listed');
    expect(fromIndex.backups[0]!.contentHash).toBe(backupContentHash(json));

    await rm(join(dir, BACKUP_INDEX_NAME));
    const rebuilt = await folder.list();
    if (rebuilt.status !== 'listed') throw new Error('not listed');
    expect(rebuilt.backups[0]).toMatchObject({
      name,
      reason: 'manual',
      tables: expect.objectContaining({ people: 2 }),
      contentHash: backupContentHash(json.replace('Person 0', 'Person X')),
    });
    expect(JSON.parse(await readFile(join(dir, BACKUP_INDEX_NAME), 'utf8')).backups).toHaveProperty(name);
  });

  it('reads a file again when it changed since it was indexed', async () => {
    await folder.write(request('2026-11-27T10:00:00.000Z', 2));
    const name = backupFileName('2026-11-27T10:00:00.000Z', 'manual');
    await writeFile(join(dir, name), exportWorkspaceJson(workspaceWith(5), '2026-11-27T10:00:00.000Z'));
    const listed = await folder.list();
    if (listed.status !== 'listed') throw new Error('not listed');
    expect(listed.backups[0]!.tables.people).toBe(5);
  });

  it('leaves the previous backup whole when the rename fails, and lists no half file', async () => {
    const first = request('2026-11-27T10:00:00.000Z', 1);
    await folder.write(first);
    const rename = vi
      .spyOn(fs, 'rename')
      .mockImplementation(((_from: string, _to: string, done: (e: Error) => void) =>
        done(errno('EIO'))) as never);
    const second = await folder.write({ ...request('2026-11-27T10:00:00.000Z', 4) });
    expect(rename).toHaveBeenCalled();
    expect(second).toEqual({ status: 'failed', message: expect.stringContaining('could not be saved') });
    rename.mockRestore();
    const name = backupFileName('2026-11-27T10:00:00.000Z', 'manual');
    expect(await folder.read(name)).toEqual({ status: 'read', json: first.json });
    expect((await readdir(dir)).sort()).toEqual([BACKUP_INDEX_NAME, name].sort());
  });

  it('survives the app being killed between writing and renaming: the previous file stays, the leftover is ignored, then removed', async () => {
    const first = request('2026-11-27T10:00:00.000Z', 1);
    await folder.write(first);
    const name = backupFileName('2026-11-27T10:00:00.000Z', 'manual');
    // A separate process writes over the same name with write-file-atomic, whose rename never
    // returns; it is killed (no clean-up runs) once the temporary file is complete.
    const script = join(dir, '..', 'writer.cjs');
    const writeFileAtomicPath = createRequire(import.meta.url).resolve('write-file-atomic');
    await writeFile(
      script,
      `const fs = require('fs');
       // The rename hangs and the process stays alive (an exit would clean the temporary file up).
       fs.rename = () => { setInterval(() => {}, 1000); process.stdout.write('renaming\\n'); };
       require(${JSON.stringify(writeFileAtomicPath)})(${JSON.stringify(join(dir, name))}, 'x'.repeat(1 << 20));`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('renaming') && resolve());
      child.on('exit', () => reject(new Error('the writer ended before renaming')));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const leftovers = (await readdir(dir)).filter((file) => file.startsWith(`${name}.`));
    expect(leftovers).toHaveLength(1);

    expect(await folder.read(name)).toEqual({ status: 'read', json: first.json });
    const listed = await folder.list();
    if (listed.status !== 'listed') throw new Error('not listed');
    expect(listed.backups.map((b) => b.name)).toEqual([name]);

    await folder.write(request('2026-11-27T11:00:00.000Z', 2));
    expect((await readdir(dir)).filter((file) => file.startsWith(`${name}.`))).toEqual([]);
  });

  it('says the disk is full in words, and keeps what was there', async () => {
    await folder.write(request('2026-11-27T10:00:00.000Z', 1));
    vi.spyOn(fs, 'write').mockImplementation(((...args: unknown[]) =>
      (args[args.length - 1] as (e: Error) => void)(errno('ENOSPC'))) as never);
    const result = await folder.write(request('2026-11-27T11:00:00.000Z', 2));
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(/^The disk is full, so the backup could not be saved/),
    });
    vi.restoreAllMocks();
    const listed = await folder.list();
    if (listed.status !== 'listed') throw new Error('not listed');
    expect(listed.backups.map((b) => b.takenAt)).toEqual(['2026-11-27T10:00:00.000Z']);
  });

  it('reads only backups, by name, and says when one is gone', async () => {
    expect(await folder.read('../window-state.json')).toEqual({
      status: 'failed',
      message: '../window-state.json is not a backup.',
    });
    expect(await folder.read(backupFileName('2026-11-27T10:00:00.000Z', 'manual'))).toEqual({
      status: 'failed',
      message: 'That backup no longer exists.',
    });
  });

  it('lists and backs up around an entry that cannot be read (a folder with a backup’s name)', async () => {
    const { mkdir } = fs.promises;
    await mkdir(join(dir, backupFileName('2026-11-27T09:00:00.000Z', 'manual')), { recursive: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const written = await folder.write(request('2026-11-27T10:00:00.000Z'));
    expect(written.status).toBe('saved');
    const listed = await folder.list();
    expect(listed).toEqual({
      status: 'listed',
      backups: [expect.objectContaining({ takenAt: '2026-11-27T10:00:00.000Z' })],
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cannot be read'), expect.anything());
  });

  it('reads a backup named before names had milliseconds', async () => {
    const old = 'launch-control-backup-2026-11-27T08-00-00Z-quit.json';
    const { mkdir } = fs.promises;
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, old), request('2026-11-27T08:00:00.000Z').json);
    const listed = await folder.list();
    expect(listed).toEqual({
      status: 'listed',
      backups: [expect.objectContaining({ name: old, takenAt: '2026-11-27T08:00:00.000Z', reason: 'quit' })],
    });
  });

  it('writes the workspace of the newest backup once, when windows back it up at the same moment', async () => {
    await folder.write(request('2026-11-27T09:00:00.000Z', 1, 'before-import'));
    const results = await Promise.all([
      folder.write(request('2026-11-27T10:00:00.000Z', 2, 'quit')),
      folder.write(request('2026-11-27T10:00:00.001Z', 2, 'quit')),
      folder.write(request('2026-11-27T10:00:00.002Z', 2, 'quit')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['saved', 'saved', 'saved']);
    const listed = await folder.list();
    if (listed.status !== 'listed') throw new Error('not listed');
    // The backup taken before the import is still there.
    expect(listed.backups.map((b) => [b.takenAt, b.reason])).toEqual([
      ['2026-11-27T10:00:00.000Z', 'quit'],
      ['2026-11-27T09:00:00.000Z', 'before-import'],
    ]);
  });
});
