import { useSyncExternalStore } from 'react';
import { messagesApi } from '../messages/messages-api';
import { notificationsApi } from './notifications-api';

export interface UnreadCounts {
  messages: number;
  notifications: number;
}

type Listener = () => void;

let counts: UnreadCounts = { messages: 0, notifications: 0 };
let inFlight: Promise<void> | null = null;
const listeners = new Set<Listener>();

/**
 * The unread counts shown in the site header, shared by the header and the pages that change them
 * (opening a thread, reading notifications), which call refresh() afterwards.
 */
export const unreadStore = {
  getSnapshot: (): UnreadCounts => counts,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  refresh(): Promise<void> {
    inFlight ??= Promise.all([messagesApi.unreadCount(), notificationsApi.unreadCount()])
      .then(([messages, notifications]) => {
        if (messages === counts.messages && notifications === counts.notifications) return;
        counts = { messages, notifications };
        for (const listener of listeners) listener();
      })
      // A failed count keeps the last one: the badge is a hint, never a reason to break the page.
      .catch(() => undefined)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  },
  reset(): void {
    counts = { messages: 0, notifications: 0 };
    for (const listener of listeners) listener();
  },
};

export function useUnreadCounts(): UnreadCounts {
  return useSyncExternalStore(unreadStore.subscribe, unreadStore.getSnapshot);
}
