/**
 * Automatic backups while the person works: every 15 minutes, a backup is taken only if the
 * workspace this window holds changed since the last one it backed up — whoever changed it:
 * this window, another window (whose edits arrive here too), an import. So closing a window
 * loses nothing from the backups as long as another one is open, and an idle app writes
 * nothing. The same test decides the last backup asked for when the app quits. A workspace
 * another window has already backed up is recognised by the store (take() skips a workspace
 * identical to the newest backup) and not written twice.
 */
import type { Workspace } from '../../shared/domain/workspace';
import type { BackupStore, TakeResult } from './backups';

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupScheduleOptions {
  store: BackupStore;
  /** The workspace as this window has it now (a new object after every change). */
  workspace: () => Workspace;
  now?: () => string;
  everyMs?: number;
  /** An automatic backup failed: says why (the next one is tried as usual). */
  onError?: (message: string) => void;
}

export interface BackupSchedule {
  /** The workspace as it is now needs no backup (it was just loaded, or backed up elsewhere). */
  markBackedUp(): void;
  /** Takes a backup if the workspace changed since the last one; null when it did not. */
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
  // Workspaces are never changed in place, so "changed" is "another object".
  let backedUp: Workspace | null = null;
  let running: Promise<TakeResult | null> | null = null;

  const backUpIfChanged = (reason: 'interval' | 'quit'): Promise<TakeResult | null> => {
    // One at a time: a quit arriving during an interval backup waits for it, then checks again.
    if (running) return running.then(() => backUpIfChanged(reason));
    const current = workspace();
    if (current === backedUp) return Promise.resolve(null);
    running = store
      .backUp(reason, current, now())
      .then((result) => {
        // Only what was written (or found already written) counts; a change saved meanwhile
        // is another object and is caught by the next backup.
        backedUp = current;
        return result;
      })
      .catch((error: unknown) => {
        onError(`The automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
      .finally(() => (running = null));
    return running;
  };

  const timer = setInterval(() => void backUpIfChanged('interval'), everyMs);
  return {
    markBackedUp: () => {
      backedUp = workspace();
    },
    backUpIfChanged,
    stop: () => clearInterval(timer),
  };
}
