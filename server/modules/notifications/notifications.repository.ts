import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { NotificationFrequency, NotificationPreferences } from '../../../contracts/notifications';
import { notificationKeys, notificationPreferences, notifications, users } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { DEFAULT_PREFERENCES } from './notifications.policy';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;

/** The stored rows of a preference set: '*' holds the general frequency. */
const GENERAL = '*';
const INSERT_BATCH = 1000;

export interface Recipient {
  id: string;
  email: string;
  locale: 'en' | 'fr';
  emailVerified: boolean;
}

export async function recipients(db: DbOrTx, userIds: string[]): Promise<Map<string, Recipient>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      locale: users.locale,
      emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
    })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function preferencesOf(
  db: DbOrTx,
  userIds: string[],
): Promise<Map<string, NotificationPreferences>> {
  const out = new Map<string, NotificationPreferences>();
  if (!userIds.length) return out;
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, userIds));
  for (const row of rows) {
    const prefs = out.get(row.userId) ?? { ...DEFAULT_PREFERENCES, overrides: {} };
    if (row.category === GENERAL) prefs.frequency = row.frequency;
    else prefs.overrides[row.category] = row.frequency;
    out.set(row.userId, prefs);
  }
  return out;
}

export async function preferencesOfUser(db: DbOrTx, userId: string): Promise<NotificationPreferences> {
  return (await preferencesOf(db, [userId])).get(userId) ?? { ...DEFAULT_PREFERENCES, overrides: {} };
}

/** Replaces a user's whole preference set. */
export async function savePreferences(
  db: DbOrTx,
  userId: string,
  prefs: NotificationPreferences,
  now: Date,
): Promise<void> {
  await db.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const rows: { userId: string; category: string; frequency: NotificationFrequency; updatedAt: Date }[] = [
    { userId, category: GENERAL, frequency: prefs.frequency, updatedAt: now },
    ...Object.entries(prefs.overrides).map(([category, frequency]) => ({
      userId,
      category,
      frequency,
      updatedAt: now,
    })),
  ];
  await db.insert(notificationPreferences).values(rows);
}

/** Serialises concurrent preference changes of one user (see saved-searches lockOwner). */
export async function lockUser(tx: DbOrTx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
}

/** Inserts notifications; a (user, dedupe key) already stored is skipped. Returns the inserted rows. */
export async function insertNotifications(
  db: DbOrTx,
  values: NotificationInsert[],
): Promise<NotificationRow[]> {
  const inserted: NotificationRow[] = [];
  // In batches: a notification to every follower of a request must stay under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < values.length; i += INSERT_BATCH) {
    inserted.push(
      ...(await db
        .insert(notifications)
        .values(values.slice(i, i + INSERT_BATCH))
        .onConflictDoNothing()
        .returning()),
    );
  }
  return inserted;
}

export async function findById(db: DbOrTx, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

export function listForUser(
  db: DbOrTx,
  userId: string,
  options: { limit: number; unreadOnly: boolean; before?: Date },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        options.before ? lt(notifications.createdAt, options.before) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function unreadCount(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: DbOrTx, userId: string, ids: string[] | 'all', now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, ids),
      ),
    );
}

/** Marks read the unread notifications of a user that point at `link` (e.g. a thread just opened). */
export async function markReadByLink(db: DbOrTx, userId: string, link: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), eq(notifications.link, link), isNull(notifications.readAt)));
}

/** Users with notifications waiting for a digest. */
export async function usersWithPendingDigest(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(eq(notifications.emailState, 'digest'))
    .orderBy(asc(notifications.userId));
  return rows.map((r) => r.userId);
}

export function lockPendingDigest(tx: DbOrTx, userId: string): Promise<NotificationRow[]> {
  return tx
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.emailState, 'digest')))
    .orderBy(asc(notifications.createdAt))
    .for('update');
}

export async function setEmailState(
  db: DbOrTx,
  ids: string[],
  state: NotificationRow['emailState'],
  digestKey: string | null,
): Promise<void> {
  if (!ids.length) return;
  await db.update(notifications).set({ emailState: state, digestKey }).where(inArray(notifications.id, ids));
}

export function listByDigestKey(db: DbOrTx, userId: string, digestKey: string): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.digestKey, digestKey)))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}

/** The user's unsubscribe signing key, created on first use. */
export async function unsubscribeKey(db: DbOrTx, userId: string, fresh: () => string): Promise<string> {
  await db.insert(notificationKeys).values({ userId, unsubscribeKey: fresh() }).onConflictDoNothing();
  const [row] = await db.select().from(notificationKeys).where(eq(notificationKeys.userId, userId));
  return row!.unsubscribeKey;
}

export async function findUnsubscribeKey(db: DbOrTx, userId: string): Promise<string | undefined> {
  const [row] = await db.select().from(notificationKeys).where(eq(notificationKeys.userId, userId));
  return row?.unsubscribeKey;
}
