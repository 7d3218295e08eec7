import { geoAzimuthalEqualArea, geoCentroid, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';

/** SVG user units; the SVG scales to its container. */
export const VIEW = { width: 1000, height: 800 } as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Regions too far from the mainland to share its frame (the outermost regions, the Atlantic islands,
 * Svalbard), each drawn in its own inset, in this order, as on Eurostat's maps.
 */
export const INSET_CODES = ['ES70', 'PT20', 'PT30', 'FRY1', 'FRY2', 'FRY3', 'FRY4', 'FRY5', 'NO0B'] as const;
const INSET_SET: ReadonlySet<string> = new Set(INSET_CODES);

export const isInset = (code: string) => INSET_SET.has(code);

/** Inset captions short enough for their box (the full names are in the areas' labels and the table). */
export const INSET_CAPTIONS: Record<(typeof INSET_CODES)[number], string> = {
  ES70: 'Canarias',
  PT20: 'Açores',
  PT30: 'Madeira',
  FRY1: 'Guadeloupe',
  FRY2: 'Martinique',
  FRY3: 'Guyane',
  FRY4: 'La Réunion',
  FRY5: 'Mayotte',
  NO0B: 'Svalbard, Jan Mayen',
};

const INSET_COLUMN = 118;
const GAP = 8;

/** The mainland frame on the left, one column of equal insets on the right. */
export function layout(): { main: Box; insets: (Box & { code: string })[] } {
  const main = { x: 0, y: 0, width: VIEW.width - INSET_COLUMN - GAP, height: VIEW.height };
  const height = (VIEW.height - GAP * (INSET_CODES.length - 1)) / INSET_CODES.length;
  const insets = INSET_CODES.map((code, i) => ({ code, x: VIEW.width - INSET_COLUMN, y: i * (height + GAP), width: INSET_COLUMN, height }));
  return { main, insets };
}

const padded = (box: Box, pad: number): [[number, number], [number, number]] => [
  [box.x + pad, box.y + pad],
  [box.x + box.width - pad, box.y + box.height - pad],
];

/**
 * Lambert azimuthal equal-area centred on 10°E 52°N (the ETRS89-LAEA grid Eurostat uses): areas
 * compare truly, so a big region is not made to look more important. Fitted to the mainland regions.
 */
export function mainProjection(regions: FeatureCollection<MultiPolygon>, frame: Box): GeoProjection {
  const mainland: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: regions.features.filter((f) => !isInset(String(f.id))),
  };
  return geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent(padded(frame, 6), mainland);
}

/** An equal-area projection centred on the inset's own region, fitted into its box. */
export function insetProjection(region: Feature<MultiPolygon>, box: Box): GeoProjection {
  const [lon, lat] = geoCentroid(region);
  return geoAzimuthalEqualArea().rotate([-lon, -lat]).fitExtent(padded(box, 14), region);
}
