/**
 * Shown at startup when part of the stored workspace could not be read, or its settings were
 * missing. Everything readable is open behind it; this screen names the damage and offers the
 * ways out: continue, export what was read, export the damaged data, or restore a backup.
 */
import { useEffect, useState } from 'react';
import { TABLE_LABELS, TABLES, countRecords, type TableName } from '../../shared/domain/workspace';
import { countOf } from '../../shared/domain/text';
import type { BackupSummary } from '../data/backups';
import type { Damage } from '../data/read';
import { backupTime, exportJson } from '../features/settings/workspace-file';
import { exportQuarantine, restoreSnapshotNow } from '../features/settings/recovery-files';
import { useDocument } from '../state/document';
import { getServices } from '../state/services';
import { showToast } from '../state/window';
import './recovery.css';

/** At most this many damaged rows are listed; the export has all of them. */
const SHOWN = 100;

const KNOWN = new Set<string>(TABLES);
const tableLabel = (table: string) => (KNOWN.has(table) ? TABLE_LABELS[table as TableName][1] : table);

function continueToApp(): void {
  useDocument.setState((s) => ({ phase: s.phaseAfterRecovery ?? 'ready', repair: null }));
}

export function RecoveryScreen() {
  const repair = useDocument((s) => s.repair);
  const readable = useDocument((s) => countRecords(s.workspace));
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [listFailure, setListFailure] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  useEffect(() => {
    getServices()
      .snapshots.list()
      .then(setBackups, (error: unknown) =>
        setListFailure(
          `The backups could not be listed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }, []);
  if (!repair) return null;
  const { damage, settingsRebuilt } = repair;

  const restore = async (id: string) => {
    setRestoring(true);
    let restored = false;
    try {
      restored = await restoreSnapshotNow(id);
    } catch (error) {
      // restoreSnapshotNow says its own failures; this is the unforeseen one (the save itself).
      showToast({
        tone: 'error',
        message: `The restore failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setRestoring(false);
    }
    if (restored) useDocument.setState({ phase: 'ready', repair: null });
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery__card">
        <h1 id="recovery-title">
          {damage.length
            ? 'Part of your workspace could not be read'
            : 'Your workspace settings were missing'}
        </h1>
        <p>
          Launch Control opened everything it could read: {countOf(readable, 'record')}.
          {damage.length > 0 &&
            ` ${countOf(damage.length, 'damaged record or page', 'damaged records or pages')} were set aside. They are kept, not deleted: export them below for a closer look.`}{' '}
          A backup of what could be read was taken first.
        </p>
        {settingsRebuilt && (
          <p>
            The workspace settings could not be found, so default settings were rebuilt, keeping every stage,
            readiness function and region your records use. Check their names in Settings.
          </p>
        )}
        {damage.length > 0 && <DamageTable damage={damage} />}
        <div className="recovery__actions">
          <button type="button" className="button button--primary" onClick={continueToApp}>
            Continue with what could be read
          </button>
          <button type="button" className="button" onClick={() => void exportJson()}>
            Export what could be read (JSON)…
          </button>
          {damage.length > 0 && (
            <button type="button" className="button" onClick={() => void exportQuarantine()}>
              Export the damaged data (JSON)…
            </button>
          )}
        </div>
        <h2>Restore a backup</h2>
        {listFailure && <p role="alert">{listFailure}</p>}
        {backups?.length === 0 && <p className="muted">There are no backups to restore.</p>}
        {backups && backups.length > 0 && (
          <ul className="recovery__snapshots" aria-label="Backups">
            {backups.map((s) => (
              <li key={s.id}>
                <span>
                  {backupTime(s.takenAt)} — {s.reason} ({countOf(s.records, 'record')})
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={restoring}
                  aria-label={`Restore the backup of ${backupTime(s.takenAt)}`}
                  onClick={() => void restore(s.id)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Restoring replaces the workspace with the backup; it can be undone.</p>
      </div>
    </main>
  );
}

function DamageTable({ damage }: { damage: readonly Damage[] }) {
  return (
    <>
      <table className="recovery__damage">
        <caption>What was set aside</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Record</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {damage.slice(0, SHOWN).map((d, index) => (
            <tr key={index}>
              <td>{tableLabel(d.table)}</td>
              <td>{d.id ?? `a whole ${d.where.store === 'pages' ? 'page' : 'entry'} (${d.where.key})`}</td>
              <td>{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {damage.length > SHOWN && (
        <p className="muted">
          …and {(damage.length - SHOWN).toLocaleString('en-US')} more, all in the export.
        </p>
      )}
    </>
  );
}
