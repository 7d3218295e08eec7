/**
 * Import of synthetic organisations from a CSV file through the real import path (parse, map, validate,
 * upsert in batches of one transaction: the code behind `npm run import -- file`) against PostgreSQL
 * COPY of the same rows into the same tables (organisations, whose trigger builds the search vectors in
 * both cases, and cluster_memberships). Each side starts from its own copy of a migrated database
 * holding the demo data (whose clusters the rows join).
 *
 * COPY reads server-side files, so the PostgreSQL server must run on this machine and the user must be
 * allowed to read server files (the local `postgres` superuser is).
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { openDatabase } from '../../server/db/client';
import { seedDemoData } from '../../server/db/seed/demo';
import { syntheticOrganisations } from '../../server/db/seed/synthetic';
import { systemClock } from '../../server/lib/clock';
import { slugify } from '../../server/lib/slug';
import { importFile } from '../../server/modules/imports/imports.service';
import { parseOrganisationFile } from '../../server/modules/imports/import-file';
import { suggestMapping, validateRows } from '../../server/modules/imports/import-rows';
import { taxonomyCache } from '../../server/modules/taxonomy/taxonomy.service';
import { normaliseTokens } from '../../server/algorithms/search/expand-query';
import { IMPORT_FIELDS } from '../../contracts/imports';

/** The columns of the import template, in its order. */
const HEADER: string[] = [...IMPORT_FIELDS];

/** The CSV a cluster manager would upload: taxonomy codes and cluster names, lists separated by ";". */
export function importCsv(count: number, seed: number, clusterNames: Map<string, string>): string {
  const rows: string[][] = [HEADER];
  let i = 0;
  for (const o of syntheticOrganisations(count, seed)) {
    rows.push([
      `import:${seed}:${i++}`,
      o.name,
      o.type,
      o.country,
      o.region ?? '',
      o.city ?? '',
      o.website ?? '',
      o.descriptionEn ?? '',
      o.descriptionFr ?? '',
      o.technologies.join(';'),
      o.domains.join(';'),
      o.s3Areas.join(';'),
      o.roles.join(';'),
      o.keywords.join(';'),
      o.clusters.map((c) => clusterNames.get(c.key) ?? c.key).join(';'),
      'yes',
    ]);
  }
  return stringify(rows);
}

const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function benchImport(
  serverUrl: string,
  count: number,
): Promise<{ import_s: number; copy_s: number; import_vs_copy: number }> {
  const urlOf = (name: string) => {
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const [template, importDb, copyDb] = [
    'lightpath_bench_import_tpl',
    'lightpath_bench_import',
    'lightpath_bench_copy',
  ];
  await withClient(serverUrl, async (admin) => {
    for (const name of [importDb, copyDb, template])
      await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${template}`);
  });
  const prepared = await openDatabase({ kind: 'postgres', url: urlOf(template) });
  await prepared.migrate();
  await seedDemoData({ db: prepared.db, clock: systemClock });
  await prepared.close();
  await withClient(serverUrl, async (admin) => {
    await admin.query(`create database ${importDb} template ${template}`);
    await admin.query(`create database ${copyDb} template ${template}`);
    await admin.query(`drop database ${template}`);
  });

  // The file, and the rows the import writes from it (what COPY loads), prepared outside the timings.
  const database = await openDatabase({ kind: 'postgres', url: urlOf(importDb) });
  const deps = { db: database.db, clock: systemClock };
  const clusters = await withClient(urlOf(importDb), (c) =>
    c.query<{ id: string; slug: string; name: string }>(
      `select id, slug, name from organisations where type = 'cluster_organisation'`,
    ),
  );
  const clusterNames = new Map(clusters.rows.map((c) => [c.slug, c.name]));
  const csv = Buffer.from(importCsv(count, 7, clusterNames));
  const parsed = await parseOrganisationFile(csv, 'bench.csv');
  const taxonomy = await taxonomyCache(deps);
  const clusterIds = new Map<string, string>();
  for (const c of clusters.rows) {
    clusterIds.set(normaliseTokens(c.name).join(' '), c.id);
    clusterIds.set(c.slug, c.id);
  }
  const { organisations, errors } = validateRows(
    parsed.columns,
    parsed.rows,
    suggestMapping(parsed.columns),
    {
      phraseIndex: taxonomy.phraseIndex,
      termKinds: taxonomy.kinds,
      regionCountry: taxonomy.regionCountry,
      clusters: clusterIds,
    },
  );
  if (errors.length)
    throw new Error(
      `The benchmark file has ${errors.length} invalid rows, e.g. ${JSON.stringify(errors[0])}`,
    );
  const now = new Date().toISOString();
  const memberships: string[][] = [];
  const orgRows = organisations.map((o, i) => {
    const id = randomUUID();
    for (const c of o.clusterIds) memberships.push([c, id, 'active', now.slice(0, 10)]);
    return [
      id,
      `${slugify(o.name).slice(0, 70)}-${i}`,
      o.externalId ?? '',
      o.name,
      o.type,
      o.country,
      o.region ?? '',
      o.city ?? '',
      o.website ?? '',
      o.descriptionEn ?? '',
      o.descriptionFr ?? '',
      pgArray(o.technologies),
      pgArray(o.domains),
      pgArray(o.s3Areas),
      pgArray(o.roles),
      pgArray(o.keywords),
      'published',
      'true',
      now,
      now,
      now,
    ];
  });
  const dir = mkdtempSync(join(tmpdir(), 'lightpath-copy-'));
  chmodSync(dir, 0o755);
  const orgFile = join(dir, 'organisations.csv');
  const memberFile = join(dir, 'memberships.csv');
  writeFileSync(orgFile, stringify(orgRows), { mode: 0o644 });
  writeFileSync(memberFile, stringify(memberships), { mode: 0o644 });

  let started = performance.now();
  const imported = await importFile(deps, { filename: 'bench.csv', content: csv });
  const importSeconds = (performance.now() - started) / 1000;
  await database.close();
  if (imported.created !== count)
    throw new Error(`The import created ${imported.created} organisations, not ${count}`);

  const copySeconds = await withClient(urlOf(copyDb), async (client) => {
    started = performance.now();
    await client.query('begin');
    await client.query(
      `copy organisations (id, slug, external_id, name, type, country_code, region_code, city, website, description_en, description_fr,
         technologies, application_domains, s3_areas, value_chain_roles, keywords, status, listing_consent, listing_consent_at,
         created_at, updated_at) from '${orgFile}' with (format csv)`,
    );
    await client.query(
      `copy cluster_memberships (cluster_id, member_id, status, since) from '${memberFile}' with (format csv)`,
    );
    await client.query('commit');
    return (performance.now() - started) / 1000;
  });
  rmSync(dir, { recursive: true, force: true });

  // Same rows on both sides.
  const counts = async (name: string) =>
    withClient(
      urlOf(name),
      async (c) =>
        (
          await c.query(`select (select count(*) from organisations where external_id like 'import:%')::int as o,
                              (select count(*) from cluster_memberships cm join organisations m on m.id = cm.member_id
                               where m.external_id like 'import:%')::int as m`)
        ).rows[0] as { o: number; m: number },
    );
  const [a, b] = [await counts(importDb), await counts(copyDb)];
  if (a.o !== b.o || a.m !== b.m)
    throw new Error(`Import wrote ${JSON.stringify(a)}, COPY ${JSON.stringify(b)}`);
  await withClient(serverUrl, async (admin) => {
    for (const name of [importDb, copyDb]) await admin.query(`drop database if exists ${name} with (force)`);
  });
  return { import_s: importSeconds, copy_s: copySeconds, import_vs_copy: importSeconds / copySeconds };
}
