import { z } from 'zod';
import { CountryCodeSchema, OrganisationListSchema, type FacetName } from '../../../contracts/organisations';
import { apiClient } from '../../lib/api';
import type { SearchSort } from './organisations-api';

const PAGE_SIZE = 12;

/** GET /organisations as the directory sends it: every facet filter a comma-separated list. */
export type DirectoryQuery = {
  q?: string | undefined;
  sort?: SearchSort | undefined;
  scope?: 'europe' | 'beyond' | undefined;
  limit?: number;
  cursor?: string;
  /** Facet counts cost the server extra queries: only a search's first page asks for them. */
  facets?: boolean;
} & Partial<Record<FacetName, string>>;

export function listDirectory(
  { facets = false, limit = PAGE_SIZE, ...query }: DirectoryQuery,
  signal?: AbortSignal,
) {
  return apiClient.get('/organisations', OrganisationListSchema, {
    query: { ...query, limit, facets: String(facets) },
    ...(signal ? { signal } : {}),
  });
}

// The server declares this answer inline in its route; the same shape, for the web app.
export const DuplicateCandidateSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  reason: z.string(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;

export interface DuplicateProbe {
  name: string;
  country: string;
  website?: string | undefined;
}

/** Organisations that look like the one described (similar name in the same country, same website domain). */
export async function findDuplicates(
  probe: DuplicateProbe,
  signal?: AbortSignal,
): Promise<DuplicateCandidate[]> {
  const country = CountryCodeSchema.safeParse(probe.country);
  if (probe.name.trim().length < 2 || !country.success) return [];
  const result = await apiClient.get(
    '/organisations/duplicates',
    z.object({ items: z.array(DuplicateCandidateSchema) }),
    {
      query: { name: probe.name.trim(), country: country.data, website: probe.website?.trim() || undefined },
      ...(signal ? { signal } : {}),
    },
  );
  return result.items;
}
