import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link, useLocation, useNavigation, useSubmit } from 'react-router';
import type { OrganisationList } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/errors';
import { isApiError } from '../../lib/api';
import { Alert } from '../../ui/Alert';
import { Button, buttonClass } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/TextField';
import { searchQuery, type DirectoryData, type DirectorySearch, type Scope } from './directory';
import { OrganisationCard } from './OrganisationCard';
import { organisationsApi } from './organisations-api';
import { SearchFilters } from './SearchFilters';
import { useSession } from '../session/session-store';
import { SaveSearchPanel } from '../saved-searches/SaveSearchPanel';

/** The export URL for the current search: the list's parameters, without paging. */
export function exportHref(
  format: 'csv' | 'xlsx',
  search: DirectorySearch,
  scope: Scope | undefined,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchQuery(search, scope))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/v1/organisations/export.${format}${query ? `?${query}` : ''}`;
}

interface ResultsProps {
  first: OrganisationList;
  search: DirectorySearch;
  scope: Scope | undefined;
  technologies: readonly TaxonomyTerm[];
}

/** One search's results; remounted (via `key`) whenever the search changes, which resets "load more". */
function Results({ first, search, scope, technologies }: ResultsProps) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [more, setMore] = useState<OrganisationList[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const items = [...first.items, ...more.flatMap((p) => p.items)];
  const nextCursor = more.length > 0 ? (more.at(-1)?.nextCursor ?? null) : first.nextCursor;

  useEffect(() => {
    // Keyboard users land on the first card that just arrived instead of back at the button.
    if (focusIndex.current === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex.current}"] a`)?.focus();
    focusIndex.current = null;
  }, [more]);

  async function loadMore() {
    if (!nextCursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await organisationsApi.list({ ...searchQuery(search, scope), cursor: nextCursor });
      focusIndex.current = items.length;
      setMore((pages) => [...pages, page]);
    } catch (e) {
      setError(isApiError(e) ? { code: e.code, message: e.message } : { code: 'UNKNOWN', message: '' });
    } finally {
      setLoading(false);
    }
  }

  if (first.total === 0) {
    return (
      <EmptyState title={t('directory.empty.title')} headingId="results-heading">
        <p>{t('directory.empty.body')}</p>
      </EmptyState>
    );
  }

  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" className="results__heading" tabIndex={-1}>
        {search.q
          ? t('directory.resultsFor', {
              count: first.total,
              total: formatNumber(first.total, i18n.language),
              q: search.q,
            })
          : t('directory.results', { count: first.total, total: formatNumber(first.total, i18n.language) })}
      </h2>
      <ul className="org-grid" ref={listRef}>
        {items.map((organisation, index) => (
          <OrganisationCard
            key={organisation.id}
            organisation={organisation}
            technologies={technologies}
            index={index}
          />
        ))}
      </ul>
      <div className="results__footer">
        <p role="status" className="results__shown">
          {t('directory.shown', {
            shown: formatNumber(items.length, i18n.language),
            total: formatNumber(first.total, i18n.language),
          })}
        </p>
        {error && <Alert tone="error">{errors.describe(error)}</Alert>}
        {nextCursor && (
          <Button variant="secondary" onClick={() => void loadMore()} busy={loading} disabled={loading}>
            {t('directory.loadMore')}
          </Button>
        )}
      </div>
    </section>
  );
}

interface DirectoryViewProps {
  data: DirectoryData;
  title: string;
  intro: string;
}

/** The organisation directory: used for all organisations and for the partners pages (one scope). */
export function DirectoryView({ data, title, intro }: DirectoryViewProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const { search, scope } = data;
  const { user } = useSession();
  const isSearching = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  const submit = useSubmit();
  const searchedHere = useRef(false);
  const hasFilters = Boolean(search.q || search.type || search.country || search.technology || search.sort);

  useEffect(() => {
    // The form is rebuilt for the new search and its button disappears: take keyboard and screen
    // reader users to the results, whose heading says how many there are.
    if (!searchedHere.current) return;
    searchedHere.current = false;
    document.getElementById('results-heading')?.focus();
  }, [location.search]);

  return (
    <div className="container page">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <Form
        method="get"
        role="search"
        aria-label={t('directory.search.label')}
        className="search-panel"
        // Remount on each search so the fields show what the URL says (Back, Clear filters).
        key={`search-${location.search}`}
        onSubmit={(event) => {
          // Keep the URL short and readable: leave out the filters left on "all".
          event.preventDefault();
          const params = new URLSearchParams();
          for (const [name, value] of new FormData(event.currentTarget)) {
            if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
          }
          searchedHere.current = true;
          void submit(params, { method: 'get' });
        }}
      >
        <TextField
          id="directory-q"
          name="q"
          type="search"
          label={t('directory.search.query')}
          hint={t('directory.search.queryHint')}
          defaultValue={search.q}
          className="search-panel__query"
        />
        <SearchFilters
          search={search}
          scope={scope}
          facets={data.page.facets}
          technologies={data.technologies}
        />
        <div className="search-panel__actions">
          <Button type="submit" busy={isSearching}>
            {t('directory.search.submit')}
          </Button>
          {hasFilters && (
            <Link to={location.pathname} className={buttonClass('quiet')}>
              {t('directory.search.clear')}
            </Link>
          )}
        </div>
      </Form>
      <ul className="actions export-links" aria-label={t('directory.export.label')}>
        <li>
          <a href={exportHref('csv', search, scope)} download className={buttonClass('quiet', 'sm')}>
            {t('directory.export.csv')}
          </a>
        </li>
        <li>
          <a href={exportHref('xlsx', search, scope)} download className={buttonClass('quiet', 'sm')}>
            {t('directory.export.xlsx')}
          </a>
        </li>
      </ul>
      {user && <SaveSearchPanel key={`save-${location.search}`} search={search} scope={scope} />}
      <Results
        key={`results-${location.search}`}
        first={data.page}
        search={search}
        scope={scope}
        technologies={data.technologies}
      />
    </div>
  );
}
