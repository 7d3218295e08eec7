/**
 * Builds server/db/seed/data/nuts2-regions.json from the Eurostat GISCO NUTS 2021 level-2 GeoJSON,
 * plus the United Kingdom's NUTS 2016 level-2 regions (the UK is not part of NUTS 2021).
 *
 *   tsx server/db/seed/build-regions.ts [path/to/NUTS_RG_60M_2021_4326_LEVL_2.geojson]
 *
 * The default input path is the shared data folder next to the repository (../shared/data/nuts-2021).
 * Sources and attribution: server/db/seed/data/SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface NutsRegion {
  code: string;
  name: string;
  country: string;
  version: '2021' | '2016';
}

/** NUTS country codes that differ from ISO 3166-1 alpha-2. */
const NUTS_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/** United Kingdom, NUTS 2016 level 2 (Eurostat / ONS). */
const UK_NUTS2_2016: ReadonlyArray<readonly [string, string]> = [
  ['UKC1', 'Tees Valley and Durham'],
  ['UKC2', 'Northumberland and Tyne and Wear'],
  ['UKD1', 'Cumbria'],
  ['UKD3', 'Greater Manchester'],
  ['UKD4', 'Lancashire'],
  ['UKD6', 'Cheshire'],
  ['UKD7', 'Merseyside'],
  ['UKE1', 'East Yorkshire and Northern Lincolnshire'],
  ['UKE2', 'North Yorkshire'],
  ['UKE3', 'South Yorkshire'],
  ['UKE4', 'West Yorkshire'],
  ['UKF1', 'Derbyshire and Nottinghamshire'],
  ['UKF2', 'Leicestershire, Rutland and Northamptonshire'],
  ['UKF3', 'Lincolnshire'],
  ['UKG1', 'Herefordshire, Worcestershire and Warwickshire'],
  ['UKG2', 'Shropshire and Staffordshire'],
  ['UKG3', 'West Midlands'],
  ['UKH1', 'East Anglia'],
  ['UKH2', 'Bedfordshire and Hertfordshire'],
  ['UKH3', 'Essex'],
  ['UKI3', 'Inner London — West'],
  ['UKI4', 'Inner London — East'],
  ['UKI5', 'Outer London — East and North East'],
  ['UKI6', 'Outer London — South'],
  ['UKI7', 'Outer London — West and North West'],
  ['UKJ1', 'Berkshire, Buckinghamshire and Oxfordshire'],
  ['UKJ2', 'Surrey, East and West Sussex'],
  ['UKJ3', 'Hampshire and Isle of Wight'],
  ['UKJ4', 'Kent'],
  ['UKK1', 'Gloucestershire, Wiltshire and Bristol/Bath area'],
  ['UKK2', 'Dorset and Somerset'],
  ['UKK3', 'Cornwall and Isles of Scilly'],
  ['UKK4', 'Devon'],
  ['UKL1', 'West Wales and The Valleys'],
  ['UKL2', 'East Wales'],
  ['UKM5', 'North Eastern Scotland'],
  ['UKM6', 'Highlands and Islands'],
  ['UKM7', 'Eastern Scotland'],
  ['UKM8', 'West Central Scotland'],
  ['UKM9', 'Southern Scotland'],
  ['UKN0', 'Northern Ireland'],
];

interface NutsFeature {
  properties: { NUTS_ID: string; CNTR_CODE: string; NAME_LATN: string; LEVL_CODE: number };
}

/**
 * NUTS 2021 level-2 regions from a GISCO GeoJSON. Skips the "ZZ" extra-regio pseudo-regions and any
 * UK features (some GISCO 2021 distributions still carry them; the UK list is added from NUTS 2016).
 */
export function regionsFromGeojson(geojson: { features: NutsFeature[] }): NutsRegion[] {
  return geojson.features
    .map((f) => f.properties)
    .filter((p) => p.LEVL_CODE === 2 && !p.NUTS_ID.endsWith('ZZ') && p.CNTR_CODE !== 'UK')
    .map((p) => ({
      code: p.NUTS_ID,
      // Some names carry stray whitespace or line breaks in the source.
      name: p.NAME_LATN.replace(/\s+/g, ' ').trim(),
      country: NUTS_TO_ISO[p.CNTR_CODE] ?? p.CNTR_CODE,
      version: '2021' as const,
    }));
}

export function ukRegions2016(): NutsRegion[] {
  return UK_NUTS2_2016.map(([code, name]) => ({ code, name, country: 'GB', version: '2016' }));
}

export function buildRegions(geojson: { features: NutsFeature[] }): NutsRegion[] {
  const all = [...regionsFromGeojson(geojson), ...ukRegions2016()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(r.code)) throw new Error(`duplicate NUTS code ${r.code}`);
    seen.add(r.code);
  }
  return all;
}

function main(): void {
  const input = resolve(process.argv[2] ?? '../shared/data/nuts-2021/NUTS_RG_60M_2021_4326_LEVL_2.geojson');
  const output = new URL('./data/nuts2-regions.json', import.meta.url);
  const regions = buildRegions(JSON.parse(readFileSync(input, 'utf8')) as { features: NutsFeature[] });
  writeFileSync(output, '[\n' + regions.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
  console.log(`wrote ${regions.length} regions to ${output.pathname}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
