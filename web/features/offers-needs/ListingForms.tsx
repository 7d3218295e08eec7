import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLABORATION_MODES, IP_STATUSES } from '../../../contracts/offers-needs';
import { useErrorText } from '../../lib/errors';
import type { FormFailure } from '../../lib/forms';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FormActions } from '../../ui/FormActions';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useJsonForm, type FieldTarget } from '../../ui/use-json-form';
import { CodeCheckboxes, domId } from '../organisations/CodeCheckboxes';
import { TechnologyPicker } from '../organisations/TechnologyPicker';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import type { NeedFormValues, OfferFormValues, PublishingOrganisation } from './listing-forms';
import type { ListingKind } from './offers-needs-api';
import './offers-needs.css';

interface CommonProps {
  taxonomies: Taxonomies;
  failure: FormFailure | undefined;
  /** On creation, the organisations the user may publish for; on edit, none (the owner stays). */
  organisations: PublishingOrganisation[] | null;
  submitLabel: string;
  cancelTo: string;
}

/** What offers and needs both have: an owner, a title, technologies and application domains. */
interface CommonValues {
  organisationId: string;
  title: string;
  technologies: string[];
  applicationDomains: string[];
}

type CommonFields = Record<'organisationId' | 'title' | 'technologies' | 'applicationDomains', FieldTarget>;

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

/** The parts of the form a kind places among its own fields. */
interface ListingFormParts<V extends object, F extends Record<string, FieldTarget>> {
  form: ReturnType<typeof useJsonForm<V, F & CommonFields>>;
  error(key: string): string | undefined;
  technologies: ReactNode;
  applicationDomains: ReactNode;
}

/**
 * The form both kinds share: error summary, owner (on creation), title, then the kind's own fields
 * (`children`, which also place the technology picker and the domain checkboxes), then the buttons.
 */
function ListingForm<V extends CommonValues, F extends Record<string, FieldTarget>>({
  kind,
  fields,
  initial,
  taxonomies,
  failure,
  organisations,
  submitLabel,
  cancelTo,
  children,
}: CommonProps & {
  kind: ListingKind;
  fields: F & CommonFields;
  initial: V;
  children(parts: ListingFormParts<V, F>): ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const error = (key: string) => errors.field(failure, key);
  const form = useJsonForm<V, F & CommonFields>(initial, fields, error);
  const { values, setValues, set, post, submitting: busy } = form;
  return (
    <form
      noValidate
      className="listing-form"
      onSubmit={(event) => {
        event.preventDefault();
        void post();
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
            error={error('organisationId')}
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
          onChange={(e) => set('title', e.target.value as V['title'])}
          error={error('title')}
        />
        {children({
          form,
          error,
          technologies: (
            <TechnologyPicker
              id={fields.technologies.id}
              terms={taxonomies.technologies}
              selected={values.technologies}
              onChange={(codes) => set('technologies', codes as V['technologies'])}
              error={error('technologies')}
            />
          ),
          applicationDomains: (
            <CodeCheckboxes
              id={`${kind}-domains`}
              legend={fields.applicationDomains.label}
              options={taxonomies.applicationDomains.map((term) => ({
                value: term.code,
                label: termLabel(term, i18n.language),
              }))}
              selected={values.applicationDomains}
              onChange={(codes) => set('applicationDomains', codes as V['applicationDomains'])}
              error={error('applicationDomains')}
            />
          ),
        })}
        <FormActions
          className="listing-actions"
          busy={busy}
          submitLabel={submitLabel}
          cancelTo={cancelTo}
          cancelLabel={t('offersNeeds.form.cancel')}
        />
      </fieldset>
    </form>
  );
}

/**
 * The common fields' error targets, given the kind's labels for technologies and domains: checkbox
 * groups have no single input, so they link to their first box.
 */
function useCommonFields(
  kind: ListingKind,
  taxonomies: Taxonomies,
  labels: { technologies: string; applicationDomains: string },
) {
  const { t } = useTranslation();
  return {
    organisationId: { id: `${kind}-organisation`, label: t('offersNeeds.fields.organisation') },
    title: { id: `${kind}-title`, label: t('offersNeeds.fields.title') },
    technologies: { id: `${kind}-technologies`, label: labels.technologies },
    applicationDomains: {
      id: `${kind}-domains-${domId(taxonomies.applicationDomains[0]?.code ?? '')}`,
      label: labels.applicationDomains,
    },
  };
}

export function OfferForm(props: CommonProps & { initial: OfferFormValues }) {
  const { t } = useTranslation();
  const fields = {
    ...useCommonFields('offer', props.taxonomies, {
      technologies: t('offersNeeds.fields.technologies'),
      applicationDomains: t('offersNeeds.fields.applicationDomains'),
    }),
    summary: { id: 'offer-summary', label: t('offersNeeds.fields.summary') },
    descriptionEn: { id: 'offer-description-en', label: t('offersNeeds.fields.descriptionEn') },
    descriptionFr: { id: 'offer-description-fr', label: t('offersNeeds.fields.descriptionFr') },
    trl: { id: 'offer-trl', label: t('offersNeeds.fields.trl') },
    collaborationModes: {
      id: `offer-modes-${COLLABORATION_MODES[0]}`,
      label: t('offersNeeds.fields.collaborationModes'),
    },
    ipStatus: { id: 'offer-ip', label: t('offersNeeds.fields.ipStatus') },
  };
  return (
    <ListingForm<OfferFormValues, typeof fields> kind="offer" fields={fields} {...props}>
      {({ form: { values, set, bind }, error, technologies, applicationDomains }) => (
        <>
          <TextArea {...bind('summary')} required rows={3} hint={t('offersNeeds.form.summaryHint')} />
          <TextArea {...bind('descriptionEn')} lang="en" rows={5} />
          <TextArea {...bind('descriptionFr')} lang="fr" rows={5} />
          {technologies}
          {applicationDomains}
          <Select {...bind('trl')}>
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
            options={COLLABORATION_MODES.map((mode) => ({
              value: mode,
              label: t(`offersNeeds.mode.${mode}`),
            }))}
            selected={values.collaborationModes}
            onChange={(modes) => set('collaborationModes', modes)}
            error={error('collaborationModes')}
          />
          <Select {...bind('ipStatus')}>
            <option value="">{t('offersNeeds.form.ipNone')}</option>
            {IP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`offersNeeds.ip.${status}`)}
              </option>
            ))}
          </Select>
        </>
      )}
    </ListingForm>
  );
}

export function NeedForm(props: CommonProps & { initial: NeedFormValues }) {
  const { t } = useTranslation();
  const fields = {
    ...useCommonFields('need', props.taxonomies, {
      technologies: t('offersNeeds.fields.hintedTechnologies'),
      applicationDomains: t('offersNeeds.fields.applicationSector'),
    }),
    problem: { id: 'need-problem', label: t('offersNeeds.fields.problem') },
    constraints: { id: 'need-constraints', label: t('offersNeeds.fields.constraints') },
    budgetMin: { id: 'need-budget-min', label: t('offersNeeds.fields.budgetMin') },
    budgetMax: { id: 'need-budget-max', label: t('offersNeeds.fields.budgetMax') },
    // The currency has no field of its own (always EUR): its errors link to the minimum.
    budgetCurrency: { id: 'need-budget-min', label: t('offersNeeds.fields.budgetMin') },
    wantedBy: { id: 'need-wanted-by', label: t('offersNeeds.fields.wantedBy') },
  };
  return (
    <ListingForm<NeedFormValues, typeof fields> kind="need" fields={fields} {...props}>
      {({ form: { bind }, technologies, applicationDomains }) => (
        <>
          <TextArea {...bind('problem')} required rows={6} hint={t('offersNeeds.form.problemHint')} />
          {applicationDomains}
          <TextArea {...bind('constraints')} rows={3} />
          <div className="form-grid">
            <TextField {...bind('budgetMin')} inputMode="numeric" hint={t('offersNeeds.form.budgetHint')} />
            <TextField {...bind('budgetMax')} inputMode="numeric" />
            <TextField {...bind('wantedBy')} type="date" hint={t('offersNeeds.form.wantedByHint')} />
          </div>
          {technologies}
        </>
      )}
    </ListingForm>
  );
}
