import { OkSchema } from '../../../contracts/common';
import {
  ListingMatchesSchema,
  NeedListSchema,
  NeedSchema,
  OfferListSchema,
  OfferSchema,
  type CreateNeedBody,
  type CreateOfferBody,
  type UpdateNeedBody,
  type UpdateOfferBody,
} from '../../../contracts/offers-needs';
import { apiClient, type Query } from '../../lib/api';

export type ListingKind = 'offer' | 'need';

const offer = (id: string) => `/technology-offers/${encodeURIComponent(id)}`;
const need = (id: string) => `/needs/${encodeURIComponent(id)}`;

export const offersApi = {
  list: (query: Query) => apiClient.get('/technology-offers', OfferListSchema, { query }),
  get: (id: string) => apiClient.get(offer(id), OfferSchema),
  create: (body: CreateOfferBody) => apiClient.post('/technology-offers', OfferSchema, body),
  update: (id: string, body: UpdateOfferBody) => apiClient.patch(offer(id), OfferSchema, body),
  publish: (id: string) => apiClient.post(`${offer(id)}/publish`, OfferSchema),
  archive: (id: string) => apiClient.post(`${offer(id)}/archive`, OfferSchema),
  remove: (id: string) => apiClient.delete(offer(id), OkSchema),
  matches: (id: string, target: 'organisations' | 'needs', lang: string, signal?: AbortSignal) =>
    apiClient.get(`${offer(id)}/matches`, ListingMatchesSchema, {
      query: { target, lang },
      ...(signal ? { signal } : {}),
    }),
};

export const needsApi = {
  list: (query: Query) => apiClient.get('/needs', NeedListSchema, { query }),
  get: (id: string) => apiClient.get(need(id), NeedSchema),
  create: (body: CreateNeedBody) => apiClient.post('/needs', NeedSchema, body),
  update: (id: string, body: UpdateNeedBody) => apiClient.patch(need(id), NeedSchema, body),
  publish: (id: string) => apiClient.post(`${need(id)}/publish`, NeedSchema),
  archive: (id: string) => apiClient.post(`${need(id)}/archive`, NeedSchema),
  remove: (id: string) => apiClient.delete(need(id), OkSchema),
  matches: (id: string, target: 'offers' | 'organisations', lang: string, signal?: AbortSignal) =>
    apiClient.get(`${need(id)}/matches`, ListingMatchesSchema, {
      query: { target, lang },
      ...(signal ? { signal } : {}),
    }),
};

/** The private-message route agreed with the messages feature. */
export function messageLink(contactUserId: string, kind: ListingKind, id: string): string {
  return `/messages/new?to=${encodeURIComponent(contactUserId)}&about=${kind}:${encodeURIComponent(id)}`;
}
