/**
 * Directory search at scale, on PostgreSQL: 20 representative searches (text + facets) through the
 * HTTP API, and the same searches without HTTP, validation and presentation ("raw": the repository
 * calls — the in-process directory index, kept current from the database, and the page's statement)
 * in the same run.
 *
 *   npm run bench:search [-- --orgs 100000 --repeat 10 --skip-import]
 *
 * Then imports as many organisations from a CSV file through the import path, and COPYs the same rows
 * (see import-bench.ts; --skip-import leaves that out).
 *
 * Uses BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres as
 * the server to create `lightpath_bench_search` on. The database is reused when it already holds the
 * requested number of synthetic organisations.
 */
import pg from 'pg';
import { createApp } from '../../server/app';
import { testConfig } from '../../server/config';
import { openDatabase } from '../../server/db/client';
import { loadSyntheticOrganisations } from '../../server/db/seed/synthetic-load';
import { systemClock } from '../../server/lib/clock';
import { expandQuery } from '../../server/algorithms/search/expand-query';
import { taxonomyCache } from '../../server/modules/taxonomy/taxonomy.service';
import {
  facetCounts,
  searchOrganisations,
  searchFilters,
} from '../../server/modules/organisations/search.repository';
import { OrganisationListQuerySchema } from '../../contracts/organisations';
import { argValue } from '../../server/db/cli';
import { percentile, round } from '../lib/stats';
import { benchImport } from './import-bench';

const args = process.argv.slice(2);
const orgs = Number(argValue(args, 'orgs') ?? '100000');
const repeat = Number(argValue(args, 'repeat') ?? '10');
const skipImport = args.includes('--skip-import');
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'lightpath_bench_search';
const benchUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

const QUERIES = [
  'q=laser',
  'q=micro-usinage%20laser',
  'q=laser%20micromachining',
  'q=femtosecond',
  'q=vision%20industrielle',
  'q=lidar&country=FR,DE',
  'q=spectroscopy&type=sme',
  'q=Photnics%20Bretange',
  'q=photonique%20int%C3%A9gr%C3%A9e',
  'q=additive%20manufacturing&role=end_user',
  'q=optical%20sensors&domain=domain:health',
  'q=hyperspectral&sort=name',
  'type=sme&country=FR',
  'technology=tech:lasers',
  'technology=tech:imaging.machine-vision&country=IT',
  'region=FRI1',
  'domain=domain:security-space&role=system_integrator',
  'type=research_organisation,university&scope=europe&sort=newest',
  'q=capteurs%20fibre&country=FR',
  'q=quantum&type=sme,large_company&sort=relevance',
];

async function ensureDatabase(): Promise<{ loadedSeconds: number | null }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [dbName])).rowCount;
  if (exists) {
    const probe = new pg.Client({ connectionString: benchUrl });
    await probe.connect();
    const n = await probe
      .query(`select count(*)::int as n from organisations where external_id like 'synthetic:42:%'`)
      .then((r) => r.rows[0].n as number)
      .catch(() => -1);
    await probe.end();
    if (n === orgs) {
      await admin.end();
      return { loadedSeconds: null };
    }
    await admin.query(`drop database ${dbName} with (force)`);
  }
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url: benchUrl });
  await database.migrate();
  const started = performance.now();
  await loadSyntheticOrganisations(database.db, systemClock, {
    count: orgs,
    seed: 42,
    onProgress: (n) => n % 20_000 === 0 && console.error(`loaded ${n} / ${orgs}`),
  });
  await database.close();
  return { loadedSeconds: (performance.now() - started) / 1000 };
}

const { loadedSeconds } = await ensureDatabase();
const handle = await createApp(
  testConfig({ database: { kind: 'postgres', url: benchUrl }, jobs: { pollMs: 1000, enabled: false } }),
);
await handle.app.listen({ port: 0, host: '127.0.0.1' });
const address = handle.app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/organisations?`;

// The raw side runs exactly the statements the service would, prepared outside the timing.
const taxonomy = await taxonomyCache(handle.deps);
function rawPlan(query: string) {
  const parsed = OrganisationListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
  const filters = searchFilters(parsed);
  const sort = parsed.sort ?? (parsed.q ? 'relevance' : 'name');
  // The query is expanded inside the timing, as each API request does: the repository shares one
  // analysis and one text match per expanded query, so reusing it would skip that work.
  return () => {
    const text = parsed.q ? expandQuery(parsed.q, taxonomy.phraseIndex) : null;
    return Promise.all([
      searchOrganisations(handle.deps.db, { filters, text, sort, limit: parsed.limit, after: null }),
      facetCounts(handle.deps.db, { filters, text }),
    ]);
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const api: number[] = [];
const raw: number[] = [];
console.log(`query | api p50 ms | raw p50 ms | total`);
for (const query of QUERIES) {
  const plan = rawPlan(query);
  const fetchIt = async () => {
    const res = await fetch(base + query);
    if (!res.ok) throw new Error(`${query}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as { total: number };
  };
  const { total } = await fetchIt(); // warm-up, and the number shown
  await plan();
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < repeat; i++) {
    apiTimes.push(await time(fetchIt));
    rawTimes.push(await time(plan));
  }
  api.push(...apiTimes);
  raw.push(...rawTimes);
  console.log(
    `${decodeURIComponent(query)} | ${round(percentile(apiTimes, 50))} | ${round(percentile(rawTimes, 50))} | ${total}`,
  );
}
await handle.close();

let imported: Awaited<ReturnType<typeof benchImport>> | null = null;
if (!skipImport) {
  console.error(`importing ${orgs} organisations from CSV, then COPYing the same rows…`);
  imported = await benchImport(serverUrl, orgs);
}

const result = {
  orgs,
  queries: QUERIES.length,
  samples: api.length,
  p50_ms: round(percentile(api, 50)),
  p95_ms: round(percentile(api, 95)),
  raw_p50_ms: round(percentile(raw, 50)),
  raw_p95_ms: round(percentile(raw, 95)),
  api_over_raw_p95: round(percentile(api, 95) / percentile(raw, 95), 2),
  ...(imported
    ? {
        import_s: round(imported.import_s, 2),
        copy_s: round(imported.copy_s, 2),
        import_vs_copy: round(imported.import_vs_copy, 2),
      }
    : {}),
  ...(loadedSeconds !== null ? { load_s: round(loadedSeconds) } : {}),
};
console.log(JSON.stringify(result));
