/**
 * Automatic backups while the person works: every 15 minutes, a backup is taken only if this
 * window saved a change since the last one it took, so an idle app (or a window that only
 * watches another one's edits) writes nothing. The same test decides the last backup asked
 * for when the app quits.
 */
import type { Workspace } from '../../shared/domain/workspace';
import type { BackupStore, TakeResult } from './backups';

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupScheduleOptions {
  store: BackupStore;
  /** The workspace as this window has it now. */
  workspace: () => Workspace;
  now?: () => string;
  everyMs?: number;
  /** An automatic backup failed: says why (the next one is tried as usual). */
  onError?: (message: string) => void;
}

export interface BackupSchedule {
  /** A change of this window's was saved. */
  noteChange(): void;
  /** Takes a backup if a change was saved since the last one; null when there was none. */
  backUpIfChanged(reason: 'interval' | 'quit'): Promise<TakeResult | null>;
  stop(): void;
}

export function scheduleBackups({
  store,
  workspace,
  now = () => new Date().toISOString(),
  everyMs = BACKUP_INTERVAL_MS,
  onError = (message) => console.warn(message),
}: BackupScheduleOptions): BackupSchedule {
  let changed = false;
  let running: Promise<TakeResult | null> | null = null;

  const backUpIfChanged = (reason: 'interval' | 'quit'): Promise<TakeResult | null> => {
    // One at a time: a quit arriving during an interval backup waits for it, then checks again.
    if (running) return running.then(() => backUpIfChanged(reason));
    if (!changed) return Promise.resolve(null);
    // Cleared first: a change saved while this backup is written is caught by the next one.
    changed = false;
    running = store
      .backUp(reason, workspace(), now())
      .catch((error: unknown) => {
        changed = true;
        onError(`The automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
      .finally(() => (running = null));
    return running;
  };

  const timer = setInterval(() => void backUpIfChanged('interval'), everyMs);
  return {
    noteChange: () => {
      changed = true;
    },
    backUpIfChanged,
    stop: () => clearInterval(timer),
  };
}
