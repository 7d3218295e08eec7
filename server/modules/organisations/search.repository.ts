import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '../../db/client';
import type { FacetCount, Filters, IndexText } from '../../algorithms/search/directory-index';
import { parsePhrase, quotedLexemes, rankQuery } from '../../algorithms/search/tsvector';
import { directoryIndex } from './directory-index.repository';
import { EUROPE_COUNTRY_CODES } from '../../../contracts/countries';
import type { FacetName } from '../../../contracts/organisations';

/**
 * Directory search: full text in English and French (the accent-folding configurations analyse the
 * query, as they analysed the stored vectors), typo tolerance on names, weighted ranking, facet counts
 * and keyset pagination, answered by the in-process directory index (algorithms/search/directory-index)
 * with the semantics of `search_vector @@ query`, ts_rank and pg_trgm similarity; snippets by
 * ts_headline over the page's rows. Identical on PostgreSQL and PGlite.
 */

/**
 * What filters a directory search (list, map, exports, saved searches): the selected values per facet,
 * keyed by facet as in the API's query parameters, and the Europe / beyond scope. Technologies are
 * matched against technology_paths, so choosing "lasers" includes "fibre lasers".
 */
export type SearchFilters = Partial<Record<FacetName, string[] | undefined>> & {
  scope?: 'europe' | 'beyond' | undefined;
};

/** The filters of a parsed directory query (which also holds the text, sort, page…). */
export function searchFilters(query: SearchFilters): SearchFilters {
  const { type, country, region, technology, domain, s3, role, cluster, label, scope } = query;
  return { type, country, region, technology, domain, s3, role, cluster, label, scope };
}

/**
 * The query text as groups that must all be satisfied; a group is satisfied by any of its phrases (a
 * word, or a recognised term's labels and synonyms) in either language, or by declaring one of its terms.
 */
export interface TextQuery {
  raw: string;
  groups: { phrases: string[]; en: string[]; fr: string[]; codes: string[] }[];
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

export type { FacetCount };

export const SNIPPET_START = '\u27e6';
export const SNIPPET_STOP = '\u27e7';
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * A group matches through any of its phrases, analysed in English and in French (the vector holds
 * both analyses), or through the lexeme of any of its terms (declared on the organisation or below).
 */
function groupAlternatives(group: TextQuery['groups'][number]): SQL[] {
  const english = (p: string) => sql`phraseto_tsquery('lp_english'::regconfig, ${p})`;
  const french = (p: string) => sql`phraseto_tsquery('lp_french'::regconfig, ${p})`;
  const alternatives = [
    ...group.phrases.flatMap((p) => [english(p), french(p)]),
    ...group.en.map(english),
    ...group.fr.map(french),
  ];
  for (const code of group.codes) alternatives.push(sql`taxonomy_lexeme(${code})::tsquery`);
  return alternatives;
}

/** The whole query as one tsquery (every group, each the OR of its alternatives): what snippets highlight. */
export const wholeQuery = (text: TextQuery): SQL =>
  sql`(${sql.join(
    text.groups.map((g) => sql`(${sql.join(groupAlternatives(g), sql` || `)})`),
    sql` && `,
  )})`;

/**
 * The smallest OR of a group's analysed alternatives (tsquery texts) that matches the same vectors: a
 * phrase is implied by each of its lexemes, so it goes when one of them is an alternative of its own.
 * Texts that are not plain phrases are kept as they are. Exported for the unit test.
 */
export function simplifyAlternatives(alternatives: readonly string[]): string[] {
  const distinct = [...new Set(alternatives.map((a) => a.trim()).filter(Boolean))];
  const parsed = distinct.map(parsePhrase);
  const singles = new Set(parsed.flatMap((p) => (p?.lexemes.length === 1 ? p.lexemes : [])));
  return distinct.filter((_, i) => {
    const phrase = parsed[i];
    return !phrase || phrase.lexemes.length === 1 || !phrase.lexemes.some((l) => singles.has(l));
  });
}

/**
 * The text as the directory index evaluates it, from one round trip that analyses every alternative
 * in PostgreSQL (so the lexemes are exactly those of the stored vectors) and folds the query as names
 * are folded. ts_rank ranks by the query's distinct lexemes under its root operator: AND with two
 * groups or more, a phrase's own when the only alternative is a phrase, OR otherwise.
 */
async function indexText(db: DbOrTx, text: TextQuery): Promise<IndexText> {
  const groups = text.groups.map(
    (g) =>
      sql`json_build_array(${sql.join(
        groupAlternatives(g).map((a) => sql`(${a})::text`),
        sql`, `,
      )})`,
  );
  const [row] = await queryRows<{ groups: string[][] | null; name: string }>(
    db,
    sql`select ${text.groups.length ? sql`json_build_array(${sql.join(groups, sql`, `)})` : sql`null::json`} as groups,
               f_unaccent(lower(${text.raw})) as name`,
  );
  const analysed = (row?.groups ?? []).map((alternatives) => alternatives.map((a) => a.trim()).filter(Boolean));
  const nonEmpty = analysed.filter((alternatives) => alternatives.length > 0);
  const phrases = nonEmpty.map((alternatives) =>
    simplifyAlternatives(alternatives)
      .map(parsePhrase)
      .filter((p): p is NonNullable<typeof p> => p !== null),
  );
  const only = nonEmpty.length === 1 && nonEmpty[0]!.length === 1 ? parsePhrase(nonEmpty[0]![0]!) : null;
  return {
    groups: phrases,
    rank: rankQuery(
      nonEmpty.flat().flatMap(quotedLexemes),
      nonEmpty.length >= 2 || (only !== null && only.lexemes.length > 1),
    ),
    name: row?.name ?? '',
    concepts: [...new Set(text.groups.flatMap((g) => g.codes))],
  };
}

/** One analysis per search (shared by its statements). */
const analysedTexts = new WeakMap<TextQuery, Promise<IndexText>>();

function analysed(db: DbOrTx, text: TextQuery | null): Promise<IndexText | null> {
  if (!text) return Promise.resolve(null);
  let pending = analysedTexts.get(text);
  if (!pending) {
    pending = indexText(db, text);
    analysedTexts.set(text, pending);
  }
  return pending;
}

const EUROPE = new Set<string>(EUROPE_COUNTRY_CODES);

function indexFilters({ scope, ...facets }: SearchFilters): Filters {
  return { ...facets, scope: scope ? { countries: EUROPE, inside: scope === 'europe' } : undefined };
}

/**
 * One page of the directory: the index finds, ranks and orders the organisations; the page's rows,
 * region names and snippets (ts_headline over the page's descriptions only) come from one statement.
 */
export async function searchOrganisations(
  db: Db,
  p: {
    filters: SearchFilters;
    text: TextQuery | null;
    sort: SearchSort;
    limit: number;
    after: SearchCursor | null;
  },
): Promise<{ rows: SearchRow[]; hasMore: boolean }> {
  const [index, text] = await Promise.all([directoryIndex(db), analysed(db, p.text)]);
  const { hits, hasMore } = index.search({ filters: indexFilters(p.filters), text, sort: p.sort, limit: p.limit, after: p.after });
  if (!hits.length) return { rows: [], hasMore };
  const query = p.text ? wholeQuery(p.text) : null;
  const snippet = query
    ? sql`case when o.description_en is not null
            then ts_headline('lp_english'::regconfig, o.description_en, ${query}, ${HEADLINE_OPTIONS})
            else ts_headline('lp_french'::regconfig, coalesce(o.description_fr, ''), ${query}, ${HEADLINE_OPTIONS}) end`
    : sql`null::text`;
  const rows = await queryRows<Omit<SearchRow, 'score'>>(
    db,
    sql`select o.id, o.slug, o.name, o.type, o.country_code, o.region_code, o.city, o.description_en, o.description_fr,
               o.technologies, o.application_domains, o.value_chain_roles, o.status,
               to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
               r.name as region_name, ${snippet} as snippet
        from organisations o left join regions r on r.code = o.region_code
        where o.id = any(${sql`array[${sql.join(
          hits.map((h) => sql`${h.id}::uuid`),
          sql`, `,
        )}]`})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  // An organisation changed between the index reading and this statement is shown as it now is, or
  // left out if it is gone; the cursor still follows the index's order.
  const page = hits.flatMap((h) => {
    const row = byId.get(h.id);
    return row ? [{ ...row, score: h.score } as SearchRow] : [];
  });
  return { rows: page, hasMore };
}

export async function countOrganisations(db: Db, p: { filters: SearchFilters; text: TextQuery | null }): Promise<number> {
  const [index, text] = await Promise.all([directoryIndex(db), analysed(db, p.text)]);
  return index.count({ filters: indexFilters(p.filters), text });
}

/** Counts per facet value, each facet under every active filter but its own. */
export async function facetCounts(
  db: Db,
  p: { filters: SearchFilters; text: TextQuery | null; facets?: readonly FacetName[] },
): Promise<FacetCount[]> {
  const [index, text] = await Promise.all([directoryIndex(db), analysed(db, p.text)]);
  return index.facetCounts({ filters: indexFilters(p.filters), text, ...(p.facets ? { facets: p.facets } : {}) });
}
