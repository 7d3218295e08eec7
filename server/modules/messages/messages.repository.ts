import { and, asc, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { count } from 'drizzle-orm';
import {
  messages,
  messageThreadReads,
  messageThreads,
  userBlocks,
  userReports,
  users,
} from '../../db/schema';
import { queryRows, type DbOrTx } from '../../db/client';

export type ThreadRow = typeof messageThreads.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type ReportRow = typeof userReports.$inferSelect;

export interface PersonRow {
  id: string;
  displayName: string;
}

/** Serialises one user's sends, so concurrent requests cannot all slip under the rate limit. */
export async function lockUser(tx: DbOrTx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
}

export async function findPerson(db: DbOrTx, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function people(db: DbOrTx, ids: string[]): Promise<Map<string, PersonRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function platformAdminIds(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.isPlatformAdmin, true));
  return rows.map((r) => r.id);
}

export async function blockState(
  db: DbOrTx,
  me: string,
  other: string,
): Promise<{ iBlocked: boolean; theyBlocked: boolean }> {
  const rows = await db
    .select({ blockerId: userBlocks.blockerId })
    .from(userBlocks)
    .where(
      or(
        and(eq(userBlocks.blockerId, me), eq(userBlocks.blockedId, other)),
        and(eq(userBlocks.blockerId, other), eq(userBlocks.blockedId, me)),
      ),
    );
  return {
    iBlocked: rows.some((r) => r.blockerId === me),
    theyBlocked: rows.some((r) => r.blockerId === other),
  };
}

export async function findThread(db: DbOrTx, id: string): Promise<ThreadRow | undefined> {
  const [row] = await db.select().from(messageThreads).where(eq(messageThreads.id, id));
  return row;
}

export async function findThreadByPair(
  db: DbOrTx,
  pair: { userLowId: string; userHighId: string },
  context: { kind: string; id: string } | null,
): Promise<ThreadRow | undefined> {
  const [row] = await db
    .select()
    .from(messageThreads)
    .where(
      and(
        eq(messageThreads.userLowId, pair.userLowId),
        eq(messageThreads.userHighId, pair.userHighId),
        sql`coalesce(${messageThreads.contextKind}, '') = ${context?.kind ?? ''}`,
        sql`coalesce(${messageThreads.contextId}, '') = ${context?.id ?? ''}`,
      ),
    );
  return row;
}

/** Creates the thread and both participants' read state; an existing one (a concurrent start) is returned. */
export async function insertThread(
  tx: DbOrTx,
  values: {
    userLowId: string;
    userHighId: string;
    contextKind: string | null;
    contextId: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<{ thread: ThreadRow; created: boolean }> {
  const [row] = await tx
    .insert(messageThreads)
    .values({
      userLowId: values.userLowId,
      userHighId: values.userHighId,
      contextKind: values.contextKind,
      contextId: values.contextId,
      createdBy: values.createdBy,
      createdAt: values.now,
      lastMessageAt: values.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    const existing = await findThreadByPair(
      tx,
      values,
      values.contextKind ? { kind: values.contextKind, id: values.contextId! } : null,
    );
    return { thread: existing!, created: false };
  }
  await tx.insert(messageThreadReads).values([
    { threadId: row.id, userId: values.userLowId },
    { threadId: row.id, userId: values.userHighId },
  ]);
  return { thread: row, created: true };
}

export async function countThreadsSince(db: DbOrTx, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(messageThreads)
    .where(and(eq(messageThreads.createdBy, userId), gt(messageThreads.createdAt, since)));
  return row?.n ?? 0;
}

export async function countMessagesSince(db: DbOrTx, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.senderId, userId), gt(messages.createdAt, since)));
  return row?.n ?? 0;
}

export async function readState(db: DbOrTx, threadId: string, userId: string) {
  const [row] = await db
    .select()
    .from(messageThreadReads)
    .where(and(eq(messageThreadReads.threadId, threadId), eq(messageThreadReads.userId, userId)));
  return row;
}

/** Stores a message: the recipient gains an unread message, the sender has read everything so far. */
export async function insertMessage(
  tx: DbOrTx,
  values: { threadId: string; senderId: string; recipientId: string; body: string; now: Date },
): Promise<MessageRow> {
  const [row] = await tx
    .insert(messages)
    .values({
      threadId: values.threadId,
      senderId: values.senderId,
      body: values.body,
      createdAt: values.now,
    })
    .returning();
  await tx
    .update(messageThreads)
    .set({ lastMessageAt: values.now })
    .where(eq(messageThreads.id, values.threadId));
  await tx
    .update(messageThreadReads)
    .set({ unreadCount: sql`${messageThreadReads.unreadCount} + 1` })
    .where(
      and(
        eq(messageThreadReads.threadId, values.threadId),
        eq(messageThreadReads.userId, values.recipientId),
      ),
    );
  await tx
    .update(messageThreadReads)
    .set({ unreadCount: 0, lastReadAt: values.now })
    .where(
      and(eq(messageThreadReads.threadId, values.threadId), eq(messageThreadReads.userId, values.senderId)),
    );
  return row!;
}

export async function markThreadRead(db: DbOrTx, threadId: string, userId: string, now: Date): Promise<void> {
  await db
    .update(messageThreadReads)
    .set({ unreadCount: 0, lastReadAt: now })
    .where(and(eq(messageThreadReads.threadId, threadId), eq(messageThreadReads.userId, userId)));
}

/** The newest messages of a thread (at most `limit`), returned oldest first. */
export async function listMessages(db: DbOrTx, threadId: string, limit: number): Promise<MessageRow[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.threadId, threadId))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.reverse();
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row;
}

export interface ThreadListRow extends Record<string, unknown> {
  id: string;
  context_kind: string | null;
  context_id: string | null;
  last_message_at: Date | string;
  unread_count: number;
  other_id: string;
  other_name: string;
  last_body: string | null;
  last_sender_id: string | null;
  last_created_at: Date | string | null;
}

/**
 * The user's threads, unread ones first, then the most recent. Threads with someone the user blocked
 * are hidden from the user (not from the other participant).
 */
export function listThreads(db: DbOrTx, userId: string): Promise<ThreadListRow[]> {
  return queryRows<ThreadListRow>(
    db,
    sql`select t.id, t.context_kind, t.context_id, t.last_message_at, r.unread_count,
               u.id as other_id, u.display_name as other_name,
               m.body as last_body, m.sender_id as last_sender_id, m.created_at as last_created_at
        from message_thread_reads r
        join message_threads t on t.id = r.thread_id
        join users u on u.id = case when t.user_low_id = ${userId} then t.user_high_id else t.user_low_id end
        left join lateral (
          select body, sender_id, created_at from messages
          where thread_id = t.id order by created_at desc, id desc limit 1
        ) m on true
        where r.user_id = ${userId}
          and not exists (select 1 from user_blocks b where b.blocker_id = ${userId} and b.blocked_id = u.id)
        order by (r.unread_count > 0) desc, t.last_message_at desc, t.id
        limit 200`,
  );
}

/** Unread messages in the user's visible threads. */
export async function unreadTotal(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string | null }>(
    db,
    sql`select coalesce(sum(r.unread_count), 0) as n
        from message_thread_reads r
        join message_threads t on t.id = r.thread_id
        where r.user_id = ${userId}
          and not exists (
            select 1 from user_blocks b where b.blocker_id = ${userId}
              and b.blocked_id = case when t.user_low_id = ${userId} then t.user_high_id else t.user_low_id end)`,
  );
  return Number(row?.n ?? 0);
}

export async function block(db: DbOrTx, blockerId: string, blockedId: string, now: Date): Promise<void> {
  await db.insert(userBlocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
}

export async function unblock(db: DbOrTx, blockerId: string, blockedId: string): Promise<void> {
  await db
    .delete(userBlocks)
    .where(and(eq(userBlocks.blockerId, blockerId), eq(userBlocks.blockedId, blockedId)));
}

export function listBlocks(db: DbOrTx, blockerId: string) {
  return db
    .select({ id: users.id, displayName: users.displayName, blockedAt: userBlocks.createdAt })
    .from(userBlocks)
    .innerJoin(users, eq(users.id, userBlocks.blockedId))
    .where(eq(userBlocks.blockerId, blockerId))
    .orderBy(asc(users.displayName));
}

export async function insertReport(db: DbOrTx, values: typeof userReports.$inferInsert): Promise<ReportRow> {
  const [row] = await db.insert(userReports).values(values).returning();
  return row!;
}

export function listReports(db: DbOrTx, status: 'open' | 'resolved'): Promise<ReportRow[]> {
  return db
    .select()
    .from(userReports)
    .where(eq(userReports.status, status))
    .orderBy(status === 'open' ? asc(userReports.createdAt) : desc(userReports.resolvedAt))
    .limit(200);
}

export async function messagesByIds(db: DbOrTx, ids: string[]): Promise<Map<string, MessageRow>> {
  if (!ids.length) return new Map();
  const rows = await db.select().from(messages).where(inArray(messages.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function resolveReport(
  db: DbOrTx,
  id: string,
  values: { resolvedBy: string; resolution: string; now: Date },
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(userReports)
    .set({
      status: 'resolved',
      resolvedBy: values.resolvedBy,
      resolution: values.resolution || null,
      resolvedAt: values.now,
    })
    .where(eq(userReports.id, id))
    .returning();
  return row;
}
