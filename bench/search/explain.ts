/**
 * Prints the plans (EXPLAIN ANALYZE, BUFFERS) of the statements one directory search runs, on the
 * benchmark database: what to look at when a bench:search query is slow.
 *
 *   npx tsx bench/search/explain.ts 'q=laser&country=FR' [--sql]
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Db } from '../../server/db/client';
import { expandQuery } from '../../server/algorithms/search/expand-query';
import { taxonomyCache } from '../../server/modules/taxonomy/taxonomy.service';
import {
  facetCounts,
  searchOrganisations,
  searchFilters,
} from '../../server/modules/organisations/search.repository';
import { OrganisationListQuerySchema } from '../../contracts/organisations';

const query = process.argv[2] ?? 'q=laser';
const showSql = process.argv.includes('--sql');
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lightpath_bench_search';
const database = await openDatabase({ kind: 'postgres', url });
const client = new pg.Client({ connectionString: url });
await client.connect();
const dialect = new PgDialect();

/** A Db whose execute() explains the statement instead of running it. */
const explaining: Db = new Proxy(database.db, {
  get(target, prop, receiver) {
    if (prop === 'transaction') {
      // Statements that run in a transaction of their own, with its settings (set_config runs for real).
      return async (fn: (tx: Db) => Promise<unknown>) => {
        await client.query('begin');
        try {
          return await fn(explaining);
        } finally {
          await client.query('rollback');
        }
      };
    }
    if (prop !== 'execute') return Reflect.get(target, prop, receiver);
    return async (statement: SQL) => {
      const { sql, params } = dialect.sqlToQuery(statement);
      if (showSql) console.log(sql, JSON.stringify(params));
      // The query analysis that precedes the search runs for real.
      if (!/\bfrom\b/i.test(sql)) return client.query(sql, params);
      const plan = await client.query(`explain (analyze, buffers, costs) ${sql}`, params);
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      console.log('-----');
      // The typo gate's count decides the next statements' shape: explained, and then run for real.
      if (/^select count\(\*\)::int as n from \(select 1 from organisations/.test(sql))
        return client.query(sql, params);
      return { rows: [] };
    };
  },
});

const parsed = OrganisationListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
const taxonomy = await taxonomyCache({ db: database.db });
const text = parsed.q ? expandQuery(parsed.q, taxonomy.phraseIndex) : null;
const filters = searchFilters(parsed);
const sort = parsed.sort ?? (text ? 'relevance' : 'name');
await searchOrganisations(explaining, { filters, text, sort, limit: parsed.limit, after: null });
await facetCounts(explaining, { filters, text });
await client.end();
await database.close();
