import { isCountryCode } from '../../../contracts/countries';
import { ORGANISATION_TYPES, SEARCH_SORTS, type OrganisationType } from '../../../contracts/organisations';
import { loadTerms } from '../taxonomy/taxonomy-api';
import { organisationsApi, type ListQuery, type SearchSort } from './organisations-api';

export type Scope = 'europe' | 'beyond';

export interface DirectorySearch {
  q: string;
  type: OrganisationType | '';
  country: string;
  technology: string;
  /** Empty: the server's default (relevance with a search text, else name). */
  sort: SearchSort | '';
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The search lives in the URL so results can be bookmarked, shared and reached with Back. */
export function readSearch(url: URL): DirectorySearch {
  const params = url.searchParams;
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const type = params.get('type') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  const technology = params.get('technology') ?? '';
  const sort = params.get('sort') ?? '';
  // Hand-edited or outdated URLs fall back to "all" rather than an error page.
  return {
    q,
    type: isOneOf(ORGANISATION_TYPES, type) ? type : '',
    country: isCountryCode(country) ? country : '',
    technology: /^tech:[a-z0-9.-]+$/.test(technology) ? technology : '',
    // Relevance needs a search text; without one the server refuses it.
    sort: isOneOf(SEARCH_SORTS, sort) && (sort !== 'relevance' || q) ? sort : '',
  };
}

export function searchQuery(search: DirectorySearch, scope: Scope | undefined): ListQuery {
  return {
    q: search.q || undefined,
    type: search.type || undefined,
    country: search.country || undefined,
    technology: search.technology || undefined,
    sort: search.sort || undefined,
    scope,
  };
}

export async function loadDirectory(request: Request, scope?: Scope) {
  const search = readSearch(new URL(request.url));
  const [page, technologies] = await Promise.all([
    organisationsApi.list({ ...searchQuery(search, scope), facets: true }, request.signal),
    loadTerms('technologies'),
  ]);
  return { search, page, technologies, scope };
}

export type DirectoryData = Awaited<ReturnType<typeof loadDirectory>>;
