import type { z } from 'zod';
import { partnershipBand, type MapQuerySchema, type OrganisationMap } from '../../../contracts/map';
import type { Deps } from '../../deps';
import { expandQuery } from '../../algorithms/search/expand-query';
import { searchFilters, type SearchFilters } from '../organisations/search.repository';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import * as repo from './map.repository';

type MapInput = z.output<typeof MapQuerySchema>;

/**
 * Counts for the map of Europe: organisations per country and per NUTS 2 region under the search,
 * and strategic partnerships per region. The country and region filters select areas on the map:
 * the per-area counts leave them out (as a facet leaves out its own filter), so picking a region
 * still shows where else the search finds organisations; `matching` applies them all.
 */
export async function organisationMap(deps: Deps, query: MapInput): Promise<OrganisationMap> {
  const taxonomy = await taxonomyCache(deps);
  const text = query.q ? expandQuery(query.q, taxonomy.phraseIndex) : null;
  const filters = searchFilters(query);
  const unselected: SearchFilters = { ...filters, country: undefined, region: undefined };
  const hasSelection = !!(filters.country?.length || filters.region?.length);
  const [areas, selectedCount, partnerships] = await Promise.all([
    repo.countByArea(deps.db, { filters: unselected, text }),
    // Without a selection every counted organisation matches: no second scan.
    hasSelection ? repo.countMatching(deps.db, { filters, text }) : null,
    repo.partnershipsByArea(deps.db),
  ]);

  const regionCounts = new Map(areas.regions.map((r) => [r.code, r.count]));
  const regions = [...taxonomy.regionNames]
    .map(([code, name]) => ({
      code,
      name,
      countryCode: taxonomy.regionCountry.get(code) ?? code.slice(0, 2),
      count: regionCounts.get(code) ?? 0,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const counted = areas.countries.reduce((sum, c) => sum + c.count, 0);
  const matching = selectedCount ?? counted;
  const inRegions = areas.regions.reduce((sum, r) => sum + r.count, 0);
  const banded = (rows: repo.AreaCount[]) =>
    rows
      .flatMap((r) => {
        const band = partnershipBand(r.count);
        return band ? [{ code: r.code, count: r.count, band }] : [];
      })
      .sort((a, b) => a.code.localeCompare(b.code));

  return {
    organisations: {
      matching,
      counted,
      withoutRegion: counted - inRegions,
      countries: [...areas.countries].sort((a, b) => a.code.localeCompare(b.code)),
      regions,
    },
    partnerships: {
      total: partnerships.total,
      regions: banded(partnerships.regions),
      countries: banded(partnerships.countries),
    },
  };
}
