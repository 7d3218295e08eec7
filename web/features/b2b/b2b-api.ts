import {
  AgendaSchema,
  AvailabilitySchema,
  B2bOverviewSchema,
  B2bSessionSchema,
  B2bSettingsSchema,
  FeedLinkSchema,
  ManageSchema,
  MeetingRequestListSchema,
  MeetingRequestSchema,
  MeetingSchema,
  ParticipantListSchema,
  ScheduleRunSchema,
  type CreateB2bSessionBody,
  type CreateMeetingRequestBody,
  type ParticipantQuery,
  type UpdateB2bSettingsBody,
} from '../../../contracts/b2b';
import { OkSchema } from '../../../contracts/common';
import { apiClient, type Query } from '../../lib/api';

const b2b = (slug: string) => `/events/${encodeURIComponent(slug)}/b2b`;

export const b2bApi = {
  overview: (slug: string) => apiClient.get(b2b(slug), B2bOverviewSchema),
  participants: (slug: string, query: ParticipantQuery) => apiClient.get(`${b2b(slug)}/participants`, ParticipantListSchema, { query: query as Query }),
  recommendations: (slug: string) => apiClient.get(`${b2b(slug)}/recommendations`, ParticipantListSchema),
  requests: (slug: string) => apiClient.get(`${b2b(slug)}/requests`, MeetingRequestListSchema),
  request: (slug: string, body: CreateMeetingRequestBody) => apiClient.post(`${b2b(slug)}/requests`, MeetingRequestSchema, body),
  decide: (slug: string, id: string, decision: 'accept' | 'decline' | 'cancel') =>
    apiClient.post(`${b2b(slug)}/requests/${id}/${decision}`, MeetingRequestSchema),
  askAvailability: (slug: string, registrationId: string) => apiClient.post(`${b2b(slug)}/participants/${registrationId}/ask-availability`, OkSchema, {}),
  availability: (slug: string) => apiClient.get(`${b2b(slug)}/availability`, AvailabilitySchema),
  setAvailability: (slug: string, unavailable: string[]) => apiClient.post(`${b2b(slug)}/availability`, OkSchema, { unavailable }),
  agenda: (slug: string) => apiClient.get(`${b2b(slug)}/agenda`, AgendaSchema),
  feedLink: (slug: string) => apiClient.post(`${b2b(slug)}/agenda/feed`, FeedLinkSchema),
  outcome: (slug: string, id: string, outcome: 'met' | 'follow_up' | 'no_fit') => apiClient.post(`${b2b(slug)}/meetings/${id}/outcome`, OkSchema, { outcome }),
  cancelMeeting: (slug: string, id: string) => apiClient.post(`${b2b(slug)}/meetings/${id}/cancel`, OkSchema),
  manage: (slug: string) => apiClient.get(`${b2b(slug)}/manage`, ManageSchema),
  updateSettings: (slug: string, body: UpdateB2bSettingsBody) => apiClient.patch(`${b2b(slug)}/settings`, B2bSettingsSchema, body),
  addSession: (slug: string, body: CreateB2bSessionBody) => apiClient.post(`${b2b(slug)}/sessions`, B2bSessionSchema, body),
  deleteSession: (slug: string, id: string) => apiClient.delete(`${b2b(slug)}/sessions/${id}`, OkSchema),
  run: (slug: string, timeLimitSeconds: number) => apiClient.post(`${b2b(slug)}/schedule/run`, ScheduleRunSchema, { timeLimitSeconds }),
  publish: (slug: string) => apiClient.post(`${b2b(slug)}/schedule/publish`, ScheduleRunSchema),
  lock: (slug: string, id: string, locked: boolean) => apiClient.post(`${b2b(slug)}/meetings/${id}/lock`, MeetingSchema, { locked }),
  place: (slug: string, id: string, slotStartsAt: string, table: number) => apiClient.post(`${b2b(slug)}/meetings/${id}/place`, MeetingSchema, { slotStartsAt, table }),
};

/** Files are plain links: the browser sends the session cookie and downloads them. */
export const b2bFiles = {
  ics: (slug: string) => `/api/v1${b2b(slug)}/agenda.ics`,
  pdf: (slug: string) => `/api/v1${b2b(slug)}/agenda.pdf`,
};
