import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationSchema, type Organisation } from '../../../contracts/organisations';
import { planMerge, type MergePlan } from './merge-plan';
import { apiClient, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import type { DuplicateCandidate } from './directory-api';
import { useDuplicateReason } from './DuplicateWarning';
import { OrganisationPicker } from './OrganisationPicker';
import '../imports/imports.css';

export const mergeApi = {
  /** The duplicate is folded into `into`, which survives; answers the survivor as it now is. */
  merge: (duplicateId: string, intoId: string) =>
    apiClient.post(`/admin/organisations/${encodeURIComponent(duplicateId)}/merge`, OrganisationSchema, {
      into: intoId,
    }),
};

interface MergeOrganisationsProps {
  duplicate: Organisation | null;
  survivor: Organisation | null;
  suggestions: DuplicateCandidate[];
  taxonomies: Taxonomies;
  /** Changes one side of the choice (in the URL). */
  onChange: (side: 'duplicate' | 'into', slug: string | null) => void;
  onMerged: (result: { duplicateName: string; survivor: Organisation }) => void;
}

function MergePreview({
  duplicate,
  survivor,
  taxonomies,
}: {
  duplicate: Organisation;
  survivor: Organisation;
  taxonomies: Taxonomies;
}) {
  const { t, i18n } = useTranslation();
  const plan = planMerge(duplicate, survivor);
  const names = { duplicate: duplicate.name, survivor: survivor.name };
  const terms = new Map(
    [...taxonomies.technologies, ...taxonomies.applicationDomains, ...taxonomies.s3Areas].map((term) => [
      term.code,
      term,
    ]),
  );
  const valueLabel = (field: MergePlan['adds'][number]['field'], value: string) => {
    if (field === 'valueChainRoles') return t(`organisations.role.${value}` as 'organisations.role.rnd');
    if (field === 'keywords') return value;
    const term = terms.get(value);
    return term ? termLabel(term, i18n.language) : value;
  };
  return (
    <section aria-labelledby="merge-preview-heading" className="card stack">
      <h2 id="merge-preview-heading">{t('merge.preview.heading')}</h2>
      <ul className="stack-sm">
        <li>{t('merge.preview.keeps', names)}</li>
        <li>
          {plan.fills.length === 0 ? (
            t('merge.preview.nothingToFill', names)
          ) : (
            <>
              {t('merge.preview.fills', names)}
              <ul>
                {plan.fills.map((f) => (
                  <li key={f.field}>
                    {t(`merge.fields.${f.field}`)}:{' '}
                    {f.value.length > 80 ? `${f.value.slice(0, 80)}…` : f.value}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
        {plan.adds.length > 0 && (
          <li>
            {t('merge.preview.adds', names)}
            <ul>
              {plan.adds.map((a) => (
                <li key={a.field}>
                  {t(`merge.fields.${a.field}`)}: {a.values.map((v) => valueLabel(a.field, v)).join(', ')}
                </li>
              ))}
            </ul>
          </li>
        )}
        {plan.clusters.length > 0 && (
          <li>
            {t('merge.preview.clusters')}
            <ul>
              {plan.clusters.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          </li>
        )}
        <li>{t('merge.preview.moves', names)}</li>
        <li>
          <strong>{t('merge.preview.deletes', names)}</strong>
        </li>
      </ul>
    </section>
  );
}

/** Pick the duplicate and the organisation kept, see what moves, confirm, see the result. */
export function MergeOrganisations({
  duplicate,
  survivor,
  suggestions,
  taxonomies,
  onChange,
  onMerged,
}: MergeOrganisationsProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const reasonText = useDuplicateReason();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const same = duplicate && survivor && duplicate.id === survivor.id;
  const otherSuggestions = suggestions.filter((s) => s.id !== duplicate?.id);

  async function merge() {
    if (!duplicate || !survivor || same) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await mergeApi.merge(duplicate.id, survivor.id);
      onMerged({ duplicateName: duplicate.name, survivor: result });
    } catch (error) {
      setFailure(
        isApiError(error) ? { code: error.code, message: error.message } : { code: 'UNKNOWN', message: '' },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack-lg">
      <div className="merge-pickers">
        <OrganisationPicker
          id="merge-duplicate"
          legend={t('merge.duplicate.legend')}
          chosen={duplicate}
          exclude={survivor?.id}
          onChoose={(slug) => onChange('duplicate', slug)}
          onClear={() => onChange('duplicate', null)}
        />
        <OrganisationPicker
          id="merge-into"
          legend={t('merge.survivor.legend')}
          chosen={survivor}
          exclude={duplicate?.id}
          onChoose={(slug) => onChange('into', slug)}
          onClear={() => onChange('into', null)}
        />
      </div>

      {duplicate && (
        <section aria-labelledby="merge-suggestions-heading" className="card stack-sm">
          <h2 id="merge-suggestions-heading" className="h3">
            {t('merge.suggestions.heading', { name: duplicate.name })}
          </h2>
          {otherSuggestions.length === 0 ? (
            <p className="muted">{t('merge.suggestions.none', { name: duplicate.name })}</p>
          ) : (
            <ul className="merge-results">
              {otherSuggestions.map((s) => (
                <li key={s.id}>
                  <span>
                    <Link to={`/organisations/${s.slug}`}>{s.name}</Link>{' '}
                    <span className="muted">({reasonText(s.reason)})</span>
                  </span>
                  {s.id === survivor?.id ? (
                    <span className="muted">{t('merge.suggestions.kept')}</span>
                  ) : (
                    <Button variant="secondary" size="sm" onClick={() => onChange('into', s.slug)}>
                      {t('merge.suggestions.use', { name: s.name })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {same && <Alert tone="warning">{t('merge.preview.same')}</Alert>}
      {duplicate && survivor && !same && (
        <>
          <MergePreview duplicate={duplicate} survivor={survivor} taxonomies={taxonomies} />
          {failure && <Alert tone="error">{errors.describe(failure)}</Alert>}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void merge();
            }}
          >
            <ConfirmButton
              question={t('merge.question', { duplicate: duplicate.name, survivor: survivor.name })}
              confirmLabel={t('merge.confirm')}
              cancelLabel={t('ui.cancel')}
              disabled={busy}
            >
              {t('merge.submit')}
            </ConfirmButton>
          </form>
        </>
      )}
    </div>
  );
}
