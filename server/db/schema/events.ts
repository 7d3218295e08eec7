import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/** The core of an event; the programme, B2B settings and meetings hang on it (events.ts, b2b.ts). */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    descriptionFr: text('description_fr'),
    /** venue | online | hybrid */
    format: text('format').notNull().default('venue'),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    city: text('city'),
    country: text('country'),
    onlineUrl: text('online_url'),
    /** IANA time zone of the event, e.g. Europe/Paris; every time is stored as timestamptz. */
    timeZone: text('time_zone').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Confirmed registrations allowed; null means no limit. */
    capacity: integer('capacity'),
    /** open: confirmed at once; approval: an organiser decides. */
    registrationMode: text('registration_mode').notNull().default('open'),
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(true),
    /** [{ id, label: {en, fr}, kind: 'text' | 'choice', options?, required }] */
    registrationQuestions: jsonb('registration_questions').$type<unknown[]>().notNull().default([]),
    /** draft | published | cancelled */
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_slug_key').on(t.slug),
    index('events_starts_at_idx').on(t.startsAt),
    check('events_format_check', sql`${t.format} in ('venue', 'online', 'hybrid')`),
    check('events_registration_mode_check', sql`${t.registrationMode} in ('open', 'approval')`),
    check('events_status_check', sql`${t.status} in ('draft', 'published', 'cancelled')`),
    check('events_dates_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** The organisations that run an event (2 or 3 clusters co-organise); their admins get organiser rights. */
export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** lead | co_organiser */
    role: text('role').notNull().default('co_organiser'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organisationId] }),
    index('event_organisers_organisation_idx').on(t.organisationId),
    check('event_organisers_role_check', sql`${t.role} in ('lead', 'co_organiser')`),
  ],
);

/** A person's registration to an event, on behalf of one of their organisations. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** pending (awaiting approval) | confirmed | waitlisted | declined | cancelled */
    status: text('status').notNull(),
    /** { [questionId]: answer } */
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    /** What this participant offers and seeks at this event (free text, EN or FR). */
    offers: text('offers').notNull().default(''),
    seeks: text('seeks').notNull().default(''),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    /** Printed on the badge as a QR code; typed or scanned at check-in. */
    badgeCode: text('badge_code').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    noShow: boolean('no_show').notNull().default(false),
    /** When the registration joined the waitlist: the earliest is promoted first. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    /** The organiser who approved, declined or checked in, for the audit of late changes. */
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_event_user_key').on(t.eventId, t.userId),
    uniqueIndex('event_registrations_badge_code_key').on(t.badgeCode),
    index('event_registrations_event_status_idx').on(t.eventId, t.status),
    index('event_registrations_user_idx').on(t.userId),
    index('event_registrations_organisation_idx').on(t.organisationId),
    check(
      'event_registrations_status_check',
      sql`${t.status} in ('pending', 'confirmed', 'waitlisted', 'declined', 'cancelled')`,
    ),
  ],
);

/** A programme item: keynotes (special guests), pitches, networking breaks, B2B sessions. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** keynote | end_user_pitch | technology_offer_pitch | networking_break | b2b_session | other */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    titleFr: text('title_fr'),
    description: text('description').notNull().default(''),
    room: text('room'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_sessions_event_starts_idx').on(t.eventId, t.startsAt),
    check(
      'event_sessions_kind_check',
      sql`${t.kind} in ('keynote', 'end_user_pitch', 'technology_offer_pitch', 'networking_break', 'b2b_session', 'other')`,
    ),
    check('event_sessions_dates_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A speaker of a programme item: linked to a registered organisation, or with a free organisation name. */
export const eventSessionSpeakers = pgTable(
  'event_session_speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    organisationName: text('organisation_name'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('event_session_speakers_session_idx').on(t.sessionId, t.position)],
);
