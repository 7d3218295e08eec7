import { OkSchema } from '../../../contracts/common';
import {
  BlockListSchema,
  CreatedReportSchema,
  MessageSchema,
  RecipientSchema,
  ReportListSchema,
  ReportSchema,
  ThreadListSchema,
  ThreadSchema,
  type ReportBody,
  type StartThreadBody,
} from '../../../contracts/messages';
import { UnreadCountSchema } from '../../../contracts/notifications';
import { apiClient } from '../../lib/api';

const thread = (id: string) => `/messages/threads/${encodeURIComponent(id)}`;

export const messagesApi = {
  threads: () => apiClient.get('/messages/threads', ThreadListSchema),
  unreadCount: async () => (await apiClient.get('/messages/unread-count', UnreadCountSchema)).unread,
  thread: (id: string) => apiClient.get(thread(id), ThreadSchema),
  start: (body: StartThreadBody) => apiClient.post('/messages/threads', ThreadSchema, body),
  reply: (id: string, body: string) => apiClient.post(`${thread(id)}/messages`, MessageSchema, { body }),
  markRead: (id: string) => apiClient.post(`${thread(id)}/read`, OkSchema),
  recipient: (userId: string, about?: string) =>
    apiClient.get(`/messages/recipients/${encodeURIComponent(userId)}`, RecipientSchema, {
      query: { about },
    }),
  blocks: () => apiClient.get('/messages/blocks', BlockListSchema),
  block: (userId: string) => apiClient.post('/messages/blocks', OkSchema, { userId }),
  unblock: (userId: string) => apiClient.delete(`/messages/blocks/${encodeURIComponent(userId)}`, OkSchema),
  report: (body: ReportBody) => apiClient.post('/messages/reports', CreatedReportSchema, body),
  reports: (status: 'open' | 'resolved') =>
    apiClient.get('/admin/message-reports', ReportListSchema, { query: { status } }),
  resolve: (id: string, resolution: string) =>
    apiClient.post(`/admin/message-reports/${encodeURIComponent(id)}/resolve`, ReportSchema, { resolution }),
};
