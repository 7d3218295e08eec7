import { useTranslation } from 'react-i18next';
import { Form, Link, useNavigation, useSearchParams } from 'react-router';
import type { Need, Offer } from '../../../contracts/offers-needs';
import { countryName } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button, buttonClass } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Checkbox } from '../../ui/Checkbox';
import { EmptyState } from '../../ui/EmptyState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { CountryOptions } from '../organisations/CountryOptions';
import { useSession } from '../session/session-store';
import { PageTitle } from '../shell/PageTitle';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel, useTermLabels } from '../taxonomy/use-term-labels';
import type { ListingKind } from './offers-needs-api';
import './offers-needs.css';

/** The list parameters a page URL carries, passed as they are to the API. */
export const LIST_PARAMS = [
  'q',
  'technology',
  'domain',
  'country',
  'organisation',
  'scope',
  'cursor',
] as const;

export function listQueryFrom(url: URL): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const key of LIST_PARAMS) query[key] = url.searchParams.get(key) ?? undefined;
  return query;
}

interface ListingsPageProps {
  kind: ListingKind;
  items: (Offer | Need)[];
  total: number;
  nextCursor: string | null;
  taxonomies: Taxonomies;
}

const base = (kind: ListingKind) => (kind === 'offer' ? '/offers' : '/needs');

export function StatusBadge({ status }: { status: Offer['status'] }) {
  const { t } = useTranslation();
  const tone = status === 'published' ? 'success' : status === 'draft' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{t(`offersNeeds.status.${status}`)}</Badge>;
}

export function OwnerLine({ owner }: { owner: Offer['organisation'] }) {
  const { t, i18n } = useTranslation();
  return (
    <span>
      <Link to={`/organisations/${owner.slug}`}>{owner.name}</Link> · {t(`organisations.type.${owner.type}`)}{' '}
      · {owner.regionName ? `${owner.regionName}, ` : ''}
      {countryName(owner.country, i18n.language)}
    </span>
  );
}

function ListingCard({
  kind,
  item,
  labelOf,
}: {
  kind: ListingKind;
  item: Offer | Need;
  labelOf: (code: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = `listing-${item.id}`;
  const text = 'summary' in item ? item.summary : item.problem;
  return (
    <Card as="li">
      <h2 className="listing-card__title" id={headingId}>
        <Link to={`${base(kind)}/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="listing-meta">
        <OwnerLine owner={item.organisation} />
        {item.status !== 'published' && <StatusBadge status={item.status} />}
        {'trl' in item && item.trl !== null && (
          <Badge tone="info">{t('offersNeeds.detail.trl', { level: item.trl })}</Badge>
        )}
      </p>
      <p>{text.length > 280 ? `${text.slice(0, 277)}…` : text}</p>
      {(item.technologies.length > 0 || item.applicationDomains.length > 0) && (
        <ul className="listing-terms" aria-label={t('offersNeeds.fields.technologies')}>
          {[...item.applicationDomains, ...item.technologies].slice(0, 6).map((code) => (
            <li key={code}>
              <Badge>{labelOf(code)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function ListingsPage({ kind, items, total, nextCursor, taxonomies }: ListingsPageProps) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const busy = navigation.state === 'loading';
  const section = kind === 'offer' ? 'offers' : 'needs';
  const labelOf = useTermLabels([...taxonomies.technologies, ...taxonomies.applicationDomains]);
  const nextParams = new URLSearchParams(params);
  if (nextCursor) nextParams.set('cursor', nextCursor);
  const organisation = params.get('organisation');

  return (
    <div className="container page">
      <PageTitle title={t(`offersNeeds.${section}.title`)} />
      <div className="section-heading">
        <h1>{t(`offersNeeds.${section}.title`)}</h1>
        {user && (
          <Link to={`${base(kind)}/new`} className={buttonClass('primary')}>
            {t(`offersNeeds.${section}.new`)}
          </Link>
        )}
      </div>
      <p className="lead">{t(`offersNeeds.${section}.lead`)}</p>
      {organisation && items[0] && (
        <p>
          <Link to={`/organisations/${items[0].organisation.slug}`}>
            {t('offersNeeds.list.organisationFilter', { name: items[0].organisation.name })}
          </Link>
        </p>
      )}

      <Form method="get" className="listing-filters" aria-label={t('offersNeeds.list.filters')}>
        <TextField
          id={`${kind}-filter-q`}
          label={t('offersNeeds.list.search')}
          name="q"
          type="search"
          placeholder={t('offersNeeds.list.searchPlaceholder')}
          defaultValue={params.get('q') ?? ''}
        />
        <Select
          id={`${kind}-filter-technology`}
          label={t('offersNeeds.fields.technologies')}
          name="technology"
          defaultValue={params.get('technology') ?? ''}
        >
          <option value="">{t('offersNeeds.list.anyTechnology')}</option>
          {taxonomies.technologies.map((term) => (
            <option key={term.code} value={term.code}>
              {term.parentCode ? '— ' : ''}
              {termLabel(term, i18n.language)}
            </option>
          ))}
        </Select>
        <Select
          id={`${kind}-filter-domain`}
          label={t('offersNeeds.fields.applicationDomains')}
          name="domain"
          defaultValue={params.get('domain') ?? ''}
        >
          <option value="">{t('offersNeeds.list.anyDomain')}</option>
          {taxonomies.applicationDomains.map((term) => (
            <option key={term.code} value={term.code}>
              {termLabel(term, i18n.language)}
            </option>
          ))}
        </Select>
        <Select
          id={`${kind}-filter-country`}
          label={t('organisations.fields.country')}
          name="country"
          defaultValue={params.get('country') ?? ''}
        >
          <option value="">{t('offersNeeds.list.anyCountry')}</option>
          <CountryOptions />
        </Select>
        {user && (
          <Checkbox
            id={`${kind}-filter-mine`}
            label={t('offersNeeds.list.mine')}
            name="scope"
            value="mine"
            defaultChecked={params.get('scope') === 'mine'}
          />
        )}
        {organisation && <input type="hidden" name="organisation" value={organisation} />}
        <div className="listing-filters__actions">
          <Button type="submit" busy={busy}>
            {t('offersNeeds.list.apply')}
          </Button>
          <Link to={base(kind)} className={buttonClass('quiet')}>
            {t('offersNeeds.list.reset')}
          </Link>
        </div>
      </Form>

      <p role="status">{t('offersNeeds.list.count', { count: total })}</p>
      {items.length === 0 ? (
        <EmptyState title={t('offersNeeds.list.emptyTitle')}>{t('offersNeeds.list.emptyBody')}</EmptyState>
      ) : (
        <ul className="listing-list">
          {items.map((item) => (
            <ListingCard key={item.id} kind={kind} item={item} labelOf={labelOf} />
          ))}
        </ul>
      )}
      {nextCursor && (
        <p>
          <Link to={`?${nextParams.toString()}`} className={buttonClass('secondary')}>
            {t('offersNeeds.list.more')}
          </Link>
        </p>
      )}
    </div>
  );
}
