import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { EUROPE_COUNTRY_CODES } from '../../../contracts/countries';
import type { FacetName } from '../../../contracts/organisations';

/**
 * Directory search in SQL: full text in English and French (accent-folding configurations), typo
 * tolerance on names (pg_trgm), weighted ranking, snippets, facet counts and keyset pagination.
 * Identical on PostgreSQL and PGlite.
 */

export interface SearchFilters {
  types?: string[] | undefined;
  countries?: string[] | undefined;
  regions?: string[] | undefined;
  /** Already expanded to descendants by the service: choosing "lasers" includes "fibre lasers". */
  technologies?: string[] | undefined;
  domains?: string[] | undefined;
  s3Areas?: string[] | undefined;
  roles?: string[] | undefined;
  clusters?: string[] | undefined;
  labels?: string[] | undefined;
  scope?: 'europe' | 'beyond' | undefined;
}

/** The query text as AND of groups, each group an OR of phrases (a word, or a concept's labels and synonyms). */
export interface TextQuery {
  raw: string;
  groups: string[][];
}

export type SearchSort = 'relevance' | 'name' | 'newest';
export type SearchCursor = [number | string, string];

export interface SearchRow extends Record<string, unknown> {
  id: string;
  slug: string;
  name: string;
  type: string;
  country_code: string;
  region_code: string | null;
  region_name: string | null;
  city: string | null;
  description_en: string | null;
  description_fr: string | null;
  technologies: string[];
  application_domains: string[];
  value_chain_roles: string[];
  status: string;
  created_at: string;
  score: number | null;
  snippet: string | null;
}

// Weights for {D, C, B, A}: other-language description, description, taxonomy and keywords, name.
const RANK_WEIGHTS = sql.raw(`'{0.05, 0.2, 0.5, 1.0}'`);
/** Names this similar to the query count as matches even without a word in common (typos). */
const NAME_SIMILARITY = 0.35;
export const SNIPPET_START = '\u27e6';
export const SNIPPET_STOP = '\u27e7';

const arr = (values: string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

function tsquery(config: 'lp_english' | 'lp_french', text: TextQuery): SQL {
  const cfg = sql.raw(`'${config}'::regconfig`);
  const groups = text.groups.map(
    (phrases) => sql`(${sql.join(phrases.map((p) => sql`phraseto_tsquery(${cfg}, ${p})`), sql` || `)})`,
  );
  return sql.join(groups, sql` && `);
}

function filterConditions(f: SearchFilters, except: FacetName | null): SQL[] {
  const c: SQL[] = [sql`o.status = 'published'`, sql`o.listing_consent`];
  const active = (name: FacetName, values: string[] | undefined): values is string[] => except !== name && !!values?.length;
  if (active('type', f.types)) c.push(sql`o.type = any(${arr(f.types)})`);
  if (active('country', f.countries)) c.push(sql`o.country_code = any(${arr(f.countries)})`);
  if (active('region', f.regions)) c.push(sql`o.region_code = any(${arr(f.regions)})`);
  if (active('technology', f.technologies)) c.push(sql`o.technologies && ${arr(f.technologies)}`);
  if (active('domain', f.domains)) c.push(sql`o.application_domains && ${arr(f.domains)}`);
  if (active('s3', f.s3Areas)) c.push(sql`o.s3_areas && ${arr(f.s3Areas)}`);
  if (active('role', f.roles)) c.push(sql`o.value_chain_roles && ${arr(f.roles)}`);
  if (active('cluster', f.clusters)) {
    c.push(sql`exists (select 1 from cluster_memberships cm where cm.member_id = o.id and cm.status = 'active'
                  and cm.cluster_id::text = any(${arr(f.clusters)}))`);
  }
  if (active('label', f.labels)) {
    c.push(sql`exists (select 1 from cluster_labels cl where cl.organisation_id = o.id and cl.label = any(${arr(f.labels)}))`);
  }
  if (f.scope) {
    const europe = sql`o.country_code = any(${arr([...EUROPE_COUNTRY_CODES])})`;
    c.push(f.scope === 'europe' ? europe : sql`not (${europe})`);
  }
  return c;
}

function textCondition(text: TextQuery | null): SQL | null {
  if (!text) return null;
  return sql`(o.search_en @@ tq.en or o.search_fr @@ tq.fr
              or (f_unaccent(lower(o.name)) % tq.name and similarity(f_unaccent(lower(o.name)), tq.name) >= ${NAME_SIMILARITY}))`;
}

function queryCte(text: TextQuery | null): SQL {
  if (!text) return sql`tq as (select null::tsquery as en, null::tsquery as fr, null::text as name)`;
  return sql`tq as (select ${tsquery('lp_english', text)} as en, ${tsquery('lp_french', text)} as fr,
                           f_unaccent(lower(${text.raw})) as name)`;
}

const scoreExpr = sql`(ts_rank(${RANK_WEIGHTS}, o.search_en, tq.en) + ts_rank(${RANK_WEIGHTS}, o.search_fr, tq.fr)
                       + similarity(f_unaccent(lower(o.name)), tq.name))::float8`;

function orderAndCursor(sort: SearchSort, after: SearchCursor | null): { order: SQL; cursor: SQL | null } {
  switch (sort) {
    case 'relevance':
      return {
        order: sql`score desc, id asc`,
        cursor: after ? sql`(score < ${Number(after[0])} or (score = ${Number(after[0])} and id > ${after[1]}::uuid))` : null,
      };
    case 'newest':
      return {
        order: sql`created desc, id desc`,
        cursor: after ? sql`(created, id) < (${String(after[0])}::timestamptz, ${after[1]}::uuid)` : null,
      };
    case 'name':
      return {
        order: sql`name asc, id asc`,
        cursor: after ? sql`(name, id) > (${String(after[0])}, ${after[1]}::uuid)` : null,
      };
  }
}

export async function searchOrganisations(
  db: DbOrTx,
  p: { filters: SearchFilters; text: TextQuery | null; sort: SearchSort; limit: number; after: SearchCursor | null },
): Promise<{ rows: SearchRow[]; total: number; hasMore: boolean }> {
  const conditions = filterConditions(p.filters, null);
  const textCond = textCondition(p.text);
  if (textCond) conditions.push(textCond);
  const where = sql.join(conditions, sql` and `);
  const { order, cursor } = orderAndCursor(p.sort, p.after);
  const hasText = p.text !== null;
  const snippetCfg = sql.raw(`'lp_english'::regconfig`);
  const rows = await queryRows<SearchRow>(
    db,
    sql`with ${queryCte(p.text)},
        matched as (
          select o.id, o.slug, o.name, o.type, o.country_code, o.region_code, o.city, o.description_en,
                 o.description_fr, o.technologies, o.application_domains, o.value_chain_roles, o.status, o.created_at as created,
                 ${hasText ? scoreExpr : sql`null::float8`} as score
          from organisations o, tq
          where ${where}
        ),
        page as (
          select * from matched
          ${cursor ? sql`where ${cursor}` : sql``}
          order by ${order}
          limit ${p.limit + 1}
        )
        select page.*, to_char(page.created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
               r.name as region_name,
               ${
                 hasText
                   ? sql`ts_headline(${snippetCfg}, coalesce(page.description_en, page.description_fr, ''),
                           tq.en || tq.fr,
                           ${`StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
                   : sql`null::text`
               } as snippet
        from page cross join tq left join regions r on r.code = page.region_code
        order by ${order}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`with ${queryCte(p.text)} select count(*)::int as n from organisations o, tq where ${where}`,
  );
  return { rows: rows.slice(0, p.limit), total: count?.n ?? 0, hasMore: rows.length > p.limit };
}

export interface FacetCount extends Record<string, unknown> {
  facet: FacetName;
  value: string;
  count: number;
}

/** How each facet splits the matching set: one statement per facet, each ignoring its own filter. */
const FACET_VALUES: Record<FacetName, SQL> = {
  type: sql`select o.type as value from organisations o, tq`,
  country: sql`select o.country_code as value from organisations o, tq`,
  region: sql`select o.region_code as value from organisations o, tq`,
  // Hierarchical: an organisation with "fibre lasers" counts under "lasers" too.
  technology: sql`select unnest(taxonomy_with_ancestors(o.technologies)) as value from organisations o, tq`,
  domain: sql`select unnest(o.application_domains) as value from organisations o, tq`,
  s3: sql`select unnest(o.s3_areas) as value from organisations o, tq`,
  role: sql`select unnest(o.value_chain_roles) as value from organisations o, tq`,
  cluster: sql`select cm.cluster_id::text as value from organisations o
               join cluster_memberships cm on cm.member_id = o.id and cm.status = 'active', tq`,
  label: sql`select distinct o.id::text || ':' || cl.label as value from organisations o
             join cluster_labels cl on cl.organisation_id = o.id, tq`,
};

export async function facetCounts(
  db: DbOrTx,
  p: { filters: SearchFilters; text: TextQuery | null; facets: readonly FacetName[] },
): Promise<FacetCount[]> {
  const textCond = textCondition(p.text);
  const parts = p.facets.map((facet) => {
    const conditions = filterConditions(p.filters, facet);
    if (textCond) conditions.push(textCond);
    const values = sql`${FACET_VALUES[facet]} where ${sql.join(conditions, sql` and `)}`;
    const value = facet === 'label' ? sql`split_part(value, ':', 2)` : sql`value`;
    return sql`select ${facet}::text as facet, ${value} as value, count(*)::int as count
               from (${values}) v where value is not null group by 2`;
  });
  return queryRows<FacetCount>(db, sql`with ${queryCte(p.text)} ${sql.join(parts, sql` union all `)}`);
}
