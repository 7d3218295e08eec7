import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link, useActionData, useNavigation, useSearchParams } from 'react-router';
import type { Need, Offer } from '../../../contracts/offers-needs';
import { useErrorText } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { isFormFailure } from '../../lib/forms';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button, buttonClass } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Tabs } from '../../ui/Tabs';
import { LocalisedText } from '../organisations/LocalisedText';
import { useSession } from '../session/session-store';
import { PageTitle } from '../shell/PageTitle';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { useTermLabels } from '../taxonomy/use-term-labels';
import { OwnerLine, StatusBadge } from './ListingsPage';
import { MatchesPanel } from './MatchesPanel';
import { messageLink, type ListingKind } from './offers-needs-api';
import './offers-needs.css';

function ContactBox({ kind, item }: { kind: ListingKind; item: Offer | Need }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!item.contactUserId || user?.id === item.contactUserId) return null;
  return (
    <p>
      {user ? (
        <Link to={messageLink(item.contactUserId, kind, item.id)} className={buttonClass('secondary')}>
          {t('offersNeeds.detail.contact')}
        </Link>
      ) : (
        <Link
          to={`/login?next=${encodeURIComponent(`/${kind === 'offer' ? 'offers' : 'needs'}/${item.id}`)}`}
        >
          {t('offersNeeds.detail.loginToContact')}
        </Link>
      )}
    </p>
  );
}

function Actions({ kind, item }: { kind: ListingKind; item: Offer | Need }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const { can } = item;
  if (!can.edit && !can.publish && !can.archive && !can.delete) return null;
  const intent = (
    name: string,
    label: string,
    variant: 'primary' | 'secondary' | 'danger' = 'secondary',
    confirm?: string,
  ) => (
    <Form
      method="post"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <input type="hidden" name="intent" value={name} />
      <Button type="submit" variant={variant} disabled={busy}>
        {label}
      </Button>
    </Form>
  );
  return (
    <div className="listing-actions" role="group" aria-label={t('offersNeeds.detail.actionsLabel')}>
      {can.edit && (
        <Link
          to={`/${kind === 'offer' ? 'offers' : 'needs'}/${item.id}/edit`}
          className={buttonClass('secondary')}
        >
          {t('offersNeeds.detail.edit')}
        </Link>
      )}
      {can.publish && intent('publish', t('offersNeeds.detail.publish'), 'primary')}
      {can.archive && intent('archive', t('offersNeeds.detail.archive'))}
      {can.delete &&
        intent('delete', t('offersNeeds.detail.delete'), 'danger', t('offersNeeds.detail.deleteConfirm'))}
    </div>
  );
}

function Terms({ codes, labelOf }: { codes: string[]; labelOf: (code: string) => string }) {
  if (!codes.length) return null;
  return (
    <ul className="listing-terms">
      {codes.map((code) => (
        <li key={code}>
          <Badge>{labelOf(code)}</Badge>
        </li>
      ))}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function OfferBody({ offer, labelOf }: { offer: Offer; labelOf: (code: string) => string }) {
  const { t } = useTranslation();
  const notStated = t('offersNeeds.detail.notStated');
  return (
    <>
      <p className="lead">{offer.summary}</p>
      <LocalisedText en={offer.descriptionEn} fr={offer.descriptionFr} />
      <h2>{t('offersNeeds.fields.technologies')}</h2>
      <Terms codes={offer.technologies} labelOf={labelOf} />
      <h2>{t('offersNeeds.fields.applicationDomains')}</h2>
      <Terms codes={offer.applicationDomains} labelOf={labelOf} />
      <h2>{t('offersNeeds.detail.about')}</h2>
      <dl className="listing-facts">
        <Fact term={t('offersNeeds.fields.trl')}>
          {offer.trl ? t('offersNeeds.detail.trl', { level: offer.trl }) : notStated}
        </Fact>
        <Fact term={t('offersNeeds.fields.collaborationModes')}>
          {offer.collaborationModes.length
            ? offer.collaborationModes.map((m) => t(`offersNeeds.mode.${m}`)).join(', ')
            : notStated}
        </Fact>
        <Fact term={t('offersNeeds.fields.ipStatus')}>
          {offer.ipStatus ? t(`offersNeeds.ip.${offer.ipStatus}`) : notStated}
        </Fact>
      </dl>
    </>
  );
}

function Budget({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const money = (v: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency: need.budgetCurrency,
      maximumFractionDigits: 0,
    }).format(v);
  const { budgetMin: min, budgetMax: max } = need;
  if (min !== null && max !== null)
    return <>{t('offersNeeds.detail.budgetRange', { min: money(min), max: money(max) })}</>;
  if (min !== null) return <>{t('offersNeeds.detail.budgetFrom', { min: money(min) })}</>;
  if (max !== null) return <>{t('offersNeeds.detail.budgetUpTo', { max: money(max) })}</>;
  return <>{t('offersNeeds.detail.notStated')}</>;
}

function NeedBody({ need, labelOf }: { need: Need; labelOf: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h2>{t('offersNeeds.fields.problem')}</h2>
      {need.problem.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h2>{t('offersNeeds.fields.applicationSector')}</h2>
      <Terms codes={need.applicationDomains} labelOf={labelOf} />
      {need.technologies.length > 0 && (
        <>
          <h2>{t('offersNeeds.fields.technologies')}</h2>
          <Terms codes={need.technologies} labelOf={labelOf} />
        </>
      )}
      <h2>{t('offersNeeds.detail.about')}</h2>
      <dl className="listing-facts">
        <Fact term={t('offersNeeds.detail.constraints')}>
          {need.constraints ?? t('offersNeeds.detail.notStated')}
        </Fact>
        <Fact term={t('offersNeeds.detail.budget')}>
          <Budget need={need} />
        </Fact>
        <Fact term={t('offersNeeds.detail.wantedBy')}>
          {need.wantedBy ? formatDate(need.wantedBy, i18n.language) : t('offersNeeds.detail.notStated')}
        </Fact>
      </dl>
    </>
  );
}

/** The page of one offer or need: View and Matches tabs, owner actions, and the way to contact its author. */
export function ListingDetail({
  kind,
  item,
  taxonomies,
}: {
  kind: ListingKind;
  item: Offer | Need;
  taxonomies: Taxonomies;
}) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [params] = useSearchParams();
  const result = useActionData() as unknown;
  const labelOf = useTermLabels([...taxonomies.technologies, ...taxonomies.applicationDomains]);
  const section = kind === 'offer' ? 'offers' : 'needs';
  const done =
    result && typeof result === 'object' && 'done' in result
      ? (result as { done: 'published' | 'archived' }).done
      : null;
  const failure = isFormFailure(result) ? result : undefined;

  const view = (
    <div className="listing-layout">
      <div>
        {'summary' in item ? (
          <OfferBody offer={item} labelOf={labelOf} />
        ) : (
          <NeedBody need={item} labelOf={labelOf} />
        )}
      </div>
      <Card as="aside" className="stack">
        <h2>{t('offersNeeds.detail.by')}</h2>
        <p>
          <OwnerLine owner={item.organisation} />
        </p>
        {item.publishedAt && (
          <p>{t('offersNeeds.detail.publishedOn', { date: formatDate(item.publishedAt, i18n.language) })}</p>
        )}
        <ContactBox kind={kind} item={item} />
      </Card>
    </div>
  );

  return (
    <div className="container page">
      <PageTitle title={item.title} />
      <p className="breadcrumb">
        <Link to={`/${section}`}>{t(`offersNeeds.${section}.title`)}</Link>
      </p>
      <h1>{item.title}</h1>
      <p className="listing-meta">
        <StatusBadge status={item.status} />
        {'trl' in item && item.trl !== null && (
          <Badge tone="info">{t('offersNeeds.detail.trl', { level: item.trl })}</Badge>
        )}
      </p>
      {params.get('created') && !done && <Alert tone="success">{t(`offersNeeds.${section}.created`)}</Alert>}
      {params.get('saved') && !done && <Alert tone="success">{t(`offersNeeds.${section}.saved`)}</Alert>}
      {done && <Alert tone="success">{t(`offersNeeds.detail.${done}`)}</Alert>}
      {failure && <Alert tone="error">{errors.describe(failure.error)}</Alert>}
      {item.status === 'draft' && !params.get('created') && (
        <Alert tone="info">{t('offersNeeds.detail.draftNotice')}</Alert>
      )}
      <Actions kind={kind} item={item} />
      <Tabs
        label={t('offersNeeds.detail.tabs')}
        items={[
          { key: 'view', label: t('offersNeeds.detail.view'), content: view },
          {
            key: 'matches',
            label: t('offersNeeds.detail.matches'),
            content: <MatchesPanel kind={kind} id={item.id} />,
          },
        ]}
      />
    </div>
  );
}
