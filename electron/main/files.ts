/** Atomic file writes: a temporary file beside the target, flushed, then renamed over it. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Text is written as UTF-8; bytes (a PNG, a PDF) as they are. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function writeFileAtomicSync(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, content, 0, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A sentence for a file-system error code, for the message a person sees. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full. Free some space and try again.';
    case 'EACCES':
    case 'EPERM':
      return 'You do not have permission to write there. Choose another folder.';
    case 'EROFS':
      return 'That disk is read-only. Choose another folder.';
    case 'ENOENT':
      return 'That folder no longer exists.';
    case 'EISDIR':
      return 'That is a folder, not a file.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
