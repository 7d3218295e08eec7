import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { clusterMemberships, organisationImports, organisations } from '../../db/schema';
import { queryRows, type DbOrTx } from '../../db/client';
import { slugify } from '../../lib/slug';
import type { ImportOrganisation } from './import-rows';

export type ImportRow = typeof organisationImports.$inferSelect;

export async function insertImport(db: DbOrTx, values: typeof organisationImports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(organisationImports).values(values).returning();
  return row!;
}

export async function findImport(db: DbOrTx, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(organisationImports).where(eq(organisationImports.id, id));
  return row;
}

/** Claims a staged import for commit: a second concurrent commit finds nothing to claim. */
export async function claimStagedImport(db: DbOrTx, id: string): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(organisationImports)
    .set({ status: 'committed' })
    .where(and(eq(organisationImports.id, id), eq(organisationImports.status, 'staged')))
    .returning();
  return row;
}

export async function updateImport(db: DbOrTx, id: string, values: Partial<typeof organisationImports.$inferInsert>) {
  await db.update(organisationImports).set(values).where(eq(organisationImports.id, id));
}

export async function listClusters(db: DbOrTx) {
  return db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.type, 'cluster_organisation'));
}

/** The host of a web address without "www.", as the website_domain column stores it; null when unparseable. */
function domainOf(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Existing organisations for each import key: external id first, else website domain (the oldest listing wins). */
export async function findExisting(db: DbOrTx, orgs: readonly ImportOrganisation[]): Promise<Map<ImportOrganisation, string>> {
  const externalIds = orgs.flatMap((o) => (o.externalId ? [o.externalId] : []));
  const domains = orgs.flatMap((o) => (!o.externalId && o.website ? [domainOf(o.website)!] : []));
  const [byId, byDomain] = await Promise.all([
    externalIds.length
      ? db.select({ id: organisations.id, key: organisations.externalId }).from(organisations).where(inArray(organisations.externalId, externalIds))
      : [],
    domains.length
      ? db
          .select({ id: organisations.id, key: organisations.websiteDomain })
          .from(organisations)
          .where(inArray(organisations.websiteDomain, domains))
          .orderBy(asc(organisations.createdAt))
      : [],
  ]);
  const idByExternal = new Map(byId.map((r) => [r.key!, r.id]));
  const idByDomain = new Map<string, string>();
  for (const r of byDomain) if (!idByDomain.has(r.key!)) idByDomain.set(r.key!, r.id);
  const found = new Map<ImportOrganisation, string>();
  for (const o of orgs) {
    const id = o.externalId ? idByExternal.get(o.externalId) : idByDomain.get(domainOf(o.website) ?? '');
    if (id) found.set(o, id);
  }
  return found;
}

function columns(o: ImportOrganisation, now: Date) {
  return {
    name: o.name,
    type: o.type as typeof organisations.$inferInsert.type,
    countryCode: o.country,
    regionCode: o.region,
    city: o.city,
    website: o.website,
    descriptionEn: o.descriptionEn,
    descriptionFr: o.descriptionFr,
    technologies: o.technologies,
    applicationDomains: o.domains,
    s3Areas: o.s3Areas,
    valueChainRoles: o.roles,
    keywords: o.keywords,
    updatedAt: now,
  };
}

/**
 * Upserts one batch (the caller's transaction). Creates get a slug from the name, suffixed with a
 * hash of their key when the plain one is taken; consent given in the file publishes the listing,
 * and an update never withdraws a consent given on the platform.
 */
export async function upsertBatch(tx: DbOrTx, orgs: readonly ImportOrganisation[], now: Date, createdBy: string | null) {
  const existing = await findExisting(tx, orgs);
  const creates = orgs.filter((o) => !existing.has(o));
  const ids = new Map<ImportOrganisation, string>(existing);
  if (creates.length) {
    const bases = creates.map((o) => slugify(o.name));
    const taken = new Set(
      (await tx.select({ slug: organisations.slug }).from(organisations).where(inArray(organisations.slug, bases))).map((r) => r.slug),
    );
    const rows = creates.map((o, i) => {
      let slug = bases[i]!;
      if (taken.has(slug)) {
        const key = o.externalId ?? o.website ?? `${o.name}:${o.country}:${o.row}:${now.getTime()}`;
        slug = `${slug.slice(0, 70)}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
      }
      taken.add(slug);
      return {
        ...columns(o, now),
        slug,
        externalId: o.externalId,
        status: o.listingConsent ? ('published' as const) : ('draft' as const),
        listingConsent: o.listingConsent,
        listingConsentAt: o.listingConsent ? now : null,
        createdBy,
        createdAt: now,
      };
    });
    const inserted = await tx.insert(organisations).values(rows).returning({ id: organisations.id });
    inserted.forEach((r, i) => ids.set(creates[i]!, r.id));
  }
  for (const [o, id] of existing) {
    await tx
      .update(organisations)
      .set({
        ...columns(o, now),
        ...(o.listingConsent ? { listingConsent: true, listingConsentAt: now, status: 'published' as const } : {}),
      })
      .where(eq(organisations.id, id));
  }
  const memberships = orgs.flatMap((o) =>
    o.clusterIds.filter((c) => c !== ids.get(o)).map((clusterId) => ({ clusterId, memberId: ids.get(o)!, status: 'active' as const, since: now.toISOString().slice(0, 10) })),
  );
  if (memberships.length) await tx.insert(clusterMemberships).values(memberships).onConflictDoNothing();
  return { created: creates.length, updated: existing.size };
}

/** Listed organisations that look like `o`: same website domain, or a similar name in the same country. */
export async function findLikelyDuplicates(db: DbOrTx, o: { name: string; country: string; website: string | null }) {
  const domain = domainOf(o.website);
  return queryRows<{ id: string; slug: string; name: string; reason: string; isPublic: boolean }>(
    db,
    sql`select id, slug, name, (status = 'published' and listing_consent) as "isPublic",
               case when ${domain}::text is not null and website_domain = ${domain}::text then 'same website domain'
                    else 'similar name in the same country' end as reason
        from organisations
        where (${domain}::text is not null and website_domain = ${domain}::text)
           or (country_code = ${o.country} and name_folded % f_unaccent(lower(${o.name}))
               and similarity(name_folded, f_unaccent(lower(${o.name}))) >= 0.6)
        order by similarity(name_folded, f_unaccent(lower(${o.name}))) desc
        limit 5`,
  );
}
