import { and, asc, count, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import {
  clusterProfiles,
  organisationMembers,
  organisations,
  partnerRequestComments,
  partnerRequestFollows,
  partnerRequestHiddenMatches,
  partnerRequestInterests,
  partnerRequestInvitations,
  partnerRequestPartners,
  partnerRequests,
  regions,
  users,
} from '../../db/schema';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';

export type PartnerRequestRow = typeof partnerRequests.$inferSelect;
export type PartnerRequestInsert = typeof partnerRequests.$inferInsert;
export type InterestRow = typeof partnerRequestInterests.$inferSelect;
export type CommentRow = typeof partnerRequestComments.$inferSelect;

/**
 * The organisations in the lead's network (see the policy's RequestContext.inLeadNetwork): the lead,
 * the clusters it actively belongs to (and itself when it is a cluster), and their active members.
 */
const networkOf = (lead: SQL | string) => sql`(
  with c as (
    select cm.cluster_id as id from cluster_memberships cm where cm.member_id = ${lead} and cm.status = 'active'
    union select o.id from organisations o where o.id = ${lead} and o.type = 'cluster_organisation'
  )
  select ${lead}::uuid as id
  union select id from c
  union select cm2.member_id from cluster_memberships cm2 where cm2.status = 'active' and cm2.cluster_id in (select id from c)
)`;

const leadColumn = sql`${partnerRequests.leadOrganisationId}`;

const isActiveMemberOf = (userId: string, orgs: SQL) =>
  sql`exists (select 1 from organisation_members om where om.user_id = ${userId} and om.status = 'active' and om.organisation_id in ${orgs})`;

const isLeadAdminSql = (userId: string) =>
  sql`exists (select 1 from organisation_members om where om.user_id = ${userId} and om.status = 'active' and om.role = 'admin' and om.organisation_id = ${leadColumn})`;

export async function viewerContext(db: DbOrTx, userId: string, leadOrganisationId: string) {
  const [row] = await queryRows<{ is_lead_admin: boolean; in_network: boolean }>(
    db,
    sql`select
      exists (select 1 from organisation_members om where om.user_id = ${userId} and om.status = 'active' and om.role = 'admin' and om.organisation_id = ${leadOrganisationId}) as is_lead_admin,
      ${isActiveMemberOf(userId, networkOf(sql`${leadOrganisationId}::uuid`))} as in_network`,
  );
  return { isLeadAdmin: !!row?.is_lead_admin, inLeadNetwork: !!row?.in_network };
}

export async function insertRequest(db: DbOrTx, values: PartnerRequestInsert): Promise<PartnerRequestRow> {
  const [row] = await db.insert(partnerRequests).values(values).returning();
  return row!;
}

export async function updateRequest(db: DbOrTx, id: string, values: Partial<PartnerRequestInsert>): Promise<PartnerRequestRow> {
  const [row] = await db.update(partnerRequests).set(values).where(eq(partnerRequests.id, id)).returning();
  if (!row) throw AppError.notFound('Partner request');
  return row;
}

export async function findById(db: DbOrTx, id: string): Promise<PartnerRequestRow | undefined> {
  const [row] = await db.select().from(partnerRequests).where(eq(partnerRequests.id, id));
  return row;
}

export async function lockById(db: DbOrTx, id: string): Promise<PartnerRequestRow | undefined> {
  const [row] = await db.select().from(partnerRequests).where(eq(partnerRequests.id, id)).for('update');
  return row;
}

/** Expires an open request whose deadline has passed; null when it was not (any more) due. */
export async function expireIfDue(db: DbOrTx, id: string, now: Date): Promise<PartnerRequestRow | null> {
  const [row] = await db
    .update(partnerRequests)
    .set({ status: 'expired', expiredAt: now, updatedAt: now })
    .where(and(eq(partnerRequests.id, id), eq(partnerRequests.status, 'open'), sql`${partnerRequests.deadline} <= ${now.toISOString()}::timestamptz`))
    .returning();
  return row ?? null;
}

export async function findLeadOrganisation(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      country: organisations.countryCode,
      regionCode: organisations.regionCode,
      regionName: regions.name,
      city: organisations.city,
      website: organisations.website,
      descriptionEn: organisations.descriptionEn,
      descriptionFr: organisations.descriptionFr,
      memberCount: clusterProfiles.memberCount,
    })
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .leftJoin(clusterProfiles, eq(clusterProfiles.organisationId, organisations.id))
    .where(eq(organisations.id, id));
  return row;
}

export async function findOrganisations(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

export async function replacePartners(db: DbOrTx, requestId: string, partners: ({ organisationId: string } | { name: string })[]) {
  await db.delete(partnerRequestPartners).where(eq(partnerRequestPartners.requestId, requestId));
  if (!partners.length) return;
  await db.insert(partnerRequestPartners).values(
    partners.map((p, position) =>
      'organisationId' in p ? { requestId, organisationId: p.organisationId, position } : { requestId, name: p.name, position },
    ),
  );
}

export function listPartners(db: DbOrTx, requestId: string) {
  return db
    .select({
      organisationId: partnerRequestPartners.organisationId,
      name: partnerRequestPartners.name,
      orgSlug: organisations.slug,
      orgName: organisations.name,
      orgType: organisations.type,
      orgPublic: sql<boolean>`coalesce(${organisations.status} = 'published' and ${organisations.listingConsent}, false)`,
    })
    .from(partnerRequestPartners)
    .leftJoin(organisations, eq(organisations.id, partnerRequestPartners.organisationId))
    .where(eq(partnerRequestPartners.requestId, requestId))
    .orderBy(asc(partnerRequestPartners.position));
}

export async function partnerOrganisationIds(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db
    .select({ id: partnerRequestPartners.organisationId })
    .from(partnerRequestPartners)
    .where(and(eq(partnerRequestPartners.requestId, requestId), isNotNull(partnerRequestPartners.organisationId)));
  return rows.map((r) => r.id!);
}

export interface ListFilters {
  status?: string | undefined;
  kind?: string | undefined;
  lead?: string | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
  limit: number;
  offset: number;
}

/** Requests the viewer may see (the policy's canViewPartnerRequest, in SQL), newest first. */
export async function listRequests(db: DbOrTx, viewer: { userId: string; isPlatformAdmin: boolean } | null, f: ListFilters) {
  const conditions: SQL[] = [];
  if (!viewer?.isPlatformAdmin) {
    const visible = viewer
      ? or(
          isLeadAdminSql(viewer.userId),
          and(
            ne(partnerRequests.status, 'draft'),
            or(eq(partnerRequests.visibility, 'public'), isActiveMemberOf(viewer.userId, networkOf(leadColumn))),
          ),
        )!
      : and(ne(partnerRequests.status, 'draft'), eq(partnerRequests.visibility, 'public'))!;
    conditions.push(visible);
  }
  if (f.mine) conditions.push(viewer ? isLeadAdminSql(viewer.userId) : sql`false`);
  if (f.status) conditions.push(eq(partnerRequests.status, f.status as PartnerRequestRow['status']));
  else if (!f.mine) conditions.push(ne(partnerRequests.status, 'draft'));
  if (f.kind) conditions.push(eq(partnerRequests.kind, f.kind as PartnerRequestRow['kind']));
  if (f.lead) conditions.push(eq(partnerRequests.leadOrganisationId, f.lead));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`f_unaccent(lower(${partnerRequests.title} || ' ' || ${partnerRequests.summary} || ' ' || ${organisations.name})) like f_unaccent(lower(${pattern}))`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({ request: partnerRequests, lead: { id: organisations.id, slug: organisations.slug, name: organisations.name } })
      .from(partnerRequests)
      .innerJoin(organisations, eq(organisations.id, partnerRequests.leadOrganisationId))
      .where(where)
      .orderBy(desc(sql`coalesce(${partnerRequests.publishedAt}, ${partnerRequests.createdAt})`), asc(partnerRequests.id))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(partnerRequests)
      .innerJoin(organisations, eq(organisations.id, partnerRequests.leadOrganisationId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export function activeAdminIds(db: DbOrTx, organisationId: string): Promise<string[]> {
  return db
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.status, 'active'), eq(organisationMembers.role, 'admin')))
    .then((rows) => rows.map((r) => r.userId));
}

/** Organisations the user is an active member of (any role). */
export function activeMembershipsOf(db: DbOrTx, userId: string) {
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.status, 'active')))
    .orderBy(asc(organisations.name));
}

export async function findUserName(db: DbOrTx, userId: string) {
  const [row] = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  return row;
}

// Follows

export async function follow(db: DbOrTx, requestId: string, userId: string) {
  await db.insert(partnerRequestFollows).values({ requestId, userId }).onConflictDoNothing();
}
export async function unfollow(db: DbOrTx, requestId: string, userId: string) {
  await db.delete(partnerRequestFollows).where(and(eq(partnerRequestFollows.requestId, requestId), eq(partnerRequestFollows.userId, userId)));
}
export async function followerIds(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db.select({ userId: partnerRequestFollows.userId }).from(partnerRequestFollows).where(eq(partnerRequestFollows.requestId, requestId));
  return rows.map((r) => r.userId);
}
export async function followState(db: DbOrTx, requestId: string, userId: string | null) {
  const [row] = await db
    .select({
      n: count(),
      mine: userId ? sql<boolean>`bool_or(${partnerRequestFollows.userId} = ${userId})` : sql<boolean>`false`,
    })
    .from(partnerRequestFollows)
    .where(eq(partnerRequestFollows.requestId, requestId));
  return { followers: row?.n ?? 0, following: !!row?.mine };
}

// Interests

export async function insertInterest(db: DbOrTx, values: typeof partnerRequestInterests.$inferInsert): Promise<InterestRow> {
  try {
    const [row] = await db.insert(partnerRequestInterests).values(values).returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', 'This organisation has already expressed interest', [{ path: 'organisationId', message: 'Already interested' }]);
    throw e;
  }
}

export async function findInterest(db: DbOrTx, requestId: string, interestId: string) {
  const [row] = await db
    .select()
    .from(partnerRequestInterests)
    .where(and(eq(partnerRequestInterests.id, interestId), eq(partnerRequestInterests.requestId, requestId)))
    .for('update');
  return row;
}

export async function updateInterest(db: DbOrTx, id: string, values: Partial<typeof partnerRequestInterests.$inferInsert>) {
  const [row] = await db.update(partnerRequestInterests).set(values).where(eq(partnerRequestInterests.id, id)).returning();
  return row!;
}

const interestSelection = {
  interest: partnerRequestInterests,
  organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
  userName: users.displayName,
};

export function listInterests(db: DbOrTx, requestId: string, organisationIds?: string[]) {
  const conditions = [eq(partnerRequestInterests.requestId, requestId)];
  if (organisationIds) {
    if (!organisationIds.length) return Promise.resolve([]);
    conditions.push(inArray(partnerRequestInterests.organisationId, organisationIds));
  }
  return db
    .select(interestSelection)
    .from(partnerRequestInterests)
    .innerJoin(organisations, eq(organisations.id, partnerRequestInterests.organisationId))
    .leftJoin(users, eq(users.id, partnerRequestInterests.userId))
    .where(and(...conditions))
    .orderBy(asc(partnerRequestInterests.createdAt), asc(partnerRequestInterests.id));
}

export async function interestedOrganisationIds(db: DbOrTx, requestId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: partnerRequestInterests.organisationId })
    .from(partnerRequestInterests)
    .where(eq(partnerRequestInterests.requestId, requestId));
  return new Set(rows.map((r) => r.id));
}

// Comments

export async function insertComment(db: DbOrTx, values: typeof partnerRequestComments.$inferInsert): Promise<CommentRow> {
  const [row] = await db.insert(partnerRequestComments).values(values).returning();
  return row!;
}
export async function findComment(db: DbOrTx, requestId: string, commentId: string) {
  const [row] = await db
    .select()
    .from(partnerRequestComments)
    .where(and(eq(partnerRequestComments.id, commentId), eq(partnerRequestComments.requestId, requestId)));
  return row;
}
export async function updateComment(db: DbOrTx, id: string, values: Partial<typeof partnerRequestComments.$inferInsert>) {
  const [row] = await db.update(partnerRequestComments).set(values).where(eq(partnerRequestComments.id, id)).returning();
  return row!;
}
export async function deleteComment(db: DbOrTx, id: string) {
  await db.delete(partnerRequestComments).where(eq(partnerRequestComments.id, id));
}
export function listComments(db: DbOrTx, requestId: string) {
  return db
    .select({ comment: partnerRequestComments, authorName: users.displayName })
    .from(partnerRequestComments)
    .leftJoin(users, eq(users.id, partnerRequestComments.authorId))
    .where(eq(partnerRequestComments.requestId, requestId))
    .orderBy(asc(partnerRequestComments.createdAt), asc(partnerRequestComments.id));
}

// Hidden matches and invitations

export async function hideMatch(db: DbOrTx, requestId: string, organisationId: string, userId: string) {
  await db.insert(partnerRequestHiddenMatches).values({ requestId, organisationId, hiddenBy: userId }).onConflictDoNothing();
}
export async function unhideMatch(db: DbOrTx, requestId: string, organisationId: string) {
  await db
    .delete(partnerRequestHiddenMatches)
    .where(and(eq(partnerRequestHiddenMatches.requestId, requestId), eq(partnerRequestHiddenMatches.organisationId, organisationId)));
}
export async function hiddenMatchIds(db: DbOrTx, requestId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: partnerRequestHiddenMatches.organisationId })
    .from(partnerRequestHiddenMatches)
    .where(eq(partnerRequestHiddenMatches.requestId, requestId));
  return new Set(rows.map((r) => r.id));
}

/** True when the invitation is new (a repeated invitation notifies nobody). */
export async function insertInvitation(db: DbOrTx, requestId: string, organisationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(partnerRequestInvitations)
    .values({ requestId, organisationId, invitedBy: userId })
    .onConflictDoNothing()
    .returning({ id: partnerRequestInvitations.organisationId });
  return rows.length > 0;
}
export async function invitations(db: DbOrTx, requestId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ id: partnerRequestInvitations.organisationId, at: partnerRequestInvitations.createdAt })
    .from(partnerRequestInvitations)
    .where(eq(partnerRequestInvitations.requestId, requestId));
  return new Map(rows.map((r) => [r.id, r.at]));
}
