import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import type { DuplicateCandidate } from './directory-api';

/** The server's reason, in the reader's language (an unknown reason is shown as sent). */
export function useDuplicateReason() {
  const { t } = useTranslation();
  return (reason: string) =>
    reason === 'same website domain'
      ? t('duplicates.reason.sameDomain')
      : reason === 'similar name in the same country'
        ? t('duplicates.reason.similarName')
        : reason;
}

interface DuplicateWarningProps {
  candidates: readonly DuplicateCandidate[];
  /** Saves anyway: the user says this is a different organisation. */
  onContinue: () => void;
  busy?: boolean;
}

/**
 * Shown before a new organisation is saved when it looks like one already listed (similar name in
 * the same country, same website domain): open the existing one, or go on.
 */
export function DuplicateWarning({ candidates, onContinue, busy }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const reasonText = useDuplicateReason();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The warning replaces the save: take keyboard and screen reader users to it.
    ref.current?.focus();
  }, [candidates]);

  return (
    <Alert tone="warning" title={t('duplicates.title')} focusable ref={ref} className="duplicate-warning">
      <p>{t('duplicates.lead')}</p>
      <ul aria-label={t('duplicates.listLabel')}>
        {candidates.map((c) => (
          <li key={c.id}>
            <Link to={`/organisations/${c.slug}`} aria-label={t('duplicates.open', { name: c.name })}>
              {c.name}
            </Link>{' '}
            <span className="muted">({reasonText(c.reason)})</span>
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={onContinue} busy={busy} disabled={busy}>
        {t('duplicates.continue')}
      </Button>
    </Alert>
  );
}
