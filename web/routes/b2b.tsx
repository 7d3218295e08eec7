import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { MeetingRequest, Participant, ParticipantQuery } from '../../contracts/b2b';
import { ORGANISATION_TYPES, type OrganisationType } from '../../contracts/organisations';
import { b2bApi } from '../features/b2b/b2b-api';
import { personName } from '../features/b2b/b2b-people';
import '../features/b2b/b2b.css';
import { ListOrNone } from '../features/b2b/ListOrNone';
import { useFeedback } from '../features/events/use-feedback';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { countryName } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { Select } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  return { overview: await b2bApi.overview(params.slug!) };
}

const lang = (l: string) => (l.startsWith('fr') ? 'fr' : 'en');

function PersonCard({ slug, person, onChange }: { slug: string; person: Participant; onChange: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const { message, setMessage, fail } = useFeedback();
  const obstacle = person.obstacles[0];
  const formId = `request-${person.registrationId}`;

  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await b2bApi.request(slug, { to: [person.registrationId], message: text });
      setOpen(false);
      setMessage({ tone: 'success', text: t('b2b.participants.sent', { name: person.displayName }) });
      await onChange();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function ask() {
    try {
      await b2bApi.askAvailability(slug, person.registrationId);
      setMessage({ tone: 'success', text: t('b2b.participants.asked', { name: person.displayName }) });
    } catch (err) {
      fail(err);
    }
  }

  return (
    <Card as="li" className="b2b-person">
      <h3>{person.displayName}</h3>
      {person.organisation && (
        <p>
          <Link to={`/organisations/${person.organisation.slug}`}>{person.organisation.name}</Link>
          <br />
          <span className="muted">
            {t(`organisations.type.${person.organisation.type as OrganisationType}`)} · {countryName(person.organisation.countryCode, i18n.language)}
          </span>
        </p>
      )}
      <p>
        <Badge tone="info">{t(`b2b.side.${person.side}`)}</Badge> {person.relation !== 'none' && <Badge tone="success">{t(`b2b.relation.${person.relation}`)}</Badge>}
      </p>
      {person.offers && (
        <p>
          <strong>{t('b2b.participants.offers')}</strong> {person.offers}
        </p>
      )}
      {person.seeks && (
        <p>
          <strong>{t('b2b.participants.seeks')}</strong> {person.seeks}
        </p>
      )}
      {person.reasons.length > 0 && (
        <ul className="muted" aria-label={t('b2b.participants.why')}>
          {person.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {obstacle ? (
        <div className="stack">
          <p className="muted">{obstacle.message[lang(i18n.language)]}</p>
          {obstacle.fix === 'ask_availability' && (
            <Button size="sm" variant="secondary" onClick={() => void ask()}>
              {t('b2b.participants.askAvailability', { name: person.displayName })}
            </Button>
          )}
          {obstacle.fix === 'open_availability' && (
            <Link className={buttonClass('secondary', 'sm')} to={`/events/${slug}/agenda#availability`}>
              {t('b2b.participants.openAvailability')}
            </Link>
          )}
        </div>
      ) : open ? (
        <form onSubmit={(e) => void send(e)} aria-label={t('b2b.participants.requestTo', { name: person.displayName })}>
          <fieldset className="fieldset" disabled={busy}>
            <TextArea id={`${formId}-message`} label={t('b2b.participants.message')} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
            <div className="actions">
              <Button type="submit" size="sm" busy={busy}>
                {t('b2b.participants.send')}
              </Button>
              <Button size="sm" variant="quiet" onClick={() => setOpen(false)}>
                {t('b2b.common.cancel')}
              </Button>
            </div>
          </fieldset>
        </form>
      ) : (
        <Button size="sm" onClick={() => setOpen(true)} aria-label={t('b2b.participants.requestTo', { name: person.displayName })}>
          {t('b2b.participants.request')}
        </Button>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </Card>
  );
}

function RequestItem({ slug, request, incoming, onChange }: { slug: string; request: MeetingRequest; incoming: boolean; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message, fail } = useFeedback();
  const others = incoming ? [request.from] : request.to;
  const names = others.map(personName).join(', ');
  async function decide(decision: 'accept' | 'decline' | 'cancel') {
    try {
      await b2bApi.decide(slug, request.id, decision);
      await onChange();
    } catch (e) {
      fail(e);
    }
  }
  return (
    <Card as="li">
      <p>
        <strong>{names}</strong> <Badge tone={request.status === 'accepted' ? 'success' : request.status === 'requested' ? 'warning' : 'neutral'}>{t(`b2b.requestStatus.${request.status}`)}</Badge>
      </p>
      {request.message && <blockquote>{request.message}</blockquote>}
      <div className="actions">
        {request.can.accept && (
          <Button size="sm" onClick={() => void decide('accept')} aria-label={t('b2b.requests.acceptFrom', { name: names })}>
            {t('b2b.requests.accept')}
          </Button>
        )}
        {request.can.decline && (
          <Button size="sm" variant="secondary" onClick={() => void decide('decline')} aria-label={t('b2b.requests.declineFrom', { name: names })}>
            {t('b2b.requests.decline')}
          </Button>
        )}
        {request.can.cancel && (
          <Button size="sm" variant="secondary" onClick={() => void decide('cancel')} aria-label={t('b2b.requests.withdrawTo', { name: names })}>
            {t('b2b.requests.withdraw')}
          </Button>
        )}
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </Card>
  );
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { overview } = useLoaderData<typeof loader>();
  const slug = overview.event.slug;
  const [filter, setFilter] = useState<ParticipantQuery>({});
  /** A filter field: an empty value drops the filter. */
  const filterBy = (key: 'q' | 'technology' | 'type') => (e: { target: { value: string } }) => setFilter((f) => ({ ...f, [key]: e.target.value || undefined }));
  const [countryText, setCountryText] = useState('');
  const [people, setPeople] = useState<Participant[] | null>(null);
  const [recommended, setRecommended] = useState<Participant[]>([]);
  const [requests, setRequests] = useState<{ incoming: MeetingRequest[]; outgoing: MeetingRequest[] }>({ incoming: [], outgoing: [] });
  const { message, fail } = useFeedback();
  const participate = overview.can.participate;

  const fetchAll = useCallback(
    () => (participate ? Promise.all([b2bApi.participants(slug, filter), b2bApi.recommendations(slug), b2bApi.requests(slug)]) : Promise.resolve(null)),
    [slug, filter, participate],
  );
  type Loaded = Awaited<ReturnType<typeof fetchAll>>;
  const apply = useCallback((data: Loaded) => {
    if (!data) return;
    setPeople(data[0].items);
    setRecommended(data[1].items);
    setRequests(data[2]);
  }, []);
  const load = useCallback(async () => apply(await fetchAll()), [apply, fetchAll]);

  useEffect(() => {
    let live = true;
    fetchAll().then((data) => live && apply(data), fail);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchAll]);

  const rules = overview.settings;
  return (
    <div className="container page">
      <PageTitle title={t('b2b.page.title', { event: overview.event.title })} />
      <nav aria-label={t('b2b.common.breadcrumb')} className="breadcrumb">
        <Link to={`/events/${slug}`}>{overview.event.title}</Link>
      </nav>
      <h1>{t('b2b.page.heading')}</h1>
      <p className="lead">{t('b2b.page.intro', { minutes: rules.meetingMinutes })}</p>
      <div className="actions">
        {participate && (
          <Link className={buttonClass('secondary')} to={`/events/${slug}/agenda`}>
            {t('b2b.page.myAgenda')}
          </Link>
        )}
        {overview.can.manage && (
          <Link className={buttonClass('secondary')} to={`/events/${slug}/b2b/manage`}>
            {t('b2b.page.manage')}
          </Link>
        )}
      </div>
      {rules.whoMayMeet === 'providers_end_users' && <Alert tone="info">{t('b2b.page.ruleProvidersEndUsers')}</Alert>}
      {rules.requestDeadline && (
        <p className="muted">
          {t('b2b.page.deadline', {
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: overview.event.timeZone }).format(new Date(rules.requestDeadline)),
          })}
        </p>
      )}
      {!participate && !overview.can.manage && <Alert tone="info">{t('b2b.page.notParticipant')}</Alert>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}

      {participate && (
        <>
          <section className="b2b-section" aria-labelledby="b2b-requests">
            <h2 id="b2b-requests">{t('b2b.requests.heading')}</h2>
            <h3>{t('b2b.requests.incoming')}</h3>
            <ListOrNone items={requests.incoming} none={t('b2b.requests.noneIncoming')}>
              {(r) => <RequestItem key={r.id} slug={slug} request={r} incoming onChange={load} />}
            </ListOrNone>
            <h3>{t('b2b.requests.outgoing')}</h3>
            <ListOrNone items={requests.outgoing} none={t('b2b.requests.noneOutgoing')}>
              {(r) => <RequestItem key={r.id} slug={slug} request={r} incoming={false} onChange={load} />}
            </ListOrNone>
          </section>

          <section className="b2b-section" aria-labelledby="b2b-recommended">
            <h2 id="b2b-recommended">{t('b2b.participants.recommended')}</h2>
            <ListOrNone items={recommended} none={t('b2b.participants.noRecommendation')} className="b2b-grid">
              {(p) => <PersonCard key={p.registrationId} slug={slug} person={p} onChange={load} />}
            </ListOrNone>
          </section>

          <section className="b2b-section" aria-labelledby="b2b-participants">
            <h2 id="b2b-participants">{t('b2b.participants.heading')}</h2>
            <form className="b2b-filters" role="search" aria-label={t('b2b.participants.filters')} onSubmit={(e) => e.preventDefault()}>
              <TextField id="b2b-q" label={t('b2b.participants.q')} value={filter.q ?? ''} onChange={filterBy('q')} />
              <TextField id="b2b-tech" label={t('b2b.participants.technology')} value={filter.technology ?? ''} onChange={filterBy('technology')} />
              <Select id="b2b-type" label={t('b2b.participants.type')} value={filter.type ?? ''} onChange={filterBy('type')}>
                <option value="">{t('b2b.participants.any')}</option>
                {ORGANISATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`organisations.type.${type}`)}
                  </option>
                ))}
              </Select>
              <TextField
                id="b2b-country"
                label={t('b2b.participants.country')}
                hint={t('b2b.participants.countryHint')}
                maxLength={2}
                value={countryText}
                onChange={(e) => {
                  setCountryText(e.target.value);
                  setFilter((f) => ({ ...f, country: /^[A-Za-z]{2}$/.test(e.target.value) ? e.target.value.toUpperCase() : undefined }));
                }}
              />
            </form>
            {people === null ? (
              <p>{t('b2b.common.loading')}</p>
            ) : (
              <ListOrNone items={people} none={t('b2b.participants.none')} className="b2b-grid">
                {(p) => <PersonCard key={p.registrationId} slug={slug} person={p} onChange={load} />}
              </ListOrNone>
            )}
          </section>
        </>
      )}
    </div>
  );
}
