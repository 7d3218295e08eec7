import { OkSchema } from '../../../contracts/common';
import {
  SavedSearchListSchema,
  SavedSearchSchema,
  type CreateSavedSearchBody,
  type SavedSearchFrequency,
  type SavedSearchQuery,
} from '../../../contracts/saved-searches';
import { apiClient } from '../../lib/api';

const path = (id: string) => `/me/saved-searches/${encodeURIComponent(id)}`;

export const savedSearchesApi = {
  list: async () => (await apiClient.get('/me/saved-searches', SavedSearchListSchema)).items,
  create: (body: CreateSavedSearchBody) => apiClient.post('/me/saved-searches', SavedSearchSchema, body),
  setFrequency: (id: string, frequency: SavedSearchFrequency) =>
    apiClient.patch(path(id), SavedSearchSchema, { frequency }),
  remove: (id: string) => apiClient.delete(path(id), OkSchema),
};

/** The directory URL that runs a saved search; a scoped search opens the matching partners page. */
export function savedSearchUrl(query: SavedSearchQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'scope' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v) params.append(key, String(v));
  }
  const search = params.toString();
  const base = query.scope ? `/partners/${query.scope}` : '/organisations';
  return search ? `${base}?${search}` : base;
}
