import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import type { MapLevel } from './map-search';

export interface AreaRow {
  code: string;
  name: string;
  /** Country name (regions only). */
  country: string | null;
  organisations: number;
  partnerships: number;
}

type SortKey = 'name' | 'country' | 'organisations' | 'partnerships';

interface MapTableProps {
  level: MapLevel;
  rows: AreaRow[];
  selected: ReadonlySet<string>;
  onSelect: (code: string) => void;
}

/**
 * The map as a table: every area with organisations or partnerships (and the selection), sortable,
 * each name a button that selects the area like a click on the map. Visually hidden until asked for,
 * but always read by screen readers, and shown whenever keyboard focus enters it.
 */
export function MapTable({ level, rows, selected, onSelect }: MapTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [visible, setVisible] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'organisations', descending: true });
  const collator = new Intl.Collator(lang);

  const shown = rows.filter((r) => r.organisations > 0 || r.partnerships > 0 || selected.has(r.code));
  const compare = (a: AreaRow, b: AreaRow) => {
    const k = sort.key;
    const primary = k === 'organisations' || k === 'partnerships' ? a[k] - b[k] : collator.compare(a[k] ?? '', b[k] ?? '');
    return (sort.descending ? -primary : primary) || collator.compare(a.name, b.name);
  };
  shown.sort(compare);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          className="map-table__sort"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'organisations' || key === 'partnerships' })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  const captionId = `map-table-caption-${level}`;
  return (
    <section className="map-table" aria-labelledby={captionId}>
      <Button variant="secondary" size="sm" aria-expanded={visible} aria-controls="map-table" onClick={() => setVisible((v) => !v)}>
        {visible ? t('map.table.hide') : t('map.table.show')}
      </Button>
      <div id="map-table" className={visible ? 'table-wrap map-table__wrap' : 'table-wrap map-table__wrap map-table__wrap--hidden'}>
        <table className="table">
          <caption id={captionId} className="map-table__caption">
            {level === 'regions' ? t('map.table.captionRegions', { count: shown.length }) : t('map.table.captionCountries', { count: shown.length })}
          </caption>
          <thead>
            <tr>
              {header('name', level === 'regions' ? t('map.table.region') : t('map.table.country'))}
              {level === 'regions' && header('country', t('map.table.country'))}
              {header('organisations', t('map.table.organisations'))}
              {header('partnerships', t('map.table.partnerships'))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={level === 'regions' ? 4 : 3}>{t('map.table.empty')}</td>
              </tr>
            )}
            {shown.map((r) => (
              <tr key={r.code} className={selected.has(r.code) ? 'map-table__row--selected' : undefined}>
                <th scope="row">
                  <button type="button" className="map-table__select" aria-pressed={selected.has(r.code)} onClick={() => onSelect(r.code)}>
                    {r.name}
                  </button>{' '}
                  <span className="map-table__code">{r.code}</span>
                </th>
                {level === 'regions' && <td>{r.country}</td>}
                <td className="map-table__number">{formatNumber(r.organisations, lang)}</td>
                <td className="map-table__number">{formatNumber(r.partnerships, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
