import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  endUserNeeds,
  organisationMembers,
  organisations,
  regions,
  taxonomyTerms,
  technologyOffers,
} from '../../db/schema';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../errors';

export type OfferRow = typeof technologyOffers.$inferSelect;
export type OfferInsert = typeof technologyOffers.$inferInsert;
export type NeedRow = typeof endUserNeeds.$inferSelect;
export type NeedInsert = typeof endUserNeeds.$inferInsert;
export type ListingKind = 'offer' | 'need';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an offer or need borrows from its organisation: place, kind, roles and who may act on it. */
const ownerColumns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  type: organisations.type,
  countryCode: organisations.countryCode,
  regionCode: organisations.regionCode,
  regionName: regions.name,
  status: organisations.status,
  listingConsent: organisations.listingConsent,
  technologies: organisations.technologies,
  applicationDomains: organisations.applicationDomains,
  valueChainRoles: organisations.valueChainRoles,
};

export interface OwnerRow {
  id: string;
  slug: string;
  name: string;
  type: (typeof organisations.$inferSelect)['type'];
  countryCode: string;
  regionCode: string | null;
  regionName: string | null;
  status: (typeof organisations.$inferSelect)['status'];
  listingConsent: boolean;
  technologies: string[];
  applicationDomains: string[];
  valueChainRoles: string[];
}

export type Membership = { role: 'admin' | 'member'; status: 'pending' | 'active' | 'rejected' } | null;

export async function findOwner(db: DbOrTx, organisationId: string): Promise<OwnerRow | undefined> {
  if (!UUID.test(organisationId)) return undefined;
  const [row] = await db
    .select(ownerColumns)
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(eq(organisations.id, organisationId));
  return row;
}

export async function findMembership(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<Membership> {
  const [row] = await db
    .select({ role: organisationMembers.role, status: organisationMembers.status })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    );
  return row ?? null;
}

/** Organisations where the user is an active member, with the role: who may see drafts and edit. */
export async function membershipsOf(
  db: DbOrTx,
  userId: string,
  organisationIds: string[],
): Promise<Map<string, Membership>> {
  if (!organisationIds.length) return new Map();
  const rows = await db
    .select({
      organisationId: organisationMembers.organisationId,
      role: organisationMembers.role,
      status: organisationMembers.status,
    })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.userId, userId),
        inArray(organisationMembers.organisationId, [...new Set(organisationIds)]),
      ),
    );
  return new Map(rows.map((r) => [r.organisationId, { role: r.role, status: r.status }]));
}

/** Returns the codes among `codes` that are not terms of `kind`. */
export async function unknownTaxonomyCodes(
  db: DbOrTx,
  kind: 'technology' | 'application_domain',
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db
    .select({ code: taxonomyTerms.code })
    .from(taxonomyTerms)
    .where(and(eq(taxonomyTerms.kind, kind), inArray(taxonomyTerms.code, [...codes])));
  const known = new Set(found.map((f) => f.code));
  return codes.filter((c) => !known.has(c));
}

// ---------- Offers ----------

export async function findOffer(db: DbOrTx, id: string, options: { lock?: boolean } = {}) {
  if (!UUID.test(id)) return undefined;
  const query = db
    .select({ offer: technologyOffers, owner: ownerColumns })
    .from(technologyOffers)
    .innerJoin(organisations, eq(organisations.id, technologyOffers.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(eq(technologyOffers.id, id));
  const [row] = options.lock ? await query.for('update', { of: technologyOffers }) : await query;
  return row;
}

export async function insertOffer(db: DbOrTx, values: OfferInsert): Promise<OfferRow> {
  const [row] = await db.insert(technologyOffers).values(values).returning();
  return row!;
}

export async function updateOffer(db: DbOrTx, id: string, values: Partial<OfferInsert>): Promise<OfferRow> {
  const [row] = await db.update(technologyOffers).set(values).where(eq(technologyOffers.id, id)).returning();
  if (!row) throw AppError.notFound('Technology offer');
  return row;
}

export async function deleteOffer(db: DbOrTx, id: string): Promise<void> {
  await db.delete(technologyOffers).where(eq(technologyOffers.id, id));
}

// ---------- Needs ----------

export async function findNeed(db: DbOrTx, id: string, options: { lock?: boolean } = {}) {
  if (!UUID.test(id)) return undefined;
  const query = db
    .select({ need: endUserNeeds, owner: ownerColumns })
    .from(endUserNeeds)
    .innerJoin(organisations, eq(organisations.id, endUserNeeds.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(eq(endUserNeeds.id, id));
  const [row] = options.lock ? await query.for('update', { of: endUserNeeds }) : await query;
  return row;
}

export async function insertNeed(db: DbOrTx, values: NeedInsert): Promise<NeedRow> {
  const [row] = await db.insert(endUserNeeds).values(values).returning();
  return row!;
}

export async function updateNeed(db: DbOrTx, id: string, values: Partial<NeedInsert>): Promise<NeedRow> {
  const [row] = await db.update(endUserNeeds).set(values).where(eq(endUserNeeds.id, id)).returning();
  if (!row) throw AppError.notFound('Need');
  return row;
}

export async function deleteNeed(db: DbOrTx, id: string): Promise<void> {
  await db.delete(endUserNeeds).where(eq(endUserNeeds.id, id));
}

// ---------- Lists ----------

export interface ListingFilters {
  text?: string | undefined;
  technologies?: string[] | undefined;
  domains?: string[] | undefined;
  countries?: string[] | undefined;
  organisation?: string | undefined;
  /** Published offers of public organisations, or everything of these organisations (the viewer's). */
  scope: { kind: 'published' } | { kind: 'organisations'; ids: string[] };
  limit: number;
  offset: number;
}

/** A code picked in a filter covers its narrower terms: `tech:lasers` finds `tech:lasers.ultrafast`. */
function overlapsHierarchy(column: AnyPgColumn, codes: string[]): SQL {
  const patterns = codes.flatMap((c) => [c, `${c}.%`]);
  return sql`exists (select 1 from unnest(${column}) as picked(code) where picked.code like any(${sql`array[${sql.join(
    patterns.map((p) => sql`${p}`),
    sql`, `,
  )}]::text[]`}))`;
}

const isPublicOrganisation = and(
  eq(organisations.status, 'published'),
  eq(organisations.listingConsent, true),
)!;

function listingWhere(
  table: typeof technologyOffers | typeof endUserNeeds,
  textColumns: SQL,
  f: ListingFilters,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (f.scope.kind === 'published') conditions.push(eq(table.status, 'published'), isPublicOrganisation);
  else conditions.push(f.scope.ids.length ? inArray(table.organisationId, f.scope.ids) : sql`false`);
  // Each word must appear somewhere, accents and case aside.
  for (const word of (f.text ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    conditions.push(sql`f_unaccent(lower(${textColumns})) like ('%' || f_unaccent(lower(${word})) || '%')`);
  }
  if (f.technologies?.length) conditions.push(overlapsHierarchy(table.technologies, f.technologies));
  if (f.domains?.length) conditions.push(overlapsHierarchy(table.applicationDomains, f.domains));
  if (f.countries?.length) conditions.push(inArray(organisations.countryCode, f.countries));
  if (f.organisation) {
    conditions.push(
      UUID.test(f.organisation)
        ? eq(organisations.id, f.organisation)
        : eq(organisations.slug, f.organisation),
    );
  }
  return and(...conditions);
}

const offerText = sql`concat_ws(' ', ${technologyOffers.title}, ${technologyOffers.summary}, ${technologyOffers.descriptionEn}, ${technologyOffers.descriptionFr}, ${organisations.name})`;
const needText = sql`concat_ws(' ', ${endUserNeeds.title}, ${endUserNeeds.problem}, ${endUserNeeds.constraints}, ${organisations.name})`;

export async function listOffers(db: DbOrTx, f: ListingFilters) {
  const where = listingWhere(technologyOffers, offerText, f);
  const [rows, [total]] = await Promise.all([
    db
      .select({ offer: technologyOffers, owner: ownerColumns })
      .from(technologyOffers)
      .innerJoin(organisations, eq(organisations.id, technologyOffers.organisationId))
      .leftJoin(regions, eq(regions.code, organisations.regionCode))
      .where(where)
      .orderBy(
        desc(sql`coalesce(${technologyOffers.publishedAt}, ${technologyOffers.createdAt})`),
        asc(technologyOffers.id),
      )
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(technologyOffers)
      .innerJoin(organisations, eq(organisations.id, technologyOffers.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listNeeds(db: DbOrTx, f: ListingFilters) {
  const where = listingWhere(endUserNeeds, needText, f);
  const [rows, [total]] = await Promise.all([
    db
      .select({ need: endUserNeeds, owner: ownerColumns })
      .from(endUserNeeds)
      .innerJoin(organisations, eq(organisations.id, endUserNeeds.organisationId))
      .leftJoin(regions, eq(regions.code, organisations.regionCode))
      .where(where)
      .orderBy(
        desc(sql`coalesce(${endUserNeeds.publishedAt}, ${endUserNeeds.createdAt})`),
        asc(endUserNeeds.id),
      )
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(endUserNeeds)
      .innerJoin(organisations, eq(organisations.id, endUserNeeds.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Organisations where the user is an active member: whose drafts they see. */
export async function activeOrganisationIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.status, 'active')));
  return rows.map((r) => r.id);
}

// ---------- Matching candidates ----------

/** Every published offer of a public organisation, for ranking against a need. */
export function publishedOffers(db: DbOrTx) {
  return db
    .select({ offer: technologyOffers, owner: ownerColumns })
    .from(technologyOffers)
    .innerJoin(organisations, eq(organisations.id, technologyOffers.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(and(eq(technologyOffers.status, 'published'), isPublicOrganisation))
    .orderBy(asc(technologyOffers.id));
}

export function publishedNeeds(db: DbOrTx) {
  return db
    .select({ need: endUserNeeds, owner: ownerColumns })
    .from(endUserNeeds)
    .innerJoin(organisations, eq(organisations.id, endUserNeeds.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(and(eq(endUserNeeds.status, 'published'), isPublicOrganisation))
    .orderBy(asc(endUserNeeds.id));
}

/** Owners by id, for organisations ranked as matches. */
export async function ownersByIds(db: DbOrTx, ids: string[]): Promise<Map<string, OwnerRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select(ownerColumns)
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(and(inArray(organisations.id, ids), or(isPublicOrganisation)));
  return new Map(rows.map((r) => [r.id, r]));
}
