import { isCountryCode } from '../../../contracts/countries';
import {
  CLUSTER_LABELS,
  FACET_NAMES,
  ORGANISATION_TYPES,
  SEARCH_SORTS,
  VALUE_CHAIN_ROLES,
  type FacetName,
  type OrganisationType,
  type ValueChainRole,
} from '../../../contracts/organisations';
import { loadTaxonomies } from '../taxonomy/taxonomy-api';
import { listDirectory, type DirectoryQuery } from './directory-api';
import type { SearchSort } from './organisations-api';

export type Scope = 'europe' | 'beyond';
export type ClusterLabel = (typeof CLUSTER_LABELS)[number];

/** Every facet of the directory, in the order the filters are shown and written to the URL. */
export const DIRECTORY_FACETS = FACET_NAMES;

/** The whole search, as the URL holds it: text, one list of values per facet (ANDed across facets, ORed within) and sort. */
export interface DirectorySearch {
  q: string;
  type: OrganisationType[];
  country: string[];
  region: string[];
  technology: string[];
  domain: string[];
  s3: string[];
  role: ValueChainRole[];
  cluster: string[];
  label: ClusterLabel[];
  /** Empty: the server's default (relevance with a search text, else name). */
  sort: SearchSort | '';
}

/** The API accepts at most this many values per filter. */
const MAX_VALUES = 50;
const MAX_QUERY = 200;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which values each facet accepts; hand-edited or outdated URLs lose only their bad values. */
const VALID: Record<FacetName, (value: string) => boolean> = {
  type: (v) => isOneOf(ORGANISATION_TYPES, v),
  country: (v) => isCountryCode(v),
  region: (v) => /^[A-Z]{2}[A-Z0-9]{1,3}$/.test(v),
  technology: (v) => /^tech:[a-z0-9.-]+$/.test(v),
  domain: (v) => /^domain:[a-z0-9.-]+$/.test(v),
  s3: (v) => /^s3:[a-z0-9.-]+$/.test(v),
  role: (v) => isOneOf(VALUE_CHAIN_ROLES, v),
  cluster: (v) => UUID.test(v),
  label: (v) => isOneOf(CLUSTER_LABELS, v),
};

/** How a value is written in a URL by hand ("fr", "FRI1 ") becomes the canonical one. */
const NORMALISE: Partial<Record<FacetName, (value: string) => string>> = {
  country: (v) => v.toUpperCase(),
  region: (v) => v.toUpperCase(),
  cluster: (v) => v.toLowerCase(),
};

export function emptySearch(): DirectorySearch {
  return {
    q: '',
    type: [],
    country: [],
    region: [],
    technology: [],
    domain: [],
    s3: [],
    role: [],
    cluster: [],
    label: [],
    sort: '',
  };
}

function readValues(params: URLSearchParams, facet: FacetName): string[] {
  const normalise = NORMALISE[facet] ?? ((v: string) => v);
  const values = params
    .getAll(facet)
    // Repeated (`type=sme&type=university`) or comma-separated (`type=sme,university`), as the API.
    .flatMap((v) => v.split(','))
    .map((v) => normalise(v.trim()))
    .filter((v) => v && VALID[facet](v));
  return [...new Set(values)].slice(0, MAX_VALUES);
}

/** The search lives in the URL so results can be bookmarked, shared and reached with Back. */
export function readSearch(url: URL | URLSearchParams): DirectorySearch {
  const params = url instanceof URL ? url.searchParams : url;
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const sort = params.get('sort') ?? '';
  const search = emptySearch();
  search.q = q;
  for (const facet of DIRECTORY_FACETS) {
    // The validators above guarantee each facet's element type.
    (search[facet] as string[]) = readValues(params, facet);
  }
  // Relevance needs a search text; without one the server refuses it.
  search.sort = isOneOf(SEARCH_SORTS, sort) && (sort !== 'relevance' || q) ? sort : '';
  return search;
}

/**
 * The canonical query string of a search: text first, then each facet's values repeated in facet
 * order, then sort; empty filters left out. `readSearch(writeSearch(s))` gives `s` back.
 */
export function writeSearch(search: DirectorySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  for (const facet of DIRECTORY_FACETS) for (const value of search[facet]) params.append(facet, value);
  if (search.sort && (search.sort !== 'relevance' || search.q.trim())) params.set('sort', search.sort);
  return params;
}

/** `?…` for a link, or the empty string when the search is empty. */
export function searchString(search: DirectorySearch): string {
  const query = writeSearch(search).toString();
  return query ? `?${query}` : '';
}

export function hasFilters(search: DirectorySearch): boolean {
  return Boolean(search.q || search.sort || DIRECTORY_FACETS.some((f) => search[f].length > 0));
}

/** Ticks or unticks one facet value. */
export function toggleValue(search: DirectorySearch, facet: FacetName, value: string): DirectorySearch {
  const current = search[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...search, [facet]: next };
}

export function withText(search: DirectorySearch, q: string): DirectorySearch {
  const text = q.trim().slice(0, MAX_QUERY);
  // Without a text, a relevance sort means nothing: back to the default.
  return { ...search, q: text, sort: !text && search.sort === 'relevance' ? '' : search.sort };
}

export function withSort(search: DirectorySearch, sort: string): DirectorySearch {
  return { ...search, sort: isOneOf(SEARCH_SORTS, sort) ? sort : '' };
}

/** The sort the server applies: the chosen one, else relevance with a text, else name. */
export function effectiveSort(search: DirectorySearch): SearchSort {
  return search.sort || (search.q ? 'relevance' : 'name');
}

/** The API query of a search (lists comma-separated, as GET /organisations accepts them). */
export function searchQuery(search: DirectorySearch, scope: Scope | undefined): DirectoryQuery {
  const query: DirectoryQuery = { q: search.q || undefined, sort: search.sort || undefined, scope };
  for (const facet of DIRECTORY_FACETS) {
    const values = search[facet];
    if (values.length) query[facet] = values.join(',');
  }
  return query;
}

export async function loadDirectory(request: Request, scope?: Scope) {
  const search = readSearch(new URL(request.url));
  const [page, taxonomies] = await Promise.all([
    listDirectory({ ...searchQuery(search, scope), facets: true }, request.signal),
    loadTaxonomies(),
  ]);
  return { search, page, technologies: taxonomies.technologies, taxonomies, scope };
}

export type DirectoryData = Awaited<ReturnType<typeof loadDirectory>>;
