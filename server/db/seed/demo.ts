import { count } from 'drizzle-orm';
import { clusterMemberships, organisations } from '../schema';
import { sql } from '../client';
import type { Deps } from '../../deps';
import { slugify } from '../../lib/slug';
import { insertClusterLabel, upsertClusterProfile } from '../../modules/organisations/organisations.repository';
import { demoOrganisations } from './demo-data';
import { seedDemoEvents } from './events';
import { seedDemoB2b } from './b2b';
import { seedPartnerRequests } from './partner-requests';
import { seedDemoOffersNeeds } from './offers-needs';
import type { SyntheticOrganisation } from './synthetic';

/** The organisations row of a demo or synthetic organisation, published with listing consent. */
export function publishedOrganisationValues(
  o: SyntheticOrganisation,
  slug: string,
  externalId: string,
  now: Date,
): typeof organisations.$inferInsert {
  return {
    slug,
    externalId,
    name: o.name,
    type: o.type,
    countryCode: o.country,
    regionCode: o.region,
    city: o.city,
    website: o.website,
    descriptionEn: o.descriptionEn,
    descriptionFr: o.descriptionFr,
    sizeBand: o.sizeBand,
    yearFounded: o.yearFounded,
    technologies: o.technologies,
    applicationDomains: o.domains,
    s3Areas: o.s3Areas,
    valueChainRoles: o.roles,
    keywords: o.keywords,
    status: 'published',
    listingConsent: true,
    listingConsentAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

// Any constant: it only serialises concurrent first boots of several app processes.
const DEMO_SEED_LOCK = 7_420_114;

/**
 * Loads the demo directory on an empty database: the real clusters named in the seed documents and
 * realistic SMEs, labs and end users around them. Runs once; a database with organisations is left alone.
 */
export async function seedDemoData(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ inserted: number }> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    const [existing] = await tx.select({ n: count() }).from(organisations);
    if ((existing?.n ?? 0) > 0) return { inserted: 0 };
    const now = deps.clock.now();
    const rows = await tx
      .insert(organisations)
      .values(demoOrganisations.map((o) => publishedOrganisationValues(o, slugify(o.key), `demo:${o.key}`, now)))
      .returning({ id: organisations.id, externalId: organisations.externalId });
    const idByKey = new Map(rows.map((r) => [r.externalId!.slice('demo:'.length), r.id]));
    const memberships: (typeof clusterMemberships.$inferInsert)[] = [];
    for (const o of demoOrganisations) {
      const id = idByKey.get(o.key)!;
      if (o.cluster) {
        const { labels, ...figures } = o.cluster;
        await upsertClusterProfile(tx, id, { ...figures, validationStatus: 'validated', validatedAt: now });
        for (const l of labels) await insertClusterLabel(tx, id, l.label, l.awardedOn);
      }
      for (const c of o.clusters) {
        const clusterId = idByKey.get(c.key);
        if (!clusterId) throw new Error(`Demo organisation ${o.key} names unknown cluster ${c.key}`);
        memberships.push({ clusterId, memberId: id, status: 'active', since: c.since });
      }
    }
    if (memberships.length) await tx.insert(clusterMemberships).values(memberships);
    await seedDemoEvents(tx, idByKey, now);
    await seedDemoB2b(tx);
    await seedPartnerRequests(tx, idByKey, now);
    await seedDemoOffersNeeds(tx, idByKey, now);
    return { inserted: rows.length };
  });
}
