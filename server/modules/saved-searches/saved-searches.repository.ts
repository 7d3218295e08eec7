import { and, asc, count, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { savedSearchHits, savedSearches, users } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';

export type SavedSearchRow = typeof savedSearches.$inferSelect;
export type SavedSearchInsert = typeof savedSearches.$inferInsert;

/** Above this many rows an insert would near PostgreSQL's 65,535 bind parameters. */
const HIT_BATCH = 1000;

const nameTaken = () =>
  new AppError('CONFLICT', 'You already have a saved search with this name', [{ path: 'name', message: 'Already used by another of your saved searches' }]);

/**
 * Serialises a user's concurrent creations, so two requests cannot both pass the limit check. NO KEY
 * UPDATE conflicts with itself but not with the key-share locks foreign keys take on users.
 */
export async function lockOwner(tx: DbOrTx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
}

export async function countByUser(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, userId));
  return row?.n ?? 0;
}

export async function insertSavedSearch(db: DbOrTx, values: SavedSearchInsert): Promise<SavedSearchRow> {
  try {
    const [row] = await db.insert(savedSearches).values(values).returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}

export async function updateSavedSearch(db: DbOrTx, id: string, values: Partial<SavedSearchInsert>): Promise<SavedSearchRow> {
  try {
    const [row] = await db.update(savedSearches).set(values).where(eq(savedSearches.id, id)).returning();
    if (!row) throw AppError.notFound('Saved search');
    return row;
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}

export async function deleteSavedSearch(db: DbOrTx, id: string): Promise<void> {
  await db.delete(savedSearches).where(eq(savedSearches.id, id));
}

export function listByUser(db: DbOrTx, userId: string): Promise<SavedSearchRow[]> {
  return db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.createdAt), asc(savedSearches.id));
}

export async function findById(db: DbOrTx, id: string): Promise<SavedSearchRow | undefined> {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id));
  return row;
}

export async function lockById(db: DbOrTx, id: string): Promise<SavedSearchRow | undefined> {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id)).for('update');
  return row;
}

/** Which of these organisations the saved search has already accounted for. */
export async function seenAmong(db: DbOrTx, savedSearchId: string, organisationIds: string[]): Promise<Set<string>> {
  if (!organisationIds.length) return new Set();
  const rows = await db
    .select({ id: savedSearchHits.organisationId })
    .from(savedSearchHits)
    .where(and(eq(savedSearchHits.savedSearchId, savedSearchId), inArray(savedSearchHits.organisationId, organisationIds)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Records organisations as accounted for (`notifiedAt` null: matching already, not news) and returns
 * those that were not yet: the unique pair makes a concurrent or repeated run record each one once.
 */
export async function recordHits(db: DbOrTx, savedSearchId: string, organisationIds: string[], notifiedAt: Date | null): Promise<Set<string>> {
  const recorded = new Set<string>();
  for (let i = 0; i < organisationIds.length; i += HIT_BATCH) {
    const rows = await db
      .insert(savedSearchHits)
      .values(organisationIds.slice(i, i + HIT_BATCH).map((organisationId) => ({ savedSearchId, organisationId, notifiedAt })))
      .onConflictDoNothing()
      .returning({ id: savedSearchHits.organisationId });
    for (const row of rows) recorded.add(row.id);
  }
  return recorded;
}

/** Forgets what the previous query matched; organisations already announced stay announced. */
export async function clearBaseline(db: DbOrTx, savedSearchId: string): Promise<void> {
  await db.delete(savedSearchHits).where(and(eq(savedSearchHits.savedSearchId, savedSearchId), isNull(savedSearchHits.notifiedAt)));
}

/** Daily searches of verified users that the digest of `day` has not processed yet. */
export function listDueForDigest(db: DbOrTx, day: string): Promise<Pick<SavedSearchRow, 'id' | 'query'>[]> {
  return db
    .select({ id: savedSearches.id, query: savedSearches.query })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(
      and(
        eq(savedSearches.frequency, 'daily'),
        isNotNull(users.emailVerifiedAt),
        or(isNull(savedSearches.lastDigestDay), ne(savedSearches.lastDigestDay, day)),
      ),
    )
    .orderBy(asc(savedSearches.id));
}

/** The saved search, locked for its digest, with where and in which language to write. */
export async function lockForDigest(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({
      search: savedSearches,
      email: users.email,
      locale: users.locale,
      emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(eq(savedSearches.id, id))
    .for('update', { of: savedSearches });
  return row;
}
