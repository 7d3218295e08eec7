import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { COLLABORATION_MODES, IP_STATUSES, LISTING_STATUSES } from '../../../contracts/offers-needs';
import { organisations } from './organisations';
import { users } from './users';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * A provider's technology offer. Place and kind of organisation are read from the organisation, so
 * they are not columns here; taxonomy codes are `text[]` like organisations', checked by the service.
 */
export const technologyOffers = pgTable(
  'technology_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    descriptionEn: text('description_en'),
    descriptionFr: text('description_fr'),
    technologies: text('technologies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    applicationDomains: text('application_domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    trl: integer('trl'),
    collaborationModes: text('collaboration_modes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ipStatus: text('ip_status', { enum: IP_STATUSES }),
    status: text('status', { enum: LISTING_STATUSES }).notNull().default('draft'),
    /** The person to contact: the author, unless they leave the platform. */
    contactUserId: uuid('contact_user_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('technology_offers_organisation_idx').on(t.organisationId),
    index('technology_offers_status_idx').on(t.status, t.publishedAt),
    index('technology_offers_technologies_idx').using('gin', t.technologies),
    index('technology_offers_domains_idx').using('gin', t.applicationDomains),
    check('technology_offers_status_check', sql`${t.status} in (${inList(LISTING_STATUSES)})`),
    check('technology_offers_trl_check', sql`${t.trl} is null or ${t.trl} between 1 and 9`),
    check(
      'technology_offers_ip_status_check',
      sql`${t.ipStatus} is null or ${t.ipStatus} in (${inList(IP_STATUSES)})`,
    ),
    check(
      'technology_offers_modes_check',
      sql`${t.collaborationModes} <@ array[${inList(COLLABORATION_MODES)}]::text[]`,
    ),
  ],
);

/** An end user's need: a problem in an application sector, with constraints, budget and timing. */
export const endUserNeeds = pgTable(
  'end_user_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    applicationDomains: text('application_domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    technologies: text('technologies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    constraints: text('constraints'),
    budgetMin: integer('budget_min'),
    budgetMax: integer('budget_max'),
    budgetCurrency: text('budget_currency').notNull().default('EUR'),
    wantedBy: date('wanted_by', { mode: 'string' }),
    status: text('status', { enum: LISTING_STATUSES }).notNull().default('draft'),
    contactUserId: uuid('contact_user_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('end_user_needs_organisation_idx').on(t.organisationId),
    index('end_user_needs_status_idx').on(t.status, t.publishedAt),
    index('end_user_needs_technologies_idx').using('gin', t.technologies),
    index('end_user_needs_domains_idx').using('gin', t.applicationDomains),
    check('end_user_needs_status_check', sql`${t.status} in (${inList(LISTING_STATUSES)})`),
    check('end_user_needs_currency_check', sql`${t.budgetCurrency} = 'EUR'`),
    check(
      'end_user_needs_budget_check',
      sql`(${t.budgetMin} is null or ${t.budgetMin} >= 0) and (${t.budgetMax} is null or ${t.budgetMax} >= 0) and (${t.budgetMin} is null or ${t.budgetMax} is null or ${t.budgetMin} <= ${t.budgetMax})`,
    ),
  ],
);
