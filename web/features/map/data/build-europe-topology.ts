/**
 * Builds web/features/map/data/europe.topo.json, the map's only geometry, from two open sources:
 *   - countries: world-atlas 2 (Natural Earth 1:50m, ISC), clipped to a box around Europe;
 *   - NUTS 2 regions: Eurostat GISCO NUTS 2021, 1:60 million (© EuroGeographics, non-commercial).
 * Both are merged into one quantised, simplified TopoJSON so the map route downloads one small file.
 *
 *   tsx web/features/map/data/build-europe-topology.ts ../shared/data/nuts-2021/NUTS_RG_60M_2021_4326_LEVL_2.geojson
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Longitude/latitude box kept from world-atlas: Europe, its neighbours, the Azores to the Urals' west. */
const BOX = { west: -34, east: 75, south: 24, north: 84 };

/** ISO 3166 numeric → alpha-2 for the countries inside BOX (world-atlas ids are numeric). */
// prettier-ignore
const ISO_NUMERIC: Record<string, string> = {
  '008': 'AL', '020': 'AD', '040': 'AT', '056': 'BE', '070': 'BA', '100': 'BG', '112': 'BY', '191': 'HR',
  '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '234': 'FO', '246': 'FI', '250': 'FR', '276': 'DE',
  '300': 'GR', '348': 'HU', '352': 'IS', '372': 'IE', '380': 'IT', '428': 'LV', '438': 'LI', '440': 'LT',
  '442': 'LU', '470': 'MT', '492': 'MC', '498': 'MD', '499': 'ME', '528': 'NL', '807': 'MK', '578': 'NO',
  '616': 'PL', '620': 'PT', '642': 'RO', '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK', '705': 'SI',
  '724': 'ES', '752': 'SE', '756': 'CH', '792': 'TR', '804': 'UA', '826': 'GB', '336': 'VA', '831': 'GG',
  '832': 'JE', '833': 'IM', '248': 'AX', '292': 'GI', '012': 'DZ', '504': 'MA', '788': 'TN', '434': 'LY',
  '818': 'EG', '760': 'SY', '368': 'IQ', '364': 'IR', '268': 'GE', '051': 'AM', '031': 'AZ', '398': 'KZ',
  '422': 'LB', '376': 'IL', '400': 'JO', '275': 'PS', '682': 'SA', '732': 'EH', '478': 'MR', '744': 'SJ',
  '304': 'GL',
};
/** Natural Earth units without an ISO numeric code. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY' };

type Ring = Position[];

/** Sutherland–Hodgman clipping of one ring against one edge of the box (planar in degrees: enough for a backdrop). */
function clipEdge(ring: Ring, inside: (p: Position) => boolean, cut: (a: Position, b: Position) => Position): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current)) {
      if (!inside(previous)) out.push(cut(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cut(previous, current));
    }
  }
  return out;
}

function clipRing(ring: Ring): Ring | null {
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
  let r = ring.slice(0, -1);
  r = clipEdge(r, (p) => p[0]! >= BOX.west, atX(BOX.west));
  r = clipEdge(r, (p) => p[0]! <= BOX.east, atX(BOX.east));
  r = clipEdge(r, (p) => p[1]! >= BOX.south, atY(BOX.south));
  r = clipEdge(r, (p) => p[1]! <= BOX.north, atY(BOX.north));
  if (r.length < 3) return null;
  return [...r, r[0]!];
}

function clipGeometry(geometry: Geometry): MultiPolygon | null {
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(clipRing);
    if (outer) kept.push([outer, ...holes.filter((h): h is Ring => h !== null)]);
  }
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

/** Twice the planar signed area in degrees: positive when the ring turns anticlockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/**
 * GISCO writes RFC 7946 GeoJSON (exterior rings anticlockwise); d3-geo reads rings on the sphere and
 * wants exteriors clockwise, or it fills the whole globe but the region. Rings are rewound and rounded.
 */
function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  const r = (p: Position): Position => [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];
  const wind = (ring: Ring, clockwise: boolean) => (signedArea(ring) < 0 === clockwise ? ring : [...ring].reverse());
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map(([outer, ...holes]) => [wind(outer!.map(r), true), ...holes.map((h) => wind(h.map(r), false))]),
  };
}

function countries(): Feature<MultiPolygon, { name: string }>[] {
  const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const byCode = new Map<string, Feature<MultiPolygon, { name: string }>>();
  for (const f of all.features) {
    const code = (f.id !== undefined ? ISO_NUMERIC[String(f.id)] : undefined) ?? BY_NAME[f.properties.name];
    if (!code) continue;
    const clipped = clipGeometry(f.geometry);
    if (!clipped) continue;
    const existing = byCode.get(code);
    if (existing) existing.geometry.coordinates.push(...clipped.coordinates);
    else byCode.set(code, { type: 'Feature', id: code, properties: { name: f.properties.name }, geometry: clipped });
  }
  for (const f of byCode.values()) {
    // Inside the box every ring is planar enough to rewind like the regions (Russia's came out inverted).
    f.geometry = forD3(f.geometry);
  }
  return [...byCode.values()];
}

interface NutsProperties {
  NUTS_ID: string;
  CNTR_CODE: string;
  NAME_LATN: string;
}

function regions(path: string): Feature<MultiPolygon, { country: string; name: string }>[] {
  const nuts = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, NutsProperties>;
  // NUTS uses EL for Greece and UK for the United Kingdom; the platform stores ISO codes.
  const iso = (code: string) => ({ EL: 'GR', UK: 'GB' })[code] ?? code;
  return nuts.features.map((f) => ({
    type: 'Feature',
    id: f.properties.NUTS_ID,
    properties: { country: iso(f.properties.CNTR_CODE), name: f.properties.NAME_LATN.replace(/\s+/g, ' ').trim() },
    geometry: forD3(f.geometry),
  }));
}

function main() {
  const source = process.argv[2];
  if (!source) throw new Error('Usage: build-europe-topology.ts <NUTS_RG_60M_2021_4326_LEVL_2.geojson>');
  const objects = {
    countries: { type: 'FeatureCollection' as const, features: countries() },
    regions: { type: 'FeatureCollection' as const, features: regions(source) },
  };
  type Simplifiable = Parameters<typeof presimplify>[0];
  let topo = presimplify(topology(objects as Parameters<typeof topology>[0]) as unknown as Simplifiable);
  // Keep the more significant half of the points (by triangle area): outlines stay recognisable at map scale.
  topo = simplify(topo, quantile(topo, 0.5));
  // Delta-encoded integers (~250 m steps across the box) instead of decimal degrees.
  const text = JSON.stringify(quantize(topo as unknown as Parameters<typeof quantize>[0], 5e4));
  const out = join(here, 'europe.topo.json');
  writeFileSync(out, text);
  console.log(`${out}: ${objects.countries.features.length} countries, ${objects.regions.features.length} regions, ${(text.length / 1024).toFixed(0)} KiB`);
}

main();
