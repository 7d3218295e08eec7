import {
  OrganisationListSchema,
  OrganisationSchema,
  type CreateOrganisationBody,
  type OrganisationListQuery,
  type OrganisationType,
  type UpdateOrganisationBody,
} from '../../../contracts/organisations';
import { apiClient } from '../../lib/api';

export const PAGE_SIZE = 12;

const path = (idOrSlug: string) => `/organisations/${encodeURIComponent(idOrSlug)}`;

export const organisationsApi = {
  list: (query: OrganisationListQuery, signal?: AbortSignal) =>
    apiClient.get('/organisations', OrganisationListSchema, {
      query: { ...query, limit: query.limit ?? PAGE_SIZE },
      ...(signal ? { signal } : {}),
    }),
  /** The directory's size, from the list's total (limit 1 keeps the answer small). */
  count: async (type?: OrganisationType) => (await apiClient.get('/organisations', OrganisationListSchema, { query: { limit: 1, type } })).total,
  get: (idOrSlug: string) => apiClient.get(path(idOrSlug), OrganisationSchema),
  create: (body: CreateOrganisationBody) => apiClient.post('/organisations', OrganisationSchema, body),
  update: (id: string, body: UpdateOrganisationBody) => apiClient.patch(path(id), OrganisationSchema, body),
  submit: (id: string) => apiClient.post(`${path(id)}/submit`, OrganisationSchema),
  unpublish: (id: string) => apiClient.post(`${path(id)}/unpublish`, OrganisationSchema),
};
