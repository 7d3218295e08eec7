import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';

export interface DuplicatePairRow extends Record<string, unknown> {
  a_id: string;
  a_slug: string;
  a_name: string;
  a_country: string;
  a_status: string;
  b_id: string;
  b_slug: string;
  b_name: string;
  b_country: string;
  b_status: string;
  reason: 'same website domain' | 'similar name in the same country';
  similarity: number;
}

/**
 * Likely duplicate pairs among the `scan` most recently created organisations (where new duplicates
 * appear: creations and imports), each compared with every organisation through the website-domain
 * and trigram indexes: the same rules as the warning shown on create and on import.
 */
export function findDuplicatePairs(db: DbOrTx, scan: number) {
  return queryRows<DuplicatePairRow>(
    db,
    sql`with recent as (
          select id, slug, name, country_code, status, website_domain, name_folded, created_at
          from organisations order by created_at desc, id desc limit ${scan}
        )
        select a.id as a_id, a.slug as a_slug, a.name as a_name, a.country_code as a_country, a.status as a_status,
               b.id as b_id, b.slug as b_slug, b.name as b_name, b.country_code as b_country, b.status as b_status,
               b.reason, b.similarity
        from recent a
        cross join lateral (
          select o.id, o.slug, o.name, o.country_code, o.status,
                 case when a.website_domain is not null and o.website_domain = a.website_domain then 'same website domain'
                      else 'similar name in the same country' end as reason,
                 similarity(o.name_folded, a.name_folded)::float8 as similarity
          from organisations o
          where o.id <> a.id
            and ((a.website_domain is not null and o.website_domain = a.website_domain)
                 or (o.country_code = a.country_code and o.name_folded % a.name_folded
                     and similarity(o.name_folded, a.name_folded) >= 0.6))
          order by similarity(o.name_folded, a.name_folded) desc, o.id
          limit 5
        ) b
        order by a.created_at desc, a.id, b.similarity desc, b.id`,
  );
}
