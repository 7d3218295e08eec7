import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  useFetcher,
  useLoaderData,
  useLocation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import type { Organisation } from '../../contracts/organisations';
import { isIntentResult, runIntent } from '../features/memberships/action-result';
import { JoinClusterForm } from '../features/memberships/JoinClusterForm';
import { JoinRequestForm } from '../features/memberships/JoinRequestForm';
import { membershipsApi } from '../features/memberships/memberships-api';
import { OrganisationListings } from '../features/offers-needs/OrganisationListings';
import { ClusterSection } from '../features/organisations/ClusterSection';
import { LocalisedText } from '../features/organisations/LocalisedText';
import { organisationsApi } from '../features/organisations/organisations-api';
import { PublishPanel } from '../features/organisations/PublishPanel';
import { requireUser, useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { TermList } from '../features/taxonomy/TermList';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { useErrorText } from '../lib/errors';
import { failureOf, fieldFailure } from '../lib/forms';
import { countryName, formatDate } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { ConfirmButton } from '../ui/ConfirmButton';

export async function loader({ params }: LoaderFunctionArgs) {
  const [organisation, taxonomies] = await Promise.all([
    organisationsApi.get(params.slug ?? ''),
    loadTaxonomies(),
  ]);
  const [clusterMembers, clusters] = await Promise.all([
    organisation.type === 'cluster_organisation'
      ? membershipsApi.clusterMembers(organisation.id).then((r) => r.items)
      : Promise.resolve([]),
    // Only administrators can ask a cluster to list their organisation.
    organisation.can.edit
      ? organisationsApi.list({ type: 'cluster_organisation', limit: 100 }).then((r) => r.items)
      : Promise.resolve([]),
  ]);
  const joinableClusters = clusters.filter(
    (c) => c.id !== organisation.id && !organisation.clusters.some((member) => member.id === c.id),
  );
  return { organisation, taxonomies, clusterMembers, joinableClusters };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const id = params.slug ?? '';
  switch (intent) {
    case 'publish':
      return runIntent(intent, () => organisationsApi.submit(id));
    case 'unpublish':
      return runIntent(intent, () => organisationsApi.unpublish(id));
    case 'join':
      return runIntent(intent, () =>
        membershipsApi.requestToJoin(id, String(form.get('message') ?? '').trim() || undefined),
      );
    case 'leave':
      return runIntent(intent, () =>
        membershipsApi.remove(String(form.get('organisationId') ?? ''), user.id),
      );
    case 'joinCluster': {
      const clusterId = String(form.get('clusterId') ?? '');
      if (!clusterId) return { ...failureOf([fieldFailure('clusterId', 'choose')]), intent };
      const organisation = await organisationsApi.get(id);
      return runIntent(intent, () => membershipsApi.addClusterMember(clusterId, organisation.id));
    }
    default:
      throw new Response(null, { status: 400 });
  }
}

function Facts({ organisation: o }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows: [string, ReactNode][] = [
    [t('organisations.fields.type'), t(`organisations.type.${o.type}`)],
    [t('organisations.fields.country'), countryName(o.countryCode, lang)],
  ];
  if (o.regionName) rows.push([t('organisations.fields.region'), `${o.regionName} (${o.regionCode ?? ''})`]);
  if (o.city) rows.push([t('organisations.fields.city'), o.city]);
  if (o.website) {
    rows.push([
      t('organisations.fields.website'),
      <a key="website" href={o.website} rel="noopener noreferrer" target="_blank">
        {o.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        <span className="visually-hidden"> {t('ui.newWindow')}</span>
      </a>,
    ]);
  }
  if (o.contactEmail)
    rows.push([
      t('organisations.fields.contactEmail'),
      <a key="mail" href={`mailto:${o.contactEmail}`}>
        {o.contactEmail}
      </a>,
    ]);
  if (o.sizeBand) rows.push([t('organisations.fields.sizeBand'), t(`organisations.sizeBand.${o.sizeBand}`)]);
  if (o.yearFounded) rows.push([t('organisations.fields.yearFounded'), String(o.yearFounded)]);
  rows.push([t('organisations.detail.updated'), formatDate(o.updatedAt, lang)]);
  return (
    <Card as="section" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="h3">
        {t('organisations.detail.facts')}
      </h2>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function MembershipPanel({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { user } = useSession();
  const location = useLocation();
  const fetcher = useFetcher<unknown>();
  const result = isIntentResult(fetcher.data) ? fetcher.data : undefined;
  const membership = o.myMembership;

  if (!user) {
    return (
      <p>
        <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('memberships.join.loginToJoin')}
        </Link>
      </p>
    );
  }
  if (o.can.requestToJoin) {
    return (
      <>
        {membership?.status === 'rejected' && <p className="muted">{t('memberships.status.rejected')}</p>}
        <JoinRequestForm organisationName={o.name} />
      </>
    );
  }
  if (!membership) return <p className="muted">{t('memberships.join.unavailable')}</p>;
  const isActive = membership.status === 'active';
  return (
    <div className="stack-sm">
      <p>
        {membership.status === 'pending'
          ? t('memberships.status.pending')
          : membership.role === 'admin'
            ? t('memberships.status.activeAdmin')
            : t('memberships.status.activeMember')}
      </p>
      <fetcher.Form method="post">
        <input type="hidden" name="organisationId" value={o.id} />
        <ConfirmButton
          name="intent"
          value="leave"
          variant="secondary"
          question={isActive ? t('memberships.leave.question') : t('memberships.withdraw.question')}
          confirmLabel={isActive ? t('memberships.leave.confirm') : t('memberships.withdraw.confirm')}
          cancelLabel={t('ui.cancel')}
          disabled={fetcher.state !== 'idle'}
        >
          {isActive ? t('memberships.leave.button') : t('memberships.withdraw.button')}
        </ConfirmButton>
      </fetcher.Form>
      {result && !result.ok && (
        <Alert tone="error">
          {errors.describe(result.error, { UNPROCESSABLE: t('memberships.lastAdmin') })}
        </Alert>
      )}
    </div>
  );
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { organisation: o, taxonomies, clusterMembers, joinableClusters } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const lang = i18n.language;
  const place = [o.city, o.regionName, countryName(o.countryCode, lang)].filter(Boolean).join(' · ');
  const hasBothDescriptions = Boolean(o.descriptionEn && o.descriptionFr);
  const otherLanguage = lang === 'fr' ? 'en' : 'fr';
  const canManage = o.can.manageMembers || o.can.manageClusterMembers;
  const { user } = useSession();
  const canMerge = Boolean(user?.isPlatformAdmin);

  return (
    <div className="container page">
      <PageTitle title={o.name} />
      <nav aria-label={t('ui.breadcrumb')} className="breadcrumb">
        <Link to="/organisations">{t('nav.directory')}</Link>
      </nav>
      {params.get('created') && o.status === 'draft' && (
        <Alert tone="success" title={t('organisations.create.done')}>
          <p>{t('organisations.create.doneBody')}</p>
        </Alert>
      )}
      {params.get('saved') && <Alert tone="success">{t('organisations.edit.done')}</Alert>}

      <header className="org-header">
        <div className="org-header__badges">
          <Badge tone={o.type === 'cluster_organisation' ? 'gold' : 'neutral'}>
            {t(`organisations.type.${o.type}`)}
          </Badge>
          {o.status !== 'published' && <Badge tone="warning">{t(`organisations.status.${o.status}`)}</Badge>}
        </div>
        <h1>{o.name}</h1>
        <p className="org-header__place">{place}</p>
      </header>

      <div className="org-layout">
        <div className="org-layout__main">
          {/* Always in the same place, so the outcome of publishing stays on screen as the status changes. */}
          {o.can.edit && (
            <Card className={o.status === 'published' ? 'callout callout--done' : 'callout'}>
              <PublishPanel organisation={o} />
            </Card>
          )}

          <section className="detail-section" aria-labelledby="about-heading">
            <h2 id="about-heading">{t('organisations.detail.about')}</h2>
            {o.descriptionEn || o.descriptionFr ? (
              <LocalisedText en={o.descriptionEn} fr={o.descriptionFr} className="prose" />
            ) : (
              <p className="muted">{t('organisations.detail.noDescription')}</p>
            )}
            {hasBothDescriptions && (
              <details className="other-language">
                <summary>{t(`organisations.detail.descriptionIn.${otherLanguage}`)}</summary>
                <div className="prose" lang={otherLanguage}>
                  {(otherLanguage === 'en' ? o.descriptionEn : o.descriptionFr)
                    ?.split(/\n{2,}/)
                    .map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                </div>
              </details>
            )}
          </section>

          <section className="detail-section" aria-labelledby="expertise-heading">
            <h2 id="expertise-heading">{t('organisations.detail.expertise')}</h2>
            <dl className="term-groups">
              <div>
                <dt>{t('organisations.fields.technologies')}</dt>
                <dd>
                  {o.technologies.length ? (
                    <TermList
                      codes={o.technologies}
                      terms={taxonomies.technologies}
                      label={t('organisations.fields.technologies')}
                    />
                  ) : (
                    <span className="muted">{t('organisations.detail.notGiven')}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('organisations.fields.applicationDomains')}</dt>
                <dd>
                  {o.applicationDomains.length ? (
                    <TermList
                      codes={o.applicationDomains}
                      terms={taxonomies.applicationDomains}
                      label={t('organisations.fields.applicationDomains')}
                    />
                  ) : (
                    <span className="muted">{t('organisations.detail.notGiven')}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('organisations.fields.s3Areas')}</dt>
                <dd>
                  {o.s3Areas.length ? (
                    <TermList
                      codes={o.s3Areas}
                      terms={taxonomies.s3Areas}
                      label={t('organisations.fields.s3Areas')}
                    />
                  ) : (
                    <span className="muted">{t('organisations.detail.notGiven')}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('organisations.fields.valueChainRoles')}</dt>
                <dd>
                  {o.valueChainRoles.length ? (
                    <ul className="term-list" aria-label={t('organisations.fields.valueChainRoles')}>
                      {o.valueChainRoles.map((role) => (
                        <li key={role}>
                          <Badge>{t(`organisations.role.${role}`)}</Badge>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('organisations.detail.notGiven')}</span>
                  )}
                </dd>
              </div>
              {o.keywords.length > 0 && (
                <div>
                  <dt>{t('organisations.fields.keywords')}</dt>
                  <dd>{o.keywords.join(' · ')}</dd>
                </div>
              )}
            </dl>
          </section>

          {o.cluster && <ClusterSection cluster={o.cluster} members={clusterMembers} />}
          <OrganisationListings organisationId={o.id} isMember={o.myMembership?.status === 'active'} canPublish={o.can.edit} />

          {o.clusters.length > 0 && (
            <section className="detail-section" aria-labelledby="member-of-heading">
              <h2 id="member-of-heading">{t('organisations.detail.memberOf')}</h2>
              <ul className="link-list">
                {o.clusters.map((c) => (
                  <li key={c.id}>
                    <Link to={`/organisations/${c.slug}`}>{c.name}</Link>
                    <span className="muted">
                      {' '}
                      · {countryName(c.countryCode, lang)}
                      {c.since && <> · {t('clusters.members.since', { date: formatDate(c.since, lang) })}</>}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        <aside className="org-layout__side" aria-label={t('organisations.detail.sidebar')}>
          <Facts organisation={o} />
          {(o.can.edit || canManage || canMerge) && (
            <Card as="section" aria-labelledby="admin-heading">
              <h2 id="admin-heading" className="h3">
                {t('organisations.detail.administration')}
              </h2>
              <div className="stack-sm">
                {o.can.edit && (
                  <Link
                    to={`/organisations/${o.slug}/edit`}
                    className={buttonClass('primary', 'md', 'btn--block')}
                  >
                    {t('organisations.detail.edit')}
                  </Link>
                )}
                {canManage && (
                  <Link
                    to={`/organisations/${o.slug}/members`}
                    className={buttonClass('secondary', 'md', 'btn--block')}
                  >
                    {t('organisations.detail.manageMembers')}
                  </Link>
                )}
                {canMerge && (
                  <Link
                    to={`/admin/duplicates?duplicate=${encodeURIComponent(o.slug)}`}
                    className={buttonClass('secondary', 'md', 'btn--block')}
                  >
                    {t('organisations.detail.mergeDuplicate')}
                  </Link>
                )}
              </div>
            </Card>
          )}
          <Card as="section" aria-labelledby="membership-heading">
            <h2 id="membership-heading" className="h3">
              {t('memberships.panel.title')}
            </h2>
            <MembershipPanel organisation={o} />
          </Card>
          {o.can.edit && joinableClusters.length > 0 && (
            <Card as="section" aria-labelledby="join-cluster-heading">
              <h2 id="join-cluster-heading" className="h3">
                {t('memberships.joinCluster.title')}
              </h2>
              <JoinClusterForm clusters={joinableClusters} />
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
