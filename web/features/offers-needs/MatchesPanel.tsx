import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListingMatches } from '../../../contracts/offers-needs';
import { formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { OwnerLine } from './ListingsPage';
import { needsApi, offersApi, type ListingKind } from './offers-needs-api';
import './offers-needs.css';

type Target = ListingMatches['target'];

const TARGETS: Record<ListingKind, readonly Target[]> = {
  need: ['offers', 'organisations'],
  offer: ['organisations', 'needs'],
};

const TARGET_LABEL = {
  offers: 'offersNeeds.matches.targetOffers',
  organisations: 'offersNeeds.matches.targetOrganisations',
  needs: 'offersNeeds.matches.targetNeeds',
} as const;

function hrefOf(match: ListingMatches['items'][number]): string {
  if (match.kind === 'offer') return `/offers/${match.id}`;
  if (match.kind === 'need') return `/needs/${match.id}`;
  return `/organisations/${match.organisation.slug}`;
}

type Outcome = { key: string; status: 'error' } | { key: string; status: 'done'; result: ListingMatches };
type State = { status: 'loading' } | Outcome;

/**
 * Ranked matches of an offer or a need, each with its score and the reasons that add up to it, in
 * the reader's language. A switch chooses what to match with.
 */
export function MatchesPanel({ kind, id }: { kind: ListingKind; id: string }) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const targets = TARGETS[kind];
  const [target, setTarget] = useState<Target>(targets[0]!);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const key = `${kind}:${id}:${target}:${lang}`;
  // Loading until the answer for what is shown now has come back.
  const state: State = outcome && outcome.key === key ? outcome : { status: 'loading' };

  useEffect(() => {
    const controller = new AbortController();
    const request =
      kind === 'need'
        ? needsApi.matches(id, target as 'offers' | 'organisations', lang, controller.signal)
        : offersApi.matches(id, target as 'organisations' | 'needs', lang, controller.signal);
    request.then(
      (result) => setOutcome({ key, status: 'done', result }),
      () => {
        if (!controller.signal.aborted) setOutcome({ key, status: 'error' });
      },
    );
    return () => controller.abort();
  }, [kind, id, target, lang, key]);

  return (
    <div>
      <fieldset className="match-target">
        <legend>{t('offersNeeds.matches.target')}</legend>
        {targets.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={target === option}
              onChange={() => setTarget(option)}
            />
            {t(TARGET_LABEL[option])}
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{t('offersNeeds.matches.explain')}</p>
      <div aria-live="polite" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && (
          <p>
            <Spinner size="sm" decorative /> {t('offersNeeds.matches.loading')}
          </p>
        )}
        {state.status === 'error' && <Alert tone="error">{t('offersNeeds.matches.error')}</Alert>}
        {state.status === 'done' && state.result.items.length === 0 && (
          <EmptyState level={3} title={t('offersNeeds.matches.emptyTitle')}>
            {t('offersNeeds.matches.emptyBody')}
          </EmptyState>
        )}
        {state.status === 'done' && state.result.items.length > 0 && (
          <ol className="match-list">
            {state.result.items.map((match) => {
              const score = formatNumber(match.score, i18n.language);
              return (
                <Card as="li" key={`${match.kind}-${match.id}`} className="match-card">
                  <div className="match-card__header">
                    <h3 className="match-card__title">
                      <Link to={hrefOf(match)}>{match.title}</Link>
                    </h3>
                    <span className="match-card__score">{t('offersNeeds.matches.score', { score })}</span>
                  </div>
                  <p className="listing-meta">
                    <Badge tone="info">{t(`offersNeeds.matches.kind.${match.kind}`)}</Badge>
                    {match.kind !== 'organisation' && <OwnerLine owner={match.organisation} />}
                  </p>
                  {match.summary && <p>{match.summary}</p>}
                  <p className="visually-hidden">{t('offersNeeds.matches.scoreLabel', { score })}</p>
                  <ul
                    className="match-reasons"
                    lang={state.result.locale !== i18n.language ? state.result.locale : undefined}
                  >
                    {match.reasons.map((reason, i) => (
                      <li key={`${reason.code}-${i}`}>
                        {reason.text}
                        <span className="match-reasons__points">
                          (
                          {t('offersNeeds.matches.points', {
                            points: formatNumber(reason.points, i18n.language),
                          })}
                          )
                        </span>
                      </li>
                    ))}
                  </ul>
                </Card>
              );
            })}
          </ol>
        )}
      </div>
    </div>
  );
}
