import { customType, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** A 64-bit transaction id (PostgreSQL's xid8), read and written as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Which organisations changed, in which transaction: appended by triggers on organisations, cluster
 * memberships and cluster labels (migration search_changes_sql) in the transaction that makes the
 * change, never by the application. Each app process's directory search index reads the entries of
 * transactions it may not have seen (xid at or above the snapshot xmin of its previous reading) and
 * reloads those organisations. No foreign key: a deleted organisation's entry is how its removal is told.
 * Entries older than two days are pruned daily.
 */
export const organisationSearchChanges = pgTable(
  'organisation_search_changes',
  {
    xid: xid8('xid').notNull().default(sql`pg_current_xact_id()`),
    organisationId: uuid('organisation_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_search_changes_xid_idx').on(t.xid), index('organisation_search_changes_changed_at_idx').on(t.changedAt)],
);
