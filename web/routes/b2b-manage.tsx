import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { WHO_MAY_MEET, type B2bOverview, type Manage, type Meeting } from '../../contracts/b2b';
import { b2bApi } from '../features/b2b/b2b-api';
import { dayIn, rangeIn, timeIn, toLocalInput } from '../features/b2b/b2b-time';
import { personName } from '../features/b2b/b2b-people';
import '../features/b2b/b2b.css';
import { ListOrNone } from '../features/b2b/ListOrNone';
import { useFeedback } from '../features/events/use-feedback';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [overview, manage] = await Promise.all([b2bApi.overview(params.slug!), b2bApi.manage(params.slug!)]);
  return { overview, manage };
}

const names = (m: Meeting) => m.participants.map(personName).join(' · ');

function SettingsForm({ overview, onSaved }: { overview: B2bOverview; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const s = overview.settings;
  const zone = overview.event.timeZone;
  const [form, setForm] = useState({
    meetingMinutes: String(s.meetingMinutes),
    tables: String(s.tables),
    meetingCap: s.meetingCap === null ? '' : String(s.meetingCap),
    whoMayMeet: s.whoMayMeet,
    requestDeadline: toLocalInput(s.requestDeadline, zone),
    autoAccept: s.autoAccept,
  });
  const { message, setMessage, fail } = useFeedback();
  const [busy, setBusy] = useState(false);
  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await b2bApi.updateSettings(overview.event.slug, {
        meetingMinutes: Number(form.meetingMinutes),
        tables: Number(form.tables),
        meetingCap: form.meetingCap ? Number(form.meetingCap) : null,
        whoMayMeet: form.whoMayMeet,
        requestDeadline: form.requestDeadline || null,
        autoAccept: form.autoAccept,
      });
      setMessage({ tone: 'success', text: t('b2b.manage.settingsSaved') });
      await onSaved();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="b2b-settings">
      <fieldset className="fieldset" disabled={busy}>
        <div className="form-grid">
          <TextField id="b2b-minutes" type="number" min={5} max={240} label={t('b2b.manage.meetingMinutes')} value={form.meetingMinutes} onChange={(e) => setForm({ ...form, meetingMinutes: e.target.value })} />
          <TextField id="b2b-tables" type="number" min={1} max={2000} label={t('b2b.manage.tables')} value={form.tables} onChange={(e) => setForm({ ...form, tables: e.target.value })} />
          <TextField id="b2b-cap" type="number" min={1} max={500} label={t('b2b.manage.cap')} hint={t('b2b.manage.capHint')} value={form.meetingCap} onChange={(e) => setForm({ ...form, meetingCap: e.target.value })} />
          <Select id="b2b-who" label={t('b2b.manage.whoMayMeet')} value={form.whoMayMeet} onChange={(e) => setForm({ ...form, whoMayMeet: e.target.value as typeof form.whoMayMeet })}>
            {WHO_MAY_MEET.map((w) => (
              <option key={w} value={w}>
                {t(`b2b.whoMayMeet.${w}`)}
              </option>
            ))}
          </Select>
          <TextField id="b2b-deadline" type="datetime-local" label={t('b2b.manage.deadline', { zone })} value={form.requestDeadline} onChange={(e) => setForm({ ...form, requestDeadline: e.target.value })} />
        </div>
        <Checkbox id="b2b-auto" label={t('b2b.manage.autoAccept')} checked={form.autoAccept} onChange={(e) => setForm({ ...form, autoAccept: e.target.checked })} />
        <div className="actions">
          <Button type="submit" busy={busy}>
            {t('b2b.manage.saveSettings')}
          </Button>
        </div>
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}

function Sessions({ overview, onChange }: { overview: B2bOverview; onChange: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const zone = overview.event.timeZone;
  const day = toLocalInput(overview.event.startsAt, zone).slice(0, 10);
  const [form, setForm] = useState({ name: '', nameFr: '', startsAt: `${day}T14:00`, endsAt: `${day}T17:00` });
  const { message, setMessage, fail } = useFeedback();
  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await b2bApi.addSession(overview.event.slug, { name: form.name, nameFr: form.nameFr || null, startsAt: form.startsAt, endsAt: form.endsAt });
      setMessage({ tone: 'success', text: t('b2b.manage.sessionAdded') });
      setForm({ ...form, name: '', nameFr: '' });
      await onChange();
    } catch (err) {
      fail(err);
    }
  }
  async function remove(id: string) {
    try {
      await b2bApi.deleteSession(overview.event.slug, id);
      await onChange();
    } catch (err) {
      fail(err);
    }
  }
  return (
    <div className="stack">
      <ListOrNone items={overview.sessions} none={t('b2b.manage.noSession')}>
        {(s) => (
          <li key={s.id}>
            <strong>{i18n.language.startsWith('fr') ? (s.nameFr ?? s.name) : s.name}</strong> — {dayIn(s.startsAt, zone, i18n.language)}, {rangeIn(s.startsAt, s.endsAt, zone, i18n.language)} · {t('b2b.manage.slotCount', { count: s.slots.length })}{' '}
            <Button size="sm" variant="quiet" onClick={() => void remove(s.id)} aria-label={t('b2b.manage.deleteSession', { name: s.name })}>
              {t('b2b.manage.delete')}
            </Button>
          </li>
        )}
      </ListOrNone>
      <form onSubmit={(e) => void add(e)} aria-label={t('b2b.manage.addSession')}>
        <div className="form-grid">
          <TextField id="session-name" required label={t('b2b.manage.sessionName')} hint={t('b2b.manage.sessionNameHint')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <TextField id="session-name-fr" label={t('b2b.manage.sessionNameFr')} value={form.nameFr} onChange={(e) => setForm({ ...form, nameFr: e.target.value })} />
          <TextField id="session-start" type="datetime-local" required label={t('b2b.manage.sessionStart', { zone })} value={form.startsAt} onChange={(e) => setForm({ ...form, startsAt: e.target.value })} />
          <TextField id="session-end" type="datetime-local" required label={t('b2b.manage.sessionEnd', { zone })} value={form.endsAt} onChange={(e) => setForm({ ...form, endsAt: e.target.value })} />
        </div>
        <Button type="submit">{t('b2b.manage.addSession')}</Button>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}

function TablePlan({ overview, manage, onChange }: { overview: B2bOverview; manage: Manage; onChange: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const zone = overview.event.timeZone;
  const { message, fail } = useFeedback();
  const slots = overview.sessions.flatMap((s) => s.slots);
  const placed = manage.meetings.filter((m) => m.status === 'scheduled' && m.startsAt);
  const usedTables = Math.max(0, ...placed.map((m) => (m.table ?? 0) + 1));
  const tables = Array.from({ length: Math.min(overview.settings.tables, Math.max(usedTables, 1)) }, (_, i) => i);
  const at = (slot: string, table: number) => placed.find((m) => m.startsAt === slot && m.table === table);
  async function act(m: Meeting, action: 'lock' | 'unlock' | 'cancel') {
    try {
      if (action === 'cancel') await b2bApi.cancelMeeting(overview.event.slug, m.id);
      else await b2bApi.lock(overview.event.slug, m.id, action === 'lock');
      await onChange();
    } catch (err) {
      fail(err);
    }
  }
  if (!placed.length) return <p className="muted">{t('b2b.manage.planEmpty')}</p>;
  return (
    <div className="b2b-plan">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <table className="table">
        <caption className="visually-hidden">{t('b2b.manage.plan')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('b2b.manage.time', { zone })}</th>
            {tables.map((n) => (
              <th key={n} scope="col">
                {t('b2b.agenda.table', { table: n + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.startsAt}>
              <th scope="row">{timeIn(slot.startsAt, zone, i18n.language)}</th>
              {tables.map((n) => {
                const m = at(slot.startsAt, n);
                return (
                  <td key={n} className="b2b-cell">
                    {m && (
                      <>
                        {names(m)} {m.locked && <Badge tone="info">{t('b2b.manage.locked')}</Badge>}
                        <div className="actions">
                          <Button size="sm" variant="quiet" onClick={() => void act(m, m.locked ? 'unlock' : 'lock')} aria-label={t(m.locked ? 'b2b.manage.unlockLabel' : 'b2b.manage.lockLabel', { names: names(m) })}>
                            {m.locked ? t('b2b.manage.unlock') : t('b2b.manage.lock')}
                          </Button>
                          <Button size="sm" variant="quiet" onClick={() => void act(m, 'cancel')} aria-label={t('b2b.manage.cancelLabel', { names: names(m) })}>
                            {t('b2b.common.cancel')}
                          </Button>
                        </div>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Books a waiting meeting into a cell by hand; the server says why when the cell or a person is taken. */
function PlaceForm({ overview, meeting, onPlaced }: { overview: B2bOverview; meeting: Meeting; onPlaced: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const zone = overview.event.timeZone;
  const slots = overview.sessions.flatMap((s) => s.slots);
  const [slot, setSlot] = useState(slots[0]?.startsAt ?? '');
  const [table, setTable] = useState('1');
  const { message, fail } = useFeedback();
  async function place(e: FormEvent) {
    e.preventDefault();
    try {
      await b2bApi.place(overview.event.slug, meeting.id, slot, Number(table) - 1);
      await onPlaced();
    } catch (err) {
      fail(err);
    }
  }
  return (
    <li>
      <form className="inline-form" onSubmit={(e) => void place(e)} aria-label={t('b2b.manage.placeLabel', { names: names(meeting) })}>
        <span>{names(meeting)}</span>
        <Select id={`place-slot-${meeting.id}`} label={t('b2b.manage.placeSlot')} value={slot} onChange={(e) => setSlot(e.target.value)}>
          {slots.map((s) => (
            <option key={s.startsAt} value={s.startsAt}>
              {dayIn(s.startsAt, zone, i18n.language)} {timeIn(s.startsAt, zone, i18n.language)}
            </option>
          ))}
        </Select>
        <TextField id={`place-table-${meeting.id}`} type="number" min={1} max={overview.settings.tables} label={t('b2b.manage.placeTable')} value={table} onChange={(e) => setTable(e.target.value)} />
        <Button type="submit" size="sm" variant="secondary" disabled={!slots.length}>
          {t('b2b.manage.place')}
        </Button>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </li>
  );
}

export function Component() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const [overview, setOverview] = useState(loaded.overview);
  const [manage, setManage] = useState(loaded.manage);
  const [busy, setBusy] = useState(false);
  const { message, setMessage, fail } = useFeedback();
  const slug = overview.event.slug;
  const reload = useCallback(async () => {
    const [o, m] = await Promise.all([b2bApi.overview(slug), b2bApi.manage(slug)]);
    setOverview(o);
    setManage(m);
  }, [slug]);

  async function run() {
    setBusy(true);
    try {
      const r = await b2bApi.run(slug, 3);
      setMessage({ tone: 'success', text: t('b2b.manage.ran', { scheduled: r.stats.scheduled ?? r.stats.added ?? 0, unscheduled: r.unscheduled.length }) });
      await reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }
  async function publish() {
    setBusy(true);
    try {
      await b2bApi.publish(slug);
      setMessage({ tone: 'success', text: t('b2b.manage.publishedDone') });
      await reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const waiting = manage.meetings.filter((m) => m.status === 'accepted');
  const stats = manage.stats;
  return (
    <div className="container page">
      <PageTitle title={t('b2b.manage.title', { event: overview.event.title })} />
      <nav aria-label={t('b2b.common.breadcrumb')} className="breadcrumb">
        <Link to={`/events/${slug}`}>{overview.event.title}</Link> / <Link to={`/events/${slug}/b2b`}>{t('b2b.page.heading')}</Link>
      </nav>
      <h1>{t('b2b.manage.heading')}</h1>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}

      <section className="b2b-section" aria-labelledby="b2b-stats">
        <h2 id="b2b-stats">{t('b2b.manage.stats')}</h2>
        <ul className="b2b-stats">
          {(['requested', 'accepted', 'scheduled', 'held', 'c2c', 'c2b', 'b2b'] as const).map((k) => (
            <li key={k}>
              <strong>{stats[k]}</strong>
              {t(`b2b.stats.${k}`)}
            </li>
          ))}
        </ul>
      </section>

      <section className="b2b-section" aria-labelledby="b2b-settings">
        <h2 id="b2b-settings">{t('b2b.manage.settings')}</h2>
        <SettingsForm key={JSON.stringify(overview.settings)} overview={overview} onSaved={reload} />
      </section>

      <section className="b2b-section" aria-labelledby="b2b-sessions">
        <h2 id="b2b-sessions">{t('b2b.manage.sessions')}</h2>
        <Sessions overview={overview} onChange={reload} />
      </section>

      <section className="b2b-section" aria-labelledby="b2b-schedule">
        <h2 id="b2b-schedule">{t('b2b.manage.schedule')}</h2>
        <p>
          {overview.settings.publishedAt ? (
            <Badge tone="success">{t('b2b.manage.isPublished')}</Badge>
          ) : (
            <Badge tone="warning">{t('b2b.manage.isPreliminary')}</Badge>
          )}
        </p>
        <p className="muted">{overview.settings.publishedAt ? t('b2b.manage.afterPublish') : t('b2b.manage.beforePublish')}</p>
        <div className="actions">
          <Button onClick={() => void run()} busy={busy} disabled={busy}>
            {t('b2b.manage.run')}
          </Button>
          {!overview.settings.publishedAt && (
            <Button variant="secondary" onClick={() => void publish()} disabled={busy || manage.runs.length === 0}>
              {t('b2b.manage.publish')}
            </Button>
          )}
        </div>
        {manage.runs.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption>{t('b2b.manage.runs')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('b2b.manage.runKind')}</th>
                  <th scope="col">{t('b2b.manage.runAt')}</th>
                  <th scope="col">{t('b2b.stats.scheduled')}</th>
                  <th scope="col">{t('b2b.manage.unscheduled')}</th>
                  <th scope="col">{t('b2b.manage.idle')}</th>
                </tr>
              </thead>
              <tbody>
                {manage.runs.map((r) => (
                  <tr key={r.id}>
                    <td>{t(`b2b.runKind.${r.kind}`)}</td>
                    <td>{new Date(r.createdAt).toLocaleString()}</td>
                    <td>{r.stats.scheduled ?? r.stats.added ?? '—'}</td>
                    <td>{r.unscheduled.length}</td>
                    <td>{r.stats.idle ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {waiting.length > 0 && (
          <>
            <h3>{t('b2b.manage.waiting', { count: waiting.length })}</h3>
            <ul className="b2b-list">
              {waiting.map((m) => (
                <PlaceForm key={m.id} overview={overview} meeting={m} onPlaced={reload} />
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="b2b-section" aria-labelledby="b2b-plan">
        <h2 id="b2b-plan">{t('b2b.manage.plan')}</h2>
        <TablePlan overview={overview} manage={manage} onChange={reload} />
      </section>
    </div>
  );
}
