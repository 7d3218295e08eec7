import { OrganisationMapSchema } from '../../../contracts/map';
import { isCountryCode } from '../../../contracts/countries';
import { CLUSTER_LABELS, ORGANISATION_TYPES, OrganisationListSchema, SEARCH_SORTS, VALUE_CHAIN_ROLES } from '../../../contracts/organisations';
import { apiClient, type Query } from '../../lib/api';

/** The directory filters the map page reads from its URL (GET /organisations parameters). */
export const FILTER_KEYS = ['q', 'type', 'country', 'region', 'technology', 'domain', 's3', 'role', 'cluster', 'label', 'scope'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type MapFilters = Partial<Record<FilterKey, string[]>>;

const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
/** What the API accepts for each filter: hand-edited or outdated values are dropped, not an error page. */
const VALID: Record<Exclude<FilterKey, 'q'>, (value: string) => boolean> = {
  type: oneOf(ORGANISATION_TYPES),
  country: isCountryCode,
  region: (v) => /^[A-Z]{2}[A-Z0-9]{1,3}$/.test(v),
  technology: (v) => /^tech:[a-z0-9.-]+$/.test(v),
  domain: (v) => /^domain:[a-z0-9.-]+$/.test(v),
  s3: (v) => /^s3:[a-z0-9.-]+$/.test(v),
  role: oneOf(VALUE_CHAIN_ROLES),
  cluster: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  label: oneOf(CLUSTER_LABELS),
  scope: oneOf(['europe', 'beyond']),
};

export type MapLevel = 'regions' | 'countries';
export type MapLayer = 'organisations' | 'partnerships';

export interface MapSearch {
  filters: MapFilters;
  /** Sort of the list below the map (the directory's parameter, kept when going back). */
  sort: string | null;
  level: MapLevel;
  layer: MapLayer;
}

/**
 * The search lives in the URL, in the directory's own parameters (so /organisations?… and /map?…
 * share a query string), plus the map's `level` and `layer`. Values may repeat or be comma-separated.
 */
export function readMapSearch(url: URL): MapSearch {
  const params = url.searchParams;
  const filters: MapFilters = {};
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => (key === 'q' ? [v] : v.split(',')))
      .map((v) => (key === 'country' ? v.trim().toUpperCase() : v.trim()))
      .filter((v) => v && (key === 'q' || VALID[key](v)));
    if (values.length) filters[key] = key === 'q' ? [values.join(' ').slice(0, 200)] : [...new Set(values)].slice(0, 50);
  }
  if (filters.scope) filters.scope = filters.scope.slice(0, 1);
  return {
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(params.get('sort') ?? '') ? params.get('sort') : null,
    level: params.get('level') === 'countries' ? 'countries' : 'regions',
    layer: params.get('layer') === 'partnerships' ? 'partnerships' : 'organisations',
  };
}

/** The filters as API query parameters (lists comma-separated, as the contract accepts). */
export function filterQuery(filters: MapFilters): Query {
  const query: Query = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) query[key] = values.join(',');
  }
  return query;
}

/** A query string of the filters (and sort), for the directory link, exports and the URL. */
export function filterSearchParams(filters: MapFilters, sort: string | null = null): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) if (value) params.set(key, String(value));
  if (sort) params.set('sort', sort);
  return params;
}

export function mapSearchParams(search: MapSearch): URLSearchParams {
  const params = filterSearchParams(search.filters, search.sort);
  if (search.level !== 'regions') params.set('level', search.level);
  if (search.layer !== 'organisations') params.set('layer', search.layer);
  return params;
}

/**
 * Selecting an area replaces the geographic selection (a region implies its country); selecting the
 * selected area again clears it.
 */
export function selectArea(search: MapSearch, kind: 'region' | 'country', code: string): MapSearch {
  const isSelected = search.filters[kind]?.length === 1 && search.filters[kind]![0] === code;
  const filters: MapFilters = { ...search.filters };
  delete filters.region;
  delete filters.country;
  if (!isSelected) filters[kind] = [code];
  return { ...search, filters };
}

export function withoutFilter(search: MapSearch, key: FilterKey, value: string): MapSearch {
  const filters: MapFilters = { ...search.filters };
  const rest = (filters[key] ?? []).filter((v) => v !== value);
  if (rest.length) filters[key] = rest;
  else delete filters[key];
  // A relevance order needs a search text.
  const sort = key === 'q' && search.sort === 'relevance' ? null : search.sort;
  return { ...search, filters, sort };
}

export const exportHref = (format: 'csv' | 'xlsx', filters: MapFilters) => {
  const query = filterSearchParams(filters).toString();
  return `/api/v1/organisations/export.${format}${query ? `?${query}` : ''}`;
};

export const LIST_PAGE = 12;

export const mapApi = {
  counts: (filters: MapFilters, signal?: AbortSignal) =>
    apiClient.get('/organisations/map', OrganisationMapSchema, { query: filterQuery(filters), ...(signal ? { signal } : {}) }),
  list: (filters: MapFilters, sort: string | null, cursor?: string, signal?: AbortSignal) =>
    apiClient.get('/organisations', OrganisationListSchema, {
      query: {
        ...filterQuery(filters),
        // Relevance needs a search text: without one, the server's default (name) applies.
        sort: sort && (sort !== 'relevance' || filters.q) ? sort : undefined,
        limit: LIST_PAGE,
        facets: 'false',
        cursor,
      },
      ...(signal ? { signal } : {}),
    }),
};
