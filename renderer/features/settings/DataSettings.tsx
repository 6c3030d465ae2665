/** Where the data lives, export and import, and snapshots to restore. */
import { useEffect, useState } from 'react';
import { getServices } from '../../state/services';
import type { Snapshot } from '../../data/snapshots';
import { platform } from '../../platform';
import type { AppInfo } from '../../../shared/ipc/contract';
import { exportJson, restoreSnapshot, startImport } from './workspace-file';
import { useDocument } from '../../state/document';
import { exportQuarantine } from './recovery-files';

export function DataSettings() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [snapshots, setSnapshots] = useState<Omit<Snapshot, 'json'>[] | null>(null);
  const workspace = useDocument((s) => s.workspace);
  const persisted = getServices().persisted;
  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, []);
  useEffect(() => {
    // Re-read after every change: an import adds a snapshot.
    void getServices().snapshots.list().then(setSnapshots);
  }, [workspace]);

  return (
    <section className="settings-section" aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <p>
        {info?.dataPath
          ? `Your workspace is stored on this computer in ${info.dataPath}.`
          : 'Your workspace is stored in this browser’s storage for this site, on this computer only.'}{' '}
        {persisted === true && 'Storage is persistent: the browser will not clear it to free space.'}
        {persisted === false &&
          'The browser may clear it when space runs low, so export a backup now and then.'}
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void exportJson()}>
          Export workspace (JSON)…
        </button>
        <button type="button" className="button" onClick={() => void startImport()}>
          Import workspace (JSON)…
        </button>
      </div>
      <DamagedData />
      <h3>Snapshots</h3>
      <p className="muted">
        Taken automatically before every import and database upgrade. Restoring one is undoable.
      </p>
      {snapshots?.length === 0 && <p className="muted">No snapshots yet.</p>}
      {snapshots && snapshots.length > 0 && (
        <ul className="snapshot-list">
          {snapshots.map((s) => (
            <li key={s.id}>
              <span>
                {new Date(s.takenAt).toLocaleString()} — {s.reason} ({s.records.toLocaleString('en-US')}{' '}
                records)
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void restoreSnapshot(s.id!)}
              >
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Records set aside at startup as unreadable: kept until the person exports or discards them. */
function DamagedData() {
  const [count, setCount] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () =>
    void getServices()
      .quarantine.list()
      .then((rows) => setCount(rows.length));
  useEffect(refresh, []);
  if (!count) return null;
  return (
    <>
      <h3>Damaged data set aside</h3>
      <p>
        {count === 1 ? '1 record or page' : `${count.toLocaleString('en-US')} records or pages`} could not be
        read when the workspace was opened and {count === 1 ? 'was' : 'were'} set aside, exactly as stored.
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void exportQuarantine()}>
          Export damaged data (JSON)…
        </button>
        {confirming ? (
          <>
            <span>Discard it for good?</span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => void getServices().quarantine.discard().then(refresh)}
            >
              Discard
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Discard damaged data…
          </button>
        )}
      </div>
    </>
  );
}
