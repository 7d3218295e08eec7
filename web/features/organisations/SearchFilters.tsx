import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type FacetName, type OrganisationList } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { countryName, formatNumber } from '../../lib/format';
import { Select } from '../../ui/Select';
import { termLabel } from '../taxonomy/use-term-labels';
import { CountryOptions } from './CountryOptions';
import type { DirectorySearch, Scope } from './directory';

interface SearchFiltersProps {
  search: DirectorySearch;
  scope: Scope | undefined;
  facets: OrganisationList['facets'];
  technologies: readonly TaxonomyTerm[];
}

interface Option {
  value: string;
  label: string;
}

/**
 * Type, country, technology and sort pickers. With facet counts, each picker offers only the values
 * that have results under the other filters, with their count, so no choice leads to an empty page.
 */
export function SearchFilters({ search, scope, facets, technologies }: SearchFiltersProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const options = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const countOf = (facet: FacetName) => new Map((facets?.[facet] ?? []).map((f) => [f.value, f.count]));
    const withCount = (label: string, count: number | undefined) =>
      count === undefined ? label : `${label} (${formatNumber(count, lang)})`;
    /** Values with results, plus the current choice so the select can show it. */
    const keep = (facet: FacetName, selected: string) => (value: string) =>
      countOf(facet).has(value) || value === selected;

    const types: Option[] = ORGANISATION_TYPES.filter(
      (type) => !facets || keep('type', search.type)(type),
    ).map((type) => ({
      value: type,
      label: withCount(t(`organisations.type.${type}`), countOf('type').get(type)),
    }));
    const byCode = new Map(technologies.map((term) => [term.code, term]));
    const technologyOptions: Option[] = [
      ...new Set([...(facets?.technology ?? []).map((f) => f.value), search.technology].filter(Boolean)),
    ]
      .map((code) => {
        const term = byCode.get(code);
        return {
          value: code,
          label: withCount(term ? termLabel(term, lang) : code, countOf('technology').get(code)),
        };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
    const countries: Option[] | null = facets
      ? [...new Set([...facets.country.map((f) => f.value), search.country].filter(Boolean))]
          .map((code) => ({ code, name: countryName(code, lang) }))
          .sort((a, b) => collator.compare(a.name, b.name))
          .map(({ code, name }) => ({ value: code, label: withCount(name, countOf('country').get(code)) }))
      : null;
    return { types, technologies: technologyOptions, countries };
  }, [facets, search.type, search.technology, search.country, technologies, lang, t]);

  return (
    <>
      <Select id="directory-type" name="type" label={t('directory.search.type')} defaultValue={search.type}>
        <option value="">{t('directory.search.anyType')}</option>
        {options.types.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Select
        id="directory-country"
        name="country"
        label={t('directory.search.country')}
        defaultValue={search.country}
      >
        <option value="">{t('directory.search.anyCountry')}</option>
        {options.countries ? (
          options.countries.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))
        ) : (
          <CountryOptions scope={scope} />
        )}
      </Select>
      <Select
        id="directory-technology"
        name="technology"
        label={t('directory.search.technology')}
        defaultValue={search.technology}
      >
        <option value="">{t('directory.search.anyTechnology')}</option>
        {options.technologies.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Select id="directory-sort" name="sort" label={t('directory.search.sort')} defaultValue={search.sort}>
        <option value="">{search.q ? t('directory.sort.relevance') : t('directory.sort.name')}</option>
        {search.q && <option value="name">{t('directory.sort.name')}</option>}
        <option value="newest">{t('directory.sort.newest')}</option>
      </Select>
    </>
  );
}
