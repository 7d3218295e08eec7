import { useTranslation } from 'react-i18next';
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { CountryCode } from '../../contracts/countries';
import type { EventSummary } from '../../contracts/events';
import { eventsApi, formatRange } from '../features/events/events-api';
import '../features/events/events.css';
import { useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { countryName, countryOptions } from '../lib/format';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { EmptyState } from '../ui/EmptyState';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const when = url.searchParams.get('when') === 'past' ? 'past' : 'upcoming';
  const q = url.searchParams.get('q') ?? '';
  const format = url.searchParams.get('format') ?? '';
  const mine = url.searchParams.get('mine') === 'organising' ? 'organising' : '';
  const country = url.searchParams.get('country') ?? '';
  const { items } = await eventsApi.list({
    when,
    ...(q ? { q } : {}),
    ...(format ? { format: format as EventSummary['format'] } : {}),
    ...(country ? { country: country as CountryCode } : {}),
    ...(mine ? { mine: 'organising' as const } : {}),
  });
  return { items, when, q, format, mine, country };
}

export function EventCard({ event }: { event: EventSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card as="li" className="event-card">
      <h2>
        <Link to={`/events/${event.slug}`}>{event.title}</Link>
      </h2>
      <p className="event-meta">
        {formatRange(event.startsAtLocal, event.endsAtLocal, i18n.language)} ({event.timeZone})
      </p>
      <p className="event-meta">
        {t(`events.format.${event.format}`)}
        {event.city && ` · ${event.city}`}
        {event.country && `, ${countryName(event.country, i18n.language)}`}
      </p>
      <p className="event-meta">
        {t('events.list.organisedBy', { names: event.organisers.map((o) => o.name).join(', ') })}
      </p>
      <p>
        {event.status !== 'published' && (
          <Badge tone={event.status === 'cancelled' ? 'danger' : 'warning'}>
            {t(`events.status.${event.status}`)}
          </Badge>
        )}{' '}
        {event.isOrganiser && <Badge tone="info">{t('events.list.youOrganise')}</Badge>}
      </p>
    </Card>
  );
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { items, when, q, format, mine, country } = useLoaderData<typeof loader>();
  const { europe, beyond } = countryOptions(i18n.language);
  const { user } = useSession();
  const title = t('events.list.title');
  return (
    <div className="container page">
      <PageTitle title={title} />
      <div className="section-heading">
        <h1>{title}</h1>
        {user && (
          <Link className={buttonClass('primary')} to="/events/new">
            {t('events.list.create')}
          </Link>
        )}
      </div>
      <p className="lead">{t('events.list.lead')}</p>
      <nav aria-label={t('events.list.when')} className="actions">
        <Link
          className={buttonClass(when === 'upcoming' ? 'primary' : 'secondary', 'sm')}
          aria-current={when === 'upcoming' ? 'page' : undefined}
          to="/events"
        >
          {t('events.list.upcoming')}
        </Link>
        <Link
          className={buttonClass(when === 'past' ? 'primary' : 'secondary', 'sm')}
          aria-current={when === 'past' ? 'page' : undefined}
          to="/events?when=past"
        >
          {t('events.list.past')}
        </Link>
      </nav>
      <Form method="get" className="event-filters" role="search" aria-label={t('events.list.filters')}>
        <input type="hidden" name="when" value={when} />
        <TextField id="events-q" name="q" label={t('events.list.search')} defaultValue={q} />
        <Select id="events-format" name="format" label={t('events.form.format')} defaultValue={format}>
          <option value="">{t('events.list.anyFormat')}</option>
          {(['venue', 'online', 'hybrid'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`events.format.${f}`)}
            </option>
          ))}
        </Select>
        <Select id="events-country" name="country" label={t('events.form.country')} defaultValue={country}>
          <option value="">{t('events.list.anyCountry')}</option>
          {[...europe, ...beyond].map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
        {user && (
          <Select id="events-mine" name="mine" label={t('events.list.show')} defaultValue={mine}>
            <option value="">{t('events.list.allEvents')}</option>
            <option value="organising">{t('events.list.organising')}</option>
          </Select>
        )}
        <Button type="submit" variant="secondary">
          {t('events.list.apply')}
        </Button>
      </Form>
      {items.length === 0 ? (
        <EmptyState title={when === 'past' ? t('events.list.nonePast') : t('events.list.noneUpcoming')} />
      ) : (
        <ul
          className="event-list"
          aria-label={when === 'past' ? t('events.list.past') : t('events.list.upcoming')}
        >
          {items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ul>
      )}
    </div>
  );
}
