/**
 * Recognising storage failures, so the person reads "the disk is full" rather than raw
 * LevelDB text, and so the window can go read-only and reconnect instead of asking for a
 * reload (state/storage.ts, app/storage-watch.ts).
 */

/** Thrown when a save finds the database connection closed (the browser closes it after an I/O failure). */
export class StorageClosedError extends Error {
  constructor() {
    super('the connection to the workspace database was lost');
    this.name = 'StorageClosedError';
  }
}

function namesAndMessages(error: unknown): string[] {
  const out: string[] = [];
  // Dexie wraps the browser's error in `inner`; a transaction keeps its own in `error`.
  for (
    let e = error as { name?: unknown; message?: unknown; inner?: unknown } | null, depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.name === 'string') out.push(e.name);
    if (typeof e.message === 'string') out.push(e.message);
    e = (e.inner ?? null) as typeof e;
  }
  return out;
}

/**
 * Every way a full disk or used-up quota shows itself: QuotaExceededError (Chromium, Firefox),
 * and LevelDB's I/O messages when the disk itself is full ("No space left on device",
 * FILE_ERROR_NO_SPACE, ENOSPC).
 */
export function isSpaceError(error: unknown): boolean {
  return namesAndMessages(error).some(
    (text) =>
      text === 'QuotaExceededError' ||
      /quota|no space|disk (is )?full|FILE_ERROR_NO_SPACE|ENOSPC/i.test(text),
  );
}

/** The connection is gone (closed after a failure), as opposed to the data being refused. */
export function isConnectionLost(error: unknown): boolean {
  return (
    error instanceof StorageClosedError ||
    namesAndMessages(error).some((text) => text === 'InvalidStateError' || text === 'DatabaseClosedError')
  );
}
