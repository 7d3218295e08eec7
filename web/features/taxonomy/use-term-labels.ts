import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';

export function termLabel(term: Pick<TaxonomyTerm, 'labelEn' | 'labelFr'>, language: string): string {
  return language === 'fr' ? term.labelFr : term.labelEn;
}

/** Labels taxonomy codes in the current language; an unknown code is shown as is. */
export function useTermLabels(terms: readonly TaxonomyTerm[]) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const byCode = new Map(terms.map((t) => [t.code, t]));
    return (code: string): string => {
      const term = byCode.get(code);
      return term ? termLabel(term, language) : code;
    };
  }, [terms, language]);
}
