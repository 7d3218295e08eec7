import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_BANDS } from '../../../contracts/map';
import { formatNumber } from '../../lib/format';
import { BAND_COLOURS, CONTEXT_COLOUR, EMPTY_COLOUR, type Bin } from './color-scale';
import type { MapLayer } from './map-search';

interface MapLegendProps {
  layer: MapLayer;
  bins: Bin[];
}

function Swatch({ colour }: { colour: string }) {
  return <span className="map-legend__swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** The colour scale with its numbers: colour is never the only carrier of a count (see the table). */
export function MapLegend({ layer, bins }: MapLegendProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const items =
    layer === 'organisations'
      ? [
          ...bins.map((b) => ({
            colour: b.colour,
            text: b.from === b.to ? t('map.legend.exactly', { count: b.from, n: n(b.from) }) : t('map.legend.range', { from: n(b.from), to: n(b.to) }),
          })),
          { colour: EMPTY_COLOUR, text: t('map.legend.none') },
        ]
      : [
          ...PARTNERSHIP_BANDS.map((band) => ({ colour: BAND_COLOURS[band], text: t(`map.legend.band.${band}`) })),
          { colour: EMPTY_COLOUR, text: t('map.legend.noPartnership') },
        ];
  return (
    <div className="map-legend">
      <h2 className="map-legend__title" id="map-legend-title">
        {layer === 'organisations' ? t('map.legend.organisations') : t('map.legend.partnerships')}
      </h2>
      <ul className="map-legend__items" aria-labelledby="map-legend-title">
        {items.map((item) => (
          <li key={item.text}>
            <Swatch colour={item.colour} />
            {item.text}
          </li>
        ))}
        <li>
          <Swatch colour={CONTEXT_COLOUR} />
          {t('map.legend.context')}
        </li>
      </ul>
    </div>
  );
}
