/**
 * Other windows of the app (and other browser tabs) hear about every saved Change over a
 * BroadcastChannel and apply it to their own store. Only changes that were saved are sent.
 *
 * A window closed (or crashed) while a write of its was under way never says that write was
 * saved, though it may well have landed: IndexedDB commits a transaction that was issued in
 * full. So a write is announced, with the records it touches, the moment it starts, and each
 * window holds a Web Lock named after itself for as long as it is open. A window that heard of
 * a write and not of its outcome asks for the writer's lock: it is granted only once the writer
 * has gone, and then the records are re-read from storage (a read starts only after the
 * writes created before it have finished), so every window shows what was stored.
 */
import type { Change } from '../../shared/domain/change';
import type { RecordRef } from './reread';

const CHANNEL = 'launch-control:changes';
/** The name of the lock a window holds while it is open, followed by its id. */
const WINDOW_LOCK = 'launch-control:window:';

type Message =
  | {
      from: string;
      change: Change;
      /** The stamp its write set (first-screen-cache.ts), so the hearer knows which state it holds. */
      stamp?: string;
      /** The announced write this saved change settles, if it was announced. */
      write?: string;
    }
  /** A write is under way, of these records. */
  | { from: string; writing: string; refs: RecordRef[] }
  /** The announced write failed: nothing was stored. */
  | { from: string; failed: string };

export interface ChangeSync {
  /**
   * Tells the other windows a write of `change` is starting: its id, for `broadcast` or
   * `withdraw`; null when this window's lock is not held (yet), so no one could tell it gone.
   */
  announce(change: Change): string | null;
  broadcast(change: Change, stamp?: string, write?: string | null): void;
  /** The announced write failed. */
  withdraw(write: string | null): void;
  close(): void;
}

export interface SyncHandlers {
  /** A change saved in another window. */
  onRemoteChange: (change: Change, stamp: string | undefined) => void;
  /** Records another window was writing when it went: to be read again from storage. */
  onWriterGone: (refs: RecordRef[]) => void;
}

/** The part of the Web Locks API used here (navigator.locks), so tests can pass their own. */
export interface Locks {
  request(
    name: string,
    options: { signal?: AbortSignal },
    callback: () => Promise<void> | void,
  ): Promise<void>;
}

function browserLocks(): Locks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** The writes heard of from one other window and not settled yet. */
interface Writer {
  writes: Map<string, RecordRef[]>;
  /** Stops asking for its lock once every write of it has settled. */
  stop: AbortController;
}

export function connectSync(handlers: SyncHandlers, locks: Locks | null = browserLocks()): ChangeSync {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => null, broadcast() {}, withdraw() {}, close() {} };
  const windowId = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  let writes = 0;

  // Held until the window goes: the browser lets it go then, even after a crash.
  let held = false;
  let release: (() => void) | null = null;
  const lifetime = new AbortController();
  locks
    ?.request(WINDOW_LOCK + windowId, { signal: lifetime.signal }, () => {
      held = true;
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => {}); // closed before it was granted

  const writers = new Map<string, Writer>();
  const heardWriting = (from: string, write: string, refs: RecordRef[]) => {
    let writer = writers.get(from);
    if (!writer) {
      writer = { writes: new Map(), stop: new AbortController() };
      writers.set(from, writer);
      watchWriter(from, writer);
    }
    writer.writes.set(write, refs);
  };
  const heardSettled = (from: string, write: string) => {
    const writer = writers.get(from);
    if (!writer?.writes.delete(write) || writer.writes.size > 0) return;
    writers.delete(from);
    writer.stop.abort();
  };
  const watchWriter = (from: string, writer: Writer) => {
    if (!locks) return;
    locks
      .request(WINDOW_LOCK + from, { signal: writer.stop.signal }, () => {
        if (writers.get(from) !== writer) return;
        writers.delete(from);
        handlers.onWriterGone([...writer.writes.values()].flat());
      })
      .catch(() => {}); // aborted: its writes all settled
  };

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || typeof message.from !== 'string' || message.from === windowId) return;
    if ('writing' in message) {
      if (Array.isArray(message.refs)) heardWriting(message.from, message.writing, message.refs);
    } else if ('failed' in message) heardSettled(message.from, message.failed);
    else if (Array.isArray(message.change?.ops)) {
      handlers.onRemoteChange(message.change, typeof message.stamp === 'string' ? message.stamp : undefined);
      if (typeof message.write === 'string') heardSettled(message.from, message.write);
    }
  };
  const post = (message: Message) => channel.postMessage(message);
  return {
    announce(change) {
      if (!held) return null;
      const write = String(++writes);
      post({
        from: windowId,
        writing: write,
        refs: change.ops.map((op) => ({ table: op.table, id: op.id })),
      });
      return write;
    },
    broadcast(change, stamp, write) {
      post({ from: windowId, change, stamp, ...(write ? { write } : {}) });
    },
    withdraw(write) {
      if (write) post({ from: windowId, failed: write });
    },
    close() {
      channel.close();
      for (const writer of writers.values()) writer.stop.abort();
      writers.clear();
      lifetime.abort();
      release?.();
    },
  };
}
