import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * An uploaded organisation file, parsed and staged until the admin commits or cancels it: nothing
 * reaches `organisations` before the commit, and the staged rows live in PostgreSQL, not in an app
 * process, so any process can continue the import.
 */
export const organisationImports = pgTable(
  'organisation_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    status: text('status', { enum: ['staged', 'committed', 'cancelled'] }).notNull().default('staged'),
    columns: jsonb('columns').$type<string[]>().notNull(),
    rows: jsonb('rows').$type<string[][]>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('organisation_imports_created_idx').on(t.createdAt),
    check('organisation_imports_status_check', sql`${t.status} in ('staged', 'committed', 'cancelled')`),
  ],
);
