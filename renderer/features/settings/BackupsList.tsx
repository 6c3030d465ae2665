/**
 * Settings → Data: the workspace's backups, newest first, each with when, why, its size and
 * what it holds; "Back up now", and "Restore…", which shows the restore as an import preview
 * (applying it backs up the workspace as it is first, and Ctrl+Z undoes it). The list follows
 * the backups written anywhere: in this window, in another one, by the automatic schedule.
 */
import { useCallback, useEffect, useState } from 'react';
import { countOf } from '../../../shared/domain/text';
import { TABLE_LABELS } from '../../../shared/domain/workspace';
import { MAX_BACKUPS, KEPT_TODAY, formatBackupSize } from '../../../shared/formats/backups';
import type { BackupSummary } from '../../data/backups';
import { useDocument } from '../../state/document';
import { getServices } from '../../state/services';
import { showToast } from '../../state/window';
import { backupTime, restoreSnapshot } from './workspace-file';
import './BackupsList.css';

function contentsOf(backup: BackupSummary): string {
  const items = backup.tables.items ?? 0;
  const readiness = backup.tables.readiness ?? 0;
  return `${countOf(items, ...TABLE_LABELS.items)}, ${countOf(readiness, ...TABLE_LABELS.readiness)}`;
}

async function backUpNow(): Promise<void> {
  try {
    const result = await getServices().snapshots.backUp(
      'manual',
      useDocument.getState().workspace,
      new Date().toISOString(),
    );
    showToast({
      tone: 'info',
      message:
        result.status === 'saved'
          ? 'Backed up the workspace.'
          : `Nothing has changed since the backup of ${backupTime(result.backup.takenAt)}, so that one is kept.`,
    });
  } catch (error) {
    showToast({
      tone: 'error',
      message: `The backup failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

/** `folder`: where the desktop app keeps the backup files (a browser keeps them itself). */
export function BackupsList({ folder }: { folder: string | null }) {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const workspace = useDocument((s) => s.workspace);
  const refresh = useCallback(() => {
    getServices()
      .snapshots.list()
      .then(
        (list) => {
          setBackups(list);
          setFailure(null);
        },
        (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
      );
  }, []);
  // Listed again after every change: an import, a restore or an automatic backup adds one.
  useEffect(refresh, [refresh, workspace]);
  // …and whenever a backup is written, here or in another window, and when this window comes
  // back into view (a window in the background may have missed an announcement).
  useEffect(() => {
    const stop = getServices().snapshots.onChange(refresh);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      refresh();
    }
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h3 id="backups-title">Backups</h3>
      <p className="muted">
        The newest {KEPT_TODAY} of today and one for each earlier day are kept, {MAX_BACKUPS} in all.
        Restoring one backs up the workspace first, and can be undone.
        {folder && ` Each is a workspace file in ${folder}.`}
      </p>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void run(backUpNow)}>
          Back up now
        </button>
      </div>
      {failure && (
        <p className="backups__failure" role="alert">
          {failure}
        </p>
      )}
      {backups?.length === 0 && (
        <p className="muted">
          No backups yet — one is made every 15 minutes while you work, and before every import and restore.
        </p>
      )}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => {
            const when = backupTime(backup.takenAt);
            return (
              <li key={backup.id}>
                <div className="backup-list__what">
                  <span>
                    <time dateTime={backup.takenAt} className="backup-list__time">
                      {when}
                    </time>{' '}
                    — {backup.reason}
                  </span>
                  <span className="muted">
                    {formatBackupSize(backup.bytes)} · {contentsOf(backup)}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={`Restore the backup of ${when}…`}
                  onClick={() => void run(() => restoreSnapshot(backup.id))}
                >
                  Restore…
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
