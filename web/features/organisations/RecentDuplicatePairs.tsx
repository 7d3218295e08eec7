import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { DuplicatePairSchema, type DuplicatePair } from '../../../contracts/organisations';
import { apiClient } from '../../lib/api';
import { countryName } from '../../lib/format';
import { Spinner } from '../../ui/Spinner';
import { useDuplicateReason } from './DuplicateWarning';

/** How many of the newest organisations the server compares with the whole directory. */
const SCAN = 500;

function loadPairs(signal: AbortSignal) {
  return apiClient.get('/admin/organisations/duplicate-pairs', z.object({ items: z.array(DuplicatePairSchema) }), {
    query: { scan: String(SCAN) },
    signal,
  });
}

/**
 * A work list for platform admins: likely duplicates (same website domain, or a similar name in the
 * same country) of the organisations listed most recently, where new duplicates appear (creations,
 * imports), drafts included. The server compares them with the whole directory and lists each pair once.
 */
export function RecentDuplicatePairs() {
  const { t, i18n } = useTranslation();
  const reasonText = useDuplicateReason();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    loadPairs(controller.signal)
      .then((result) => setPairs(result.items))
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="recent-pairs-heading" className="card stack-sm" aria-busy={pairs === null && !failed}>
      <h2 id="recent-pairs-heading" className="h3">
        {t('merge.pairs.heading', { count: SCAN })}
      </h2>
      <p className="muted">{t('merge.pairs.hint')}</p>
      {failed ? (
        <p>{t('errors.generic')}</p>
      ) : pairs === null ? (
        <p>
          <Spinner size="sm" decorative /> {t('merge.pairs.loading')}
        </p>
      ) : pairs.length === 0 ? (
        <p>{t('merge.pairs.none')}</p>
      ) : (
        <ul className="merge-results">
          {pairs.map((p) => (
            <li key={`${p.organisation.id}:${p.duplicateOf.id}`}>
              <span>
                <Link to={`/organisations/${p.organisation.slug}`}>{p.organisation.name}</Link> ·{' '}
                <Link to={`/organisations/${p.duplicateOf.slug}`}>{p.duplicateOf.name}</Link>{' '}
                <span className="muted">
                  ({reasonText(p.reason)}, {countryName(p.organisation.countryCode, i18n.language)})
                </span>
              </span>
              <Link
                to={`/admin/duplicates?duplicate=${encodeURIComponent(p.organisation.slug)}&into=${encodeURIComponent(p.duplicateOf.slug)}`}
                aria-label={t('merge.pairs.reviewPair', { a: p.organisation.name, b: p.duplicateOf.name })}
              >
                {t('merge.pairs.review')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
