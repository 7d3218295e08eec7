import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  INTEREST_STATUSES,
  PARTNER_REQUEST_KINDS,
  PARTNER_REQUEST_STATUSES,
  PARTNER_REQUEST_VISIBILITIES,
} from '../../../contracts/partner-requests';
import { organisations } from './organisations';
import { users } from './users';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** "We look for partners": published by an organisation (usually a cluster), matched against the directory. */
export const partnerRequests = pgTable(
  'partner_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Sanitised HTML (sanitize-html allow-list), never the raw input. */
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: PARTNER_REQUEST_KINDS }).notNull(),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The contact person; null once the account is deleted (or for seeded requests). */
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    soughtTypes: text('sought_types').array().notNull().default(sql`'{}'::text[]`),
    soughtTechnologies: text('sought_technologies').array().notNull().default(sql`'{}'::text[]`),
    soughtDomains: text('sought_domains').array().notNull().default(sql`'{}'::text[]`),
    soughtRoles: text('sought_roles').array().notNull().default(sql`'{}'::text[]`),
    soughtCountries: text('sought_countries').array().notNull().default(sql`'{}'::text[]`),
    soughtRegions: text('sought_regions').array().notNull().default(sql`'{}'::text[]`),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    /** IANA zone the deadline was given in (Europe/Paris): how it is shown back. */
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: PARTNER_REQUEST_STATUSES }).notNull().default('draft'),
    visibility: text('visibility', { enum: PARTNER_REQUEST_VISIBILITIES }).notNull().default('public'),
    /** The deadline a reminder was sent for: the job's ledger, so a retried or repeated job sends one. */
    reminderSentFor: timestamp('reminder_sent_for', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partner_requests_lead_idx').on(t.leadOrganisationId),
    index('partner_requests_status_deadline_idx').on(t.status, t.deadline),
    check('partner_requests_kind_check', sql`${t.kind} in (${inList(PARTNER_REQUEST_KINDS)})`),
    check('partner_requests_status_check', sql`${t.status} in (${inList(PARTNER_REQUEST_STATUSES)})`),
    check('partner_requests_visibility_check', sql`${t.visibility} in (${inList(PARTNER_REQUEST_VISIBILITIES)})`),
  ],
);

/** Associated partners: a registered organisation, or a name for one that is not on the platform. */
export const partnerRequestPartners = pgTable(
  'partner_request_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('partner_request_partners_request_idx').on(t.requestId),
    index('partner_request_partners_org_idx').on(t.organisationId),
    uniqueIndex('partner_request_partners_org_key').on(t.requestId, t.organisationId),
    check('partner_request_partners_one_check', sql`(${t.organisationId} is null) <> (${t.name} is null)`),
  ],
);

/** An organisation (through one of its people) interested in a request, and the owner's answer. */
export const partnerRequestInterests = pgTable(
  'partner_request_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    status: text('status', { enum: INTEREST_STATUSES }).notNull().default('pending'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One interest per organisation: settles concurrent submissions.
    uniqueIndex('partner_request_interests_org_key').on(t.requestId, t.organisationId),
    index('partner_request_interests_org_idx').on(t.organisationId),
    check('partner_request_interests_status_check', sql`${t.status} in (${inList(INTEREST_STATUSES)})`),
  ],
);

export const partnerRequestFollows = pgTable(
  'partner_request_follows',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.userId] }), index('partner_request_follows_user_idx').on(t.userId)],
);

export const partnerRequestComments = pgTable(
  'partner_request_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** Hidden by a moderator: shown to moderators and the author only. */
    hidden: boolean('hidden').notNull().default(false),
    hiddenBy: uuid('hidden_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_request_comments_request_idx').on(t.requestId, t.createdAt)],
);

/** Matches the owner set aside; kept per request so the ranking can be recomputed freely. */
export const partnerRequestHiddenMatches = pgTable(
  'partner_request_hidden_matches',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    hiddenBy: uuid('hidden_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.organisationId] })],
);

/** The owner invited a matched organisation to express interest (once per organisation). */
export const partnerRequestInvitations = pgTable(
  'partner_request_invitations',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.organisationId] }), index('partner_request_invitations_org_idx').on(t.organisationId)],
);
