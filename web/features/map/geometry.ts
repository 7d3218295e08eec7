import type { FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeatures = FeatureCollection<MultiPolygon, { name: string }>;
export type RegionFeatures = FeatureCollection<MultiPolygon, { country: string; name: string }>;

export interface EuropeGeometry {
  /** Natural Earth countries around Europe, id = ISO 3166 alpha-2 (XK for Kosovo). */
  countries: CountryFeatures;
  /** NUTS 2021 level 2 regions (UK: NUTS 2016), id = NUTS code; `country` is the ISO code. */
  regions: RegionFeatures;
}

type EuropeTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  regions: GeometryCollection<{ country: string; name: string }>;
}>;

export function toFeatures(topology: unknown): EuropeGeometry {
  const topo = topology as EuropeTopology;
  return {
    countries: feature(topo, topo.objects.countries) as CountryFeatures,
    regions: feature(topo, topo.objects.regions) as RegionFeatures,
  };
}

/** The geometry (≈150 KB, ≈48 KB compressed) is a chunk of its own, fetched by the map page only. */
export async function loadGeometry(): Promise<EuropeGeometry> {
  const module = await import('./data/europe.topo.json');
  return toFeatures(module.default);
}
