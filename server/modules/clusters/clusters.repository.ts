import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { EUROPE_COUNTRY_CODES } from '../../../contracts/countries';

export interface ClusterRow extends Record<string, unknown> {
  id: string;
  slug: string;
  name: string;
  type: string;
  country_code: string;
  region_code: string | null;
  city: string | null;
  description_en: string | null;
  description_fr: string | null;
  member_count: number;
  regions: { code: string; count: number }[] | null;
  countries: { code: string; count: number }[] | null;
  top_technologies: { code: string; count: number }[] | null;
  labels: { label: 'bronze' | 'silver' | 'gold'; awardedOn: string }[] | null;
  partner_requests: { id: string; title: string; deadline: string }[] | null;
  events: { slug: string; title: string; startsAt: string }[] | null;
}

const TOP = 8;

/**
 * Public clusters with what their public members add up to, the open public partner requests they lead
 * and the published events they (co-)organise that have not ended: one statement, aggregated in SQL.
 */
export async function listPublicClusters(db: DbOrTx, scope?: 'europe' | 'beyond'): Promise<ClusterRow[]> {
  const europe = sql`c.country_code = any(array[${sql.join([...EUROPE_COUNTRY_CODES].map((c) => sql`${c}`), sql`, `)}]::text[])`;
  const scopeCondition = scope === 'europe' ? sql`and ${europe}` : scope === 'beyond' ? sql`and not (${europe})` : sql``;
  return queryRows<ClusterRow>(
    db,
    sql`with clusters as (
          select c.* from organisations c
          where c.type = 'cluster_organisation' and c.status = 'published' and c.listing_consent ${scopeCondition}
        ),
        members as (
          select cm.cluster_id, m.region_code, m.country_code, m.technologies
          from cluster_memberships cm
          join organisations m on m.id = cm.member_id and m.status = 'published' and m.listing_consent
          where cm.status = 'active' and cm.cluster_id in (select id from clusters)
        )
        select c.id, c.slug, c.name, c.type, c.country_code, c.region_code, c.city, c.description_en, c.description_fr,
          (select count(*)::int from members m where m.cluster_id = c.id) as member_count,
          (select json_agg(json_build_object('code', code, 'count', n) order by n desc, code) from (
             select region_code as code, count(*)::int as n from members m
             where m.cluster_id = c.id and region_code is not null group by region_code) r) as regions,
          (select json_agg(json_build_object('code', code, 'count', n) order by n desc, code) from (
             select country_code as code, count(*)::int as n from members m where m.cluster_id = c.id group by country_code) k) as countries,
          (select json_agg(json_build_object('code', code, 'count', n) order by n desc, code) from (
             select t as code, count(*)::int as n from members m, unnest(m.technologies) t
             where m.cluster_id = c.id group by t order by n desc, t limit ${TOP}) tt) as top_technologies,
          (select json_agg(json_build_object('label', l.label, 'awardedOn', l.awarded_on) order by l.awarded_on)
             from cluster_labels l where l.organisation_id = c.id) as labels,
          (select json_agg(json_build_object('id', p.id, 'title', p.title, 'deadline', p.deadline) order by p.deadline, p.id)
             from partner_requests p
             where p.lead_organisation_id = c.id and p.status = 'open' and p.visibility = 'public') as partner_requests,
          (select json_agg(json_build_object('slug', e.slug, 'title', e.title, 'startsAt', e.starts_at) order by e.starts_at, e.slug)
             from events e
             where e.status = 'published' and e.ends_at >= now()
               and exists (select 1 from event_organisers eo where eo.event_id = e.id and eo.organisation_id = c.id)) as events
        from clusters c
        order by member_count desc, c.name`,
  );
}
