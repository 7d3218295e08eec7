import { OkSchema } from '../../../contracts/common';
import {
  CommentListSchema,
  CommentSchema,
  InterestListSchema,
  InterestSchema,
  MatchListSchema,
  PartnerRequestListSchema,
  PartnerRequestSchema,
  type CreatePartnerRequestBody,
  type UpdatePartnerRequestBody,
} from '../../../contracts/partner-requests';
import { apiClient, type Query } from '../../lib/api';

const one = (id: string) => `/partner-requests/${encodeURIComponent(id)}`;

export const partnerRequestsApi = {
  list: (query: Query) => apiClient.get('/partner-requests', PartnerRequestListSchema, { query }),
  get: (id: string) => apiClient.get(one(id), PartnerRequestSchema),
  create: (body: CreatePartnerRequestBody) => apiClient.post('/partner-requests', PartnerRequestSchema, body),
  update: (id: string, body: UpdatePartnerRequestBody) => apiClient.patch(one(id), PartnerRequestSchema, body),
  publish: (id: string) => apiClient.post(`${one(id)}/publish`, PartnerRequestSchema),
  close: (id: string) => apiClient.post(`${one(id)}/close`, PartnerRequestSchema),
  extend: (id: string, deadlineLocal: string) => apiClient.post(`${one(id)}/extend`, PartnerRequestSchema, { deadlineLocal }),
  matches: (id: string, query: Query, signal?: AbortSignal) =>
    apiClient.get(`${one(id)}/matches`, MatchListSchema, { query, ...(signal ? { signal } : {}) }),
  hide: (id: string, organisationId: string) => apiClient.post(`${one(id)}/matches/hide`, OkSchema, { organisationId }),
  unhide: (id: string, organisationId: string) => apiClient.post(`${one(id)}/matches/unhide`, OkSchema, { organisationId }),
  invite: (id: string, organisationId: string) => apiClient.post(`${one(id)}/invitations`, OkSchema, { organisationId }),
  interests: (id: string) => apiClient.get(`${one(id)}/interests`, InterestListSchema),
  expressInterest: (id: string, organisationId: string, message: string) =>
    apiClient.post(`${one(id)}/interests`, InterestSchema, { organisationId, message }),
  answer: (id: string, interestId: string, status: 'accepted' | 'declined', answer: string) =>
    apiClient.post(`${one(id)}/interests/${interestId}/answer`, InterestSchema, { status, answer }),
  follow: (id: string) => apiClient.post(`${one(id)}/follow`, OkSchema),
  unfollow: (id: string) => apiClient.delete(`${one(id)}/follow`, OkSchema),
  comments: (id: string) => apiClient.get(`${one(id)}/comments`, CommentListSchema),
  comment: (id: string, body: string) => apiClient.post(`${one(id)}/comments`, CommentSchema, { body }),
  editComment: (id: string, commentId: string, body: string) => apiClient.patch(`${one(id)}/comments/${commentId}`, CommentSchema, { body }),
  moderate: (id: string, commentId: string, hidden: boolean) =>
    apiClient.post(`${one(id)}/comments/${commentId}/moderation`, CommentSchema, { hidden }),
  deleteComment: (id: string, commentId: string) => apiClient.delete(`${one(id)}/comments/${commentId}`, OkSchema),
};

/** Plain paragraphs (blank-line separated) become HTML; HTML typed by the user is kept for the server to sanitise. */
export function toHtml(text: string): string {
  if (/<[a-z][\s\S]*>/i.test(text)) return text;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
