import type { z } from 'zod';
import {
  CheckInResultSchema,
  EventListSchema,
  EventSchema,
  EventStatsSchema,
  RegistrationListSchema,
  RegistrationOptionsSchema,
  RegistrationSchema,
  type CreateEventBody,
  type EventListQuerySchema,
  type RegisterBody,
  type RegistrationListQuery,
  type SessionBody,
  type UpdateEventBody,
} from '../../../contracts/events';
import { apiClient, type Query } from '../../lib/api';

const ev = (slug: string) => `/events/${encodeURIComponent(slug)}`;

export const eventsApi = {
  list: (query: Partial<z.input<typeof EventListQuerySchema>>) =>
    apiClient.get('/events', EventListSchema, { query: query as Query }),
  get: (slug: string) => apiClient.get(ev(slug), EventSchema),
  create: (body: CreateEventBody) => apiClient.post('/events', EventSchema, body),
  update: (slug: string, body: UpdateEventBody) => apiClient.patch(ev(slug), EventSchema, body),
  publish: (slug: string) => apiClient.post(`${ev(slug)}/publish`, EventSchema),
  cancel: (slug: string) => apiClient.post(`${ev(slug)}/cancel`, EventSchema),
  addSession: (slug: string, body: SessionBody) => apiClient.post(`${ev(slug)}/sessions`, EventSchema, body),
  updateSession: (slug: string, id: string, body: SessionBody) =>
    apiClient.patch(`${ev(slug)}/sessions/${id}`, EventSchema, body),
  deleteSession: (slug: string, id: string) => apiClient.delete(`${ev(slug)}/sessions/${id}`, EventSchema),
  registrationOptions: (slug: string) =>
    apiClient.get(`${ev(slug)}/registration-options`, RegistrationOptionsSchema),
  register: (slug: string, body: RegisterBody) =>
    apiClient.post(`${ev(slug)}/registrations`, RegistrationSchema, body),
  registrations: (slug: string, query: Partial<RegistrationListQuery>) =>
    apiClient.get(`${ev(slug)}/registrations`, RegistrationListSchema, { query: query as Query }),
  act: (slug: string, id: string, action: 'cancel' | 'approve' | 'decline') =>
    apiClient.post(`${ev(slug)}/registrations/${id}/${action}`, RegistrationSchema),
  setNoShow: (slug: string, id: string, noShow: boolean) =>
    apiClient.post(`${ev(slug)}/registrations/${id}/no-show`, RegistrationSchema, { noShow }),
  checkIn: (slug: string, code: string) =>
    apiClient.post(`${ev(slug)}/check-in`, CheckInResultSchema, { code }),
  stats: (slug: string) => apiClient.get(`${ev(slug)}/stats`, EventStatsSchema),
};

/** Links served directly by the API (files), opened by the browser with the session cookie. */
export const eventFiles = {
  ics: (slug: string) => `/api/v1${ev(slug)}/programme.ics`,
  badges: (slug: string) => `/api/v1${ev(slug)}/badges.pdf`,
  registrations: (slug: string, format: 'csv' | 'xlsx', query: Record<string, string | undefined> = {}) => {
    const params = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    return `/api/v1${ev(slug)}/registrations/export?${params.toString()}`;
  },
  stats: (slug: string, format: 'csv' | 'xlsx') => `/api/v1${ev(slug)}/stats/export?format=${format}`,
};

/** "2027-06-10T09:00" read as wall-clock time, formatted without any zone conversion. */
function wall(local: string): Date {
  const [d, t] = local.split('T');
  const [y, m, day] = d!.split('-').map(Number);
  const [h, min] = t!.split(':').map(Number);
  return new Date(Date.UTC(y!, m! - 1, day!, h!, min!));
}

export function formatDay(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(wall(local));
}

export function formatTime(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(wall(local));
}

/** "Thursday 10 June 2027, 09:00 – 18:00" (or two dates when it spans days), in the event's time zone. */
export function formatRange(startLocal: string, endLocal: string, locale: string): string {
  const sameDay = startLocal.slice(0, 10) === endLocal.slice(0, 10);
  return sameDay
    ? `${formatDay(startLocal, locale)}, ${formatTime(startLocal, locale)} – ${formatTime(endLocal, locale)}`
    : `${formatDay(startLocal, locale)} ${formatTime(startLocal, locale)} – ${formatDay(endLocal, locale)} ${formatTime(endLocal, locale)}`;
}

export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return (
    intl.supportedValuesOf?.('timeZone') ?? [
      'Europe/Paris',
      'Europe/Rome',
      'Europe/Helsinki',
      'Europe/Vilnius',
      'UTC',
    ]
  );
}
