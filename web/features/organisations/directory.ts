import { isCountryCode } from '../../../contracts/countries';
import { ORGANISATION_TYPES, type OrganisationType } from '../../../contracts/organisations';
import { loadTerms } from '../taxonomy/taxonomy-api';
import { organisationsApi } from './organisations-api';

export type Scope = 'europe' | 'beyond';

export interface DirectorySearch {
  q: string;
  type: OrganisationType | '';
  country: string;
}

function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

/** The search lives in the URL so results can be bookmarked, shared and reached with Back. */
export function readSearch(url: URL): DirectorySearch {
  const type = url.searchParams.get('type') ?? '';
  const country = (url.searchParams.get('country') ?? '').toUpperCase();
  return {
    q: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
    // Hand-edited URLs with unknown values fall back to "all" rather than an error page.
    type: isOrganisationType(type) ? type : '',
    country: isCountryCode(country) ? country : '',
  };
}

export function searchQuery(search: DirectorySearch, scope: Scope | undefined) {
  return {
    q: search.q || undefined,
    type: search.type || undefined,
    country: search.country || undefined,
    scope,
  };
}

export async function loadDirectory(request: Request, scope?: Scope) {
  const search = readSearch(new URL(request.url));
  const [page, technologies] = await Promise.all([
    organisationsApi.list(searchQuery(search, scope), request.signal),
    loadTerms('technologies'),
  ]);
  return { search, page, technologies, scope };
}

export type DirectoryData = Awaited<ReturnType<typeof loadDirectory>>;
