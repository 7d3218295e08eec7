import { OkSchema } from '../../../contracts/common';
import {
  NotificationListSchema,
  NotificationPreferencesSchema,
  UnreadCountSchema,
  UnsubscribeResultSchema,
  type UpdateNotificationPreferencesBody,
} from '../../../contracts/notifications';
import { apiClient } from '../../lib/api';

export const notificationsApi = {
  list: (query: { before?: string; unread?: boolean } = {}) =>
    apiClient.get('/notifications', NotificationListSchema, {
      query: { before: query.before, unread: query.unread ? 'true' : undefined },
    }),
  unreadCount: async () => (await apiClient.get('/notifications/unread-count', UnreadCountSchema)).unread,
  markRead: (id: string) => apiClient.post(`/notifications/${encodeURIComponent(id)}/read`, OkSchema),
  markAllRead: () => apiClient.post('/notifications/read-all', OkSchema),
  preferences: () => apiClient.get('/notifications/preferences', NotificationPreferencesSchema),
  // The API also answers PUT; the web client speaks PATCH, with the same full replacement.
  savePreferences: (body: UpdateNotificationPreferencesBody) =>
    apiClient.patch('/notifications/preferences', NotificationPreferencesSchema, body),
  unsubscribe: (token: string) =>
    apiClient.post('/notifications/unsubscribe', UnsubscribeResultSchema, { token }),
};
