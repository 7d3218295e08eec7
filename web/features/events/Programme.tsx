import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  SESSION_KINDS,
  type Event,
  type ProgrammeSession,
  type SessionBody,
  type SessionKind,
} from '../../../contracts/events';
import { useErrorText } from '../../lib/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { eventsApi, formatTime } from './events-api';
import type { OrganisationChoice } from './EventForm';
import './events.css';
import { patchAt, removeAt } from './list-edit';
import { SubmissionErrors, useSubmission } from './submission';

const KIND_TONE: Record<SessionKind, 'info' | 'success' | 'warning' | 'neutral' | 'gold'> = {
  keynote: 'gold',
  end_user_pitch: 'info',
  technology_offer_pitch: 'success',
  networking_break: 'neutral',
  b2b_session: 'warning',
  other: 'neutral',
};

/** The public programme: times in the event's time zone, speakers linked to their organisations. */
export function ProgrammeList({ event, headingLevel = 3 }: { event: Event; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const fr = i18n.language.startsWith('fr');
  if (!event.programme.length) return <p className="muted">{t('events.programme.empty')}</p>;
  return (
    <ol className="programme">
      {event.programme.map((s) => (
        <li key={s.id} className="programme__item">
          <div className="programme__time">
            <time dateTime={s.startsAt}>{formatTime(s.startsAtLocal, i18n.language)}</time> –{' '}
            <time dateTime={s.endsAt}>{formatTime(s.endsAtLocal, i18n.language)}</time>
          </div>
          <div>
            <Badge tone={KIND_TONE[s.kind]}>{t(`events.kind.${s.kind}`)}</Badge>
            <Heading>{fr && s.titleFr ? s.titleFr : s.title}</Heading>
            {s.room && <p className="event-meta">{t('events.programme.room', { room: s.room })}</p>}
            {s.speakers.length > 0 && (
              <p className="event-meta">
                {t('events.programme.speakers')}:{' '}
                {s.speakers.map((sp, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    {sp.name}
                    {sp.organisation ? (
                      <>
                        {' '}
                        (<Link to={`/organisations/${sp.organisation.slug}`}>{sp.organisation.name}</Link>)
                      </>
                    ) : sp.organisationName ? (
                      ` (${sp.organisationName})`
                    ) : null}
                  </span>
                ))}
              </p>
            )}
            {s.description && <p>{s.description}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

interface SpeakerDraft {
  name: string;
  organisationId: string;
  organisationName: string;
}

interface SessionDraft {
  kind: SessionKind;
  title: string;
  titleFr: string;
  room: string;
  description: string;
  startsAt: string;
  endsAt: string;
  speakers: SpeakerDraft[];
}

const emptyDraft = (event: Event): SessionDraft => ({
  kind: 'keynote',
  title: '',
  titleFr: '',
  room: '',
  description: '',
  startsAt: event.startsAtLocal,
  endsAt: event.startsAtLocal,
  speakers: [],
});

const draftOf = (s: ProgrammeSession): SessionDraft => ({
  kind: s.kind,
  title: s.title,
  titleFr: s.titleFr ?? '',
  room: s.room ?? '',
  description: s.description,
  startsAt: s.startsAtLocal,
  endsAt: s.endsAtLocal,
  speakers: s.speakers.map((sp) => ({
    name: sp.name,
    organisationId: sp.organisation?.id ?? '',
    organisationName: sp.organisationName ?? '',
  })),
});

const bodyOf = (d: SessionDraft): SessionBody => ({
  kind: d.kind,
  title: d.title,
  titleFr: d.titleFr,
  room: d.room,
  description: d.description,
  startsAt: d.startsAt,
  endsAt: d.endsAt,
  speakers: d.speakers
    .filter((s) => s.name.trim())
    .map((s) =>
      s.organisationId
        ? { name: s.name, organisationId: s.organisationId }
        : { name: s.name, organisationName: s.organisationName },
    ),
});

function SessionForm({
  event,
  initial,
  sessionId,
  organisations,
  onDone,
}: {
  event: Event;
  initial: SessionDraft;
  sessionId: string | null;
  organisations: OrganisationChoice[];
  onDone(e: Event | null): void;
}) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [d, setD] = useState(initial);
  const { failure, setFailure, busy, attempt, submitWith } = useSubmission();
  const p = sessionId ? `ses-${sessionId}` : 'ses-new';
  const set = <K extends keyof SessionDraft>(k: K, v: SessionDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  const setSpeaker = (i: number, patch: Partial<SpeakerDraft>) =>
    set('speakers', patchAt(d.speakers, i, patch));
  const fields = {
    kind: { id: `${p}-kind`, label: t('events.session.kind') },
    title: { id: `${p}-title`, label: t('events.session.title') },
    startsAt: { id: `${p}-starts`, label: t('events.session.startsAt') },
    endsAt: { id: `${p}-ends`, label: t('events.session.endsAt') },
    speakers: { id: `${p}-speakers`, label: t('events.session.speakers') },
  };

  const submit = (e: FormEvent) =>
    submitWith(e, async () => {
      const updated = sessionId
        ? await eventsApi.updateSession(event.slug, sessionId, bodyOf(d))
        : await eventsApi.addSession(event.slug, bodyOf(d));
      setFailure(undefined);
      if (!sessionId) setD({ ...emptyDraft(event), startsAt: d.endsAt, endsAt: d.endsAt });
      onDone(updated);
    });

  return (
    <form
      onSubmit={submit}
      noValidate
      className="session-editor stack"
      aria-label={
        sessionId ? t('events.session.editLabel', { title: initial.title }) : t('events.session.add')
      }
    >
      <SubmissionErrors failure={failure} attempt={attempt} fields={fields} />
      <fieldset disabled={busy} className="stack">
        <div className="form-grid">
          <Select
            id={fields.kind.id}
            label={fields.kind.label}
            value={d.kind}
            onChange={(e) => set('kind', e.target.value as SessionKind)}
            error={errors.field(failure, 'kind')}
          >
            {SESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`events.kind.${k}`)}
              </option>
            ))}
          </Select>
          <TextField
            id={fields.title.id}
            label={fields.title.label}
            required
            value={d.title}
            onChange={(e) => set('title', e.target.value)}
            error={errors.field(failure, 'title')}
          />
          <TextField
            id={`${p}-title-fr`}
            label={t('events.session.titleFr')}
            value={d.titleFr}
            onChange={(e) => set('titleFr', e.target.value)}
            lang="fr"
          />
          <TextField
            id={`${p}-room`}
            label={t('events.session.room')}
            value={d.room}
            onChange={(e) => set('room', e.target.value)}
          />
          <TextField
            id={fields.startsAt.id}
            label={fields.startsAt.label}
            type="datetime-local"
            required
            value={d.startsAt}
            onChange={(e) => set('startsAt', e.target.value)}
            error={errors.field(failure, 'startsAt')}
            hint={event.timeZone}
          />
          <TextField
            id={fields.endsAt.id}
            label={fields.endsAt.label}
            type="datetime-local"
            required
            value={d.endsAt}
            onChange={(e) => set('endsAt', e.target.value)}
            error={errors.field(failure, 'endsAt')}
            hint={event.timeZone}
          />
        </div>
        <TextArea
          id={`${p}-description`}
          label={t('events.session.description')}
          value={d.description}
          onChange={(e) => set('description', e.target.value)}
          rows={2}
        />
        {d.speakers.map((s, i) => (
          <div className="form-grid" key={i}>
            <TextField
              id={`${p}-sp-${i}-name`}
              label={t('events.session.speakerName', { n: i + 1 })}
              value={s.name}
              onChange={(e) => setSpeaker(i, { name: e.target.value })}
              error={errors.field(failure, `speakers.${i}.name`)}
            />
            <Select
              id={`${p}-sp-${i}-org`}
              label={t('events.session.speakerOrganisation', { n: i + 1 })}
              value={s.organisationId}
              onChange={(e) => setSpeaker(i, { organisationId: e.target.value })}
            >
              <option value="">{t('events.session.freeOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
            {!s.organisationId && (
              <TextField
                id={`${p}-sp-${i}-orgname`}
                label={t('events.session.speakerOrganisationName', { n: i + 1 })}
                value={s.organisationName}
                onChange={(e) => setSpeaker(i, { organisationName: e.target.value })}
              />
            )}
            <Button variant="quiet" size="sm" onClick={() => set('speakers', removeAt(d.speakers, i))}>
              {t('events.session.removeSpeaker', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div className="actions">
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              set('speakers', [...d.speakers, { name: '', organisationId: '', organisationName: '' }])
            }
          >
            {t('events.session.addSpeaker')}
          </Button>
          <Button type="submit" busy={busy}>
            {sessionId ? t('events.session.save') : t('events.session.add')}
          </Button>
          {sessionId && (
            <Button variant="quiet" onClick={() => onDone(null)}>
              {t('events.session.close')}
            </Button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** Organisers add, edit and remove programme items; times are typed in the event's time zone. */
export function ProgrammeEditor({
  event,
  organisations,
  onChange,
}: {
  event: Event;
  organisations: OrganisationChoice[];
  onChange(e: Event): void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  async function remove(s: ProgrammeSession) {
    onChange(await eventsApi.deleteSession(event.slug, s.id));
    setStatus(t('events.session.removed', { title: s.title }));
  }
  return (
    <div className="stack">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {event.programme.length === 0 && <p className="muted">{t('events.programme.empty')}</p>}
      <ol className="programme">
        {event.programme.map((s) => (
          <li key={s.id} className="programme__item">
            <div className="programme__time">
              {formatTime(s.startsAtLocal, i18n.language)} – {formatTime(s.endsAtLocal, i18n.language)}
            </div>
            <div>
              <Badge tone={KIND_TONE[s.kind]}>{t(`events.kind.${s.kind}`)}</Badge>
              <h3>{s.title}</h3>
              {editing === s.id ? (
                <SessionForm
                  event={event}
                  initial={draftOf(s)}
                  sessionId={s.id}
                  organisations={organisations}
                  onDone={(e) => {
                    if (e) onChange(e);
                    setEditing(null);
                  }}
                />
              ) : (
                <div className="actions">
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setEditing(s.id)}
                    aria-label={t('events.session.editLabel', { title: s.title })}
                  >
                    {t('events.session.edit')}
                  </Button>
                  <Button
                    variant="danger"
                    size="sm"
                    onClick={() => void remove(s)}
                    aria-label={t('events.session.removeLabel', { title: s.title })}
                  >
                    {t('events.session.remove')}
                  </Button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <h3>{t('events.session.add')}</h3>
      <SessionForm
        event={event}
        initial={emptyDraft(event)}
        sessionId={null}
        organisations={organisations}
        onDone={(e) => e && onChange(e)}
      />
    </div>
  );
}
