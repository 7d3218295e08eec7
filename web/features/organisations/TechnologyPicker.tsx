import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Fieldset } from '../../ui/Fieldset';
import { termLabel } from '../taxonomy/use-term-labels';
import { domId } from './CodeCheckboxes';

interface TechnologyPickerProps {
  id: string;
  terms: readonly TaxonomyTerm[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  error?: string | undefined;
}

/** Lower case without accents, so "fibre" finds "Fibre" and "lumiere" finds "lumière". */
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The technology taxonomy as a tree of checkboxes with a filter box. The filter matches labels and
 * synonyms in both languages and keeps the parents of matches, so results stay in context.
 */
export function TechnologyPicker({ id, terms, selected, onChange, error }: TechnologyPickerProps) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  const statusId = useId();
  const chosen = new Set(selected);

  const { roots, childrenOf, byCode } = useMemo(() => {
    const children = new Map<string, TaxonomyTerm[]>();
    const top: TaxonomyTerm[] = [];
    for (const term of terms) {
      if (term.parentCode) children.set(term.parentCode, [...(children.get(term.parentCode) ?? []), term]);
      else top.push(term);
    }
    return { roots: top, childrenOf: children, byCode: new Map(terms.map((term) => [term.code, term])) };
  }, [terms]);

  const visible = useMemo(() => {
    const needle = fold(filter.trim());
    if (!needle) return null;
    const shown = new Set<string>();
    for (const term of terms) {
      const haystack = [term.labelEn, term.labelFr, ...term.synonymsEn, ...term.synonymsFr].map(fold);
      if (!haystack.some((h) => h.includes(needle))) continue;
      for (let code: string | null = term.code; code; code = byCode.get(code)?.parentCode ?? null)
        shown.add(code);
    }
    return shown;
  }, [filter, terms, byCode]);

  const matchCount = visible ? terms.filter((term) => visible.has(term.code)).length : terms.length;

  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));
  }

  function renderLevel(level: TaxonomyTerm[], depth: number) {
    const shown = level.filter((term) => !visible || visible.has(term.code));
    if (shown.length === 0) return null;
    return (
      <ul className={depth === 0 ? 'tree' : 'tree tree--nested'}>
        {shown.map((term) => (
          <li key={term.code}>
            <Checkbox
              id={`${id}-${domId(term.code)}`}
              label={termLabel(term, i18n.language)}
              checked={chosen.has(term.code)}
              onChange={(event) => toggle(term.code, event.target.checked)}
              className={depth === 0 ? 'tree__root' : undefined}
            />
            {renderLevel(childrenOf.get(term.code) ?? [], depth + 1)}
          </li>
        ))}
      </ul>
    );
  }

  const selectedLabels = selected.map((code) => {
    const term = byCode.get(code);
    return term ? termLabel(term, i18n.language) : code;
  });

  return (
    <Fieldset
      id={`${id}-group`}
      legend={t('organisations.fields.technologies')}
      hint={t('organisations.form.technologiesHint')}
      error={error}
    >
      <div className="picker">
        <div className="picker__filter">
          <label htmlFor={id} className="field__label">
            {t('organisations.form.technologiesFilter')}
          </label>
          <input
            id={id}
            type="search"
            className="input"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-describedby={statusId}
            autoComplete="off"
          />
          <p id={statusId} className="field__hint" role="status">
            {visible
              ? t('organisations.form.technologiesMatches', { count: matchCount })
              : t('organisations.form.technologiesAll', { count: terms.length })}
          </p>
        </div>
        <div className="picker__tree">
          {matchCount === 0 ? (
            <p className="muted">{t('organisations.form.technologiesNone')}</p>
          ) : (
            renderLevel(roots, 0)
          )}
        </div>
        <div className="picker__selected" aria-live="polite">
          <p>
            <strong>{t('organisations.form.selectedCount', { count: selected.length })}</strong>
            {selected.length > 0 && (
              <>
                {t('ui.colon')}
                {selectedLabels.join(' · ')}
              </>
            )}
          </p>
          {selected.length > 0 && (
            <Button variant="quiet" size="sm" onClick={() => onChange([])}>
              {t('organisations.form.clearSelection')}
            </Button>
          )}
        </div>
      </div>
    </Fieldset>
  );
}
