import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreateSavedSearchBody } from '../../../contracts/saved-searches';
import { useErrorText } from '../../lib/errors';
import { failureFromError, failureOf, fieldFailure, type FormFailure } from '../../lib/forms';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import type { DirectorySearch, Scope } from '../organisations/directory';
import { savedSearchesApi } from './saved-searches-api';

/** The directory filters in the shape a saved search stores (lists, empty filters left out). */
export function savedQueryOf(
  search: DirectorySearch,
  scope: Scope | undefined,
): CreateSavedSearchBody['query'] {
  const list = <T extends string>(values: readonly T[]) => (values.length ? [...values] : undefined);
  return {
    q: search.q || undefined,
    type: list(search.type),
    country: list(search.country),
    region: list(search.region),
    technology: list(search.technology),
    domain: list(search.domain),
    s3: list(search.s3),
    role: list(search.role),
    cluster: list(search.cluster),
    label: list(search.label),
    scope,
  };
}

interface SaveSearchPanelProps {
  search: DirectorySearch;
  scope: Scope | undefined;
}

const focusName = () => document.getElementById('save-search-name')?.focus();

/** "Save this search": a small form, opened on demand, that stores the current filters. */
export function SaveSearchPanel({ search, scope }: SaveSearchPanelProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) focusName();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    if (!name) {
      setFailure(failureOf([fieldFailure('name', 'required')]));
      focusName();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await savedSearchesApi.create({
        name,
        query: savedQueryOf(search, scope),
        frequency: form.get('daily') ? 'daily' : 'off',
      });
      setSaved(name);
      setOpen(false);
    } catch (error) {
      const result = failureFromError(error);
      // A name already in use is the name field's problem.
      if (result.error?.code === 'CONFLICT' && !result.fields.length) {
        result.fields = [{ path: 'name', message: t('savedSearches.nameTaken') }];
      }
      setFailure(result);
      if (result.fields.some((f) => f.path === 'name')) focusName();
    } finally {
      setBusy(false);
    }
  }

  const nameError = errors.field(failure, 'name');
  const formError =
    failure && !nameError ? errors.describe(failure.error, { CONFLICT: t('savedSearches.nameTaken') }) : null;

  return (
    <div className="stack-sm">
      <div aria-live="polite">
        {saved && !open && (
          <Alert tone="success">
            {t('savedSearches.saved', { name: saved })} <Link to="/me">{t('savedSearches.seeAll')}</Link>
          </Alert>
        )}
      </div>
      {!open ? (
        <Button
          ref={toggleRef}
          variant="secondary"
          size="sm"
          onClick={() => {
            setSaved(null);
            setFailure(undefined);
            setOpen(true);
          }}
        >
          {t('savedSearches.save')}
        </Button>
      ) : (
        <form
          className="card stack-sm"
          aria-labelledby="save-search-heading"
          noValidate
          onSubmit={(event) => void onSubmit(event)}
        >
          <h2 id="save-search-heading" className="h3">
            {t('savedSearches.save')}
          </h2>
          <div aria-live="assertive">{formError && <Alert tone="error">{formError}</Alert>}</div>
          <fieldset disabled={busy} className="stack-sm">
            <TextField
              id="save-search-name"
              name="name"
              label={t('savedSearches.name')}
              hint={t('savedSearches.nameHint')}
              maxLength={120}
              required
              error={nameError}
            />
            <Checkbox
              id="save-search-daily"
              name="daily"
              value="1"
              defaultChecked
              label={t('savedSearches.daily')}
              hint={t('savedSearches.dailyHint')}
            />
            <div className="actions">
              <Button type="submit" busy={busy}>
                {t('savedSearches.submit')}
              </Button>
              <Button variant="quiet" onClick={() => setOpen(false)}>
                {t('savedSearches.cancel')}
              </Button>
            </div>
          </fieldset>
        </form>
      )}
    </div>
  );
}
