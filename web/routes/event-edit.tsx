import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { Event } from '../../contracts/events';
import { bodyFromValues, EventForm, valuesFromEvent } from '../features/events/EventForm';
import { eventsApi } from '../features/events/events-api';
import { EventBreadcrumb } from '../features/events/EventBits';
import { ProgrammeEditor } from '../features/events/Programme';
import { useFeedback } from '../features/events/use-feedback';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { adminOrganisations, coOrganiserChoices } from './event-new';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [event, mine] = await Promise.all([eventsApi.get(params.slug!), adminOrganisations()]);
  const choices = await coOrganiserChoices(mine);
  for (const o of event.organisers)
    if (!choices.some((c) => c.id === o.id)) choices.push({ id: o.id, name: o.name });
  const leadId = event.organisers.find((o) => o.role === 'lead')?.id;
  return { event, choices, isLeadAdmin: mine.some((o) => o.id === leadId) };
}

export function Component() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const [event, setEvent] = useState<Event>(loaded.event);
  const { message, setMessage, fail } = useFeedback();
  const [params] = useSearchParams();
  const title = t('events.edit.title', { title: event.title });

  async function run(action: 'publish' | 'cancel') {
    try {
      setEvent(
        action === 'publish' ? await eventsApi.publish(event.slug) : await eventsApi.cancel(event.slug),
      );
      setMessage({
        tone: 'success',
        text: t(action === 'publish' ? 'events.edit.published' : 'events.edit.cancelled'),
      });
    } catch (error) {
      fail(error);
    }
  }

  if (!event.can.edit) {
    return (
      <div className="container page">
        <PageTitle title={title} />
        <h1>{event.title}</h1>
        <Alert tone="warning">
          {event.status === 'cancelled' ? t('events.edit.cancelledNoEdit') : t('events.edit.notOrganiser')}
        </Alert>
      </div>
    );
  }

  return (
    <div className="container page page--form">
      <PageTitle title={title} />
      <EventBreadcrumb event={event} />
      <h1>
        {title}{' '}
        <Badge tone={event.status === 'published' ? 'success' : 'warning'}>
          {t(`events.status.${event.status}`)}
        </Badge>
      </h1>
      {params.get('created') && <Alert tone="success">{t('events.edit.createdHint')}</Alert>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="actions">
        {event.can.publish && <Button onClick={() => void run('publish')}>{t('events.edit.publish')}</Button>}
        <Link className={buttonClass('secondary')} to={`/events/${event.slug}`}>
          {t('events.edit.view')}
        </Link>
        <Link className={buttonClass('secondary')} to={`/events/${event.slug}/manage`}>
          {t('events.edit.manage')}
        </Link>
        {event.can.cancel && (
          <Button variant="danger" onClick={() => void run('cancel')}>
            {t('events.edit.cancel')}
          </Button>
        )}
      </div>

      <section aria-labelledby="programme-heading" className="form-section">
        <h2 id="programme-heading">{t('events.programme.title')}</h2>
        <p className="muted">{t('events.programme.editorHint', { zone: event.timeZone })}</p>
        <ProgrammeEditor event={event} organisations={loaded.choices} onChange={setEvent} />
      </section>

      <section aria-labelledby="details-heading" className="form-section">
        <h2 id="details-heading">{t('events.edit.details')}</h2>
        <EventForm
          key={event.status}
          initial={valuesFromEvent(event)}
          leadChoices={null}
          coOrganiserChoices={loaded.choices}
          canChangeCoOrganisers={loaded.isLeadAdmin}
          submitLabel={t('events.edit.save')}
          onSubmit={async (values) => {
            const { leadOrganisationId: _lead, coOrganiserIds, ...body } = bodyFromValues(values);
            setEvent(
              await eventsApi.update(event.slug, loaded.isLeadAdmin ? { ...body, coOrganiserIds } : body),
            );
            setMessage({ tone: 'success', text: t('events.edit.saved') });
          }}
        />
      </section>
    </div>
  );
}
