import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRevalidator } from 'react-router';
import { messageLink, type PartnerRequest } from '../../../contracts/partner-requests';
import { useErrorText } from '../../lib/errors';
import { countryName } from '../../lib/format';
import { failureFromError, type FormFailure } from '../../lib/forms';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button, buttonClass } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TermList } from '../taxonomy/TermList';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { useSession } from '../session/session-store';
import { CommentsSection } from './CommentsSection';
import { partnerRequestsApi } from './partner-requests-api';
import { formatDeadline } from './StatusBadge';
import './partner-requests.css';

function InterestForm({ request }: { request: PartnerRequest }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const revalidator = useRevalidator();
  const [organisationId, setOrganisationId] = useState(request.interestOrganisations[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="pr-interest-form"
      aria-labelledby="pr-interest-title"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await partnerRequestsApi.expressInterest(request.id, organisationId, message);
          await revalidator.revalidate();
        } catch (error) {
          setFailure(failureFromError(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="pr-interest-title">{t('partnerRequests.interest.title')}</h2>
      {failure && (
        <Alert tone="error" title={errors.describe(failure.error)}>
          {failure.fields.map((f) => f.message).join(' ')}
        </Alert>
      )}
      <fieldset disabled={busy} className="pr-form__body">
        {request.interestOrganisations.length > 1 && (
          <Select id="pr-interest-org" label={t('partnerRequests.interest.organisation')} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            {request.interestOrganisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
        {request.interestOrganisations.length === 1 && (
          <p>{t('partnerRequests.interest.as', { name: request.interestOrganisations[0]!.name })}</p>
        )}
        <TextArea
          id="pr-interest-message"
          label={t('partnerRequests.interest.message')}
          required
          rows={4}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={errors.field(failure, 'message')}
        />
        <Button type="submit" busy={busy}>
          {t('partnerRequests.interest.submit')}
        </Button>
      </fieldset>
    </form>
  );
}

function FollowButton({ request }: { request: PartnerRequest }) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      busy={busy}
      aria-pressed={request.following}
      onClick={async () => {
        setBusy(true);
        try {
          if (request.following) await partnerRequestsApi.unfollow(request.id);
          else await partnerRequestsApi.follow(request.id);
          await revalidator.revalidate();
        } finally {
          setBusy(false);
        }
      }}
    >
      {request.following ? t('partnerRequests.follow.unfollow') : t('partnerRequests.follow.follow')}
    </Button>
  );
}

export function PartnerRequestView({ request, taxonomies }: { request: PartnerRequest; taxonomies: Taxonomies }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const lead = request.leadOrganisation;
  const leadDescription = (i18n.language === 'fr' ? lead.descriptionFr : lead.descriptionEn) ?? lead.descriptionEn ?? lead.descriptionFr;
  const p = request.profileSought;
  const hasProfile = Object.values(p).some((v) => v.length > 0);
  return (
    <div className="pr-layout">
      <div className="pr-main">
        <p className="lead">{request.summary}</p>
        {/* Sanitised by the server (sanitize-html allow-list) before it is stored. */}
        <div className="pr-description" dangerouslySetInnerHTML={{ __html: request.description }} />

        {hasProfile && (
          <section aria-labelledby="pr-profile-title">
            <h2 id="pr-profile-title">{t('partnerRequests.view.profileSought')}</h2>
            <dl className="pr-facts">
              {p.organisationTypes.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.organisationTypes')}</dt>
                  <dd>{p.organisationTypes.map((x) => t(`organisations.type.${x}` as never)).join(', ')}</dd>
                </>
              )}
              {p.technologies.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.technologies')}</dt>
                  <dd>
                    <TermList codes={p.technologies} terms={taxonomies.technologies} label={t('partnerRequests.fields.technologies')} />
                  </dd>
                </>
              )}
              {p.applicationDomains.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.applicationDomains')}</dt>
                  <dd>
                    <TermList codes={p.applicationDomains} terms={taxonomies.applicationDomains} label={t('partnerRequests.fields.applicationDomains')} />
                  </dd>
                </>
              )}
              {p.valueChainRoles.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.valueChainRoles')}</dt>
                  <dd>{p.valueChainRoles.map((x) => t(`organisations.role.${x}` as never)).join(', ')}</dd>
                </>
              )}
              {p.countries.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.countries')}</dt>
                  <dd>{p.countries.map((c) => countryName(c, i18n.language)).join(', ')}</dd>
                </>
              )}
              {p.regions.length > 0 && (
                <>
                  <dt>{t('partnerRequests.fields.regions')}</dt>
                  <dd>{p.regions.join(', ')}</dd>
                </>
              )}
            </dl>
          </section>
        )}

        {request.myInterests.length > 0 && (
          <section aria-labelledby="pr-my-interests">
            <h2 id="pr-my-interests">{t('partnerRequests.interest.mine')}</h2>
            <ul className="pr-list">
              {request.myInterests.map((i) => (
                <li key={i.organisation.id}>
                  <strong>{i.organisation.name}</strong> — <Badge tone={i.status === 'accepted' ? 'success' : i.status === 'declined' ? 'danger' : 'info'}>{t(`partnerRequests.interestStatus.${i.status}`)}</Badge>
                  {i.answer && <p className="pr-answer">{i.answer}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {request.can.expressInterest && <InterestForm request={request} />}
        {!user && request.status === 'open' && (
          <p>
            <Link to={`/login?next=${encodeURIComponent(`/partner-requests/${request.id}`)}`}>{t('partnerRequests.interest.login')}</Link>
          </p>
        )}

        <CommentsSection request={request} />
      </div>

      <aside className="pr-aside">
        <Card>
          <h2 className="pr-aside__title">{t('partnerRequests.view.leadProfile')}</h2>
          <p>
            <Link to={`/organisations/${lead.slug}`}>{lead.name}</Link>
          </p>
          <p className="pr-meta">
            {t(`organisations.type.${lead.type}` as never)} · {lead.regionName ? `${lead.regionName}, ` : ''}
            {countryName(lead.country, i18n.language)}
          </p>
          {lead.memberCount !== null && <p className="pr-meta">{t('partnerRequests.view.members', { count: lead.memberCount })}</p>}
          {leadDescription && <p className="pr-clamp">{leadDescription}</p>}
        </Card>
        <Card>
          <h2 className="pr-aside__title">{t('partnerRequests.fields.deadline')}</h2>
          <p>{formatDeadline(request.deadline, request.timeZone, i18n.language)}</p>
        </Card>
        <Card>
          <h2 className="pr-aside__title">{t('partnerRequests.view.partners')}</h2>
          <ul className="pr-list">
            <li>
              <Link to={`/organisations/${lead.slug}`}>{lead.name}</Link> <Badge tone="info">{t('partnerRequests.view.leadBadge')}</Badge>
            </li>
            {request.partners.map((partner, i) => (
              <li key={`${partner.name}-${i}`}>
                {partner.organisation ? <Link to={`/organisations/${partner.organisation.slug}`}>{partner.name}</Link> : partner.name}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <p className="pr-meta">{t('partnerRequests.follow.count', { count: request.followers })}</p>
          <div className="pr-actions">
            {request.can.follow && <FollowButton request={request} />}
            {request.contact && user && user.id !== request.contact.userId && (
              <Link className={buttonClass('secondary')} to={messageLink(request.contact.userId, request.id)}>
                {t('partnerRequests.view.sendMessage')}
              </Link>
            )}
          </div>
          {request.contact && <p className="pr-meta">{t('partnerRequests.view.contact', { name: request.contact.displayName })}</p>}
        </Card>
      </aside>
    </div>
  );
}
