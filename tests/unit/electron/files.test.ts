/**
 * writeFileAtomic either replaces the target completely or leaves it as it was, with no
 * temporary file left behind. Real files in a temporary folder; rename can be made to fail.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

import { describeFileError, writeFileAtomic } from '../../../electron/main/files';

function errno(code: string, message = `${code}: failed`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

let dir: string;

beforeEach(async () => {
  vi.clearAllMocks();
  dir = await fs.mkdtemp(join(tmpdir(), 'lc-files-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the content, and leaves no temporary file', async () => {
    const target = join(dir, 'workspace.json');
    const content = '{"name":"Beta – «Ünïcode» 🚀"}\n';
    await writeFileAtomic(target, content);
    expect(await fs.readFile(target, 'utf8')).toBe(content);
    expect(await fs.readdir(dir)).toEqual(['workspace.json']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'workspace.json');
    await fs.writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['workspace.json']);
  });

  it('writes the temporary file beside the target and renames it over the target', async () => {
    const target = join(dir, 'workspace.json');
    await writeFileAtomic(target, 'x');
    expect(fs.rename).toHaveBeenCalledTimes(1);
    const [from, to] = vi.mocked(fs.rename).mock.calls[0]!;
    expect(to).toBe(target);
    expect(String(from)).toMatch(/[\\/]\.workspace\.json\.[0-9a-f]{12}\.tmp$/);
    expect(String(from).startsWith(dir)).toBe(true);
  });

  it('leaves the original untouched and removes the temporary file when the rename fails', async () => {
    const target = join(dir, 'workspace.json');
    await fs.writeFile(target, 'original');
    vi.mocked(fs.rename).mockRejectedValueOnce(errno('ENOSPC'));

    await expect(writeFileAtomic(target, 'replacement')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readFile(target, 'utf8')).toBe('original');
    expect(await fs.readdir(dir)).toEqual(['workspace.json']);
  });

  it('fails without harm when the target is a folder', async () => {
    const target = join(dir, 'taken');
    await fs.mkdir(target);
    await fs.writeFile(join(target, 'keep.txt'), 'keep');

    const error = await writeFileAtomic(target, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(describeFileError(error)).toBe('That is a folder, not a file.');
    expect(await fs.readdir(dir)).toEqual(['taken']);
    expect(await fs.readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    const target = join(dir, 'missing', 'workspace.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.access(join(dir, 'missing'), constants.F_OK)).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('describeFileError', () => {
  it.each([
    ['ENOSPC', 'The disk is full. Free some space and try again.'],
    ['EACCES', 'You do not have permission to write there. Choose another folder.'],
    ['EPERM', 'You do not have permission to write there. Choose another folder.'],
    ['EROFS', 'That disk is read-only. Choose another folder.'],
    ['ENOENT', 'That folder no longer exists.'],
    ['EISDIR', 'That is a folder, not a file.'],
  ])('explains %s', (code, message) => {
    expect(describeFileError(errno(code, 'raw system text'))).toBe(message);
  });

  it('falls back to the error message for other codes', () => {
    expect(describeFileError(errno('EMFILE', 'too many open files'))).toBe('too many open files');
  });

  it('copes with values that are not errors', () => {
    expect(describeFileError('plain text')).toBe('plain text');
    expect(describeFileError(undefined)).toBe('undefined');
    expect(describeFileError(null)).toBe('null');
    expect(describeFileError({ code: 'ENOSPC' })).toBe('The disk is full. Free some space and try again.');
  });
});
