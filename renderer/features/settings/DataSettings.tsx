/** Where the data lives, export and import, and backups to restore. */
import { useEffect, useState } from 'react';
import { getServices } from '../../state/services';
import { platform } from '../../platform';
import type { AppInfo } from '../../../shared/ipc/contract';
import { exportJson, startImport } from './workspace-file';
import { exportQuarantine } from './recovery-files';
import { BackupsList } from './BackupsList';

/** The desktop app's backups folder: <userData>/backups (electron/main/ipc.ts). */
function backupFolderOf(info: AppInfo): string {
  return `${info.dataPath}${info.platform === 'win32' ? '\\' : '/'}backups`;
}

export function DataSettings() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const persisted = getServices().persisted;
  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, []);

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
      <BackupsList folder={info?.dataPath ? backupFolderOf(info) : null} />
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
