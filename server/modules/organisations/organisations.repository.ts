import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import {
  clusterLabels,
  clusterMemberships,
  clusterProfiles,
  organisationMembers,
  organisations,
  regions,
  taxonomyTerms,
} from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';
import { slugify } from '../../lib/slug';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;
export type ClusterProfileRow = typeof clusterProfiles.$inferSelect;

export async function findByIdOrSlug(db: DbOrTx, idOrSlug: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const [row] = await db
    .select({ org: organisations, regionName: regions.name })
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(isUuid ? eq(organisations.id, idOrSlug) : eq(organisations.slug, idOrSlug));
  return row;
}

export async function lockById(db: DbOrTx, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

/** Picks "name", "name-2", "name-3"… among slugs already taken. */
async function freeSlug(db: DbOrTx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), sql`${organisations.slug} like ${`${base}-%`}`));
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

export async function insertOrganisation(db: DbOrTx, values: Omit<OrganisationInsert, 'slug'>): Promise<OrganisationRow> {
  const slug = await freeSlug(db, values.name);
  try {
    const [row] = await db.insert(organisations).values({ ...values, slug }).returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'An organisation with this name or external id was just created; try again');
    throw e;
  }
}

export async function updateOrganisation(db: DbOrTx, id: string, values: Partial<OrganisationInsert>): Promise<OrganisationRow> {
  const [row] = await db.update(organisations).set(values).where(eq(organisations.id, id)).returning();
  if (!row) throw AppError.notFound('Organisation');
  return row;
}

export async function findClusterProfile(db: DbOrTx, organisationId: string) {
  const [profile] = await db.select().from(clusterProfiles).where(eq(clusterProfiles.organisationId, organisationId));
  if (!profile) return null;
  const labels = await db
    .select({ label: clusterLabels.label, awardedOn: clusterLabels.awardedOn })
    .from(clusterLabels)
    .where(eq(clusterLabels.organisationId, organisationId))
    .orderBy(asc(clusterLabels.awardedOn));
  const [active] = await db
    .select({ n: count() })
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.clusterId, organisationId), eq(clusterMemberships.status, 'active')));
  return { profile, labels, activeMemberCount: active?.n ?? 0 };
}

export async function upsertClusterProfile(
  db: DbOrTx,
  organisationId: string,
  values: Partial<Omit<typeof clusterProfiles.$inferInsert, 'organisationId'>>,
): Promise<void> {
  const insert = db.insert(clusterProfiles).values({ organisationId, ...values });
  await (Object.keys(values).length === 0
    ? insert.onConflictDoNothing()
    : insert.onConflictDoUpdate({ target: clusterProfiles.organisationId, set: values }));
}

export async function insertClusterLabel(db: DbOrTx, organisationId: string, label: 'bronze' | 'silver' | 'gold', awardedOn: string) {
  await db.insert(clusterLabels).values({ organisationId, label, awardedOn }).onConflictDoNothing();
}

export async function listPendingClusters(db: DbOrTx) {
  return db
    .select({ org: organisations, profile: clusterProfiles })
    .from(organisations)
    .innerJoin(clusterProfiles, eq(clusterProfiles.organisationId, organisations.id))
    .where(eq(clusterProfiles.validationStatus, 'pending'))
    .orderBy(asc(organisations.updatedAt));
}

/** Clusters this organisation belongs to (active memberships), for its profile page. */
export async function listClustersOf(db: DbOrTx, memberId: string) {
  return db
    .select({ org: organisations, since: clusterMemberships.since })
    .from(clusterMemberships)
    .innerJoin(organisations, eq(organisations.id, clusterMemberships.clusterId))
    .where(and(eq(clusterMemberships.memberId, memberId), eq(clusterMemberships.status, 'active')))
    .orderBy(asc(organisations.name));
}

export async function findMembership(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ role: organisationMembers.role, status: organisationMembers.status })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
  return row ?? null;
}

/** Returns the codes among `codes` that are not terms of `kind`. */
export async function unknownTaxonomyCodes(db: DbOrTx, kind: 'technology' | 'application_domain' | 's3_area', codes: string[]) {
  if (codes.length === 0) return [];
  const found = await db
    .select({ code: taxonomyTerms.code })
    .from(taxonomyTerms)
    .where(and(eq(taxonomyTerms.kind, kind), inArray(taxonomyTerms.code, codes)));
  const known = new Set(found.map((f) => f.code));
  return codes.filter((c) => !known.has(c));
}

export async function findRegion(db: DbOrTx, code: string) {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row;
}

export async function namesOf(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
}
