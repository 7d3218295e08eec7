import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useNavigation } from 'react-router';
import type { OrganisationMap } from '../../../contracts/map';
import type { OrganisationList } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { countryName, formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button, buttonClass } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { OrganisationCard } from '../organisations/OrganisationCard';
import { termLabel } from '../taxonomy/use-term-labels';
import { BAND_COLOURS, countBins, countColour, EMPTY_COLOUR } from './color-scale';
import { EuropeMap, type AreaView } from './EuropeMap';
import type { EuropeGeometry } from './geometry';
import { MapLegend } from './MapLegend';
import {
  exportHref,
  filterSearchParams,
  mapApi,
  mapSearchParams,
  selectArea,
  withoutFilter,
  type FilterKey,
  type MapSearch,
} from './map-search';
import { MapTable, type AreaRow } from './MapTable';
import './map.css';

export interface MapData {
  counts: OrganisationMap;
  page: OrganisationList;
  geometry: EuropeGeometry;
  terms: readonly TaxonomyTerm[];
  clusterNames: Record<string, string>;
}

interface MapViewProps {
  search: MapSearch;
  data: MapData;
}

/** Countries of the platform that are split into NUTS 2 regions on the map. */
function regionCountries(geometry: EuropeGeometry): Set<string> {
  return new Set(geometry.regions.features.map((f) => f.properties.country));
}

export function MapView({ search, data }: MapViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { counts, geometry } = data;
  const { level, layer } = search;
  const org = counts.organisations;

  const go = (next: MapSearch, replace = false) =>
    void navigate({ search: `?${mapSearchParams(next).toString()}` }, { replace, preventScrollReset: true });

  const view = useMemo(() => {
    const orgByCountry = new Map(org.countries.map((c) => [c.code, c.count]));
    const partByRegion = new Map(counts.partnerships.regions.map((r) => [r.code, r]));
    const partByCountry = new Map(counts.partnerships.countries.map((c) => [c.code, c]));
    const drawnCountries = new Set(geometry.countries.features.map((f) => String(f.id)));
    const platformCountries = regionCountries(geometry);
    const bins = countBins(
      Math.max(0, ...(level === 'regions' ? org.regions.map((r) => r.count) : org.countries.map((c) => c.count))),
    );
    const fillOf = (organisations: number, band: keyof typeof BAND_COLOURS | undefined) =>
      layer === 'organisations' ? countColour(organisations, bins) : band ? BAND_COLOURS[band] : EMPTY_COLOUR;
    const describe = (name: string, organisations: number, partnerships: number) => {
      const orgText = t('map.area.organisations', { count: organisations, n: formatNumber(organisations, lang) });
      const partText = t('map.area.partnerships', { count: partnerships, n: formatNumber(partnerships, lang) });
      const [first, second] = layer === 'organisations' ? [orgText, partText] : [partText, orgText];
      return t('map.area.label', { name, first, second });
    };

    const areas = new Map<string, AreaView>();
    const rows: AreaRow[] = [];
    if (level === 'regions') {
      for (const r of org.regions) {
        const part = partByRegion.get(r.code);
        const country = countryName(r.countryCode, lang);
        const label = describe(`${r.name} (${country})`, r.count, part?.count ?? 0);
        areas.set(r.code, {
          fill: fillOf(r.count, part?.band),
          label,
          summary: label,
          tabbable: layer === 'organisations' ? r.count > 0 : !!part,
        });
        rows.push({ code: r.code, name: r.name, country, organisations: r.count, partnerships: part?.count ?? 0 });
      }
    } else {
      const codes = new Set([...platformCountries, ...orgByCountry.keys(), ...partByCountry.keys()]);
      for (const code of codes) {
        const organisations = orgByCountry.get(code) ?? 0;
        const part = partByCountry.get(code);
        const name = countryName(code, lang);
        rows.push({ code, name, country: null, organisations, partnerships: part?.count ?? 0 });
        if (!drawnCountries.has(code)) continue;
        const label = describe(name, organisations, part?.count ?? 0);
        areas.set(code, {
          fill: fillOf(organisations, part?.band),
          label,
          summary: label,
          tabbable: layer === 'organisations' ? organisations > 0 : !!part,
        });
      }
    }
    const insetFill = (country: string) => fillOf(orgByCountry.get(country) ?? 0, partByCountry.get(country)?.band);
    // Organisations in countries the map does not draw (or, region by region, not split into regions).
    const offMap = org.countries
      .filter((c) => !drawnCountries.has(c.code) || (level === 'regions' && !platformCountries.has(c.code)))
      .reduce((sum, c) => sum + c.count, 0);
    return { areas, rows, bins, insetFill, offMap };
  }, [org, counts.partnerships, geometry, level, layer, lang, t]);

  const selected = new Set(level === 'regions' ? (search.filters.region ?? []) : (search.filters.country ?? []));
  const onSelect = (code: string) => go(selectArea(search, level === 'regions' ? 'region' : 'country', code));

  return (
    <div className="container page map-page">
      <h1>{t('map.title')}</h1>
      <p className="lead">{t('map.intro')}</p>

      <CurrentFilters search={search} data={data} onRemove={(key, value) => go(withoutFilter(search, key, value))} />

      <div className="map-controls">
        <fieldset className="map-controls__group">
          <legend>{t('map.controls.layer')}</legend>
          {(['organisations', 'partnerships'] as const).map((value) => (
            <label key={value} className="map-controls__option">
              <input type="radio" name="layer" value={value} checked={layer === value} onChange={() => go({ ...search, layer: value }, true)} />
              {t(`map.controls.layers.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="map-controls__group">
          <legend>{t('map.controls.level')}</legend>
          {(['regions', 'countries'] as const).map((value) => (
            <label key={value} className="map-controls__option">
              <input type="radio" name="level" value={value} checked={level === value} onChange={() => go({ ...search, level: value }, true)} />
              {t(`map.controls.levels.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <a href="#map-results-heading" className="map-skip">
        {t('map.skip')}
      </a>
      <div className="map-layout" aria-busy={navigation.state === 'loading'}>
        <div className="map-layout__map">
          <h2 id="map-heading" className="visually-hidden">
            {level === 'regions' ? t('map.svgLabelRegions') : t('map.svgLabelCountries')}
          </h2>
          <EuropeMap
            geometry={geometry}
            level={level}
            areas={view.areas}
            insetFill={view.insetFill}
            selected={selected}
            onSelect={onSelect}
            labelledBy="map-heading"
          />
        </div>
        <aside className="map-layout__side">
          <MapLegend layer={layer} bins={view.bins} />
          <div className="map-notes">
            {layer === 'organisations' && org.counted === 0 && <p>{t('map.notes.noMatch')}</p>}
            {layer === 'organisations' && org.counted > 0 && (
              <p>{t('map.notes.counted', { count: org.counted, n: n(org.counted) })}</p>
            )}
            {layer === 'organisations' && level === 'regions' && org.withoutRegion > 0 && (
              <p>{t('map.notes.withoutRegion', { count: org.withoutRegion, n: n(org.withoutRegion) })}</p>
            )}
            {layer === 'organisations' && view.offMap > 0 && <p>{t('map.notes.offMap', { count: view.offMap, n: n(view.offMap) })}</p>}
            {layer === 'partnerships' &&
              (counts.partnerships.total === 0 ? (
                <Alert tone="info">{t('map.notes.noPartnerships')}</Alert>
              ) : (
                <p>{t('map.notes.partnerships', { count: counts.partnerships.total, n: n(counts.partnerships.total) })}</p>
              ))}
          </div>
        </aside>
      </div>
      <p className="map-attribution">{t('map.attribution')}</p>

      <MapTable level={level} rows={view.rows} selected={selected} onSelect={onSelect} />

      <Results key={filterSearchParams(search.filters, search.sort).toString()} search={search} data={data} />
    </div>
  );
}

function CurrentFilters({ search, data, onRemove }: { search: MapSearch; data: MapData; onRemove: (key: FilterKey, value: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regionNames = useMemo(() => new Map(data.counts.organisations.regions.map((r) => [r.code, r.name])), [data.counts]);
  const terms = useMemo(() => new Map(data.terms.map((term) => [term.code, term])), [data.terms]);
  const labelOf = (key: FilterKey, value: string): string => {
    switch (key) {
      case 'q':
        return `“${value}”`;
      case 'type':
        return t(`organisations.type.${value}` as 'organisations.type.sme', { defaultValue: value });
      case 'country':
        return countryName(value, lang);
      case 'region':
        return regionNames.get(value) ?? value;
      case 'cluster':
        return data.clusterNames[value] ?? value;
      case 'role':
        return t(`map.filters.roles.${value}` as 'map.filters.roles.rnd', { defaultValue: value });
      case 'label':
        return t(`map.filters.labels.${value}` as 'map.filters.labels.gold', { defaultValue: value });
      case 'scope':
        return t(`map.filters.scopes.${value}` as 'map.filters.scopes.europe', { defaultValue: value });
      default: {
        const term = terms.get(value);
        return term ? termLabel(term, lang) : value;
      }
    }
  };
  const chips = Object.entries(search.filters).flatMap(([key, values]) =>
    (values ?? []).map((value) => ({ key: key as FilterKey, value, label: labelOf(key as FilterKey, value) })),
  );
  const directory = filterSearchParams(search.filters, search.sort).toString();
  return (
    <section className="map-filters" aria-labelledby="map-filters-heading">
      <h2 id="map-filters-heading" className="map-filters__heading">
        {t('map.filters.heading')}
      </h2>
      {chips.length === 0 ? (
        <p>{t('map.filters.none')}</p>
      ) : (
        <ul className="map-filters__list">
          {chips.map((c) => (
            <li key={`${c.key}:${c.value}`} className="map-filters__chip">
              <span>
                <span className="map-filters__key">{t(`map.filters.keys.${c.key}`)}</span> {c.label}
              </span>
              <button
                type="button"
                className="map-filters__remove"
                aria-label={t('map.filters.remove', { filter: `${t(`map.filters.keys.${c.key}`)} ${c.label}` })}
                onClick={() => onRemove(c.key, c.value)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/organisations${directory ? `?${directory}` : ''}`}>{t('map.filters.directory')}</Link>
      </p>
    </section>
  );
}

/** The matching organisations below the map; remounted (via `key`) when the search changes. */
function Results({ search, data }: { search: MapSearch; data: MapData }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [more, setMore] = useState<OrganisationList[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const first = data.page;
  const items = [...first.items, ...more.flatMap((p) => p.items)];
  const nextCursor = more.length > 0 ? (more.at(-1)?.nextCursor ?? null) : first.nextCursor;
  const n = (v: number) => formatNumber(v, i18n.language);

  async function loadMore() {
    if (!nextCursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await mapApi.list(search.filters, search.sort, nextCursor);
      setMore((pages) => [...pages, page]);
    } catch (e) {
      setError(isApiError(e) ? { code: e.code, message: e.message } : { code: 'UNKNOWN', message: '' });
    } finally {
      setLoading(false);
    }
  }

  return (
    <section className="map-results" aria-labelledby="map-results-heading">
      <h2 id="map-results-heading" tabIndex={-1} aria-live="polite">
        {t('map.results', { count: first.total, n: n(first.total) })}
      </h2>
      <ul className="actions export-links" aria-label={t('map.export.label')}>
        <li>
          <a href={exportHref('csv', search.filters)} download className={buttonClass('quiet', 'sm')}>
            {t('map.export.csv')}
          </a>
        </li>
        <li>
          <a href={exportHref('xlsx', search.filters)} download className={buttonClass('quiet', 'sm')}>
            {t('map.export.xlsx')}
          </a>
        </li>
      </ul>
      {first.total === 0 ? (
        <EmptyState title={t('map.empty.title')} level={3}>
          <p>{t('map.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="org-grid">
            {items.map((organisation, index) => (
              <OrganisationCard key={organisation.id} organisation={organisation} technologies={data.terms} index={index} />
            ))}
          </ul>
          <div className="results__footer">
            <p role="status" className="results__shown">
              {t('map.shown', { shown: n(items.length), total: n(first.total) })}
            </p>
            {error && <Alert tone="error">{errors.describe(error)}</Alert>}
            {nextCursor && (
              <Button variant="secondary" onClick={() => void loadMore()} busy={loading} disabled={loading}>
                {t('map.loadMore')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
