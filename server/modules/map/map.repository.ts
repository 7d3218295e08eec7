import { sql } from 'drizzle-orm';
import { COUNTED_PARTNERSHIP_STATUSES } from '../../../contracts/map';
import { queryRows, type Db, type DbOrTx } from '../../db/client';
import { countOrganisations, facetCounts, type SearchFilters, type TextQuery } from '../organisations/search.repository';

export interface AreaCount extends Record<string, unknown> {
  code: string;
  count: number;
}

/**
 * Matching organisations per country and per NUTS 2 region, through the directory's own search
 * conditions (the country and region facets, counted without a row limit), so the map can never
 * disagree with the list. The caller leaves out the filters the counts must not apply.
 */
export async function countByArea(
  db: Db,
  p: { filters: SearchFilters; text: TextQuery | null },
): Promise<{ countries: AreaCount[]; regions: AreaCount[] }> {
  const rows = await facetCounts(db, { ...p, facets: ['country', 'region'] });
  const pick = (facet: 'country' | 'region') =>
    rows.filter((r) => r.facet === facet).map((r) => ({ code: r.value, count: r.count }));
  return { countries: pick('country'), regions: pick('region') };
}

/** Organisations matching every filter: the list's total. */
export const countMatching = (db: Db, p: { filters: SearchFilters; text: TextQuery | null }) => countOrganisations(db, p);

/**
 * Distinct counted partnerships per region and per country of their public member organisations: a
 * partnership counts once for a region however many of its members are located there.
 */
export async function partnershipsByArea(db: DbOrTx): Promise<{ total: number; countries: AreaCount[]; regions: AreaCount[] }> {
  const statuses = sql`array[${sql.join(COUNTED_PARTNERSHIP_STATUSES.map((s) => sql`${s}`), sql`, `)}]::text[]`;
  const rows = await queryRows<{ level: 'total' | 'country' | 'region'; code: string | null; count: number }>(
    db,
    sql`with taking_part as (
          select distinct p.id as partnership_id, o.country_code, o.region_code
          from strategic_partnerships p
          join strategic_partnership_members m on m.partnership_id = p.id
          join organisations o on o.id = m.organisation_id
          where p.status = any(${statuses}) and o.status = 'published' and o.listing_consent
        )
        select 'total' as level, null as code, count(distinct partnership_id)::int as count from taking_part
        union all
        select 'country', country_code, count(distinct partnership_id)::int from taking_part group by country_code
        union all
        select 'region', region_code, count(distinct partnership_id)::int from taking_part
        where region_code is not null group by region_code`,
  );
  const pick = (level: 'country' | 'region') =>
    rows.filter((r) => r.level === level && r.code !== null).map((r) => ({ code: r.code!, count: r.count }));
  return { total: rows.find((r) => r.level === 'total')?.count ?? 0, countries: pick('country'), regions: pick('region') };
}
