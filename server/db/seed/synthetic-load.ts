import { like, sql } from 'drizzle-orm';
import { clusterMemberships, organisations } from '../schema';
import type { Db } from '../client';
import type { Clock } from '../../lib/clock';
import { slugify } from '../../lib/slug';
import { publishedOrganisationValues, seedDemoData } from './demo';
import { syntheticOrganisations } from './synthetic';

const BATCH = 1000;

/**
 * Inserts `count` synthetic organisations (after the demo data, whose clusters they join), in
 * batches of one transaction each, so an interrupted run leaves whole batches only.
 */
export async function loadSyntheticOrganisations(
  db: Db,
  clock: Clock,
  options: { count: number; seed: number; onProgress?: (inserted: number) => void },
): Promise<{ inserted: number }> {
  await seedDemoData({ db, clock });
  const clusters = await db
    .select({ id: organisations.id, externalId: organisations.externalId })
    .from(organisations)
    .where(like(organisations.externalId, 'demo:%'));
  const clusterIdByKey = new Map(clusters.map((c) => [c.externalId!.slice('demo:'.length), c.id]));
  const prefix = `synthetic:${options.seed}:`;
  const existing = await db.select({ id: organisations.id }).from(organisations).where(like(organisations.externalId, `${prefix}%`)).limit(1);
  if (existing.length) throw new Error(`Synthetic organisations of seed ${options.seed} are already loaded; use another seed or a fresh database.`);

  const now = clock.now();
  let inserted = 0;
  let batch: { values: ReturnType<typeof publishedOrganisationValues>; clusters: string[] }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await db.transaction(async (tx) => {
      const rows = await tx.insert(organisations).values(current.map((b) => b.values)).returning({ id: organisations.id });
      const memberships = rows.flatMap((r, i) =>
        (current[i]?.clusters ?? []).flatMap((key) => {
          const clusterId = clusterIdByKey.get(key);
          return clusterId ? [{ clusterId, memberId: r.id, status: 'active' as const, since: '2020-01-01' }] : [];
        }),
      );
      if (memberships.length) await tx.insert(clusterMemberships).values(memberships);
    });
    inserted += current.length;
    options.onProgress?.(inserted);
  };

  let i = 0;
  for (const o of syntheticOrganisations(options.count, options.seed)) {
    batch.push({
      values: publishedOrganisationValues(o, `${slugify(o.name)}-${options.seed}-${i}`, `${prefix}${i}`, now),
      clusters: o.clusters.map((c) => c.key),
    });
    i++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // Fresh statistics so the planner picks the indexes for the queries that follow.
  await db.execute(sql`analyze organisations`);
  return { inserted };
}
