import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SavedSearch } from '../../../contracts/saved-searches';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { Checkbox } from '../../ui/Checkbox';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EmptyState } from '../../ui/EmptyState';
import { savedSearchesApi, savedSearchUrl } from './saved-searches-api';

type RequestError = { code: string; message: string };

const toRequestError = (e: unknown): RequestError =>
  isApiError(e) ? { code: e.code, message: e.message } : { code: 'UNKNOWN', message: '' };

/** The saved searches on /me: run one, switch its daily alerts, or delete it. */
export function SavedSearchList({ initial }: { initial: SavedSearch[] }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [items, setItems] = useState(initial);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<RequestError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(id: string, work: () => Promise<void>) {
    setBusyId(id);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(toRequestError(e));
    } finally {
      setBusyId(null);
    }
  }

  const toggle = (search: SavedSearch, daily: boolean) =>
    run(search.id, async () => {
      const updated = await savedSearchesApi.setFrequency(search.id, daily ? 'daily' : 'off');
      setItems((list) => list.map((s) => (s.id === updated.id ? updated : s)));
      setNotice(t(daily ? 'savedSearches.alertsOn' : 'savedSearches.alertsOff', { name: updated.name }));
    });

  function remove(event: FormEvent<HTMLFormElement>, search: SavedSearch) {
    event.preventDefault();
    void run(search.id, async () => {
      await savedSearchesApi.remove(search.id);
      setItems((list) => list.filter((s) => s.id !== search.id));
      setNotice(t('savedSearches.deleted', { name: search.name }));
    });
  }

  return (
    <section aria-labelledby="saved-searches-heading" className="stack">
      <h2 id="saved-searches-heading">{t('savedSearches.title')}</h2>
      <div aria-live="polite" className="stack-sm">
        {error && <Alert tone="error">{errors.describe(error)}</Alert>}
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('savedSearches.none.title')} level={3}>
          <p>{t('savedSearches.none.body')}</p>
        </EmptyState>
      ) : (
        <ul className="membership-list">
          {items.map((search) => (
            <li key={search.id}>
              <Card className="membership">
                <div className="stack-sm">
                  <h3 className="h3 membership__name">{search.name}</h3>
                  <p>
                    <Link to={savedSearchUrl(search.query)}>
                      {t('savedSearches.run')}
                      <span className="visually-hidden"> {search.name}</span>
                    </Link>
                  </p>
                  <Checkbox
                    id={`saved-search-daily-${search.id}`}
                    label={t('savedSearches.dailyFor', { name: search.name })}
                    hint={
                      search.lastNotifiedAt
                        ? t('savedSearches.lastNotified', {
                            date: formatDate(search.lastNotifiedAt, i18n.language),
                          })
                        : undefined
                    }
                    checked={search.frequency === 'daily'}
                    disabled={busyId === search.id || !search.can.edit}
                    onChange={(event) => void toggle(search, event.currentTarget.checked)}
                  />
                </div>
                {search.can.delete && (
                  <form onSubmit={(event) => remove(event, search)}>
                    <ConfirmButton
                      question={t('savedSearches.confirmDelete', { name: search.name })}
                      confirmLabel={t('savedSearches.delete')}
                      cancelLabel={t('savedSearches.cancel')}
                      disabled={busyId === search.id}
                    >
                      {t('savedSearches.delete')}
                      <span className="visually-hidden"> {search.name}</span>
                    </ConfirmButton>
                  </form>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
