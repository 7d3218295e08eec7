import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateEventBody, Event, RegistrationQuestion } from '../../../contracts/events';
import { useErrorText } from '../../lib/errors';
import { countryOptions } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Fieldset } from '../../ui/Fieldset';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { timeZones } from './events-api';
import './events.css';
import { patchAt, removeAt } from './list-edit';
import { SubmissionErrors, useSubmission } from './submission';

export interface OrganisationChoice {
  id: string;
  name: string;
}

interface QuestionDraft {
  id?: string | undefined;
  labelEn: string;
  labelFr: string;
  kind: 'text' | 'choice';
  options: string;
  required: boolean;
}

export interface EventFormValues {
  title: string;
  description: string;
  descriptionFr: string;
  format: 'venue' | 'online' | 'hybrid';
  venueName: string;
  venueAddress: string;
  city: string;
  country: string;
  onlineUrl: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  registrationMode: 'open' | 'approval';
  waitlistEnabled: boolean;
  leadOrganisationId: string;
  coOrganiserIds: string[];
  questions: QuestionDraft[];
}

export function emptyEventValues(leadOrganisationId = ''): EventFormValues {
  return {
    title: '',
    description: '',
    descriptionFr: '',
    format: 'venue',
    venueName: '',
    venueAddress: '',
    city: '',
    country: '',
    onlineUrl: '',
    timeZone: 'Europe/Paris',
    startsAt: '',
    endsAt: '',
    capacity: '',
    registrationMode: 'open',
    waitlistEnabled: true,
    leadOrganisationId,
    coOrganiserIds: [],
    questions: [],
  };
}

const toDraft = (q: RegistrationQuestion): QuestionDraft => ({
  id: q.id,
  labelEn: q.label.en,
  labelFr: q.label.fr,
  kind: q.kind,
  options: q.options.join('\n'),
  required: q.required,
});

export function valuesFromEvent(e: Event): EventFormValues {
  return {
    title: e.title,
    description: e.description,
    descriptionFr: e.descriptionFr ?? '',
    format: e.format,
    venueName: e.venueName ?? '',
    venueAddress: e.venueAddress ?? '',
    city: e.city ?? '',
    country: e.country ?? '',
    onlineUrl: e.onlineUrl ?? '',
    timeZone: e.timeZone,
    startsAt: e.startsAtLocal,
    endsAt: e.endsAtLocal,
    capacity: e.capacity === null ? '' : String(e.capacity),
    registrationMode: e.registrationMode,
    waitlistEnabled: e.waitlistEnabled,
    leadOrganisationId: e.organisers.find((o) => o.role === 'lead')?.id ?? '',
    coOrganiserIds: e.organisers.filter((o) => o.role === 'co_organiser').map((o) => o.id),
    questions: e.registrationQuestions.map(toDraft),
  };
}

/** The request body; numbers and lists parsed, empty optional texts sent as empty (the API clears them). */
export function bodyFromValues(v: EventFormValues): CreateEventBody {
  return {
    title: v.title,
    description: v.description,
    descriptionFr: v.descriptionFr,
    format: v.format,
    venueName: v.venueName,
    venueAddress: v.venueAddress,
    city: v.city,
    country: (v.country || null) as CreateEventBody['country'],
    onlineUrl: v.onlineUrl,
    timeZone: v.timeZone,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    capacity: v.capacity.trim() === '' ? null : Number(v.capacity),
    registrationMode: v.registrationMode,
    waitlistEnabled: v.waitlistEnabled,
    leadOrganisationId: v.leadOrganisationId,
    coOrganiserIds: v.coOrganiserIds,
    registrationQuestions: v.questions.map((q) => ({
      ...(q.id ? { id: q.id } : {}),
      label: { en: q.labelEn, fr: q.labelFr },
      kind: q.kind,
      options:
        q.kind === 'choice'
          ? q.options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      required: q.required,
    })),
  };
}

interface EventFormProps {
  initial: EventFormValues;
  /** Organisations the user administers: the lead is chosen among them (creation only). */
  leadChoices: OrganisationChoice[] | null;
  coOrganiserChoices: OrganisationChoice[];
  /** Only the lead organisation changes the co-organisers. */
  canChangeCoOrganisers: boolean;
  submitLabel: string;
  onSubmit(values: EventFormValues): Promise<void>;
}

export function EventForm({
  initial,
  leadChoices,
  coOrganiserChoices,
  canChangeCoOrganisers,
  submitLabel,
  onSubmit,
}: EventFormProps) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [values, setValues] = useState(initial);
  const { failure, setFailure, busy, attempt, submitWith } = useSubmission();
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (name: string) => errors.field(failure, name);
  const fields: Record<string, { id: string; label: string }> = {
    title: { id: 'ev-title', label: t('events.form.title') },
    description: { id: 'ev-description', label: t('events.form.description') },
    descriptionFr: { id: 'ev-description-fr', label: t('events.form.descriptionFr') },
    format: { id: 'ev-format', label: t('events.form.format') },
    venueName: { id: 'ev-venue', label: t('events.form.venueName') },
    city: { id: 'ev-city', label: t('events.form.city') },
    onlineUrl: { id: 'ev-online', label: t('events.form.onlineUrl') },
    timeZone: { id: 'ev-tz', label: t('events.form.timeZone') },
    startsAt: { id: 'ev-starts', label: t('events.form.startsAt') },
    endsAt: { id: 'ev-ends', label: t('events.form.endsAt') },
    capacity: { id: 'ev-capacity', label: t('events.form.capacity') },
    leadOrganisationId: { id: 'ev-lead', label: t('events.form.lead') },
    coOrganiserIds: { id: 'ev-co', label: t('events.form.coOrganisers') },
    registrationQuestions: { id: 'ev-questions', label: t('events.form.questions') },
  };

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      await onSubmit(values);
      setFailure(undefined);
    });

  const updateQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    set('questions', patchAt(values.questions, i, patch));
  const co = coOrganiserChoices.filter((o) => o.id !== values.leadOrganisationId);

  return (
    <form onSubmit={submit} noValidate className="stack">
      <SubmissionErrors failure={failure} attempt={attempt} fields={fields} />
      <fieldset disabled={busy} className="stack">
        {leadChoices && (
          <Select
            id={fields.leadOrganisationId!.id}
            label={fields.leadOrganisationId!.label}
            required
            value={values.leadOrganisationId}
            onChange={(e) => set('leadOrganisationId', e.target.value)}
            error={err('leadOrganisationId')}
            hint={t('events.form.leadHint')}
          >
            <option value="">{t('events.form.choose')}</option>
            {leadChoices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
        <TextField
          id={fields.title!.id}
          label={fields.title!.label}
          required
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={err('title')}
        />
        <TextArea
          id={fields.description!.id}
          label={fields.description!.label}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          error={err('description')}
          rows={5}
        />
        <TextArea
          id={fields.descriptionFr!.id}
          label={fields.descriptionFr!.label}
          value={values.descriptionFr}
          onChange={(e) => set('descriptionFr', e.target.value)}
          error={err('descriptionFr')}
          rows={3}
          lang="fr"
        />

        <Select
          id={fields.format!.id}
          label={fields.format!.label}
          value={values.format}
          onChange={(e) => set('format', e.target.value as EventFormValues['format'])}
        >
          {(['venue', 'online', 'hybrid'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`events.format.${f}`)}
            </option>
          ))}
        </Select>
        {values.format !== 'online' && (
          <div className="form-grid">
            <TextField
              id={fields.venueName!.id}
              label={fields.venueName!.label}
              value={values.venueName}
              onChange={(e) => set('venueName', e.target.value)}
              error={err('venueName')}
            />
            <TextField
              id="ev-address"
              label={t('events.form.venueAddress')}
              value={values.venueAddress}
              onChange={(e) => set('venueAddress', e.target.value)}
              error={err('venueAddress')}
            />
            <TextField
              id={fields.city!.id}
              label={fields.city!.label}
              value={values.city}
              onChange={(e) => set('city', e.target.value)}
              error={err('city')}
            />
            <Select
              id="ev-country"
              label={t('events.form.country')}
              value={values.country}
              onChange={(e) => set('country', e.target.value)}
              error={err('country')}
            >
              <option value="">{t('events.form.choose')}</option>
              {(() => {
                const { europe, beyond } = countryOptions(i18n.language);
                return [...europe, ...beyond].map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ));
              })()}
            </Select>
          </div>
        )}
        {values.format !== 'venue' && (
          <TextField
            id={fields.onlineUrl!.id}
            label={fields.onlineUrl!.label}
            type="url"
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl', e.target.value)}
            error={err('onlineUrl')}
          />
        )}

        <Select
          id={fields.timeZone!.id}
          label={fields.timeZone!.label}
          required
          value={values.timeZone}
          onChange={(e) => set('timeZone', e.target.value)}
          error={err('timeZone')}
          hint={t('events.form.timeZoneHint')}
        >
          {timeZones().map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </Select>
        <div className="form-grid">
          <TextField
            id={fields.startsAt!.id}
            label={fields.startsAt!.label}
            type="datetime-local"
            required
            value={values.startsAt}
            onChange={(e) => set('startsAt', e.target.value)}
            error={err('startsAt')}
          />
          <TextField
            id={fields.endsAt!.id}
            label={fields.endsAt!.label}
            type="datetime-local"
            required
            value={values.endsAt}
            onChange={(e) => set('endsAt', e.target.value)}
            error={err('endsAt')}
          />
          <TextField
            id={fields.capacity!.id}
            label={fields.capacity!.label}
            type="number"
            min={1}
            inputMode="numeric"
            value={values.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            error={err('capacity')}
            hint={t('events.form.capacityHint')}
          />
        </div>

        <Select
          id="ev-mode"
          label={t('events.form.registrationMode')}
          value={values.registrationMode}
          onChange={(e) => set('registrationMode', e.target.value as 'open' | 'approval')}
        >
          <option value="open">{t('events.mode.open')}</option>
          <option value="approval">{t('events.mode.approval')}</option>
        </Select>
        <Checkbox
          id="ev-waitlist"
          label={t('events.form.waitlist')}
          checked={values.waitlistEnabled}
          onChange={(e) => set('waitlistEnabled', e.target.checked)}
        />

        <Fieldset
          id={fields.coOrganiserIds!.id}
          legend={fields.coOrganiserIds!.label}
          hint={
            canChangeCoOrganisers ? t('events.form.coOrganisersHint') : t('events.form.coOrganisersLeadOnly')
          }
          error={err('coOrganiserIds')}
        >
          <div className="checkbox-columns">
            {co.map((o) => (
              <Checkbox
                key={o.id}
                id={`ev-co-${o.id}`}
                label={o.name}
                disabled={!canChangeCoOrganisers}
                checked={values.coOrganiserIds.includes(o.id)}
                onChange={(e) =>
                  set(
                    'coOrganiserIds',
                    e.target.checked
                      ? [...values.coOrganiserIds, o.id]
                      : values.coOrganiserIds.filter((id) => id !== o.id),
                  )
                }
              />
            ))}
          </div>
        </Fieldset>

        <Fieldset
          id={fields.registrationQuestions!.id}
          legend={fields.registrationQuestions!.label}
          hint={t('events.form.questionsHint')}
          error={err('registrationQuestions')}
        >
          {values.questions.map((q, i) => (
            <div className="question-editor" key={i}>
              <TextField
                id={`ev-q-${i}-en`}
                label={t('events.form.questionLabelEn', { n: i + 1 })}
                value={q.labelEn}
                onChange={(e) => updateQuestion(i, { labelEn: e.target.value })}
                error={err(`registrationQuestions.${i}.label`)}
              />
              <TextField
                id={`ev-q-${i}-fr`}
                label={t('events.form.questionLabelFr', { n: i + 1 })}
                value={q.labelFr}
                onChange={(e) => updateQuestion(i, { labelFr: e.target.value })}
                lang="fr"
              />
              <Select
                id={`ev-q-${i}-kind`}
                label={t('events.form.questionKind', { n: i + 1 })}
                value={q.kind}
                onChange={(e) => updateQuestion(i, { kind: e.target.value as 'text' | 'choice' })}
              >
                <option value="text">{t('events.form.kindText')}</option>
                <option value="choice">{t('events.form.kindChoice')}</option>
              </Select>
              {q.kind === 'choice' && (
                <TextArea
                  id={`ev-q-${i}-options`}
                  label={t('events.form.questionOptions', { n: i + 1 })}
                  hint={t('events.form.optionsHint')}
                  value={q.options}
                  onChange={(e) => updateQuestion(i, { options: e.target.value })}
                  error={err(`registrationQuestions.${i}.options`)}
                  rows={3}
                />
              )}
              <Checkbox
                id={`ev-q-${i}-required`}
                label={t('events.form.questionRequired', { n: i + 1 })}
                checked={q.required}
                onChange={(e) => updateQuestion(i, { required: e.target.checked })}
              />
              <Button
                variant="quiet"
                size="sm"
                onClick={() => set('questions', removeAt(values.questions, i))}
              >
                {t('events.form.removeQuestion', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              set('questions', [
                ...values.questions,
                { labelEn: '', labelFr: '', kind: 'text', options: '', required: false },
              ])
            }
          >
            {t('events.form.addQuestion')}
          </Button>
        </Fieldset>

        <div className="form-actions">
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
