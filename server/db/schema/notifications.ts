import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * In-app notifications. Each carries both languages (the reader's locale picks one at display and
 * e-mail time) and its e-mail state: `none` (no e-mail wanted), `queued` (an immediate e-mail job
 * exists), `digest` (waiting for the user's daily or weekly digest), `digested` (listed in the digest
 * named by `digest_key`), `skipped` (the digest found e-mail switched off meanwhile).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull(),
    titleFr: text('title_fr').notNull(),
    bodyEn: text('body_en').notNull(),
    bodyFr: text('body_fr').notNull(),
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailState: text('email_state', { enum: ['none', 'queued', 'digest', 'digested', 'skipped'] })
      .notNull()
      .default('none'),
    /** `daily:2031-03-10` or `weekly:2031-03-10` (the Monday): the digest that listed it. */
    digestKey: text('digest_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The same key for the same user is stored once (nulls never collide).
    uniqueIndex('notifications_user_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_digest_idx').on(t.emailState, t.userId),
    check(
      'notifications_email_state_check',
      sql`${t.emailState} in ('none', 'queued', 'digest', 'digested', 'skipped')`,
    ),
  ],
);

/**
 * How a user wants notification e-mails: `category` '*' is the default, any other row overrides it for
 * one category (the part of a kind before its first dot: 'message', 'partner_request', …). No row at
 * all means immediate.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    frequency: text('frequency', { enum: ['immediate', 'daily', 'weekly', 'off'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.category] }),
    check(
      'notification_preferences_frequency_check',
      sql`${t.frequency} in ('immediate', 'daily', 'weekly', 'off')`,
    ),
  ],
);

/**
 * A per-user random key that signs unsubscribe links (HMAC): links work logged out, need no table
 * row per e-mail, and rotating the key revokes every link already sent.
 */
export const notificationKeys = pgTable('notification_keys', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  unsubscribeKey: text('unsubscribe_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
