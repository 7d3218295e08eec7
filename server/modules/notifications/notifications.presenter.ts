import type { Notification } from '../../../contracts/notifications';
import type { NotificationRow } from './notifications.repository';

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: { en: row.titleEn, fr: row.titleFr },
    body: { en: row.bodyEn, fr: row.bodyFr },
    link: row.link,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
