import {
  categoryOfKind,
  type NotificationFrequency,
  type NotificationPreferences,
} from '../../../contracts/notifications';
import type { Actor } from '../auth/actor';

export type DigestPeriod = 'daily' | 'weekly';
export type EmailState = 'none' | 'queued' | 'digest';

/** Without any stored preference a user gets each notification by e-mail at once. */
export const DEFAULT_PREFERENCES: NotificationPreferences = { frequency: 'immediate', overrides: {} };

/** A category's own setting wins over the user's general one. */
export function effectiveFrequency(prefs: NotificationPreferences, kind: string): NotificationFrequency {
  return prefs.overrides[categoryOfKind(kind)] ?? prefs.frequency;
}

/**
 * What happens to a new notification's e-mail. Unconfirmed addresses get none (they may belong to
 * someone else), like saved-search alerts.
 */
export function emailStateFor(frequency: NotificationFrequency, emailVerified: boolean): EmailState {
  if (!emailVerified || frequency === 'off') return 'none';
  return frequency === 'immediate' ? 'queued' : 'digest';
}

/**
 * Which waiting notifications a digest run lists, by the user's preferences at run time (they may
 * have changed since the notification was stored): the daily run takes daily ones (and immediate
 * ones, whose preference changed after they were stored), the weekly run weekly ones; notifications
 * whose e-mail was switched off are dropped by either run; the rest wait for the other run.
 */
export function planDigest(
  period: DigestPeriod,
  items: readonly { id: string; kind: string }[],
  prefs: NotificationPreferences,
  emailVerified: boolean,
): { include: string[]; skip: string[] } {
  const include: string[] = [];
  const skip: string[] = [];
  for (const item of items) {
    const frequency = effectiveFrequency(prefs, item.kind);
    if (!emailVerified || frequency === 'off') skip.push(item.id);
    else if (frequency === 'weekly' ? period === 'weekly' : period === 'daily') include.push(item.id);
  }
  return { include, skip };
}

/** Groups digest items by category, categories in order of first appearance, items oldest first. */
export function groupDigestItems<T extends { kind: string; createdAt: Date }>(
  items: readonly T[],
): { category: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const category = categoryOfKind(item.kind);
    const list = groups.get(category) ?? [];
    list.push(item);
    groups.set(category, list);
  }
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

/** Notifications are private to their recipient. */
export function canReadNotification(actor: Actor, notification: { userId: string }): boolean {
  return notification.userId === actor.userId;
}

/** What an unsubscribe link turns off: everything, or one category. */
export function applyUnsubscribe(prefs: NotificationPreferences, scope: string): NotificationPreferences {
  if (scope === 'all') return { frequency: 'off', overrides: {} };
  return { frequency: prefs.frequency, overrides: { ...prefs.overrides, [scope]: 'off' } };
}
