/**
 * Native IndexedDB transactions for the write paths (persist.ts, compact.ts), which skip Dexie
 * so that a transaction starts at once (see persist.ts).
 */

/** Strict durability: a write is reported saved only once it is on disk. */
export function readwrite(idb: IDBDatabase, stores: string[]): IDBTransaction {
  return idb.transaction(stores, 'readwrite', { durability: 'strict' });
}

/**
 * Runs `body`, which issues the transaction's requests; resolves when the transaction
 * completes. If `body` throws or calls `fail`, the transaction is aborted (nothing of it is
 * kept, including what was already written) and the promise rejects with that error.
 */
export function settle(
  tx: IDBTransaction,
  body: (fail: (error: unknown) => void) => void,
  interrupted = 'the save was interrupted',
): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already aborting: onabort reports it.
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error(interrupted));
    try {
      body(fail);
    } catch (error) {
      fail(error);
    }
  });
}
