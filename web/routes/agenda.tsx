import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { OUTCOMES, type Agenda, type Availability, type Meeting } from '../../contracts/b2b';
import { b2bApi, b2bFiles } from '../features/b2b/b2b-api';
import { dayIn, rangeIn, viewerTimeZone } from '../features/b2b/b2b-time';
import { personName } from '../features/b2b/b2b-people';
import '../features/b2b/b2b.css';
import { ListOrNone } from '../features/b2b/ListOrNone';
import { useFeedback } from '../features/events/use-feedback';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { Checkbox } from '../ui/Checkbox';
import { Select } from '../ui/Select';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [agenda, availability] = await Promise.all([b2bApi.agenda(params.slug!), b2bApi.availability(params.slug!)]);
  return { agenda, availability };
}

function MeetingItem({ slug, meeting, me, zone, onChange }: { slug: string; meeting: Meeting; me: string | null; zone: string; onChange: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { message, setMessage, fail } = useFeedback();
  const [outcome, setOutcome] = useState<string>(meeting.myOutcome ?? '');
  const local = viewerTimeZone();
  const others = meeting.participants.filter((p) => p.registrationId !== me).map(personName).join(', ');

  async function saveOutcome(e: FormEvent) {
    e.preventDefault();
    if (!outcome) return;
    try {
      await b2bApi.outcome(slug, meeting.id, outcome as (typeof OUTCOMES)[number]);
      setMessage({ tone: 'success', text: t('b2b.agenda.outcomeSaved') });
    } catch (err) {
      fail(err);
    }
  }
  async function cancel() {
    try {
      await b2bApi.cancelMeeting(slug, meeting.id);
      await onChange();
    } catch (err) {
      fail(err);
    }
  }

  return (
    <Card as="li">
      <h3>{t('b2b.agenda.with', { names: others })}</h3>
      {meeting.startsAt && meeting.endsAt ? (
        <p>
          <strong>{dayIn(meeting.startsAt, zone, i18n.language)}</strong>, {rangeIn(meeting.startsAt, meeting.endsAt, zone, i18n.language)} ({zone})
          {local !== zone && (
            <>
              <br />
              <span className="muted">{t('b2b.agenda.yourTime', { time: rangeIn(meeting.startsAt, meeting.endsAt, local, i18n.language), zone: local })}</span>
            </>
          )}
          <br />
          {t('b2b.agenda.table', { table: (meeting.table ?? 0) + 1 })}
        </p>
      ) : (
        <p className="muted">{meeting.status === 'cancelled' ? t('b2b.agenda.cancelled') : t('b2b.agenda.waiting')}</p>
      )}
      <p>
        <Badge tone={meeting.status === 'scheduled' ? 'success' : meeting.status === 'cancelled' ? 'neutral' : 'warning'}>{t(`b2b.meetingStatus.${meeting.status}`)}</Badge>
      </p>
      {meeting.can.outcome && (
        <form onSubmit={(e) => void saveOutcome(e)} className="inline-form">
          <Select id={`outcome-${meeting.id}`} label={t('b2b.agenda.outcomeQuestion', { names: others })} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">{t('b2b.agenda.outcomeChoose')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`b2b.outcome.${o}`)}
              </option>
            ))}
          </Select>
          <Button type="submit" size="sm" variant="secondary">
            {t('b2b.agenda.outcomeSave')}
          </Button>
        </form>
      )}
      {meeting.can.cancel && meeting.status !== 'cancelled' && (
        <Button size="sm" variant="danger" onClick={() => void cancel()} aria-label={t('b2b.agenda.cancelWith', { names: others })}>
          {t('b2b.agenda.cancel')}
        </Button>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </Card>
  );
}

function AvailabilityForm({ slug, initial, zone }: { slug: string; initial: Availability; zone: string }) {
  const { t, i18n } = useTranslation();
  const { message, setMessage, fail } = useFeedback();
  const [off, setOff] = useState(() => new Set(initial.sessions.flatMap((s) => s.slots.filter((x) => !x.available).map((x) => x.startsAt))));
  const [busy, setBusy] = useState(false);
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await b2bApi.setAvailability(slug, [...off]);
      setMessage({ tone: 'success', text: t('b2b.availability.saved') });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  if (!initial.sessions.length) return <p className="muted">{t('b2b.availability.noSession')}</p>;
  return (
    <form onSubmit={(e) => void save(e)}>
      <fieldset className="fieldset" disabled={busy}>
        <legend className="visually-hidden">{t('b2b.availability.heading')}</legend>
        {initial.sessions.map((s) => (
          <fieldset key={s.id} className="fieldset">
            <legend>
              {lang === 'fr' ? (s.nameFr ?? s.name) : s.name} — {dayIn(s.startsAt, zone, i18n.language)}
            </legend>
            <div className="b2b-slots">
              {s.slots.map((slot) => (
                <Checkbox
                  key={slot.startsAt}
                  id={`slot-${slot.index}`}
                  label={t('b2b.availability.slot', { time: rangeIn(slot.startsAt, slot.endsAt, zone, i18n.language) })}
                  hint={slot.busy ? t('b2b.availability.busy') : undefined}
                  checked={!off.has(slot.startsAt)}
                  disabled={slot.busy}
                  onChange={(e) =>
                    setOff((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.delete(slot.startsAt);
                      else next.add(slot.startsAt);
                      return next;
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
        ))}
        <Button type="submit" busy={busy}>
          {t('b2b.availability.save')}
        </Button>
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}

export function Component() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const [agenda, setAgenda] = useState<Agenda>(loaded.agenda);
  const [feed, setFeed] = useState<string | null>(null);
  const { message, fail } = useFeedback();
  const slug = agenda.event.slug;
  const zone = agenda.event.timeZone;
  const me = agenda.me;
  const reload = useCallback(async () => setAgenda(await b2bApi.agenda(slug)), [slug]);

  async function subscribe() {
    try {
      setFeed((await b2bApi.feedLink(slug)).url);
    } catch (e) {
      fail(e);
    }
  }

  const active = agenda.meetings.filter((m) => m.status !== 'cancelled');
  const cancelled = agenda.meetings.filter((m) => m.status === 'cancelled');
  return (
    <div className="container page">
      <PageTitle title={t('b2b.agenda.title', { event: agenda.event.title })} />
      <nav aria-label={t('b2b.common.breadcrumb')} className="breadcrumb">
        <Link to={`/events/${slug}`}>{agenda.event.title}</Link> / <Link to={`/events/${slug}/b2b`}>{t('b2b.page.heading')}</Link>
      </nav>
      <h1>{t('b2b.agenda.heading')}</h1>
      <p className="muted">{t('b2b.agenda.zones', { zone, local: viewerTimeZone() })}</p>
      {!agenda.published && <Alert tone="info">{t('b2b.agenda.notPublished')}</Alert>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="actions">
        <a className={buttonClass('secondary')} href={b2bFiles.ics(slug)} download>
          {t('b2b.agenda.ics')}
        </a>
        <a className={buttonClass('secondary')} href={b2bFiles.pdf(slug)} target="_blank" rel="noreferrer">
          {t('b2b.agenda.pdf')}
        </a>
        <Button variant="secondary" onClick={() => void subscribe()}>
          {t('b2b.agenda.subscribe')}
        </Button>
      </div>
      {feed && (
        <div className="field">
          <label htmlFor="feed-url">{t('b2b.agenda.feedLabel')}</label>
          <input id="feed-url" className="input b2b-feed" readOnly value={feed} onFocus={(e) => e.target.select()} aria-describedby="feed-hint" />
          <p id="feed-hint" className="muted">
            {t('b2b.agenda.feedHint')}
          </p>
        </div>
      )}
      <section className="b2b-section" aria-labelledby="agenda-meetings">
        <h2 id="agenda-meetings">{t('b2b.agenda.meetings')}</h2>
        <ListOrNone items={active} none={t('b2b.agenda.none')}>
          {(m) => <MeetingItem key={m.id} slug={slug} meeting={m} me={me} zone={zone} onChange={reload} />}
        </ListOrNone>
        {cancelled.length > 0 && (
          <>
            <h3>{t('b2b.agenda.cancelledHeading')}</h3>
            <ul className="b2b-list">
              {cancelled.map((m) => (
                <MeetingItem key={m.id} slug={slug} meeting={m} me={me} zone={zone} onChange={reload} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="b2b-section" id="availability" aria-labelledby="agenda-availability">
        <h2 id="agenda-availability">{t('b2b.availability.heading')}</h2>
        <p className="muted">{t('b2b.availability.intro')}</p>
        <AvailabilityForm slug={slug} initial={loaded.availability} zone={zone} />
      </section>
    </div>
  );
}
