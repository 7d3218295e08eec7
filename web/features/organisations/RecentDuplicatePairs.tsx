import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../../../contracts/organisations';
import { countryName } from '../../lib/format';
import { Spinner } from '../../ui/Spinner';
import { findDuplicates, listDirectory, type DuplicateCandidate } from './directory-api';
import { useDuplicateReason } from './DuplicateWarning';

/** How many of the newest organisations are checked, and how many checks run at once. */
const RECENT = 20;
const CONCURRENCY = 4;

export interface DuplicatePair {
  recent: Pick<SearchHit, 'id' | 'slug' | 'name' | 'countryCode'>;
  existing: DuplicateCandidate;
}

/** One entry per unordered pair: A looks like B and B looks like A is one pair. */
export function uniquePairs(pairs: readonly DuplicatePair[]): DuplicatePair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    if (p.recent.id === p.existing.id) return false;
    const key = [p.recent.id, p.existing.id].sort().join(':');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function findRecentPairs(signal: AbortSignal): Promise<DuplicatePair[]> {
  const recent = (await listDirectory({ sort: 'newest', limit: RECENT }, signal)).items;
  const pairs: DuplicatePair[] = [];
  // A few checks at a time: the page stays quick without a burst of requests.
  for (let i = 0; i < recent.length; i += CONCURRENCY) {
    const batch = recent.slice(i, i + CONCURRENCY);
    const found = await Promise.all(
      batch.map((o) => findDuplicates({ name: o.name, country: o.countryCode }, signal).catch(() => [])),
    );
    batch.forEach((o, j) => {
      for (const existing of found[j] ?? []) pairs.push({ recent: o, existing });
    });
  }
  return uniquePairs(pairs);
}

/**
 * A work list for platform admins: likely duplicates (similar name in the same country) among the
 * organisations listed most recently, where new duplicates appear (creations, imports).
 */
export function RecentDuplicatePairs() {
  const { t, i18n } = useTranslation();
  const reasonText = useDuplicateReason();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    findRecentPairs(controller.signal)
      .then(setPairs)
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  return (
    <section
      aria-labelledby="recent-pairs-heading"
      className="card stack-sm"
      aria-busy={pairs === null && !failed}
    >
      <h2 id="recent-pairs-heading" className="h3">
        {t('merge.pairs.heading', { count: RECENT })}
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
            <li key={`${p.recent.id}:${p.existing.id}`}>
              <span>
                <Link to={`/organisations/${p.recent.slug}`}>{p.recent.name}</Link> ·{' '}
                <Link to={`/organisations/${p.existing.slug}`}>{p.existing.name}</Link>{' '}
                <span className="muted">
                  ({reasonText(p.existing.reason)}, {countryName(p.recent.countryCode, i18n.language)})
                </span>
              </span>
              <Link
                to={`/admin/duplicates?duplicate=${encodeURIComponent(p.recent.slug)}&into=${encodeURIComponent(p.existing.slug)}`}
                aria-label={t('merge.pairs.reviewPair', { a: p.recent.name, b: p.existing.name })}
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
