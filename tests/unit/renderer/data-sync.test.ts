/**
 * Windows hearing each other (data/sync.ts) over a real BroadcastChannel, with a lock manager
 * that behaves as the browser's: exclusive locks granted in order, a request given up by its
 * signal, and every lock of a window let go when that window goes (closed or crashed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/domain/change';
import type { RecordRef } from '../../../renderer/data/reread';
import { connectSync, type ChangeSync, type Locks } from '../../../renderer/data/sync';

interface Held {
  window: number;
  free: () => void;
}

class LockManager {
  private held = new Map<string, Held>();
  private waiting = new Map<string, (() => void)[]>();

  /** The Locks of one window. */
  forWindow(window: number): Locks {
    return {
      request: (name, options, callback) =>
        new Promise<void>((resolve, reject) => {
          const grant = () => {
            let freed = false;
            const free = () => {
              if (freed) return;
              freed = true;
              this.held.delete(name);
              this.waiting.get(name)?.shift()?.();
            };
            this.held.set(name, { window, free });
            void Promise.resolve(callback()).then(() => {
              free();
              resolve();
            });
          };
          if (!this.held.has(name)) return grant();
          const queue = this.waiting.get(name) ?? [];
          queue.push(grant);
          this.waiting.set(name, queue);
          options.signal?.addEventListener('abort', () => {
            const at = queue.indexOf(grant);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }),
    };
  }

  /** The window went without a word: the browser lets its locks go. */
  crash(window: number): void {
    for (const held of [...this.held.values()]) if (held.window === window) held.free();
  }
}

const change = (...ids: string[]): Change => ({
  label: 'Move',
  ops: ids.map((id) => ({ table: 'items', id, before: null, after: null })),
});

const open: ChangeSync[] = [];
afterEach(() => {
  for (const sync of open.splice(0)) sync.close();
});

function windowOf(locks: LockManager, n: number) {
  const heard: Change[] = [];
  const gone: RecordRef[][] = [];
  const sync = connectSync(
    { onRemoteChange: (c) => heard.push(c), onWriterGone: (refs) => gone.push(refs) },
    locks.forWindow(n),
  );
  open.push(sync);
  return { sync, heard, gone };
}

/** Lets the channel deliver what was posted (a message and its handler take a few turns). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('a write under way when its window goes', () => {
  it('has the other windows read its records again', async () => {
    const locks = new LockManager();
    const writer = windowOf(locks, 1);
    const other = windowOf(locks, 2);
    await settle();
    const write = writer.sync.announce(change('a', 'b'));
    expect(write).not.toBeNull();
    await settle();
    expect(other.gone).toEqual([]); // the writer is still there
    locks.crash(1);
    await vi.waitFor(() =>
      expect(other.gone).toEqual([
        [
          { table: 'items', id: 'a' },
          { table: 'items', id: 'b' },
        ],
      ]),
    );
  });

  it('reads nothing again for a write that was said to be saved, or to have failed', async () => {
    const locks = new LockManager();
    const writer = windowOf(locks, 1);
    const other = windowOf(locks, 2);
    await settle();
    const saved = change('a');
    const savedWrite = writer.sync.announce(saved);
    const failedWrite = writer.sync.announce(change('b'));
    writer.sync.broadcast(saved, 'stamp', savedWrite);
    writer.sync.withdraw(failedWrite);
    await settle();
    expect(other.heard).toEqual([saved]);
    locks.crash(1);
    await settle();
    expect(other.gone).toEqual([]);
  });

  it('reads again only the writes not settled, from the window that went', async () => {
    const locks = new LockManager();
    const first = windowOf(locks, 1);
    const second = windowOf(locks, 2);
    const other = windowOf(locks, 3);
    await settle();
    const saved = change('a');
    const savedWrite = first.sync.announce(saved);
    first.sync.announce(change('b'));
    second.sync.announce(change('c'));
    first.sync.broadcast(saved, undefined, savedWrite);
    await settle();
    locks.crash(1);
    await vi.waitFor(() => expect(other.gone).toEqual([[{ table: 'items', id: 'b' }]]));
    // The second window is still there: its write is still under way.
    expect(second.gone).toEqual([[{ table: 'items', id: 'b' }]]);
    await settle();
    expect(other.gone).toHaveLength(1);
  });

  it('is not announced before the window holds its lock, since no one could tell it gone', async () => {
    const writer = windowOf(new LockManager(), 1);
    // The lock is granted a moment after connecting (the request is asynchronous).
    const never: Locks = { request: () => new Promise<void>(() => {}) };
    const unlocked = connectSync({ onRemoteChange() {}, onWriterGone() {} }, never);
    open.push(unlocked);
    await settle();
    expect(unlocked.announce(change('a'))).toBeNull();
    expect(writer.sync.announce(change('a'))).not.toBeNull();
  });

  it('still hears saved changes where the browser has no Web Locks', async () => {
    const writer = connectSync({ onRemoteChange() {}, onWriterGone() {} }, null);
    const heard: Change[] = [];
    const other = connectSync({ onRemoteChange: (c) => heard.push(c), onWriterGone() {} }, null);
    open.push(writer, other);
    const saved = change('a');
    expect(writer.announce(saved)).toBeNull();
    writer.broadcast(saved, undefined, null);
    await vi.waitFor(() => expect(heard).toEqual([saved]));
  });
});
