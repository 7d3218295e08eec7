import {
  RegionListSchema,
  TaxonomyListSchema,
  type Region,
  type TaxonomyTerm,
} from '../../../contracts/taxonomy';
import { apiClient } from '../../lib/api';

export type TaxonomyPath = 'technologies' | 'application-domains' | 's3-areas';

export interface Taxonomies {
  technologies: TaxonomyTerm[];
  applicationDomains: TaxonomyTerm[];
  s3Areas: TaxonomyTerm[];
}

// Reference data changes only with a server release, and many pages label codes with it: one
// request per page load is enough. A failed request is forgotten so the next page retries.
const terms = new Map<TaxonomyPath, Promise<TaxonomyTerm[]>>();
const regions = new Map<string, Promise<Region[]>>();

function remember<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

export function loadTerms(path: TaxonomyPath): Promise<TaxonomyTerm[]> {
  return remember(
    terms,
    path,
    async () => (await apiClient.get(`/taxonomies/${path}`, TaxonomyListSchema)).items,
  );
}

export async function loadTaxonomies(): Promise<Taxonomies> {
  const [technologies, applicationDomains, s3Areas] = await Promise.all([
    loadTerms('technologies'),
    loadTerms('application-domains'),
    loadTerms('s3-areas'),
  ]);
  return { technologies, applicationDomains, s3Areas };
}

/** NUTS 2 regions of one country (empty outside the NUTS area). */
export function loadRegions(country: string): Promise<Region[]> {
  return remember(
    regions,
    country,
    async () => (await apiClient.get('/regions', RegionListSchema, { query: { country } })).items,
  );
}

/** Every NUTS 2 region, for pages that label regions of many countries at once. */
export function loadAllRegions(): Promise<Region[]> {
  return remember(regions, '*', async () => (await apiClient.get('/regions', RegionListSchema)).items);
}
