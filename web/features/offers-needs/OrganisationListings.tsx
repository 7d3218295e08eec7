import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need, Offer } from '../../../contracts/offers-needs';
import { StatusBadge } from './ListingsPage';
import { needsApi, offersApi } from './offers-needs-api';

interface Listings {
  key: string;
  offers: Offer[];
  needs: Need[];
}

/**
 * The organisation's technology offers and needs, on its profile page. Its members also see drafts;
 * its administrators get the links to publish new ones for it.
 */
export function OrganisationListings({
  organisationId,
  isMember,
  canPublish,
}: {
  organisationId: string;
  isMember: boolean;
  canPublish: boolean;
}) {
  const { t } = useTranslation();
  const [listings, setListings] = useState<Listings | null>(null);
  const key = `${organisationId}:${isMember}`;

  useEffect(() => {
    const controller = new AbortController();
    const query = { organisation: organisationId, limit: 20, ...(isMember ? { scope: 'mine' } : {}) };
    Promise.all([offersApi.list(query), needsApi.list(query)]).then(
      ([offers, needs]) => {
        if (!controller.signal.aborted) setListings({ key, offers: offers.items, needs: needs.items });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [organisationId, isMember, key]);

  const shown = listings?.key === key ? listings : null;
  const isEmpty = !shown || (shown.offers.length === 0 && shown.needs.length === 0);
  if (isEmpty && !canPublish) return null;

  const group = (kind: 'offer' | 'need', items: (Offer | Need)[]) =>
    items.length > 0 && (
      <>
        <h3>{t(kind === 'offer' ? 'offersNeeds.nav.offers' : 'offersNeeds.nav.needs')}</h3>
        <ul className="link-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/${kind === 'offer' ? 'offers' : 'needs'}/${item.id}`}>{item.title}</Link>
              {item.status !== 'published' && (
                <>
                  {' '}
                  <StatusBadge status={item.status} />
                </>
              )}
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <section className="detail-section" aria-labelledby="offers-needs-heading">
      <h2 id="offers-needs-heading">{t('offersNeeds.organisation.title')}</h2>
      {shown && group('offer', shown.offers)}
      {shown && group('need', shown.needs)}
      {canPublish && (
        <p>
          <Link to={`/offers/new?organisation=${organisationId}`}>{t('offersNeeds.offers.new')}</Link>
          {' · '}
          <Link to={`/needs/new?organisation=${organisationId}`}>{t('offersNeeds.needs.new')}</Link>
        </p>
      )}
    </section>
  );
}
