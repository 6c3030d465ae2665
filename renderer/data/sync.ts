/**
 * Other windows of the app (and other browser tabs) hear about every saved Change over a
 * BroadcastChannel and apply it to their own store. Only changes that were saved are sent.
 */
import type { Change } from '../../shared/domain/change';

const CHANNEL = 'launch-control:changes';

interface Message {
  from: string;
  change: Change;
  /** The stamp its write set (first-screen-cache.ts), so the hearer knows which state it holds. */
  stamp?: string;
}

export interface ChangeSync {
  broadcast(change: Change, stamp?: string): void;
  close(): void;
}

export function connectSync(onRemoteChange: (change: Change, stamp: string | undefined) => void): ChangeSync {
  if (typeof BroadcastChannel === 'undefined') return { broadcast() {}, close() {} };
  const windowId = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message && message.from !== windowId && Array.isArray(message.change?.ops))
      onRemoteChange(message.change, typeof message.stamp === 'string' ? message.stamp : undefined);
  };
  return {
    broadcast(change, stamp) {
      channel.postMessage({ from: windowId, change, stamp } satisfies Message);
    },
    close() {
      channel.close();
    },
  };
}
