import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A private conversation between two users, optionally about something (a partner request, an
 * organisation, …) stored as a kind and an id. The pair is stored ordered (low < high) so one pair
 * and one context have one thread.
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userLowId: uuid('user_low_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userHighId: uuid('user_high_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contextKind: text('context_kind'),
    contextId: text('context_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('message_threads_pair_context_key').on(
      t.userLowId,
      t.userHighId,
      sql`coalesce(${t.contextKind}, '')`,
      sql`coalesce(${t.contextId}, '')`,
    ),
    index('message_threads_high_idx').on(t.userHighId),
    // Serves the new-threads-per-hour rate limit.
    index('message_threads_creator_idx').on(t.createdBy, t.createdAt),
    check('message_threads_pair_check', sql`${t.userLowId} < ${t.userHighId}`),
    check('message_threads_context_check', sql`(${t.contextKind} is null) = (${t.contextId} is null)`),
  ],
);

/** Each participant's read state: unread messages and when the thread was last read. */
export const messageThreadReads = pgTable(
  'message_thread_reads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unreadCount: integer('unread_count').notNull().default(0),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    index('message_thread_reads_user_idx').on(t.userId),
  ],
);

/** Plain text only: rendered escaped everywhere, never as HTML. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('messages_thread_idx').on(t.threadId, t.createdAt),
    // Serves the messages-per-minute rate limit.
    index('messages_sender_idx').on(t.senderId, t.createdAt),
  ],
);

/** `blocker` no longer hears from `blocked`; the threads between them are hidden from the blocker. */
export const userBlocks = pgTable(
  'user_blocks',
  {
    blockerId: uuid('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: uuid('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index('user_blocks_blocked_idx').on(t.blockedId),
  ],
);

/** A user or one of their messages reported to the platform administrators. */
export const userReports = pgTable(
  'user_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reportedUserId: uuid('reported_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    /** spam | harassment | inappropriate | other */
    reason: text('reason').notNull(),
    details: text('details').notNull().default(''),
    status: text('status', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('user_reports_status_idx').on(t.status, t.createdAt),
    check('user_reports_status_check', sql`${t.status} in ('open', 'resolved')`),
    check('user_reports_reason_check', sql`${t.reason} in ('spam', 'harassment', 'inappropriate', 'other')`),
  ],
);
