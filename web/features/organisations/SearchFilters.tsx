import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetName, FacetValue, OrganisationList } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { countryName, formatNumber } from '../../lib/format';
import type { Taxonomies } from '../taxonomy/taxonomy-api';
import { termLabel } from '../taxonomy/use-term-labels';
import { domId } from './CodeCheckboxes';
import { DIRECTORY_FACETS, type DirectorySearch } from './directory';
import './directory.css';

interface SearchFiltersProps {
  search: DirectorySearch;
  facets: OrganisationList['facets'];
  taxonomies: Taxonomies;
  onToggle: (facet: FacetName, value: string) => void;
}

/** Values shown before "Show all": enough for the common choices, short enough to scan. */
const SHOWN_BY_DEFAULT = 6;

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

function facetInputId(facet: FacetName, value: string) {
  return `facet-${facet}-${domId(value)}`;
}

function CountLabel({ label, count }: { label: string; count: number }) {
  const { i18n } = useTranslation();
  return (
    <>
      {label} <span className="facet__count">({formatNumber(count, i18n.language)})</span>
    </>
  );
}

function FacetCheckbox({
  facet,
  option,
  checked,
  onToggle,
}: {
  facet: FacetName;
  option: FacetOption;
  checked: boolean;
  onToggle: SearchFiltersProps['onToggle'];
}) {
  const id = facetInputId(facet, option.value);
  return (
    <span className="facet__option">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={() => onToggle(facet, option.value)}
        // A value without results under the other filters stays visible while ticked, so it can be unticked.
        disabled={!checked && option.count === 0}
      />
      <label htmlFor={id}>
        <CountLabel label={option.label} count={option.count} />
      </label>
    </span>
  );
}

/** One facet as a fieldset of checkboxes, the most frequent values first, the rest behind "Show all". */
function FlatFacet({
  facet,
  legend,
  options,
  selected,
  onToggle,
}: {
  facet: FacetName;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: SearchFiltersProps['onToggle'];
}) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (options.length === 0) return null;
  const visible = showAll
    ? options
    : options.filter((o, i) => i < SHOWN_BY_DEFAULT || selected.includes(o.value));
  const listId = `facet-${facet}-list`;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__list" id={listId}>
        {visible.map((option) => (
          <li key={option.value}>
            <FacetCheckbox
              facet={facet}
              option={option}
              checked={selected.includes(option.value)}
              onToggle={onToggle}
            />
          </li>
        ))}
      </ul>
      {options.length > SHOWN_BY_DEFAULT && (
        <button
          type="button"
          className="facet__more"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll
            ? t('directoryFacets.showFewer', { facet: legend })
            : t('directoryFacets.showAll', { facet: legend, count: options.length })}
        </button>
      )}
    </fieldset>
  );
}

interface TreeNode {
  option: FacetOption;
  children: TreeNode[];
}

function TechnologyNode({
  node,
  selected,
  onToggle,
}: {
  node: TreeNode;
  selected: readonly string[];
  onToggle: SearchFiltersProps['onToggle'];
}) {
  const { t } = useTranslation();
  const hasSelectedBelow = (n: TreeNode): boolean =>
    n.children.some((c) => selected.includes(c.option.value) || hasSelectedBelow(c));
  const [open, setOpen] = useState(() => hasSelectedBelow(node));
  const childrenId = `${facetInputId('technology', node.option.value)}-children`;
  return (
    <li className="facet-tree__node">
      <span className="facet-tree__row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="facet-tree__toggle"
            aria-expanded={open}
            aria-controls={childrenId}
            onClick={() => setOpen((v) => !v)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span className="visually-hidden">
              {t(open ? 'directoryFacets.collapse' : 'directoryFacets.expand', { name: node.option.label })}
            </span>
          </button>
        ) : (
          <span className="facet-tree__spacer" aria-hidden="true" />
        )}
        <FacetCheckbox
          facet="technology"
          option={node.option}
          checked={selected.includes(node.option.value)}
          onToggle={onToggle}
        />
      </span>
      {node.children.length > 0 && (
        <ul className="facet-tree__children" id={childrenId} hidden={!open}>
          {node.children.map((child) => (
            <TechnologyNode key={child.option.value} node={child} selected={selected} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Technologies as the taxonomy's tree. An organisation counts under a technology and every ancestor
 * of it (the API counts on technology paths), so a branch's count is the number of organisations
 * with any technology in it; ticking a branch finds them all.
 */
function TechnologyFacet({
  legend,
  terms,
  values,
  selected,
  onToggle,
}: {
  legend: string;
  terms: readonly TaxonomyTerm[];
  values: readonly FacetValue[];
  selected: readonly string[];
  onToggle: SearchFiltersProps['onToggle'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [showAll, setShowAll] = useState(false);
  const roots = useMemo(() => {
    const counts = new Map(values.map((v) => [v.value, v.count]));
    const byParent = new Map<string | null, TaxonomyTerm[]>();
    const known = new Set(terms.map((term) => term.code));
    for (const term of terms) {
      const parent = term.parentCode && known.has(term.parentCode) ? term.parentCode : null;
      byParent.set(parent, [...(byParent.get(parent) ?? []), term]);
    }
    const build = (parent: string | null): TreeNode[] =>
      (byParent.get(parent) ?? [])
        .map((term) => ({
          option: { value: term.code, label: termLabel(term, lang), count: counts.get(term.code) ?? 0 },
          children: build(term.code),
        }))
        // Branches without results are left out, unless ticked (or holding a ticked value).
        .filter((n) => n.option.count > 0 || selected.includes(n.option.value) || n.children.length > 0)
        .sort(
          (a, b) => b.option.count - a.option.count || a.option.label.localeCompare(b.option.label, lang),
        );
    return build(null);
  }, [terms, values, selected, lang]);
  if (roots.length === 0) return null;
  const holdsSelection = (n: TreeNode): boolean =>
    selected.includes(n.option.value) || n.children.some(holdsSelection);
  const visible = showAll ? roots : roots.filter((n, i) => i < SHOWN_BY_DEFAULT || holdsSelection(n));
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet-tree" id="facet-technology-list">
        {visible.map((node) => (
          <TechnologyNode key={node.option.value} node={node} selected={selected} onToggle={onToggle} />
        ))}
      </ul>
      {roots.length > SHOWN_BY_DEFAULT && (
        <button
          type="button"
          className="facet__more"
          aria-expanded={showAll}
          aria-controls="facet-technology-list"
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll
            ? t('directoryFacets.showFewer', { facet: legend })
            : t('directoryFacets.showAll', { facet: legend, count: roots.length })}
        </button>
      )}
    </fieldset>
  );
}

/**
 * Every facet the API counts, as checkboxes with live counts. Counts come from the API, each facet
 * counted under all the other active filters, so ticking a value shows what it adds.
 */
export function SearchFilters({ search, facets, taxonomies, onToggle }: SearchFiltersProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const options = useMemo(() => {
    const terms = new Map(
      [...taxonomies.technologies, ...taxonomies.applicationDomains, ...taxonomies.s3Areas].map((term) => [
        term.code,
        term,
      ]),
    );
    const labelOf = (facet: FacetName, value: FacetValue | { value: string; label?: string }): string => {
      switch (facet) {
        case 'type':
          return t(`organisations.type.${value.value}` as 'organisations.type.sme');
        case 'role':
          return t(`organisations.role.${value.value}` as 'organisations.role.rnd');
        case 'label':
          return t(`clusters.labels.${value.value}` as 'clusters.labels.gold');
        case 'country':
          return countryName(value.value, lang);
        case 'technology':
        case 'domain':
        case 's3': {
          const term = terms.get(value.value);
          return term ? termLabel(term, lang) : value.value;
        }
        default:
          return value.label ?? value.value;
      }
    };
    const result = {} as Record<FacetName, FacetOption[]>;
    for (const facet of DIRECTORY_FACETS) {
      const values = facets?.[facet] ?? [];
      const seen = new Set(values.map((v) => v.value));
      const chosen = (search[facet] as string[])
        .filter((v) => !seen.has(v))
        .map((value) => ({ value, count: 0 }));
      result[facet] = [...values, ...chosen].map((v) => ({
        value: v.value,
        label: labelOf(facet, v),
        count: v.count,
      }));
    }
    return result;
  }, [facets, search, taxonomies, lang, t]);

  const legends: Record<FacetName, string> = {
    type: t('directoryFacets.facet.type'),
    country: t('directoryFacets.facet.country'),
    region: t('directoryFacets.facet.region'),
    technology: t('directoryFacets.facet.technology'),
    domain: t('directoryFacets.facet.domain'),
    s3: t('directoryFacets.facet.s3'),
    role: t('directoryFacets.facet.role'),
    cluster: t('directoryFacets.facet.cluster'),
    label: t('directoryFacets.facet.label'),
  };

  return (
    <div className="facets">
      {DIRECTORY_FACETS.map((facet) =>
        facet === 'technology' ? (
          <TechnologyFacet
            key={facet}
            legend={legends.technology}
            terms={taxonomies.technologies}
            values={facets?.technology ?? []}
            selected={search.technology}
            onToggle={onToggle}
          />
        ) : (
          <FlatFacet
            key={facet}
            facet={facet}
            legend={legends[facet]}
            options={options[facet]}
            selected={search[facet]}
            onToggle={onToggle}
          />
        ),
      )}
    </div>
  );
}
