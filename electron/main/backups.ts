/**
 * The desktop app's rolling backups: workspace files in <userData>/backups, each written
 * atomically (a temporary file, flushed, renamed over the name), then the rotation of
 * shared/formats/backups.ts deletes the ones no longer kept. An index file beside them keeps
 * each backup's counts, so listing reads no backup; an entry whose file changed (or a missing
 * index) is rebuilt from the file, once. Every failure comes back as a sentence, never thrown.
 * Writes and listings run one at a time, so a rotation never races a write.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { toDay } from '../../shared/dates/days';
import {
  BACKUP_REASON_WORDS,
  backupContentHash,
  backupFileName,
  backupsToKeep,
  parseBackupName,
  tableCountsOfJson,
} from '../../shared/formats/backups';
import type {
  BackupFileSummary,
  BackupListResult,
  BackupReadResult,
  BackupWriteRequest,
  BackupWriteResult,
} from '../../shared/ipc/contract';
import { BACKUP_REQUEST_CHANNEL } from '../../shared/ipc/channels';
import { describeFileError } from './files';

export const BACKUP_INDEX_NAME = 'backups-index.json';
/** What write-file-atomic leaves behind when the app dies between writing and renaming. */
const LEFTOVER_TEMP = /^launch-control-backup-.*\.json\.[0-9a-f]+$/;

interface IndexEntry extends Omit<BackupFileSummary, 'name'> {
  /** The file's modification time when it was indexed: a file changed since is read again. */
  mtimeMs: number;
}
interface IndexFile {
  version: 1;
  backups: Record<string, IndexEntry>;
}

export interface BackupFolderOptions {
  /** The person's calendar day of an instant (local time); injectable for tests. */
  dayOf?: (takenAt: string) => string;
  now?: () => Date;
}

export class BackupFolder {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly dayOf: (takenAt: string) => string;
  private readonly now: () => Date;

  constructor(
    readonly dir: string,
    options: BackupFolderOptions = {},
  ) {
    this.dayOf = options.dayOf ?? ((takenAt) => toDay(new Date(takenAt)));
    this.now = options.now ?? (() => new Date());
  }

  /** Runs one operation after the previous ones have finished, whatever their outcome. */
  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  write(request: BackupWriteRequest): Promise<BackupWriteResult> {
    return trackWrite(this.serially(() => this.writeNow(request)));
  }

  private async writeNow(request: BackupWriteRequest): Promise<BackupWriteResult> {
    // Windows that hold one workspace each back it up at quit, at once: the renderer's check
    // against the newest backup races, so the check is made again here, one write at a time.
    // Otherwise copies of one workspace would push the backups worth keeping out of the rotation.
    const newest = await this.newestBackup();
    if (newest && request.contentHash && newest.contentHash === request.contentHash)
      return { status: 'saved', backup: newest };
    const name = backupFileName(request.takenAt, request.reason);
    const path = join(this.dir, name);
    let indexed: IndexEntry;
    try {
      await mkdir(this.dir, { recursive: true });
      await this.removeLeftovers();
      // A temporary file beside the target, fsynced, then renamed over it: a crash leaves the
      // previous file (or none) under the name, never half of one.
      await writeFileAtomic(path, request.json, { fsync: true });
      const { size, mtimeMs } = await stat(path);
      indexed = {
        takenAt: request.takenAt,
        reason: request.reason,
        description: request.description,
        bytes: size,
        tables: request.tables,
        contentHash: request.contentHash,
        mtimeMs,
      };
    } catch (error) {
      return { status: 'failed', message: backupFailure(error) };
    }
    try {
      await this.rotate(name, indexed);
    } catch (error) {
      // The backup itself is on disk; the rotation and the index are tried again next time.
      console.warn('Backups: rotation failed', error);
    }
    return { status: 'saved', backup: { name, ...summaryOf(indexed) } };
  }

  list(): Promise<BackupListResult> {
    return this.serially(async () => {
      try {
        const entries = await this.scan();
        return { status: 'listed', backups: newestFirst(entries) };
      } catch (error) {
        return { status: 'failed', message: `The backups could not be listed: ${describeFileError(error)}` };
      }
    });
  }

  private async newestBackup(): Promise<BackupFileSummary | undefined> {
    try {
      return newestFirst(await this.scan())[0];
    } catch {
      return undefined; // Written anyway: a backup matters more than a duplicate.
    }
  }

  async read(name: string): Promise<BackupReadResult> {
    if (!parseBackupName(name)) return { status: 'failed', message: `${name} is not a backup.` };
    try {
      return { status: 'read', json: await readFile(join(this.dir, name), 'utf8') };
    } catch (error) {
      const gone = (error as NodeJS.ErrnoException)?.code === 'ENOENT';
      return {
        status: 'failed',
        message: gone
          ? 'That backup no longer exists.'
          : `The backup could not be read: ${describeFileError(error)}`,
      };
    }
  }

  /** The backups on disk with their index entries (rebuilt where missing or stale). */
  private async scan(extra?: { name: string; entry: IndexEntry }): Promise<Map<string, IndexEntry>> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => parseBackupName(name) !== null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return new Map();
      throw error;
    }
    const index = await this.readIndex();
    if (extra) index.backups[extra.name] = extra.entry;
    const entries = new Map<string, IndexEntry>();
    let stale = Object.keys(index.backups).some((name) => !names.includes(name));
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        const { size, mtimeMs } = await stat(path);
        const known = Object.hasOwn(index.backups, name) ? index.backups[name] : undefined;
        // Within a millisecond: setting a time back (a copy, a restore) keeps no finer part.
        if (known && known.bytes === size && Math.abs(known.mtimeMs - mtimeMs) < 1) entries.set(name, known);
        else {
          entries.set(name, entryFromFile(name, await readFile(path, 'utf8'), size, mtimeMs));
          stale = true;
        }
      } catch (error) {
        // One entry that cannot be read (a folder with a backup's name, a file without read
        // permission) is left out, not allowed to stop every listing and so every backup.
        console.warn(`Backups: skipped ${name}, which cannot be read`, error);
        stale ||= Object.hasOwn(index.backups, name);
      }
    }
    if (stale || extra) await this.writeIndex(entries);
    return entries;
  }

  /** Adds the backup just written, deletes the ones the rotation drops, and saves the index. */
  private async rotate(name: string, entry: IndexEntry): Promise<void> {
    const entries = await this.scan({ name, entry });
    const { remove } = backupsToKeep(
      [...entries].map(([file, e]) => ({ file, takenAt: e.takenAt })),
      { today: toDay(this.now()), dayOf: this.dayOf },
    );
    if (remove.length === 0) return;
    for (const { file } of remove) {
      await unlink(join(this.dir, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      entries.delete(file);
    }
    await this.writeIndex(entries);
  }

  private async readIndex(): Promise<IndexFile> {
    try {
      const parsed = JSON.parse(await readFile(join(this.dir, BACKUP_INDEX_NAME), 'utf8')) as IndexFile;
      if (parsed?.version === 1 && typeof parsed.backups === 'object' && parsed.backups !== null)
        return { version: 1, backups: Object.assign(Object.create(null), parsed.backups) };
    } catch {
      // Missing or damaged: rebuilt from the files.
    }
    return { version: 1, backups: Object.create(null) };
  }

  private async writeIndex(entries: Map<string, IndexEntry>): Promise<void> {
    const file: IndexFile = { version: 1, backups: Object.fromEntries(entries) };
    await writeFileAtomic(join(this.dir, BACKUP_INDEX_NAME), `${JSON.stringify(file, null, 1)}\n`);
  }

  /** Temporary files of a write that never finished (the app was killed): safe to delete now. */
  private async removeLeftovers(): Promise<void> {
    for (const name of await readdir(this.dir))
      if (LEFTOVER_TEMP.test(name)) await unlink(join(this.dir, name)).catch(() => undefined);
  }
}

function summaryOf(entry: IndexEntry): Omit<BackupFileSummary, 'name'> {
  const { mtimeMs: _mtimeMs, ...summary } = entry;
  return summary;
}

function newestFirst(entries: Map<string, IndexEntry>): BackupFileSummary[] {
  return [...entries]
    .map(([name, entry]) => ({ name, ...summaryOf(entry) }))
    .sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt) || (a.name < b.name ? 1 : -1));
}

/** An index entry from a backup file alone: its name gives the time and reason. */
function entryFromFile(name: string, json: string, bytes: number, mtimeMs: number): IndexEntry {
  const { takenAt, reason } = parseBackupName(name)!;
  return {
    takenAt,
    reason,
    description: BACKUP_REASON_WORDS[reason],
    bytes,
    tables: tableCountsOfJson(json),
    contentHash: backupContentHash(json),
    mtimeMs,
  };
}

function backupFailure(error: unknown): string {
  if ((error as NodeJS.ErrnoException)?.code === 'ENOSPC')
    return 'The disk is full, so the backup could not be saved. Free some space; the next backup will be tried as usual.';
  return `The backup could not be saved: ${describeFileError(error)}`;
}

/**
 * How long quitting waits for the windows' last backups before it goes ahead anyway, unless a
 * backup is being written by then (a big workspace: export, IPC, fsync): then it waits for the
 * write, up to QUIT_BACKUP_HARD_CAP_MS in all.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 3000;
export const QUIT_BACKUP_HARD_CAP_MS = 15_000;
/**
 * How long an answered quit or close stays answered. Electron says nothing when a quit is
 * cancelled (a window kept open for its unsaved edits), so the state is forgotten after this.
 */
export const QUIT_ANSWER_KEPT_MS = 10_000;

/** The backup writes under way in main, whichever window asked for them. */
const writesInProgress = new Set<Promise<unknown>>();

function trackWrite<T>(write: Promise<T>): Promise<T> {
  writesInProgress.add(write);
  const done = () => void writesInProgress.delete(write);
  write.then(done, done);
  return write;
}

/** Resolves when the writes under way now have finished; null when none is. */
function writesFinished(): Promise<void> | null {
  if (writesInProgress.size === 0) return null;
  return Promise.allSettled([...writesInProgress]).then(() => undefined);
}

/** The parts of Electron's app and windows that asking for a last backup needs. */
export interface QuitBackupHost {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'browser-window-focus', listener: () => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: QuitBackupWindow) => void): unknown;
  quit(): void;
}
export interface QuitBackupWindow {
  isDestroyed(): boolean;
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  webContents: {
    id: number;
    send(channel: string): void;
    on(event: 'will-prevent-unload', listener: () => void): unknown;
  };
}

/** The windows asked for a last backup, by webContents id, until each answers. */
const pendingAnswers = new Map<number, () => void>();

/** A window answered (backup:done): its last backup is written, or was not needed. */
export function backupAnswered(webContentsId: number): void {
  pendingAnswers.get(webContentsId)?.();
}

interface AskOptions {
  timeoutMs: number;
  hardCapMs: number;
}

function askForBackups(
  windows: readonly QuitBackupWindow[],
  { timeoutMs, hardCapMs }: AskOptions,
): Promise<void> {
  const asked = windows.map(
    (window) =>
      new Promise<void>((resolve) => {
        const id = window.webContents.id;
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          clearTimeout(soft);
          clearTimeout(hard);
          pendingAnswers.delete(id);
          resolve();
        };
        // A window that is stuck (or gone) never keeps the app from quitting: past the soft
        // limit only a write under way is waited for, and never past the hard cap.
        const waitForWrites = () => {
          const writing = writesFinished();
          if (writing) void writing.then(() => (pendingAnswers.has(id) ? waitForWrites() : undefined));
          else finish();
        };
        const soft = setTimeout(waitForWrites, timeoutMs);
        const hard = setTimeout(finish, hardCapMs);
        pendingAnswers.set(id, finish);
        try {
          window.webContents.send(BACKUP_REQUEST_CHANNEL);
        } catch {
          finish();
        }
      }),
  );
  return Promise.all(asked).then(() => undefined);
}

/**
 * Before the app quits, and before its last window closes (which quits the app on Windows and
 * Linux; on macOS the app stays, but that window's work would not be asked for again), each
 * window is asked for a last backup, and quitting or closing waits for the answers (see
 * QUIT_BACKUP_TIMEOUT_MS), then goes ahead. Closing a window that is not the last is not held:
 * the windows share one workspace, so what it saved is in the others' next backup.
 *
 * The way through stays open for one quit: closes during a quit that was let through are never
 * held. It closes again when a window has the focus or refuses to unload (the quit was cancelled,
 * e.g. by unsaved edits), and in any case after QUIT_ANSWER_KEPT_MS.
 */
export function backUpBeforeQuit(
  host: QuitBackupHost,
  windows: () => readonly QuitBackupWindow[],
  {
    timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
    hardCapMs = QUIT_BACKUP_HARD_CAP_MS,
    answerKeptMs = QUIT_ANSWER_KEPT_MS,
  } = {},
): void {
  let state: 'idle' | 'asking' | 'answered' = 'idle';
  /** A quit was let through (before-quit not prevented): windows now close without asking. */
  let quitting = false;
  let forget: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    clearTimeout(forget);
    state = 'idle';
    quitting = false;
  };
  const hold = (event: { preventDefault(): void }, proceed: () => void): boolean => {
    if (state === 'answered') return false;
    const open = windows().filter((window) => !window.isDestroyed());
    if (open.length === 0) return false;
    event.preventDefault();
    if (state === 'asking') return true;
    state = 'asking';
    void askForBackups(open, { timeoutMs, hardCapMs }).then(() => {
      state = 'answered';
      clearTimeout(forget);
      forget = setTimeout(reset, answerKeptMs);
      proceed();
    });
    return true;
  };
  host.on('before-quit', (event) => {
    if (!hold(event, () => host.quit())) quitting = true;
  });
  host.on('browser-window-focus', () => {
    // A window focused while the windows close during a quit changes nothing.
    if (state === 'answered' && !quitting) reset();
  });
  // By before-quit the last window may be gone (closing it quits on Windows and Linux).
  host.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => {
      if (quitting) return;
      const others = windows().filter((other) => other !== window && !other.isDestroyed());
      if (others.length === 0) hold(event, () => window.close());
    });
    // The window refused to close (unsaved edits): whatever was under way was cancelled.
    window.webContents.on('will-prevent-unload', () => {
      if (state === 'answered') reset();
    });
  });
}
