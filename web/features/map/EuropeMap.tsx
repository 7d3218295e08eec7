import { geoPath } from 'd3-geo';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTEXT_COLOUR } from './color-scale';
import type { EuropeGeometry } from './geometry';
import type { MapLevel } from './map-search';
import { INSET_CAPTIONS, insetProjection, layout, mainProjection, VIEW } from './projection';

/** What one area shows: its fill, its accessible label, whether it is in the tab order. */
export interface AreaView {
  fill: string;
  label: string;
  /** Short text for the hover/focus readout. */
  summary: string;
  /** Worth a tab stop: something to show in the active layer, or the selection. */
  tabbable: boolean;
}

interface EuropeMapProps {
  geometry: EuropeGeometry;
  level: MapLevel;
  /** Interactive areas by code (regions or countries, by level); others are drawn for context. */
  areas: ReadonlyMap<string, AreaView>;
  /** Fill of the overseas insets at country level (their country's colour). */
  insetFill: (countryCode: string) => string;
  selected: ReadonlySet<string>;
  onSelect: (code: string) => void;
  labelledBy: string;
}

interface Shape {
  code: string;
  d: string;
}

/**
 * The map of Europe as SVG: context countries, then the NUTS 2 regions (or countries) of the platform,
 * each a button when interactive; outlying regions in insets. Paths depend on the geometry only, so
 * they are computed once; the data only changes fills and labels.
 */
export function EuropeMap({ geometry, level, areas, insetFill, selected, onSelect, labelledBy }: EuropeMapProps) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const shapes = useMemo(() => {
    const { main, insets } = layout();
    const path = geoPath(mainProjection(geometry.regions, main));
    const regionShapes: Shape[] = [];
    const insetShapes: (Shape & { box: (typeof insets)[number]; name: string; country: string })[] = [];
    for (const f of geometry.regions.features) {
      const code = String(f.id);
      const box = insets.find((b) => b.code === code);
      if (box) {
        insetShapes.push({ code, d: geoPath(insetProjection(f, box))(f) ?? '', box, name: f.properties.name, country: f.properties.country });
      } else {
        regionShapes.push({ code, d: path(f) ?? '' });
      }
    }
    const countryShapes: Shape[] = geometry.countries.features.map((f) => ({ code: String(f.id), d: path(f) ?? '' }));
    return { main, regionShapes, insetShapes, countryShapes };
  }, [geometry]);

  const interactive = (code: string) => {
    const area = areas.get(code);
    if (!area) return null;
    const isSelected = selected.has(code);
    return {
      role: 'button',
      tabIndex: area.tabbable || isSelected ? 0 : -1,
      'aria-label': area.label,
      'aria-pressed': isSelected,
      className: 'europe-map__area europe-map__area--interactive',
      onClick: () => onSelect(code),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(code);
        }
      },
      onFocus: () => setFocused(code),
      onBlur: () => setFocused((f) => (f === code ? null : f)),
      onMouseEnter: () => setHovered(code),
      onMouseLeave: () => setHovered((h) => (h === code ? null : h)),
    } as const;
  };

  const mainShapes = level === 'regions' ? shapes.regionShapes : shapes.countryShapes;
  const outline = (codes: Iterable<string>) => {
    const wanted = new Set(codes);
    return [...mainShapes, ...(level === 'regions' ? shapes.insetShapes : [])].filter((s) => wanted.has(s.code));
  };
  const readout = (focused ?? hovered) && areas.get((focused ?? hovered)!);

  return (
    <div className="europe-map">
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} className="europe-map__svg" role="group" aria-labelledby={labelledBy}>
        <defs>
          <clipPath id="europe-map-frame">
            <rect x={shapes.main.x} y={shapes.main.y} width={shapes.main.width} height={shapes.main.height} />
          </clipPath>
        </defs>
        <rect className="europe-map__sea" x={shapes.main.x} y={shapes.main.y} width={shapes.main.width} height={shapes.main.height} />
        <g clipPath="url(#europe-map-frame)">
          <g aria-hidden="true">
            {shapes.countryShapes.map((s) =>
              level === 'countries' && areas.has(s.code) ? null : (
                <path key={s.code} d={s.d} fill={CONTEXT_COLOUR} className="europe-map__context" />
              ),
            )}
          </g>
          <g>
            {mainShapes.map((s) => {
              const area = areas.get(s.code);
              if (!area) return null;
              return <path key={s.code} d={s.d} fill={area.fill} data-code={s.code} {...interactive(s.code)} />;
            })}
          </g>
          <g aria-hidden="true" className="europe-map__selection">
            {outline(selected).map((s) => (
              <path key={s.code} d={s.d} />
            ))}
          </g>
        </g>
        <g>
          {shapes.insetShapes.map((s) => {
            const area = level === 'regions' ? areas.get(s.code) : undefined;
            return (
              <g key={s.code}>
                <rect className="europe-map__inset" x={s.box.x} y={s.box.y} width={s.box.width} height={s.box.height} />
                <text className="europe-map__inset-label" x={s.box.x + 4} y={s.box.y + 11} aria-hidden="true">
                  {INSET_CAPTIONS[s.code as keyof typeof INSET_CAPTIONS] ?? s.name}
                </text>
                {area ? (
                  <path d={s.d} fill={area.fill} data-code={s.code} {...interactive(s.code)} />
                ) : (
                  <path d={s.d} fill={insetFill(s.country)} aria-hidden="true" className="europe-map__area" />
                )}
                {level === 'regions' && selected.has(s.code) && <path d={s.d} className="europe-map__selection" aria-hidden="true" />}
              </g>
            );
          })}
        </g>
        {focused && (
          <g aria-hidden="true" className="europe-map__focus">
            {outline([focused]).map((s) => (
              <path key={s.code} d={s.d} />
            ))}
          </g>
        )}
      </svg>
      <p className="europe-map__readout" aria-hidden="true">
        {readout ? readout.summary : t('map.hint')}
      </p>
    </div>
  );
}
