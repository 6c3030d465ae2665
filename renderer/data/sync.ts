/**
 * Other windows of the app (and other browser tabs) hear about every saved Change over a
 * BroadcastChannel and apply it to their own store. Only changes that were saved are sent.
 */
import type { Change } from '../../shared/domain/change';

const CHANNEL = 'launch-control:changes';

interface Message {
  from: string;
  change: Change;
}

export interface ChangeSync {
  broadcast(change: Change): void;
  close(): void;
}

export function connectSync(onRemoteChange: (change: Change) => void): ChangeSync {
  if (typeof BroadcastChannel === 'undefined') return { broadcast() {}, close() {} };
  const windowId = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message && message.from !== windowId && Array.isArray(message.change?.ops))
      onRemoteChange(message.change);
  };
  return {
    broadcast(change) {
      channel.postMessage({ from: windowId, change } satisfies Message);
    },
    close() {
      channel.close();
    },
  };
}
