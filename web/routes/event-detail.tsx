import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { Event } from '../../contracts/events';
import { eventFiles, eventsApi, formatRange } from '../features/events/events-api';
import '../features/events/events.css';
import { RegistrationStatusBadge } from '../features/events/EventBits';
import { ProgrammeList } from '../features/events/Programme';
import { useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { isApiError } from '../lib/api';
import { countryName } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';

export async function loader({ params }: LoaderFunctionArgs) {
  return { event: await eventsApi.get(params.slug!) };
}

function MyRegistration({ event, onChange }: { event: Event; onChange(e: Event): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const reg = event.myRegistration;
  if (!reg) return null;
  async function cancel() {
    try {
      await eventsApi.act(event.slug, reg!.id, 'cancel');
      onChange(await eventsApi.get(event.slug));
    } catch (e) {
      setError(isApiError(e) ? errors.describe(e) : t('errors.generic'));
    }
  }
  const active = reg.status === 'confirmed' || reg.status === 'pending' || reg.status === 'waitlisted';
  return (
    <Alert tone={reg.status === 'confirmed' ? 'success' : 'info'} title={t('events.detail.yourRegistration')}>
      <p>
        <RegistrationStatusBadge status={reg.status} /> {t(`events.detail.statusExplain.${reg.status}`)}
      </p>
      {reg.status === 'confirmed' && (
        <p>
          {t('events.detail.badgeCode')}: <code>{reg.badgeCode}</code>
        </p>
      )}
      {active && (
        <Button variant="secondary" size="sm" onClick={() => void cancel()}>
          {t('events.detail.cancelRegistration')}
        </Button>
      )}
      {error && <p role="alert">{error}</p>}
    </Alert>
  );
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [event, setEvent] = useState(useLoaderData<typeof loader>().event);
  const fr = i18n.language.startsWith('fr');
  const description = fr && event.descriptionFr ? event.descriptionFr : event.description;
  const full = event.capacity !== null && event.confirmedCount >= event.capacity;
  return (
    <div className="container page">
      <PageTitle title={event.title} />
      <p className="breadcrumb">
        <Link to="/events">{t('events.list.title')}</Link>
      </p>
      <h1>{event.title}</h1>
      {event.status !== 'published' && (
        <Alert tone={event.status === 'cancelled' ? 'error' : 'warning'}>
          {t(`events.detail.statusNote.${event.status as 'draft' | 'cancelled'}`)}
        </Alert>
      )}
      <p className="lead">
        {formatRange(event.startsAtLocal, event.endsAtLocal, i18n.language)} (
        {t('events.detail.timeZone', { zone: event.timeZone })})
      </p>
      <dl className="facts">
        <dt>{t('events.form.format')}</dt>
        <dd>{t(`events.format.${event.format}`)}</dd>
        {(event.venueName || event.city) && (
          <>
            <dt>{t('events.detail.where')}</dt>
            <dd>
              {[
                event.venueName,
                event.venueAddress,
                event.city,
                event.country ? countryName(event.country, i18n.language) : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        {event.onlineUrl && (
          <>
            <dt>{t('events.form.onlineUrl')}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        )}
        <dt>{t('events.detail.places')}</dt>
        <dd>
          {event.capacity === null
            ? t('events.detail.placesUnlimited', { count: event.confirmedCount })
            : t('events.detail.placesOf', { count: event.confirmedCount, capacity: event.capacity })}
          {' · '}
          {t(`events.mode.${event.registrationMode}`)}
        </dd>
      </dl>

      <div className="actions">
        {event.can.register && (
          <Link className={buttonClass('primary')} to={`/events/${event.slug}/register`}>
            {full && event.waitlistEnabled ? t('events.detail.joinWaitlist') : t('events.detail.register')}
          </Link>
        )}
        {!user && event.status === 'published' && (
          <Link
            className={buttonClass('primary')}
            to={`/login?next=${encodeURIComponent(`/events/${event.slug}/register`)}`}
          >
            {t('events.detail.loginToRegister')}
          </Link>
        )}
        {event.can.edit && (
          <Link className={buttonClass('secondary')} to={`/events/${event.slug}/edit`}>
            {t('events.detail.edit')}
          </Link>
        )}
        {event.can.manage && (
          <Link className={buttonClass('secondary')} to={`/events/${event.slug}/manage`}>
            {t('events.detail.manage')}
          </Link>
        )}
        {(event.can.manage || event.myRegistration?.status === 'confirmed') && (
          <Link className={buttonClass('secondary')} to={`/events/${event.slug}/b2b`}>
            {t('b2b.eventLink.b2b')}
          </Link>
        )}
        {event.myRegistration?.status === 'confirmed' && (
          <Link className={buttonClass('secondary')} to={`/events/${event.slug}/agenda`}>
            {t('b2b.eventLink.agenda')}
          </Link>
        )}
        {event.can.manage && (
          <Link className={buttonClass('secondary')} to={`/events/${event.slug}/b2b/manage`}>
            {t('b2b.eventLink.manage')}
          </Link>
        )}
      </div>
      <MyRegistration event={event} onChange={setEvent} />

      {description && (
        <section aria-labelledby="about-heading" className="detail-section">
          <h2 id="about-heading">{t('events.detail.about')}</h2>
          {description.split(/\n{2,}/).map((para, i) => (
            <p key={i} lang={fr && event.descriptionFr ? 'fr' : undefined}>
              {para}
            </p>
          ))}
        </section>
      )}

      <section aria-labelledby="organisers-heading" className="detail-section">
        <h2 id="organisers-heading">{t('events.detail.organisers')}</h2>
        <ul className="link-list">
          {event.organisers.map((o) => (
            <li key={o.id}>
              <Link to={`/organisations/${o.slug}`}>{o.name}</Link>{' '}
              {o.role === 'lead' && <Badge tone="info">{t('events.detail.lead')}</Badge>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="programme-heading" className="detail-section">
        <div className="section-heading">
          <h2 id="programme-heading">{t('events.programme.title')}</h2>
          {event.status !== 'draft' && (
            <a className={buttonClass('secondary', 'sm')} href={eventFiles.ics(event.slug)}>
              {t('events.programme.ics')}
            </a>
          )}
        </div>
        <p className="muted">{t('events.programme.timesIn', { zone: event.timeZone })}</p>
        <ProgrammeList event={event} />
      </section>
    </div>
  );
}
