import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation, useSubmit } from 'react-router';
import { COLLABORATION_MODES, IP_STATUSES } from '../../../contracts/offers-needs';
import { useErrorText } from '../../lib/errors';
import type { FormFailure } from '../../lib/forms';
import { Button, buttonClass } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CodeCheckboxes, domId } from '../organisations/CodeCheckboxes';
import { TechnologyPicker } from '../organisations/TechnologyPicker';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import type { NeedFormValues, OfferFormValues, PublishingOrganisation } from './listing-forms';
import './offers-needs.css';

interface CommonProps {
  taxonomies: Taxonomies;
  failure: FormFailure | undefined;
  /** On creation, the organisations the user may publish for; on edit, none (the owner stays). */
  organisations: PublishingOrganisation[] | null;
  submitLabel: string;
  cancelTo: string;
}

function OrganisationSelect({
  id,
  organisations,
  value,
  onChange,
  error,
}: {
  id: string;
  organisations: PublishingOrganisation[];
  value: string;
  onChange(organisation: PublishingOrganisation): void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      label={t('offersNeeds.fields.organisation')}
      required
      value={value}
      hint={t('offersNeeds.form.fromOrganisation')}
      error={error}
      onChange={(e) => {
        const chosen = organisations.find((o) => o.id === e.target.value);
        if (chosen) onChange(chosen);
      }}
    >
      {organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}

function useFormChrome<V extends object>(initial: V) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const [values, setValues] = useState(initial);
  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = () => submit(values as never, { method: 'post', encType: 'application/json' });
  return { values, setValues, set, busy, save };
}

function FormButtons({
  busy,
  submitLabel,
  cancelTo,
}: {
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="listing-actions">
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
      <Link to={cancelTo} className={buttonClass('quiet')}>
        {t('offersNeeds.form.cancel')}
      </Link>
    </div>
  );
}

export function OfferForm({
  initial,
  taxonomies,
  failure,
  organisations,
  submitLabel,
  cancelTo,
}: CommonProps & { initial: OfferFormValues }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { values, setValues, set, busy, save } = useFormChrome(initial);
  const fields = {
    organisationId: { id: 'offer-organisation', label: t('offersNeeds.fields.organisation') },
    title: { id: 'offer-title', label: t('offersNeeds.fields.title') },
    summary: { id: 'offer-summary', label: t('offersNeeds.fields.summary') },
    descriptionEn: { id: 'offer-description-en', label: t('offersNeeds.fields.descriptionEn') },
    descriptionFr: { id: 'offer-description-fr', label: t('offersNeeds.fields.descriptionFr') },
    technologies: { id: 'offer-technologies', label: t('offersNeeds.fields.technologies') },
    applicationDomains: {
      id: `offer-domains-${domId(taxonomies.applicationDomains[0]?.code ?? '')}`,
      label: t('offersNeeds.fields.applicationDomains'),
    },
    trl: { id: 'offer-trl', label: t('offersNeeds.fields.trl') },
    collaborationModes: {
      id: `offer-modes-${COLLABORATION_MODES[0]}`,
      label: t('offersNeeds.fields.collaborationModes'),
    },
    ipStatus: { id: 'offer-ip', label: t('offersNeeds.fields.ipStatus') },
  };
  return (
    <form
      noValidate
      className="listing-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {failure && (
        <ErrorSummary
          title={errors.describe(failure.error)}
          items={errors.summary(failure, fields)}
          submissionKey={failure}
        />
      )}
      <fieldset disabled={busy} className="listing-form__body">
        {organisations && (
          <OrganisationSelect
            id={fields.organisationId.id}
            organisations={organisations}
            value={values.organisationId}
            error={errors.field(failure, 'organisationId')}
            onChange={(o) =>
              setValues((v) => ({
                ...v,
                organisationId: o.id,
                technologies: o.technologies,
                applicationDomains: o.applicationDomains,
              }))
            }
          />
        )}
        <TextField
          id={fields.title.id}
          label={fields.title.label}
          required
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.field(failure, 'title')}
        />
        <TextArea
          id={fields.summary.id}
          label={fields.summary.label}
          required
          rows={3}
          hint={t('offersNeeds.form.summaryHint')}
          value={values.summary}
          onChange={(e) => set('summary', e.target.value)}
          error={errors.field(failure, 'summary')}
        />
        <TextArea
          id={fields.descriptionEn.id}
          label={fields.descriptionEn.label}
          lang="en"
          rows={5}
          value={values.descriptionEn}
          onChange={(e) => set('descriptionEn', e.target.value)}
          error={errors.field(failure, 'descriptionEn')}
        />
        <TextArea
          id={fields.descriptionFr.id}
          label={fields.descriptionFr.label}
          lang="fr"
          rows={5}
          value={values.descriptionFr}
          onChange={(e) => set('descriptionFr', e.target.value)}
          error={errors.field(failure, 'descriptionFr')}
        />
        <TechnologyPicker
          id={fields.technologies.id}
          terms={taxonomies.technologies}
          selected={values.technologies}
          onChange={(codes) => set('technologies', codes)}
          error={errors.field(failure, 'technologies')}
        />
        <CodeCheckboxes
          id="offer-domains"
          legend={fields.applicationDomains.label}
          options={taxonomies.applicationDomains.map((term) => ({
            value: term.code,
            label: termLabel(term, i18n.language),
          }))}
          selected={values.applicationDomains}
          onChange={(codes) => set('applicationDomains', codes)}
          error={errors.field(failure, 'applicationDomains')}
        />
        <Select
          id={fields.trl.id}
          label={fields.trl.label}
          value={values.trl}
          onChange={(e) => set('trl', e.target.value)}
          error={errors.field(failure, 'trl')}
        >
          <option value="">{t('offersNeeds.form.trlNone')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => (
            <option key={level} value={String(level)}>
              {t('offersNeeds.form.trlLevel', { level })}
            </option>
          ))}
        </Select>
        <CodeCheckboxes
          id="offer-modes"
          legend={fields.collaborationModes.label}
          options={COLLABORATION_MODES.map((mode) => ({ value: mode, label: t(`offersNeeds.mode.${mode}`) }))}
          selected={values.collaborationModes}
          onChange={(modes) => set('collaborationModes', modes)}
          error={errors.field(failure, 'collaborationModes')}
        />
        <Select
          id={fields.ipStatus.id}
          label={fields.ipStatus.label}
          value={values.ipStatus}
          onChange={(e) => set('ipStatus', e.target.value)}
          error={errors.field(failure, 'ipStatus')}
        >
          <option value="">{t('offersNeeds.form.ipNone')}</option>
          {IP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`offersNeeds.ip.${status}`)}
            </option>
          ))}
        </Select>
        <FormButtons busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </fieldset>
    </form>
  );
}

export function NeedForm({
  initial,
  taxonomies,
  failure,
  organisations,
  submitLabel,
  cancelTo,
}: CommonProps & { initial: NeedFormValues }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { values, setValues, set, busy, save } = useFormChrome(initial);
  const fields = {
    organisationId: { id: 'need-organisation', label: t('offersNeeds.fields.organisation') },
    title: { id: 'need-title', label: t('offersNeeds.fields.title') },
    problem: { id: 'need-problem', label: t('offersNeeds.fields.problem') },
    applicationDomains: {
      id: `need-domains-${domId(taxonomies.applicationDomains[0]?.code ?? '')}`,
      label: t('offersNeeds.fields.applicationSector'),
    },
    constraints: { id: 'need-constraints', label: t('offersNeeds.fields.constraints') },
    budgetMin: { id: 'need-budget-min', label: t('offersNeeds.fields.budgetMin') },
    budgetMax: { id: 'need-budget-max', label: t('offersNeeds.fields.budgetMax') },
    budgetCurrency: { id: 'need-budget-min', label: t('offersNeeds.fields.budgetMin') },
    wantedBy: { id: 'need-wanted-by', label: t('offersNeeds.fields.wantedBy') },
    technologies: { id: 'need-technologies', label: t('offersNeeds.fields.hintedTechnologies') },
  };
  return (
    <form
      noValidate
      className="listing-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {failure && (
        <ErrorSummary
          title={errors.describe(failure.error)}
          items={errors.summary(failure, fields)}
          submissionKey={failure}
        />
      )}
      <fieldset disabled={busy} className="listing-form__body">
        {organisations && (
          <OrganisationSelect
            id={fields.organisationId.id}
            organisations={organisations}
            value={values.organisationId}
            error={errors.field(failure, 'organisationId')}
            onChange={(o) =>
              setValues((v) => ({
                ...v,
                organisationId: o.id,
                technologies: o.technologies,
                applicationDomains: o.applicationDomains,
              }))
            }
          />
        )}
        <TextField
          id={fields.title.id}
          label={fields.title.label}
          required
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.field(failure, 'title')}
        />
        <TextArea
          id={fields.problem.id}
          label={fields.problem.label}
          required
          rows={6}
          hint={t('offersNeeds.form.problemHint')}
          value={values.problem}
          onChange={(e) => set('problem', e.target.value)}
          error={errors.field(failure, 'problem')}
        />
        <CodeCheckboxes
          id="need-domains"
          legend={fields.applicationDomains.label}
          options={taxonomies.applicationDomains.map((term) => ({
            value: term.code,
            label: termLabel(term, i18n.language),
          }))}
          selected={values.applicationDomains}
          onChange={(codes) => set('applicationDomains', codes)}
          error={errors.field(failure, 'applicationDomains')}
        />
        <TextArea
          id={fields.constraints.id}
          label={fields.constraints.label}
          rows={3}
          value={values.constraints}
          onChange={(e) => set('constraints', e.target.value)}
          error={errors.field(failure, 'constraints')}
        />
        <div className="form-grid">
          <TextField
            id={fields.budgetMin.id}
            label={fields.budgetMin.label}
            inputMode="numeric"
            hint={t('offersNeeds.form.budgetHint')}
            value={values.budgetMin}
            onChange={(e) => set('budgetMin', e.target.value)}
            error={errors.field(failure, 'budgetMin')}
          />
          <TextField
            id={fields.budgetMax.id}
            label={fields.budgetMax.label}
            inputMode="numeric"
            value={values.budgetMax}
            onChange={(e) => set('budgetMax', e.target.value)}
            error={errors.field(failure, 'budgetMax')}
          />
          <TextField
            id={fields.wantedBy.id}
            label={fields.wantedBy.label}
            type="date"
            hint={t('offersNeeds.form.wantedByHint')}
            value={values.wantedBy}
            onChange={(e) => set('wantedBy', e.target.value)}
            error={errors.field(failure, 'wantedBy')}
          />
        </div>
        <TechnologyPicker
          id={fields.technologies.id}
          terms={taxonomies.technologies}
          selected={values.technologies}
          onChange={(codes) => set('technologies', codes)}
          error={errors.field(failure, 'technologies')}
        />
        <FormButtons busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </fieldset>
    </form>
  );
}
