import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { PARTNERSHIP_MEMBER_ROLES, PARTNERSHIP_STATUSES } from '../../../contracts/map';
import { organisations } from './organisations';

/**
 * A strategic partnership between clusters and their members (e.g. a European Strategic Cluster
 * Partnership, seed document 004). The map's second layer counts, per region, the partnerships one
 * of whose members is located there.
 */
export const strategicPartnerships = pgTable(
  'strategic_partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    status: text('status', { enum: PARTNERSHIP_STATUSES }).notNull().default('active'),
    /** e.g. "COSME ESCP-S3", "Clusters Go International". */
    programme: text('programme'),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('strategic_partnerships_status_check', sql`${t.status} in ('planned', 'active', 'completed')`),
    check('strategic_partnerships_dates_check', sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

export const strategicPartnershipMembers = pgTable(
  'strategic_partnership_members',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => strategicPartnerships.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: PARTNERSHIP_MEMBER_ROLES }).notNull().default('partner'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.organisationId] }),
    // The map joins members to organisations by organisation; the cascade on delete needs it too.
    index('strategic_partnership_members_organisation_idx').on(t.organisationId),
    check('strategic_partnership_members_role_check', sql`${t.role} in ('coordinator', 'partner')`),
  ],
);
