import { and, asc, count, eq, ne } from 'drizzle-orm';
import { clusterMemberships, organisationMembers, organisations, users } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';

type MemberInsert = typeof organisationMembers.$inferInsert;

export async function addOrganisationMember(db: DbOrTx, values: MemberInsert): Promise<void> {
  await db
    .insert(organisationMembers)
    .values(values)
    .onConflictDoUpdate({
      target: [organisationMembers.organisationId, organisationMembers.userId],
      set: { status: values.status, role: values.role, message: values.message ?? null, createdAt: values.createdAt, decidedAt: values.decidedAt ?? null, decidedBy: values.decidedBy ?? null },
    });
}

export async function listOrganisationMembers(db: DbOrTx, organisationId: string) {
  return db
    .select({ member: organisationMembers, user: { id: users.id, displayName: users.displayName, email: users.email, locale: users.locale } })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(organisationMembers.status), asc(users.displayName));
}

export async function lockOrganisationMember(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .for('update');
  return row;
}

export async function updateOrganisationMember(db: DbOrTx, id: string, values: Partial<MemberInsert>) {
  await db.update(organisationMembers).set(values).where(eq(organisationMembers.id, id));
}

export async function deleteOrganisationMember(db: DbOrTx, id: string) {
  await db.delete(organisationMembers).where(eq(organisationMembers.id, id));
}

/** Active admins other than `exceptUserId`: an organisation must always keep one. */
export async function countOtherActiveAdmins(db: DbOrTx, organisationId: string, exceptUserId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.organisationId, organisationId),
        eq(organisationMembers.role, 'admin'),
        eq(organisationMembers.status, 'active'),
        ne(organisationMembers.userId, exceptUserId),
      ),
    );
  return row?.n ?? 0;
}

export async function findUserContact(db: DbOrTx, userId: string) {
  const [row] = await db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId));
  return row;
}

export async function listActiveAdmins(db: DbOrTx, organisationId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(
      and(
        eq(organisationMembers.organisationId, organisationId),
        eq(organisationMembers.role, 'admin'),
        eq(organisationMembers.status, 'active'),
      ),
    );
}

export async function listMembershipsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({ org: organisations, role: organisationMembers.role, status: organisationMembers.status })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function listClusterMembers(db: DbOrTx, clusterId: string) {
  return db
    .select({ org: organisations, status: clusterMemberships.status, since: clusterMemberships.since })
    .from(clusterMemberships)
    .innerJoin(organisations, eq(organisations.id, clusterMemberships.memberId))
    .where(eq(clusterMemberships.clusterId, clusterId))
    .orderBy(asc(clusterMemberships.status), asc(organisations.name));
}

export async function insertClusterMembership(
  db: DbOrTx,
  values: { clusterId: string; memberId: string; status: 'pending' | 'active'; since: string | null },
): Promise<void> {
  try {
    await db.insert(clusterMemberships).values(values);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'This organisation is already a member of the cluster, or has asked to join');
    throw e;
  }
}

export async function findClusterMembership(db: DbOrTx, clusterId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.clusterId, clusterId), eq(clusterMemberships.memberId, memberId)))
    .for('update');
  return row;
}

export async function updateClusterMembership(db: DbOrTx, id: string, values: { status: 'active'; since: string | null }) {
  await db.update(clusterMemberships).set(values).where(eq(clusterMemberships.id, id));
}

export async function deleteClusterMembership(db: DbOrTx, id: string) {
  await db.delete(clusterMemberships).where(eq(clusterMemberships.id, id));
}
