import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { eventsApi } from '../features/events/events-api';
import '../features/events/events.css';
import { EventBreadcrumb } from '../features/events/EventBits';
import { SubmissionErrors, useSubmission } from '../features/events/submission';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTerms } from '../features/taxonomy/taxonomy-api';
import { useTermLabels } from '../features/taxonomy/use-term-labels';
import { useErrorText } from '../lib/errors';
import { Alert } from '../ui/Alert';
import { Button, buttonClass } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { Fieldset } from '../ui/Fieldset';
import { Select } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [event, options, technologies, domains] = await Promise.all([
    eventsApi.get(params.slug!),
    eventsApi.registrationOptions(params.slug!),
    loadTerms('technologies'),
    loadTerms('application-domains'),
  ]);
  return { event, organisations: options.organisations, terms: [...technologies, ...domains] };
}

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const navigate = useNavigate();
  const { event, organisations, terms } = useLoaderData<typeof loader>();
  const label = useTermLabels(terms);
  const first = organisations.length === 1 ? organisations[0]! : null;
  const [organisationId, setOrganisationId] = useState(first?.id ?? '');
  const chosen = organisations.find((o) => o.id === organisationId);
  const [technologies, setTechnologies] = useState<string[]>(first?.technologies ?? []);
  const [domains, setDomains] = useState<string[]>(first?.domains ?? []);
  const [offers, setOffers] = useState('');
  const [seeks, setSeeks] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const { failure, busy, attempt, submitWith } = useSubmission();
  const fr = i18n.language.startsWith('fr');
  const title = t('events.register.title', { title: event.title });
  const fields: Record<string, { id: string; label: string }> = {
    organisationId: { id: 'reg-org', label: t('events.register.organisation') },
    offers: { id: 'reg-offers', label: t('events.register.offers') },
    seeks: { id: 'reg-seeks', label: t('events.register.seeks') },
    ...Object.fromEntries(
      event.registrationQuestions.map((q) => [
        `answers.${q.id}`,
        { id: `reg-q-${q.id}`, label: fr && q.label.fr ? q.label.fr : q.label.en },
      ]),
    ),
  };

  function choose(id: string) {
    setOrganisationId(id);
    const org = organisations.find((o) => o.id === id);
    setTechnologies(org?.technologies ?? []);
    setDomains(org?.domains ?? []);
  }

  const submit = (e: FormEvent) =>
    submitWith(e, async () => {
      await eventsApi.register(event.slug, { organisationId, offers, seeks, technologies, domains, answers });
      await navigate(`/events/${event.slug}?registered=1`);
    });

  if (!event.can.register) {
    return (
      <div className="container page page--form">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <Alert tone="info">
          {event.myRegistration ? t('events.register.already') : t('events.register.closed')}
        </Alert>
        <Link to={`/events/${event.slug}`}>{t('events.register.back')}</Link>
      </div>
    );
  }
  if (!organisations.length) {
    return (
      <div className="container page page--form">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <Alert tone="warning">{t('events.register.noOrganisation')}</Alert>
        <Link className={buttonClass('secondary')} to="/organisations">
          {t('events.register.findOrganisation')}
        </Link>
      </div>
    );
  }

  /** The chosen organisation's terms of one kind, ticked in advance; nothing when it has none. */
  const profileTerms = (
    id: string,
    prefix: string,
    legend: string,
    codes: string[] | undefined,
    selected: string[],
    set: (v: string[]) => void,
  ) =>
    codes &&
    codes.length > 0 && (
      <Fieldset id={id} legend={legend} hint={t('events.register.prefilled')}>
        <div className="checkbox-columns">
          {codes.map((code) => (
            <Checkbox
              key={code}
              id={`${prefix}-${code}`}
              label={label(code)}
              checked={selected.includes(code)}
              onChange={(e) =>
                set(e.target.checked ? [...selected, code] : selected.filter((c) => c !== code))
              }
            />
          ))}
        </div>
      </Fieldset>
    );

  /** What the participant offers or seeks at the event, in a few lines. */
  const pitch = (name: 'offers' | 'seeks', hint: string, value: string, set: (v: string) => void) => (
    <TextArea
      id={fields[name]!.id}
      label={fields[name]!.label}
      hint={hint}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={errors.field(failure, name)}
      rows={3}
    />
  );

  return (
    <div className="container page page--form">
      <PageTitle title={title} />
      <EventBreadcrumb event={event} />
      <h1>{title}</h1>
      <p className="lead">{t('events.register.lead')}</p>
      <form onSubmit={submit} noValidate className="stack">
        <SubmissionErrors failure={failure} attempt={attempt} fields={fields} />
        <fieldset disabled={busy} className="stack">
          <Select
            id={fields.organisationId!.id}
            label={fields.organisationId!.label}
            required
            value={organisationId}
            onChange={(e) => choose(e.target.value)}
            error={errors.field(failure, 'organisationId')}
          >
            <option value="">{t('events.form.choose')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          {profileTerms(
            'reg-tech',
            'reg-tech',
            t('events.register.technologies'),
            chosen?.technologies,
            technologies,
            setTechnologies,
          )}
          {profileTerms(
            'reg-domains',
            'reg-dom',
            t('events.register.domains'),
            chosen?.domains,
            domains,
            setDomains,
          )}
          {pitch('offers', t('events.register.offersHint'), offers, setOffers)}
          {pitch('seeks', t('events.register.seeksHint'), seeks, setSeeks)}
          {event.registrationQuestions.map((q) => {
            const f = fields[`answers.${q.id}`]!;
            const value = answers[q.id] ?? '';
            const field = {
              id: f.id,
              label: f.label,
              required: q.required,
              value,
              onChange: (e: { target: { value: string } }) =>
                setAnswers((a) => ({ ...a, [q.id]: e.target.value })),
              error: errors.field(failure, `answers.${q.id}`),
            };
            return q.kind === 'choice' ? (
              <Select key={q.id} {...field}>
                <option value="">{t('events.form.choose')}</option>
                {q.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </Select>
            ) : (
              <TextField key={q.id} {...field} />
            );
          })}
          <div className="form-actions">
            <Button type="submit" busy={busy}>
              {event.registrationMode === 'approval'
                ? t('events.register.submitApproval')
                : t('events.register.submit')}
            </Button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
