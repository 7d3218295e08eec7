import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import type { ClusterDirectoryEntry } from '../../contracts/clusters';
import type { Region, TaxonomyTerm } from '../../contracts/taxonomy';
import { clustersApi, type ClusterScope } from '../features/clusters/clusters-api';
import { PageTitle } from '../features/shell/PageTitle';
import { loadAllRegions, loadTerms } from '../features/taxonomy/taxonomy-api';
import { TermList } from '../features/taxonomy/TermList';
import { countryName, formatDate, formatNumber } from '../lib/format';
import { buttonClass } from '../ui/Button';
import { Badge } from '../ui/Badge';
import { EmptyState } from '../ui/EmptyState';

const SCOPES: readonly ClusterScope[] = ['europe', 'beyond'];
const MAX_REGIONS = 5;

/** The scope lives in the URL (?scope=europe|beyond) so the page can be bookmarked; Europe by default. */
function readScope(url: URL): ClusterScope {
  return url.searchParams.get('scope') === 'beyond' ? 'beyond' : 'europe';
}

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = readScope(new URL(request.url));
  const [directory, technologies, regions] = await Promise.all([
    clustersApi.directory(scope, request.signal),
    loadTerms('technologies'),
    // Region names are a nicety: a failure leaves the codes rather than the whole page.
    loadAllRegions().catch(() => [] as Region[]),
  ]);
  return { scope, clusters: directory.items, technologies, regions };
}

interface ClusterCardProps {
  cluster: ClusterDirectoryEntry;
  technologies: readonly TaxonomyTerm[];
  regionName: (code: string) => string;
}

function ClusterCard({ cluster: c, technologies, regionName }: ClusterCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = `cluster-card-${c.id}`;
  const regions = c.regions.slice(0, MAX_REGIONS);
  const hiddenRegions = c.regions.length - regions.length;
  return (
    <li className="org-card">
      <article aria-labelledby={headingId} className="stack-sm">
        <h3 className="org-card__title" id={headingId}>
          <Link to={`/organisations/${c.slug}`} className="org-card__link">
            {c.name}
          </Link>
        </h3>
        <p className="org-card__place">
          <span className="visually-hidden">{t('organisations.card.location')} </span>
          {[c.city, countryName(c.countryCode, lang)].filter(Boolean).join(' · ')}
        </p>
        <p>
          <strong>
            {t('networks.members', { count: c.memberCount, total: formatNumber(c.memberCount, lang) })}
          </strong>
        </p>
        {c.labels.length > 0 && (
          <ul className="term-list" aria-label={t('networks.labels')}>
            {c.labels.map((label) => (
              <li key={`${label.label}-${label.awardedOn}`}>
                <Badge tone={label.label}>
                  {t('networks.label', {
                    label: t(`clusters.labels.${label.label}`),
                    year: label.awardedOn.slice(0, 4),
                  })}
                </Badge>
              </li>
            ))}
          </ul>
        )}
        {regions.length > 0 && (
          <>
            <p className="muted" id={`${headingId}-regions`}>
              {t('networks.regions')}
            </p>
            <ul className="term-list" aria-labelledby={`${headingId}-regions`}>
              {regions.map((r) => (
                <li key={r.code}>
                  <Badge>{regionName(r.code)}</Badge>
                </li>
              ))}
              {hiddenRegions > 0 && (
                <li>
                  <Badge>{t('taxonomy.more', { count: hiddenRegions })}</Badge>
                </li>
              )}
            </ul>
          </>
        )}
        {c.topTechnologies.length > 0 && (
          <>
            <p className="muted">{t('networks.topTechnologies')}</p>
            <TermList
              codes={c.topTechnologies.map((tech) => tech.code)}
              terms={technologies}
              max={5}
              label={t('networks.topTechnologies')}
            />
          </>
        )}
        {c.partnerRequests.length > 0 && (
          <>
            <p className="muted" id={`${headingId}-requests`}>
              {t('networks.partnerRequests')}
            </p>
            <ul aria-labelledby={`${headingId}-requests`}>
              {c.partnerRequests.map((p) => (
                <li key={p.id}>
                  <Link to={`/partner-requests/${p.id}`}>
                    {t('networks.partnerRequestDeadline', { title: p.title, date: formatDate(p.deadline, lang) })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {c.events.length > 0 && (
          <>
            <p className="muted" id={`${headingId}-events`}>
              {t('networks.events')}
            </p>
            <ul aria-labelledby={`${headingId}-events`}>
              {c.events.map((e) => (
                <li key={e.slug}>
                  <Link to={`/events/${e.slug}`}>
                    {t('networks.eventDate', { title: e.title, date: formatDate(e.startsAt, lang) })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { scope, clusters, technologies, regions } = useLoaderData<typeof loader>();
  const location = useLocation();
  const regionName = useMemo(() => {
    const byCode = new Map(regions.map((r) => [r.code, r.name]));
    return (code: string) => byCode.get(code) ?? code;
  }, [regions]);

  return (
    <div className="container page">
      <PageTitle title={t('networks.title')} />
      <h1>{t('networks.title')}</h1>
      <p className="lead">{t('networks.intro')}</p>
      <nav aria-label={t('networks.scope.label')} className="actions">
        {SCOPES.map((s) => (
          <Link
            key={s}
            to={`${location.pathname}?scope=${s}`}
            className={buttonClass(s === scope ? 'primary' : 'secondary', 'sm')}
            aria-current={s === scope ? 'page' : undefined}
          >
            {t(`networks.scope.${s}`)}
          </Link>
        ))}
      </nav>
      {clusters.length === 0 ? (
        <EmptyState title={t('networks.empty')} headingId="networks-heading">
          <p>{t('networks.emptyBody')}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="networks-heading" className="results">
          <h2 id="networks-heading" className="results__heading">
            {t(`networks.count.${scope}`, {
              count: clusters.length,
              total: formatNumber(clusters.length, i18n.language),
            })}
          </h2>
          <ul className="org-grid">
            {clusters.map((cluster) => (
              <ClusterCard
                key={cluster.id}
                cluster={cluster}
                technologies={technologies}
                regionName={regionName}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
