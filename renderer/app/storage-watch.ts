/**
 * Reconnecting after a storage failure. While the window is read-only (state/storage.ts) a
 * test write is tried every few seconds, reopening the database connection first when the
 * browser closed it; once one lands, saving resumes without a reload and the window is
 * checked against storage, so it shows what other windows saved meanwhile.
 */
import type { LaunchControlDb } from '../data/db';
import { META_STORE } from '../data/layout';
import { readwrite, settle } from '../data/native';
import { isConnectionLost } from '../data/storage-errors';
import { setStorageStatus, useStorage } from '../state/storage';
import { showToast } from '../state/window';

export const RETRY_MS = 2000;

/** Writes one small row: it lands only if the disk has space and the connection works. */
export function probeWrite(db: LaunchControlDb, at: string): Promise<void> {
  const tx = readwrite(db.backendDB(), [META_STORE]);
  return settle(tx, () => {
    tx.objectStore(META_STORE).put({ key: 'probe', at });
    tx.commit?.();
  });
}

export interface WatchOptions {
  /** True once this window must never write again (another window upgraded the database). */
  retired: () => boolean;
  /** Called after saving resumes, to bring the window up to date with storage. */
  onReconnected: () => void;
  retryMs?: number;
}

export function watchStorage(db: LaunchControlDb, options: WatchOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const attempt = async () => {
    timer = null;
    if (options.retired() || useStorage.getState().status === 'ok') return;
    try {
      if (!db.isOpen()) await db.open();
      await probeWrite(db, new Date().toISOString());
      setStorageStatus('ok');
      showToast({ tone: 'info', message: 'Saving again: your changes are being stored.' });
      options.onReconnected();
    } catch (error) {
      // A connection the browser closed underneath Dexie: close it for real so open() reconnects.
      if (isConnectionLost(error) && db.isOpen()) db.close({ disableAutoOpen: false });
      schedule();
    }
  };
  const schedule = () => {
    timer ??= setTimeout(() => void attempt(), options.retryMs ?? RETRY_MS);
  };
  const unsubscribe = useStorage.subscribe((s) => {
    if (s.status !== 'ok') schedule();
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
