import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import {
  REGISTRATION_STATUSES,
  type Event,
  type EventStats,
  type Registration,
  type RegistrationListQuery,
} from '../../contracts/events';
import { ORGANISATION_TYPES } from '../../contracts/organisations';
import { eventFiles, eventsApi } from '../features/events/events-api';
import '../features/events/events.css';
import { BadgeScanner } from '../features/events/BadgeScanner';
import { EventBreadcrumb, RegistrationStatusBadge } from '../features/events/EventBits';
import { useFeedback } from '../features/events/use-feedback';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { countryName } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Button, buttonClass } from '../ui/Button';
import { Select } from '../ui/Select';
import { Tabs } from '../ui/Tabs';
import { TextField } from '../ui/TextField';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const event = await eventsApi.get(params.slug!);
  return { event };
}

function Registrations({ event, refresh }: { event: Event; refresh: number }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Partial<RegistrationListQuery>>({});
  const [items, setItems] = useState<Registration[] | null>(null);
  const { message, setMessage, fail } = useFeedback();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    eventsApi.registrations(event.slug, filter).then((r) => live && setItems(r.items), fail);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.slug, filter, version, refresh]);
  const load = async () => setVersion((v) => v + 1);
  async function act(r: Registration, action: 'approve' | 'decline' | 'cancel' | 'noShow' | 'present') {
    try {
      if (action === 'noShow' || action === 'present')
        await eventsApi.setNoShow(event.slug, r.id, action === 'noShow');
      else await eventsApi.act(event.slug, r.id, action);
      setMessage({ tone: 'success', text: t(`events.manage.done.${action}`, { name: r.participant.name }) });
      await load();
    } catch (e) {
      fail(e);
    }
  }
  /** A filter field: an empty value drops the filter. */
  const filterBy =
    <K extends keyof RegistrationListQuery>(key: K) =>
    (e: { target: { value: string } }) =>
      setFilter((f) => ({ ...f, [key]: (e.target.value || undefined) as RegistrationListQuery[K] }));
  const exportQuery = Object.fromEntries(
    Object.entries(filter).map(([k, v]) => [k, v ? String(v) : undefined]),
  );
  return (
    <div className="stack">
      <form
        className="event-filters"
        role="search"
        aria-label={t('events.manage.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="reg-q"
          label={t('events.manage.search')}
          value={filter.q ?? ''}
          onChange={filterBy('q')}
        />
        <Select
          id="reg-status"
          label={t('events.manage.status')}
          value={filter.status ?? ''}
          onChange={filterBy('status')}
        >
          <option value="">{t('events.manage.any')}</option>
          {REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`events.registrationStatus.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          id="reg-type"
          label={t('events.manage.organisationType')}
          value={filter.organisationType ?? ''}
          onChange={filterBy('organisationType')}
        >
          <option value="">{t('events.manage.any')}</option>
          {ORGANISATION_TYPES.map((s) => (
            <option key={s} value={s}>
              {t(`organisations.type.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          id="reg-attendance"
          label={t('events.manage.attendance')}
          value={filter.attendance ?? ''}
          onChange={filterBy('attendance')}
        >
          <option value="">{t('events.manage.any')}</option>
          <option value="checked_in">{t('events.manage.checkedIn')}</option>
          <option value="no_show">{t('events.manage.noShow')}</option>
          <option value="not_checked_in">{t('events.manage.notYet')}</option>
        </Select>
      </form>
      <div className="actions">
        <a
          className={buttonClass('secondary', 'sm')}
          href={eventFiles.registrations(event.slug, 'csv', exportQuery)}
        >
          {t('events.manage.exportCsv')}
        </a>
        <a
          className={buttonClass('secondary', 'sm')}
          href={eventFiles.registrations(event.slug, 'xlsx', exportQuery)}
        >
          {t('events.manage.exportXlsx')}
        </a>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {items === null ? (
        <p>{t('events.manage.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('events.manage.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('events.manage.registrations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events.manage.participant')}</th>
                <th scope="col">{t('events.manage.organisation')}</th>
                <th scope="col">{t('events.manage.status')}</th>
                <th scope="col">{t('events.manage.attendance')}</th>
                <th scope="col">{t('events.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.participant.name}
                    <br />
                    <span className="muted">{r.participant.email}</span>
                  </th>
                  <td>
                    {r.organisation ? (
                      <>
                        <Link to={`/organisations/${r.organisation.slug}`}>{r.organisation.name}</Link>
                        <br />
                        <span className="muted">
                          {t(`organisations.type.${r.organisation.type}`)} ·{' '}
                          {countryName(r.organisation.country, i18n.language)}
                        </span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <RegistrationStatusBadge status={r.status} />
                  </td>
                  <td>
                    {r.checkedInAt
                      ? t('events.manage.checkedIn')
                      : r.noShow
                        ? t('events.manage.noShow')
                        : r.status === 'confirmed'
                          ? t('events.manage.notYet')
                          : '—'}
                  </td>
                  <td>
                    <div className="actions">
                      {(r.status === 'pending' || r.status === 'waitlisted') && (
                        <>
                          <Button
                            size="sm"
                            onClick={() => void act(r, 'approve')}
                            aria-label={t('events.manage.approveLabel', { name: r.participant.name })}
                          >
                            {t('events.manage.approve')}
                          </Button>
                          <Button
                            size="sm"
                            variant="secondary"
                            onClick={() => void act(r, 'decline')}
                            aria-label={t('events.manage.declineLabel', { name: r.participant.name })}
                          >
                            {t('events.manage.decline')}
                          </Button>
                        </>
                      )}
                      {r.status === 'confirmed' && !r.checkedInAt && (
                        <Button
                          size="sm"
                          variant="secondary"
                          onClick={() => void act(r, r.noShow ? 'present' : 'noShow')}
                          aria-label={t(
                            r.noShow ? 'events.manage.undoNoShowLabel' : 'events.manage.noShowLabel',
                            { name: r.participant.name },
                          )}
                        >
                          {r.noShow ? t('events.manage.undoNoShow') : t('events.manage.markNoShow')}
                        </Button>
                      )}
                      {(r.status === 'confirmed' || r.status === 'pending' || r.status === 'waitlisted') && (
                        <Button
                          size="sm"
                          variant="quiet"
                          onClick={() => void act(r, 'cancel')}
                          aria-label={t('events.manage.cancelLabel', { name: r.participant.name })}
                        >
                          {t('events.manage.cancel')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function CheckIn({ event, onCheckIn }: { event: Event; onCheckIn(): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const { message, setMessage, fail } = useFeedback();
  async function submit(e: FormEvent) {
    e.preventDefault();
    await checkIn(code);
  }
  async function checkIn(code: string) {
    if (!code.trim()) return;
    setBusy(true);
    try {
      const result = await eventsApi.checkIn(event.slug, code);
      const who = `${result.registration.participant.name}${result.registration.organisation ? ` (${result.registration.organisation.name})` : ''}`;
      setMessage({
        tone: 'success',
        text: t(result.alreadyCheckedIn ? 'events.checkIn.already' : 'events.checkIn.done', { who }),
      });
      setCode('');
      onCheckIn();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-label={t('events.checkIn.title')}>
      <p className="muted">{t('events.checkIn.hint')}</p>
      <fieldset disabled={busy} className="inline-form">
        <TextField
          id="checkin-code"
          label={t('events.checkIn.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <Button type="submit" busy={busy}>
          {t('events.checkIn.submit')}
        </Button>
      </fieldset>
      <BadgeScanner onCode={(scanned) => void checkIn(scanned)} disabled={busy} />
      <div className="checkin-result" aria-live="polite">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>
    </form>
  );
}

function CountTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: { key: string; count: number }[];
  label(key: string): string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('events.stats.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('events.stats.none')}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{label(r.key)}</th>
                <td>{r.count}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function Statistics({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const [stats, setStats] = useState<EventStats | null>(null);
  const { message, fail } = useFeedback();
  useEffect(() => {
    let live = true;
    const load = () => eventsApi.stats(event.slug).then((s) => live && setStats(s), fail);
    void load();
    // Live during the event: refreshed every 15 s while the tab is open.
    const timer = window.setInterval(() => void load(), 15_000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.slug]);
  if (!stats)
    return message ? <Alert tone="error">{message.text}</Alert> : <p>{t('events.manage.loading')}</p>;
  const a = stats.attendance;
  const known = (key: string, fn: (k: string) => string) =>
    key === 'unknown' ? t('events.stats.unknown') : fn(key);
  return (
    <div className="stack">
      <div className="actions">
        <a className={buttonClass('secondary', 'sm')} href={eventFiles.stats(event.slug, 'csv')}>
          {t('events.stats.exportCsv')}
        </a>
        <a className={buttonClass('secondary', 'sm')} href={eventFiles.stats(event.slug, 'xlsx')}>
          {t('events.stats.exportXlsx')}
        </a>
      </div>
      <div className="stat-tables">
        <CountTable
          caption={t('events.stats.byStatus')}
          rows={stats.byStatus}
          label={(k) => t(`events.registrationStatus.${k as Registration['status']}`)}
        />
        <CountTable
          caption={t('events.stats.attendance')}
          rows={[
            { key: 'confirmed', count: a.confirmed },
            { key: 'checkedIn', count: a.checkedIn },
            { key: 'noShow', count: a.noShow },
            { key: 'notYet', count: a.notYet },
          ]}
          label={(k) => t(`events.stats.att.${k as 'confirmed' | 'checkedIn' | 'noShow' | 'notYet'}`)}
        />
        <CountTable
          caption={t('events.stats.byType')}
          rows={stats.byOrganisationType}
          label={(k) => known(k, (x) => t(`organisations.type.${x as (typeof ORGANISATION_TYPES)[number]}`))}
        />
        <CountTable
          caption={t('events.stats.byCountry')}
          rows={stats.byCountry}
          label={(k) => known(k, (x) => countryName(x, i18n.language))}
        />
        {stats.meetings && (
          <CountTable
            caption={t('events.stats.meetings')}
            rows={Object.entries(stats.meetings).map(([key, count]) => ({ key, count }))}
            label={(k) => t(`events.stats.meeting.${k as keyof NonNullable<EventStats['meetings']>}`)}
          />
        )}
      </div>
      {!stats.meetings && <p className="muted">{t('events.stats.noMeetings')}</p>}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation();
  const { event } = useLoaderData<typeof loader>();
  const title = t('events.manage.title', { title: event.title });
  // A check-in changes the registrations list shown in the other tab.
  const [checkIns, setCheckIns] = useState(0);
  if (!event.can.manage) {
    return (
      <div className="container page">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <Alert tone="warning">{t('events.edit.notOrganiser')}</Alert>
      </div>
    );
  }
  return (
    <div className="container page">
      <PageTitle title={title} />
      <EventBreadcrumb event={event} />
      <h1>{title}</h1>
      <div className="actions">
        {event.can.edit && (
          <Link className={buttonClass('secondary', 'sm')} to={`/events/${event.slug}/edit`}>
            {t('events.detail.edit')}
          </Link>
        )}
        <a className={buttonClass('secondary', 'sm')} href={eventFiles.badges(event.slug)}>
          {t('events.manage.badges')}
        </a>
      </div>
      <Tabs
        label={t('events.manage.sections')}
        items={[
          {
            key: 'registrations',
            label: t('events.manage.registrations'),
            content: <Registrations event={event} refresh={checkIns} />,
          },
          {
            key: 'check-in',
            label: t('events.checkIn.title'),
            content: <CheckIn event={event} onCheckIn={() => setCheckIns((n) => n + 1)} />,
          },
          { key: 'stats', label: t('events.stats.title'), content: <Statistics event={event} /> },
        ]}
      />
    </div>
  );
}
