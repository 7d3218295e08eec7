import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, SIZE_BANDS, VALUE_CHAIN_ROLES } from '../../../contracts/organisations';
import { useErrorText } from '../../lib/errors';
import type { FormFailure } from '../../lib/forms';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FormActions } from '../../ui/FormActions';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useJsonForm } from '../../ui/use-json-form';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import { CodeCheckboxes, domId } from './CodeCheckboxes';
import { CountryOptions } from './CountryOptions';
import { findDuplicates, type DuplicateCandidate } from './directory-api';
import { DuplicateWarning } from './DuplicateWarning';
import { CLUSTER_FIGURES, type OrganisationFormValues } from './form-values';
import { RegionSelect } from './RegionSelect';
import { TechnologyPicker } from './TechnologyPicker';

interface OrganisationFormProps {
  initial: OrganisationFormValues;
  taxonomies: Taxonomies;
  failure: FormFailure | undefined;
  submitLabel: string;
  cancelTo: string;
  /** Before creating, look for organisations already listed that look like this one and warn. */
  checkDuplicates?: boolean;
}

/** What the duplicate check was asked about: a new check runs only when one of these changes. */
const probeKey = (v: OrganisationFormValues) =>
  JSON.stringify([v.name.trim().toLowerCase(), v.country, v.website.trim()]);

/**
 * Create and edit form. Values are kept as typed and sent as JSON to the route's action, which
 * validates them with the contract schema and calls the API; errors come back by field path.
 */
export function OrganisationForm({
  initial,
  taxonomies,
  failure,
  submitLabel,
  cancelTo,
  checkDuplicates = false,
}: OrganisationFormProps) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const fields = {
    name: { id: 'org-name', label: t('organisations.fields.name') },
    type: { id: 'org-type', label: t('organisations.fields.type') },
    website: { id: 'org-website', label: t('organisations.fields.website') },
    contactEmail: { id: 'org-contact-email', label: t('organisations.fields.contactEmail') },
    sizeBand: { id: 'org-size', label: t('organisations.fields.sizeBand') },
    yearFounded: { id: 'org-year', label: t('organisations.fields.yearFounded') },
    country: { id: 'org-country', label: t('organisations.fields.country') },
    region: { id: 'org-region', label: t('organisations.fields.region') },
    city: { id: 'org-city', label: t('organisations.fields.city') },
    descriptionEn: { id: 'org-description-en', label: t('organisations.fields.descriptionEn') },
    descriptionFr: { id: 'org-description-fr', label: t('organisations.fields.descriptionFr') },
    technologies: { id: 'org-technologies', label: t('organisations.fields.technologies') },
    applicationDomains: { id: 'org-domains', label: t('organisations.fields.applicationDomains') },
    s3Areas: { id: 'org-s3', label: t('organisations.fields.s3Areas') },
    valueChainRoles: { id: 'org-roles', label: t('organisations.fields.valueChainRoles') },
    keywords: { id: 'org-keywords', label: t('organisations.fields.keywords') },
    listingConsent: { id: 'org-consent', label: t('organisations.fields.listingConsent') },
    'cluster.managementFte': {
      id: 'org-cluster-managementFte',
      label: t('organisations.cluster.managementFte'),
    },
    'cluster.memberCount': { id: 'org-cluster-memberCount', label: t('organisations.cluster.memberCount') },
    'cluster.membersCompanies': {
      id: 'org-cluster-membersCompanies',
      label: t('organisations.cluster.membersCompanies'),
    },
    'cluster.membersResearch': {
      id: 'org-cluster-membersResearch',
      label: t('organisations.cluster.membersResearch'),
    },
    'cluster.membersPublic': {
      id: 'org-cluster-membersPublic',
      label: t('organisations.cluster.membersPublic'),
    },
    cluster: { id: 'org-cluster-managementFte', label: t('organisations.cluster.title') },
  };
  const error = (key: string) => errors.field(failure, key);
  const { values, setValues, set, bind, post, submitting } = useJsonForm(initial, fields, error);
  const [checking, setChecking] = useState(false);
  const busy = submitting || checking;
  const [duplicates, setDuplicates] = useState<{ key: string; items: DuplicateCandidate[] } | null>(null);
  const shownDuplicates = duplicates && duplicates.key === probeKey(values) ? duplicates.items : [];
  const isCluster = values.type === 'cluster_organisation';

  // Checkbox groups have no single input: error links go to their first checkbox.
  const summaryTargets = {
    ...fields,
    applicationDomains: {
      ...fields.applicationDomains,
      id: `org-domains-${domId(taxonomies.applicationDomains[0]?.code ?? '')}`,
    },
    s3Areas: { ...fields.s3Areas, id: `org-s3-${domId(taxonomies.s3Areas[0]?.code ?? '')}` },
    valueChainRoles: { ...fields.valueChainRoles, id: `org-roles-${VALUE_CHAIN_ROLES[0]}` },
  };

  async function save(confirmedNew = false) {
    const key = probeKey(values);
    // Asked once per name, country and website: after "create anyway" the same values save directly.
    if (checkDuplicates && !confirmedNew && duplicates?.key !== key) {
      setChecking(true);
      let items: DuplicateCandidate[] = [];
      try {
        items = await findDuplicates({ name: values.name, country: values.country, website: values.website });
      } catch {
        // The check only advises: if it fails, saving goes on and the server still validates.
      } finally {
        setChecking(false);
      }
      setDuplicates({ key, items });
      if (items.length > 0) return;
    }
    await post();
  }

  const termOptions = (terms: Taxonomies['applicationDomains']) =>
    terms.map((term) => ({ value: term.code, label: termLabel(term, i18n.language) }));

  return (
    <form
      noValidate
      className="org-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {shownDuplicates.length > 0 && (
        <DuplicateWarning candidates={shownDuplicates} busy={busy} onContinue={() => void save(true)} />
      )}
      {failure && (
        <ErrorSummary
          title={errors.describe(failure.error)}
          items={errors.summary(failure, summaryTargets)}
          submissionKey={failure}
        />
      )}
      <fieldset disabled={busy} className="org-form__body">
        <section className="form-section" aria-labelledby="org-section-identity">
          <h2 id="org-section-identity">{t('organisations.form.sections.identity')}</h2>
          <div className="form-grid">
            <TextField {...bind('name')} required className="form-grid__wide" />
            <Select {...bind('type')} required hint={t('organisations.form.typeHint')}>
              <option value="">{t('organisations.form.chooseType')}</option>
              {ORGANISATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`organisations.type.${type}`)}
                </option>
              ))}
            </Select>
            <Select {...bind('sizeBand')}>
              <option value="">{t('organisations.form.notSaid')}</option>
              {SIZE_BANDS.map((band) => (
                <option key={band} value={band}>
                  {t(`organisations.sizeBand.${band}`)}
                </option>
              ))}
            </Select>
            <TextField
              {...bind('website')}
              type="url"
              inputMode="url"
              autoComplete="url"
              placeholder="https://"
            />
            <TextField
              {...bind('contactEmail')}
              type="email"
              hint={t('organisations.form.contactEmailHint')}
            />
            <TextField {...bind('yearFounded')} inputMode="numeric" className="form-grid__narrow" />
          </div>
        </section>

        <section className="form-section" aria-labelledby="org-section-location">
          <h2 id="org-section-location">{t('organisations.form.sections.location')}</h2>
          <div className="form-grid">
            <Select
              id={fields.country.id}
              label={fields.country.label}
              required
              value={values.country}
              onChange={(e) => setValues((current) => ({ ...current, country: e.target.value, region: '' }))}
              error={error('country')}
            >
              <option value="">{t('organisations.form.chooseCountry')}</option>
              <CountryOptions />
            </Select>
            <RegionSelect
              id={fields.region.id}
              country={values.country}
              value={values.region}
              onChange={(region) => set('region', region)}
              error={error('region')}
            />
            <TextField {...bind('city')} autoComplete="address-level2" />
          </div>
        </section>

        <section className="form-section" aria-labelledby="org-section-description">
          <h2 id="org-section-description">{t('organisations.form.sections.description')}</h2>
          <p className="field__hint">{t('organisations.form.descriptionHint')}</p>
          <TextArea {...bind('descriptionEn')} lang="en" rows={6} />
          <TextArea {...bind('descriptionFr')} lang="fr" rows={6} />
        </section>

        <section className="form-section" aria-labelledby="org-section-expertise">
          <h2 id="org-section-expertise">{t('organisations.form.sections.expertise')}</h2>
          <TechnologyPicker
            id={fields.technologies.id}
            terms={taxonomies.technologies}
            selected={values.technologies}
            onChange={(codes) => set('technologies', codes)}
            error={error('technologies')}
          />
          <CodeCheckboxes
            id={fields.applicationDomains.id}
            legend={fields.applicationDomains.label}
            options={termOptions(taxonomies.applicationDomains)}
            selected={values.applicationDomains}
            onChange={(codes) => set('applicationDomains', codes)}
            error={error('applicationDomains')}
          />
          <CodeCheckboxes
            id={fields.s3Areas.id}
            legend={fields.s3Areas.label}
            hint={t('organisations.form.s3Hint')}
            options={termOptions(taxonomies.s3Areas)}
            selected={values.s3Areas}
            onChange={(codes) => set('s3Areas', codes)}
            error={error('s3Areas')}
          />
          <CodeCheckboxes
            id={fields.valueChainRoles.id}
            legend={fields.valueChainRoles.label}
            options={VALUE_CHAIN_ROLES.map((role) => ({
              value: role,
              label: t(`organisations.role.${role}`),
            }))}
            selected={values.valueChainRoles}
            onChange={(roles) =>
              set(
                'valueChainRoles',
                roles.filter((r) =>
                  (VALUE_CHAIN_ROLES as readonly string[]).includes(r),
                ) as OrganisationFormValues['valueChainRoles'],
              )
            }
            error={error('valueChainRoles')}
          />
          <TextField {...bind('keywords')} hint={t('organisations.form.keywordsHint')} />
        </section>

        {isCluster && (
          <section className="form-section" aria-labelledby="org-section-cluster">
            <h2 id="org-section-cluster">{t('organisations.cluster.title')}</h2>
            <p className="field__hint">{t('organisations.form.clusterHint')}</p>
            <div className="form-grid form-grid--figures">
              {CLUSTER_FIGURES.map((figure) => {
                const field = fields[`cluster.${figure}`];
                return (
                  <TextField
                    key={figure}
                    id={field.id}
                    label={field.label}
                    inputMode={figure === 'managementFte' ? 'decimal' : 'numeric'}
                    value={values.cluster[figure]}
                    onChange={(e) =>
                      setValues((current) => ({
                        ...current,
                        cluster: { ...current.cluster, [figure]: e.target.value },
                      }))
                    }
                    error={error(`cluster.${figure}`)}
                  />
                );
              })}
            </div>
          </section>
        )}

        <section className="form-section" aria-labelledby="org-section-listing">
          <h2 id="org-section-listing">{t('organisations.form.sections.listing')}</h2>
          <Checkbox
            id={fields.listingConsent.id}
            label={fields.listingConsent.label}
            hint={t('organisations.form.consentExplanation')}
            checked={values.listingConsent}
            onChange={(e) => set('listingConsent', e.target.checked)}
            error={error('listingConsent')}
          />
        </section>

        <FormActions
          className="form-actions"
          busy={busy}
          submitLabel={submitLabel}
          cancelTo={cancelTo}
          cancelLabel={t('ui.cancel')}
        />
      </fieldset>
    </form>
  );
}
