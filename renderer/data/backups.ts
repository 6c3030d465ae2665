/**
 * Backups of the whole workspace, one service for the whole app with two homes: the desktop
 * app writes them as files through the platform (electron/main/backups.ts), a browser keeps
 * them in their own IndexedDB database (snapshots.ts). Both keep what the rotation of
 * shared/formats/backups.ts keeps. A backup identical to the newest one (the same workspace,
 * exported at another time) is not written again, so windows that hold the same workspace keep
 * one backup of it, not one each. Every backup written is announced to the other windows
 * (a BroadcastChannel), so a list of backups open anywhere shows it.
 */
import type { Workspace } from '../../shared/domain/workspace';
import { exportWorkspaceJson } from '../../shared/formats/workspace-json';
import {
  BACKUP_REASON_WORDS,
  backupContentHash,
  backupReasonOf,
  isBackupReason,
  tableCountsOf,
  tableCountsOfJson,
  totalRecords,
  type BackupReason,
  type BackupTableCounts,
} from '../../shared/formats/backups';
import type { BackupFiles, BackupFileSummary } from '../../shared/ipc/contract';

export interface BackupSummary {
  /** The file name on the desktop; the row's number in a browser. */
  id: string;
  takenAt: string;
  kind: BackupReason;
  /** Why, in words ("Before importing plan.json"). */
  reason: string;
  /** Size of the workspace file, in bytes (UTF-8). */
  bytes: number;
  tables: BackupTableCounts;
  /** Records in all, for lists that show one number. */
  records: number;
  contentHash: string | null;
}

export interface Backup extends BackupSummary {
  /** The workspace file (shared/formats/workspace-json.ts). */
  json: string;
}

export type TakeResult =
  /** Written; `backup` is the new one. */
  | { status: 'saved'; backup: BackupSummary }
  /** The newest backup already holds this workspace; `backup` is that one. */
  | { status: 'unchanged'; backup: BackupSummary };

/** A backup about to be stored: everything but its id. */
export type NewBackup = Omit<Backup, 'id'>;

/** Where every window hears that the backups changed (one was written, the rotation dropped some). */
export const BACKUPS_CHANNEL = 'launch-control-backups';

export abstract class BackupStore {
  private readonly listeners = new Set<() => void>();
  private channel: BroadcastChannel | null = null;

  /** Newest first, without the (large) JSON. */
  abstract list(): Promise<BackupSummary[]>;
  /** The backup with its JSON; undefined when it no longer exists. */
  abstract get(id: string): Promise<Backup | undefined>;
  /** Stores a backup and applies the rotation; rejects with a sentence when it cannot. */
  protected abstract store(backup: NewBackup, now: string): Promise<BackupSummary>;

  /**
   * Takes a backup of a workspace file's content. `reason` is a reason (BACKUP_REASONS) or a
   * sentence that starts like one ("Before importing plan.json"); `tables` spares parsing the
   * content to count its records.
   */
  async take(reason: string, json: string, takenAt: string, tables?: BackupTableCounts): Promise<TakeResult> {
    const contentHash = backupContentHash(json);
    const newest = await this.newest();
    if (newest && newest.contentHash === contentHash) return { status: 'unchanged', backup: newest };
    const kind = backupReasonOf(reason);
    const counts = tables ?? tableCountsOfJson(json);
    const backup = await this.store(
      {
        takenAt,
        kind,
        reason: isBackupReason(reason) ? BACKUP_REASON_WORDS[reason] : reason,
        bytes: utf8Length(json),
        tables: counts,
        records: totalRecords(counts),
        contentHash,
        json,
      },
      new Date().toISOString(),
    );
    this.announce();
    return { status: 'saved', backup };
  }

  /**
   * The newest backup, to compare with; none when the backups cannot be listed — a listing
   * that fails must not stop a backup (nor so the import or restore that needs one first).
   */
  private async newest(): Promise<BackupSummary | undefined> {
    try {
      return (await this.list())[0];
    } catch (error) {
      console.warn('Backups: could not list them to compare with the newest one', error);
      return undefined;
    }
  }

  /** Takes a backup of a workspace as it is in memory. */
  backUp(reason: BackupReason, workspace: Workspace, takenAt: string): Promise<TakeResult> {
    return this.take(reason, exportWorkspaceJson(workspace, takenAt), takenAt, tableCountsOf(workspace));
  }

  /** Calls `listener` whenever a backup was written, in this window or another; returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    this.connect();
    return () => void this.listeners.delete(listener);
  }

  private connect(): BroadcastChannel | null {
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(BACKUPS_CHANNEL);
      this.channel.onmessage = () => this.notify();
    }
    return this.channel;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** A channel does not hear its own messages: this window's listeners are called directly. */
  private announce(): void {
    this.notify();
    this.connect()?.postMessage('changed');
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}

/** The length of a string in UTF-8 bytes, without encoding it (a backup may be tens of MB). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The desktop app's backups: files in the backups folder, reached through the platform. */
export class DesktopBackupStore extends BackupStore {
  constructor(private readonly files: BackupFiles) {
    super();
  }

  async list(): Promise<BackupSummary[]> {
    const result = await this.files.listBackups();
    if (result.status === 'failed') throw new Error(result.message);
    return result.backups.map(summaryOfFile);
  }

  async get(id: string): Promise<Backup | undefined> {
    const [summary, read] = await Promise.all([
      this.list().then((all) => all.find((backup) => backup.id === id)),
      this.files.readBackup(id),
    ]);
    if (!summary) return undefined;
    if (read.status === 'failed') throw new Error(read.message);
    return { ...summary, json: read.json };
  }

  protected async store(backup: NewBackup): Promise<BackupSummary> {
    const result = await this.files.writeBackup({
      takenAt: backup.takenAt,
      reason: backup.kind,
      description: backup.reason.slice(0, 500),
      json: backup.json,
      tables: backup.tables,
      contentHash: backup.contentHash ?? '',
    });
    if (result.status === 'failed') throw new Error(result.message);
    return summaryOfFile(result.backup);
  }
}

function summaryOfFile(file: BackupFileSummary): BackupSummary {
  return {
    id: file.name,
    takenAt: file.takenAt,
    kind: file.reason,
    reason: file.description || BACKUP_REASON_WORDS[file.reason],
    bytes: file.bytes,
    tables: file.tables,
    records: totalRecords(file.tables),
    contentHash: file.contentHash || null,
  };
}
