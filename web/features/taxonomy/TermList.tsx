import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { Badge } from '../../ui/Badge';
import { useTermLabels } from './use-term-labels';

interface TermListProps {
  codes: readonly string[];
  terms: readonly TaxonomyTerm[];
  /** Show at most this many and say how many more there are. */
  max?: number;
  label: string;
}

export function TermList({ codes, terms, max, label }: TermListProps) {
  const { t } = useTranslation();
  const labelOf = useTermLabels(terms);
  if (codes.length === 0) return null;
  const shown = max === undefined ? codes : codes.slice(0, max);
  const hidden = codes.length - shown.length;
  return (
    <ul className="term-list" aria-label={label}>
      {shown.map((code) => (
        <li key={code}>
          <Badge tone="info">{labelOf(code)}</Badge>
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <Badge>{t('taxonomy.more', { count: hidden })}</Badge>
        </li>
      )}
    </ul>
  );
}
