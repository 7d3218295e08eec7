import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Region } from '../../../contracts/taxonomy';
import { ORGANISATION_TYPES, VALUE_CHAIN_ROLES } from '../../../contracts/organisations';
import {
  PARTNER_REQUEST_KINDS,
  PARTNER_REQUEST_VISIBILITIES,
  type PartnerRequest,
} from '../../../contracts/partner-requests';
import { useErrorText } from '../../lib/errors';
import { failureFromError, type FormFailure } from '../../lib/forms';
import { Button, buttonClass } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CodeCheckboxes } from '../organisations/CodeCheckboxes';
import { CountryOptions } from '../organisations/CountryOptions';
import { organisationsApi } from '../organisations/organisations-api';
import { TechnologyPicker } from '../organisations/TechnologyPicker';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import { partnerRequestsApi, toHtml } from './partner-requests-api';
import './partner-requests.css';

export interface LeadChoice {
  id: string;
  name: string;
}

interface Partner {
  organisationId?: string;
  name: string;
}

interface Values {
  leadOrganisationId: string;
  title: string;
  summary: string;
  description: string;
  kind: string;
  visibility: string;
  deadlineLocal: string;
  timeZone: string;
  partners: Partner[];
  organisationTypes: string[];
  technologies: string[];
  applicationDomains: string[];
  valueChainRoles: string[];
  countries: string[];
  regions: string[];
}

function defaultDeadline(): string {
  const d = new Date(Date.now() + 60 * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T12:00`;
}

export function initialValues(leads: LeadChoice[], existing?: PartnerRequest): Values {
  if (existing) {
    return {
      leadOrganisationId: existing.leadOrganisation.id,
      title: existing.title,
      summary: existing.summary,
      description: existing.description,
      kind: existing.kind,
      visibility: existing.visibility,
      deadlineLocal: existing.deadlineLocal,
      timeZone: existing.timeZone,
      partners: existing.partners.map((p) => (p.organisation ? { organisationId: p.organisation.id, name: p.name } : { name: p.name })),
      ...existing.profileSought,
    };
  }
  return {
    leadOrganisationId: leads[0]?.id ?? '',
    title: '',
    summary: '',
    description: '',
    kind: 'strategic_partnership',
    visibility: 'public',
    deadlineLocal: defaultDeadline(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris',
    partners: [],
    organisationTypes: [],
    technologies: [],
    applicationDomains: [],
    valueChainRoles: [],
    countries: [],
    regions: [],
  };
}

function PartnerPicker({ partners, onChange }: { partners: Partner[]; onChange(p: Partner[]): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ id: string; name: string }[] | null>(null);
  const [named, setNamed] = useState('');
  async function search() {
    if (!query.trim()) return;
    const list = await organisationsApi.list({ q: query.trim(), limit: 8 });
    setResults(list.items.map((o) => ({ id: o.id, name: o.name })));
  }
  return (
    <Fieldset id="pr-partners" legend={t('partnerRequests.form.partners')} hint={t('partnerRequests.form.partnersHint')}>
      {partners.length > 0 && (
        <ul className="pr-chips">
          {partners.map((p, i) => (
            <li key={`${p.organisationId ?? p.name}-${i}`}>
              {p.name} {!p.organisationId && <em>({t('partnerRequests.form.notRegistered')})</em>}{' '}
              <Button
                variant="quiet"
                size="sm"
                aria-label={t('partnerRequests.form.removePartner', { name: p.name })}
                onClick={() => onChange(partners.filter((_, j) => j !== i))}
              >
                {t('partnerRequests.form.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="pr-inline">
        <TextField
          id="pr-partner-search"
          label={t('partnerRequests.form.findOrganisation')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
        />
        <Button variant="secondary" onClick={() => void search()}>
          {t('partnerRequests.form.search')}
        </Button>
      </div>
      {results && (
        <ul className="pr-results" aria-live="polite">
          {results.length === 0 && <li>{t('partnerRequests.form.noResults')}</li>}
          {results.map((o) => (
            <li key={o.id}>
              {o.name}{' '}
              <Button
                size="sm"
                variant="secondary"
                aria-label={t('partnerRequests.form.addPartner', { name: o.name })}
                disabled={partners.some((p) => p.organisationId === o.id)}
                onClick={() => onChange([...partners, { organisationId: o.id, name: o.name }])}
              >
                {t('partnerRequests.form.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="pr-inline">
        <TextField
          id="pr-partner-named"
          label={t('partnerRequests.form.namedPartner')}
          hint={t('partnerRequests.form.namedPartnerHint')}
          value={named}
          onChange={(e) => setNamed(e.target.value)}
        />
        <Button
          variant="secondary"
          onClick={() => {
            if (named.trim().length < 2) return;
            onChange([...partners, { name: named.trim() }]);
            setNamed('');
          }}
        >
          {t('partnerRequests.form.add')}
        </Button>
      </div>
    </Fieldset>
  );
}

function MultiSelect({
  id,
  label,
  hint,
  value,
  onChange,
  children,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string[];
  onChange(v: string[]): void;
  children: React.ReactNode;
  error?: string | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        multiple
        size={6}
        className="field__control"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {children}
      </select>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}

export function PartnerRequestForm({
  leads,
  taxonomies,
  regions,
  existing,
}: {
  leads: LeadChoice[];
  taxonomies: Taxonomies;
  regions: Region[];
  existing?: PartnerRequest;
}) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() => initialValues(leads, existing));
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const fields = {
    leadOrganisationId: { id: 'pr-lead', label: t('partnerRequests.fields.lead') },
    title: { id: 'pr-title', label: t('partnerRequests.fields.title') },
    summary: { id: 'pr-summary', label: t('partnerRequests.fields.summary') },
    description: { id: 'pr-description', label: t('partnerRequests.fields.description') },
    kind: { id: 'pr-kind', label: t('partnerRequests.fields.kind') },
    visibility: { id: 'pr-visibility', label: t('partnerRequests.fields.visibility') },
    deadlineLocal: { id: 'pr-deadline', label: t('partnerRequests.fields.deadline') },
    timeZone: { id: 'pr-timezone', label: t('partnerRequests.fields.timeZone') },
    partners: { id: 'pr-partners', label: t('partnerRequests.form.partners') },
    'profileSought.technologies': { id: 'pr-technologies', label: t('partnerRequests.fields.technologies') },
    'profileSought.regions': { id: 'pr-regions', label: t('partnerRequests.fields.regions') },
  };

  async function save(publish: boolean) {
    setBusy(true);
    setFailure(undefined);
    const body = {
      title: values.title,
      summary: values.summary,
      description: toHtml(values.description),
      kind: values.kind as never,
      visibility: values.visibility as never,
      deadlineLocal: values.deadlineLocal,
      timeZone: values.timeZone,
      partners: values.partners.map((p) => (p.organisationId ? { organisationId: p.organisationId } : { name: p.name })),
      profileSought: {
        organisationTypes: values.organisationTypes as never,
        technologies: values.technologies,
        applicationDomains: values.applicationDomains,
        valueChainRoles: values.valueChainRoles as never,
        countries: values.countries,
        regions: values.regions,
      },
    };
    try {
      const saved = existing
        ? await partnerRequestsApi.update(existing.id, body)
        : await partnerRequestsApi.create({ ...body, leadOrganisationId: values.leadOrganisationId, publish });
      navigate(`/partner-requests/${saved.id}`);
    } catch (error) {
      setFailure(failureFromError(error));
      setBusy(false);
    }
  }

  const shownRegions = values.countries.length ? regions.filter((r) => values.countries.includes(r.countryCode)) : regions;

  return (
    <form
      noValidate
      className="pr-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(!existing);
      }}
    >
      {failure && <ErrorSummary title={errors.describe(failure.error)} items={errors.summary(failure, fields)} submissionKey={failure} />}
      <fieldset disabled={busy} className="pr-form__body">
        {!existing && (
          <Select
            id={fields.leadOrganisationId.id}
            label={fields.leadOrganisationId.label}
            required
            value={values.leadOrganisationId}
            onChange={(e) => set('leadOrganisationId', e.target.value)}
            error={errors.field(failure, 'leadOrganisationId')}
          >
            {leads.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
        <TextField id={fields.title.id} label={fields.title.label} required value={values.title} onChange={(e) => set('title', e.target.value)} error={errors.field(failure, 'title')} />
        <TextArea id={fields.summary.id} label={fields.summary.label} required rows={3} value={values.summary} onChange={(e) => set('summary', e.target.value)} error={errors.field(failure, 'summary')} />
        <TextArea
          id={fields.description.id}
          label={fields.description.label}
          hint={t('partnerRequests.form.descriptionHint')}
          rows={10}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.field(failure, 'description')}
        />
        <Select id={fields.kind.id} label={fields.kind.label} value={values.kind} onChange={(e) => set('kind', e.target.value)} error={errors.field(failure, 'kind')}>
          {PARTNER_REQUEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partnerRequests.kind.${k}`)}
            </option>
          ))}
        </Select>
        <Select
          id={fields.visibility.id}
          label={fields.visibility.label}
          hint={t('partnerRequests.form.visibilityHint')}
          value={values.visibility}
          onChange={(e) => set('visibility', e.target.value)}
        >
          {PARTNER_REQUEST_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`partnerRequests.visibility.${v}`)}
            </option>
          ))}
        </Select>
        <div className="pr-inline">
          <TextField
            id={fields.deadlineLocal.id}
            label={fields.deadlineLocal.label}
            type="datetime-local"
            required
            value={values.deadlineLocal}
            onChange={(e) => set('deadlineLocal', e.target.value)}
            error={errors.field(failure, 'deadlineLocal')}
          />
          <TextField
            id={fields.timeZone.id}
            label={fields.timeZone.label}
            hint={t('partnerRequests.form.timeZoneHint')}
            value={values.timeZone}
            onChange={(e) => set('timeZone', e.target.value)}
            error={errors.field(failure, 'timeZone')}
          />
        </div>
        <PartnerPicker partners={values.partners} onChange={(p) => set('partners', p)} />
        <h2 className="pr-form__section">{t('partnerRequests.form.profileSought')}</h2>
        <CodeCheckboxes
          id="pr-types"
          legend={t('partnerRequests.fields.organisationTypes')}
          options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.type.${v}`) }))}
          selected={values.organisationTypes}
          onChange={(v) => set('organisationTypes', v)}
        />
        <TechnologyPicker
          id={fields['profileSought.technologies'].id}
          terms={taxonomies.technologies}
          selected={values.technologies}
          onChange={(codes) => set('technologies', codes)}
          error={errors.field(failure, 'profileSought.technologies')}
        />
        <CodeCheckboxes
          id="pr-domains"
          legend={t('partnerRequests.fields.applicationDomains')}
          options={taxonomies.applicationDomains.map((term) => ({ value: term.code, label: termLabel(term, i18n.language) }))}
          selected={values.applicationDomains}
          onChange={(v) => set('applicationDomains', v)}
        />
        <CodeCheckboxes
          id="pr-roles"
          legend={t('partnerRequests.fields.valueChainRoles')}
          options={VALUE_CHAIN_ROLES.map((v) => ({ value: v, label: t(`organisations.role.${v}`) }))}
          selected={values.valueChainRoles}
          onChange={(v) => set('valueChainRoles', v)}
        />
        <MultiSelect id="pr-countries" label={t('partnerRequests.fields.countries')} hint={t('partnerRequests.form.multiHint')} value={values.countries} onChange={(v) => set('countries', v)}>
          <CountryOptions />
        </MultiSelect>
        <MultiSelect
          id={fields['profileSought.regions'].id}
          label={fields['profileSought.regions'].label}
          hint={t('partnerRequests.form.multiHint')}
          value={values.regions}
          onChange={(v) => set('regions', v)}
          error={errors.field(failure, 'profileSought.regions')}
        >
          {shownRegions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} ({r.code})
            </option>
          ))}
        </MultiSelect>
        <div className="pr-actions">
          {existing ? (
            <Button type="submit" busy={busy}>
              {t('partnerRequests.form.save')}
            </Button>
          ) : (
            <>
              <Button type="submit" busy={busy}>
                {t('partnerRequests.form.publish')}
              </Button>
              <Button variant="secondary" onClick={() => void save(false)}>
                {t('partnerRequests.form.saveDraft')}
              </Button>
            </>
          )}
          <Link to={existing ? `/partner-requests/${existing.id}` : '/partner-requests'} className={buttonClass('quiet')}>
            {t('partnerRequests.form.cancel')}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
