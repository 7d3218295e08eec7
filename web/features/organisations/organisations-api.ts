import {
  OrganisationListSchema,
  OrganisationSchema,
  type CreateOrganisationBody,
  type OrganisationType,
  type SEARCH_SORTS,
  type UpdateOrganisationBody,
} from '../../../contracts/organisations';
import { apiClient } from '../../lib/api';

const PAGE_SIZE = 12;

export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The directory query as the web app uses it: one value per filter. */
export interface ListQuery {
  q?: string | undefined;
  type?: OrganisationType | undefined;
  country?: string | undefined;
  technology?: string | undefined;
  scope?: 'europe' | 'beyond' | undefined;
  sort?: SearchSort | undefined;
  limit?: number;
  cursor?: string;
  /** Facet counts cost the server extra queries: only the search page's first page asks for them. */
  facets?: boolean;
}

const path = (idOrSlug: string) => `/organisations/${encodeURIComponent(idOrSlug)}`;

export const organisationsApi = {
  list: ({ facets = false, limit = PAGE_SIZE, ...query }: ListQuery, signal?: AbortSignal) =>
    apiClient.get('/organisations', OrganisationListSchema, {
      query: { ...query, limit, facets: String(facets) },
      ...(signal ? { signal } : {}),
    }),
  /** The directory's size, from the list's total (limit 1 keeps the answer small). */
  count: async (type?: OrganisationType) => (await organisationsApi.list({ type, limit: 1 })).total,
  get: (idOrSlug: string) => apiClient.get(path(idOrSlug), OrganisationSchema),
  create: (body: CreateOrganisationBody) => apiClient.post('/organisations', OrganisationSchema, body),
  update: (idOrSlug: string, body: UpdateOrganisationBody) =>
    apiClient.patch(path(idOrSlug), OrganisationSchema, body),
  submit: (idOrSlug: string) => apiClient.post(`${path(idOrSlug)}/submit`, OrganisationSchema),
  unpublish: (idOrSlug: string) => apiClient.post(`${path(idOrSlug)}/unpublish`, OrganisationSchema),
};
