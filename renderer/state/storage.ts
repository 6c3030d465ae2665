/**
 * Whether this window can save. After a save fails for lack of disk space, or the browser
 * closes the database connection after an I/O failure, the window stays open read-only: what
 * is on screen is what is stored, edits are refused with the reason, and a watch
 * (app/storage-watch.ts) reconnects and resumes saving by itself once a test write lands.
 */
import { create } from 'zustand';

export type StorageStatus = 'ok' | 'full' | 'lost';

export const useStorage = create<{ status: StorageStatus }>()(() => ({ status: 'ok' }));

export const STORAGE_MESSAGES: Record<Exclude<StorageStatus, 'ok'>, string> = {
  full: 'The disk is full, so changes can’t be saved. Free some space: saving resumes by itself.',
  lost: 'The connection to the workspace database was lost, so changes can’t be saved. Reconnecting…',
};

/** The reason nothing can be saved now, or null when saving works. */
export function cannotSave(): string | null {
  const { status } = useStorage.getState();
  return status === 'ok' ? null : STORAGE_MESSAGES[status];
}

export function setStorageStatus(status: StorageStatus): void {
  if (useStorage.getState().status !== status) useStorage.setState({ status });
}
