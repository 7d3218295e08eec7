import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useNavigation } from 'react-router';
import type { FacetName, OrganisationList } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/errors';
import { isApiError } from '../../lib/api';
import { Alert } from '../../ui/Alert';
import { Button, buttonClass } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import {
  effectiveSort,
  hasFilters,
  readSearch,
  searchQuery,
  searchString,
  toggleValue,
  withSort,
  withText,
  writeSearch,
  type DirectoryData,
  type DirectorySearch,
  type Scope,
} from './directory';
import { listDirectory } from './directory-api';
import { OrganisationCard } from './OrganisationCard';
import { SearchFilters } from './SearchFilters';
import { useSession } from '../session/session-store';
import { SaveSearchPanel } from '../saved-searches/SaveSearchPanel';
import './directory.css';

/** Typing waits this long for a pause before searching: one request per pause, not per key. */
const TYPING_DEBOUNCE_MS = 400;

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

/** The map of the same search: the directory's own query string (plus the partners page's scope). */
export function mapHref(search: DirectorySearch, scope: Scope | undefined): string {
  const params = writeSearch(search);
  if (scope) params.set('scope', scope);
  const query = params.toString();
  return `/map${query ? `?${query}` : ''}`;
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
    if (!nextCursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      // The keyset cursor continues exactly after the last card, whatever was added meanwhile.
      const page = await listDirectory({ ...searchQuery(search, scope), cursor: nextCursor });
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
        <p className="results__shown">
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

/**
 * The organisation directory: used for all organisations and for the partners pages (one scope).
 * Every change (text after a pause, a ticked facet, the sort) becomes a new URL, so the search can be
 * bookmarked and Back undoes it; the route loader fetches results and counts for that URL, and
 * react-router aborts the previous request when a newer one starts.
 */
export function DirectoryView({ data, title, intro }: DirectoryViewProps) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const { scope } = data;
  const { user } = useSession();

  // While the next page loads, the controls already show the search being loaded, so quick
  // successive clicks build on each other instead of on the results still on screen.
  const pending =
    navigation.state === 'loading' && navigation.location.pathname === location.pathname
      ? navigation.location
      : null;
  const current = pending ? readSearch(new URLSearchParams(pending.search)) : data.search;
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  });

  const typingRef = useRef(false);
  const timerRef = useRef<number | undefined>(undefined);

  const go = useCallback(
    (next: DirectorySearch, options: { replace?: boolean } = {}) => {
      void navigate(`${location.pathname}${searchString(next)}`, {
        replace: options.replace ?? false,
        preventScrollReset: true,
        // The ticked box shows at once (the pending search is rendered in the same tick as the click),
        // not after a transition: a controlled checkbox otherwise flips back until the state commits.
        flushSync: true,
      });
    },
    [navigate, location.pathname],
  );

  // Back, Forward or "Clear filters" change the text from outside: show it, unless the user is typing.
  useEffect(() => {
    const input = document.getElementById('directory-q');
    if (
      input instanceof HTMLInputElement &&
      document.activeElement !== input &&
      input.value !== data.search.q
    ) {
      input.value = data.search.q;
    }
  }, [data.search.q]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  function onTextChange(text: string) {
    window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => {
      const search = currentRef.current;
      if (text.trim() === search.q) return;
      // The first pause of a burst of typing adds a history entry; the next ones refine it in place.
      go(withText(search, text), { replace: typingRef.current });
      typingRef.current = true;
    }, TYPING_DEBOUNCE_MS);
  }

  function onToggle(facet: FacetName, value: string) {
    typingRef.current = false;
    go(toggleValue(currentRef.current, facet, value));
  }

  const total = data.page.total;
  const isLoading = pending !== null;

  return (
    <div className="container page directory">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <form
        role="search"
        aria-label={t('directory.search.label')}
        className="directory-search"
        onSubmit={(event) => {
          event.preventDefault();
          window.clearTimeout(timerRef.current);
          typingRef.current = false;
          const text = String(new FormData(event.currentTarget).get('q') ?? '');
          if (text.trim() !== current.q) go(withText(current, text));
        }}
      >
        <TextField
          id="directory-q"
          name="q"
          type="search"
          label={t('directory.search.query')}
          hint={t('directory.search.queryHint')}
          defaultValue={data.search.q}
          onChange={(event) => onTextChange(event.target.value)}
          onBlur={() => {
            typingRef.current = false;
          }}
          className="directory-search__query"
        />
        <div className="directory-search__actions">
          <Button type="submit" busy={isLoading}>
            {t('directory.search.submit')}
          </Button>
          <Select
            id="directory-sort"
            name="sort"
            label={t('directory.search.sort')}
            value={effectiveSort(current)}
            onChange={(event) => go(withSort(current, event.target.value))}
          >
            {current.q && <option value="relevance">{t('directory.sort.relevance')}</option>}
            <option value="name">{t('directory.sort.name')}</option>
            <option value="newest">{t('directory.sort.newest')}</option>
          </Select>
          {hasFilters(current) && (
            <Link to={location.pathname} className={buttonClass('quiet')}>
              {t('directory.search.clear')}
            </Link>
          )}
        </div>
      </form>
      {/* Announces each search's outcome to screen readers; it stays mounted so every change is read. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {isLoading
          ? t('directoryFacets.searching')
          : t('directoryFacets.announce', { count: total, total: formatNumber(total, i18n.language) })}
      </p>
      <div className="directory__layout">
        <aside className="directory__filters" aria-labelledby="directory-filters-heading">
          <h2 id="directory-filters-heading" className="h3">
            {t('directoryFacets.heading')}
          </h2>
          <SearchFilters
            search={current}
            facets={data.page.facets}
            taxonomies={data.taxonomies}
            onToggle={onToggle}
          />
        </aside>
        <div className="directory__main" aria-busy={isLoading || undefined}>
          <ul className="actions export-links" aria-label={t('directory.export.label')}>
            <li>
              <a href={exportHref('csv', data.search, scope)} download className={buttonClass('quiet', 'sm')}>
                {t('directory.export.csv')}
              </a>
            </li>
            <li>
              <a
                href={exportHref('xlsx', data.search, scope)}
                download
                className={buttonClass('quiet', 'sm')}
              >
                {t('directory.export.xlsx')}
              </a>
            </li>
            <li>
              <Link to={mapHref(data.search, scope)} className={buttonClass('quiet', 'sm')}>
                {t('directoryFacets.showOnMap')}
              </Link>
            </li>
          </ul>
          {user && <SaveSearchPanel key={`save-${location.search}`} search={data.search} scope={scope} />}
          <Results
            key={`results-${location.search}`}
            first={data.page}
            search={data.search}
            scope={scope}
            technologies={data.technologies}
          />
        </div>
      </div>
    </div>
  );
}
