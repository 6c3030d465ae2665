/**
 * The tool's contact with the outside world: standard streams, reading a workspace file (or
 * standard input for "-"), and writing results — to stdout, so they can be piped, or with
 * --out to a file written atomically (writeFileAtomically), so a reader never sees half a
 * brief and a failed write leaves the old file as it was.
 */
import { chmod, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Workspace } from '../shared/domain/workspace';
import { decodeText } from '../shared/formats/text-decode';
import { parseWorkspaceJson } from '../shared/formats/workspace-json';
import { CliFailure, TOOL } from './command';

export interface CliIo {
  /** Output: written as is (the text carries its own final newline). */
  stdout(text: string): void;
  /** One message line for people; "launch-control: " is not added here. */
  stderr(line: string): void;
  readStdin(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  platform: string;
  homedir: string;
  now(): Date;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (line) => void process.stderr.write(`${line}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    platform: process.platform,
    homedir: homedir(),
    now: () => new Date(),
  };
}

/** An error from the file system in words, without Node's "ENOENT: …, open '/x'" prefix. */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return (error as Error).message;
  }
}

/** How messages name the input: its path as given, or "standard input" for "-". */
export function inputLabel(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** The text of FILE ("-" is standard input), decoded as the app decodes imports. */
export async function readText(file: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await readFile(file);
  } catch (error) {
    throw new CliFailure([`${TOOL}: cannot read '${inputLabel(file)}': ${fileErrorReason(error)}`]);
  }
  const decoded = decodeText(bytes);
  if (decoded.warning) io.stderr(`${TOOL}: ${inputLabel(file)}: ${decoded.warning}`);
  return decoded.text;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** When the file was exported (its "exportedAt"), or null when it does not say. */
  exportedAt: string | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "exportedAt" as the first keys of an object, before any nested object: the top level's. */
const LEADING_EXPORTED_AT = /^\s*\{[^{}]*?"exportedAt"\s*:\s*"([^"\\]*)"/;

function exportedAtOf(text: string): string | null {
  // The app writes it before the tables: found in the first few hundred characters, it spares
  // parsing a 50 MB file a second time. A file laid out otherwise is parsed to find it.
  const leading = LEADING_EXPORTED_AT.exec(text.slice(0, 4096));
  const value = leading ? leading[1] : (JSON.parse(text) as { exportedAt?: unknown }).exportedAt;
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : null;
}

/** Reads and validates a workspace export or backup; every problem found fails it. */
export async function loadWorkspace(file: string, io: CliIo): Promise<LoadedWorkspace> {
  const text = await readText(file, io);
  const parsed = parseWorkspaceJson(text);
  if (!parsed.ok)
    throw new CliFailure([
      `${TOOL}: ${inputLabel(file)} is not a valid Launch Control workspace:`,
      ...parsed.errors.map((error) => `  - ${error}`),
    ]);
  return { workspace: parsed.workspace, exportedAt: exportedAtOf(text) };
}

/**
 * When the data in FILE is from, as an ISO instant in UTC: its export time. A file without one
 * is as of its last change on disk (its data is no newer than that); standard input without
 * one is as of now. Either way the tool says so, since a brief shows it as "data as of".
 */
export async function dataAsOf(file: string, loaded: LoadedWorkspace, io: CliIo): Promise<string> {
  if (loaded.exportedAt) return new Date(loaded.exportedAt).toISOString();
  const modified =
    file === '-'
      ? null
      : await stat(file).then(
          (info) => info.mtime,
          () => null,
        );
  io.stderr(
    `${TOOL}: ${inputLabel(file)} does not say when it was exported (no "exportedAt"); ` +
      `its data is taken as of ${modified ? 'the time the file was last changed' : 'now'}.`,
  );
  return (modified ?? io.now()).toISOString();
}

/**
 * Replaces the file at `given` (or the file a symbolic link there names) with `text`
 * atomically: a temporary file in the same folder (a rename is atomic only within one file
 * system), flushed to disk, given the old file's permissions, then renamed over it. Readers see the old file or the new one, never a part; a failure removes the
 * temporary file and leaves the old one as it was.
 */
export async function writeFileAtomically(given: string, text: string): Promise<void> {
  // Through a symbolic link to the file it names: renaming over the link itself would replace
  // the link with a plain file and leave its target as it was. A path that does not exist yet
  // (or a link to nothing) is written as given.
  const path = await realpath(given).catch(() => given);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const mode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => null,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== null) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes a result to stdout, or to `out` atomically (nothing on stdout then). */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === '-') return io.stdout(text);
  try {
    await writeFileAtomically(resolve(out), text);
  } catch (error) {
    throw new CliFailure([`${TOOL}: cannot write '${out}': ${fileErrorReason(error)}`]);
  }
}
