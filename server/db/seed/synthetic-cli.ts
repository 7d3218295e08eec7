/**
 * Fills a database with realistic synthetic organisations for benchmarks:
 *   npm run seed:synthetic -- --orgs 100000 [--seed 42]
 * Demo data is loaded first (its clusters are what synthetic organisations join).
 */
import { like, sql } from 'drizzle-orm';
import { clusterMemberships, organisations } from '../schema';
import { systemClock } from '../../lib/clock';
import { slugify } from '../../lib/slug';
import { argValue, openConfiguredDatabase } from '../cli';
import { publishedOrganisationValues, seedDemoData } from './demo';
import { syntheticOrganisations } from './synthetic';

const args = process.argv.slice(2);
const count = Number(argValue(args, 'orgs') ?? '1000');
const seed = Number(argValue(args, 'seed') ?? '42');
if (!Number.isInteger(count) || count < 1 || count > 2_000_000 || !Number.isInteger(seed)) {
  console.error('Usage: npm run seed:synthetic -- --orgs <1..2000000> [--seed <integer>]');
  process.exit(2);
}

const BATCH = 1000;
const database = await openConfiguredDatabase();
const { db } = database;
const started = performance.now();
await seedDemoData({ db, clock: systemClock });
const clusters = await db
  .select({ id: organisations.id, externalId: organisations.externalId })
  .from(organisations)
  .where(like(organisations.externalId, 'demo:%'));
const clusterIdByKey = new Map(clusters.map((c) => [c.externalId!.slice('demo:'.length), c.id]));
const prefix = `synthetic:${seed}:`;
const existing = await db.select({ id: organisations.id }).from(organisations).where(like(organisations.externalId, `${prefix}%`)).limit(1);
if (existing.length) {
  console.error(`Synthetic organisations of seed ${seed} are already loaded; use another --seed or a fresh database.`);
  await database.close();
  process.exit(1);
}

let batch: ReturnType<typeof publishedOrganisationValues>[] = [];
let clusterKeys: string[][] = [];
let inserted = 0;
const now = systemClock.now();

async function flush() {
  if (batch.length === 0) return;
  const values = batch;
  const keys = clusterKeys;
  // One transaction per batch: an interrupted run leaves whole batches only.
  await db.transaction(async (tx) => {
    const rows = await tx.insert(organisations).values(values).returning({ id: organisations.id });
    const memberships = rows.flatMap((r, i) =>
      (keys[i] ?? []).flatMap((key) => {
        const clusterId = clusterIdByKey.get(key);
        return clusterId ? [{ clusterId, memberId: r.id, status: 'active' as const, since: '2020-01-01' }] : [];
      }),
    );
    if (memberships.length) await tx.insert(clusterMemberships).values(memberships);
  });
  inserted += values.length;
  batch = [];
  clusterKeys = [];
  if (inserted % 10_000 === 0 || inserted === count) {
    console.log(`${inserted} / ${count} organisations (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

let i = 0;
for (const o of syntheticOrganisations(count, seed)) {
  batch.push(publishedOrganisationValues(o, `${slugify(o.name)}-${seed}-${i}`, `${prefix}${i}`, now));
  clusterKeys.push(o.clusters.map((c) => c.key));
  i++;
  if (batch.length >= BATCH) await flush();
}
await flush();
// Fresh statistics so the planner picks the indexes for the benchmark queries that follow.
await db.execute(sql`analyze organisations`);
console.log(`Inserted ${inserted} synthetic organisations in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
await database.close();
