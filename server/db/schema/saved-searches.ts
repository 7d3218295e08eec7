import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SAVED_SEARCH_FREQUENCIES, type SavedSearchQuery } from '../../../contracts/saved-searches';
import { organisations } from './organisations';
import { users } from './users';

/** A user's directory search, kept to be run again and, with `daily`, to send alerts. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The normalised GET /organisations filters (contracts/saved-searches.ts). */
    query: jsonb('query').$type<SavedSearchQuery>().notNull(),
    frequency: text('frequency', { enum: SAVED_SEARCH_FREQUENCIES }).notNull().default('daily'),
    lastNotifiedAt: timestamp('last_notified_at', { withTimezone: true }),
    /** The last digest day (UTC) that processed this search: a re-run of that day skips it. */
    lastDigestDay: date('last_digest_day', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Two searches both called "Lasers" could not be told apart in a list or an e-mail subject.
    uniqueIndex('saved_searches_user_name_key').on(t.userId, sql`lower(${t.name})`),
    check('saved_searches_frequency_check', sql`${t.frequency} in ('daily', 'off')`),
  ],
);

/**
 * The organisations a saved search has already accounted for, so none is announced twice. A row with
 * `notified_at` was listed in an alert; a row without one already matched when the search was saved
 * (or its query changed), so it was never news. New matches are the public ones without a row, which
 * holds whatever the organisation's timestamps say (published today, created last month).
 */
export const savedSearchHits = pgTable(
  'saved_search_hits',
  {
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.savedSearchId, t.organisationId] }),
    // Serves the cascade when an organisation is deleted.
    index('saved_search_hits_organisation_idx').on(t.organisationId),
  ],
);
