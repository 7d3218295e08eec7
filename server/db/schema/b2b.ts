import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
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
import { eventRegistrations, events } from './events';
import { users } from './users';

/**
 * B2B matchmaking of an event (issue #6). A slot is identified by its start instant: slots are cut
 * from each B2B session at the meeting length, so two meetings in the same slot share `slot_starts_at`.
 * Double-booking is impossible by construction: one meeting per (event, slot, table) and one meeting
 * per (participant, slot), both unique indexes.
 */
export const b2bSettings = pgTable(
  'b2b_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    meetingMinutes: integer('meeting_minutes').notNull().default(20),
    tables: integer('tables').notNull().default(10),
    /** Most meetings one participant may have (accepted or scheduled); null: no cap. */
    meetingCap: integer('meeting_cap'),
    /** everyone | providers_end_users */
    whoMayMeet: text('who_may_meet').notNull().default('everyone'),
    requestDeadline: timestamp('request_deadline', { withTimezone: true }),
    /** Requests become meetings at once, without the recipient's decision. */
    autoAccept: boolean('auto_accept').notNull().default(false),
    /** Set when the final schedule is published; published meetings never move afterwards. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('b2b_settings_meeting_minutes_check', sql`${t.meetingMinutes} between 5 and 240`),
    check('b2b_settings_tables_check', sql`${t.tables} between 1 and 2000`),
    check('b2b_settings_meeting_cap_check', sql`${t.meetingCap} is null or ${t.meetingCap} > 0`),
    check('b2b_settings_who_may_meet_check', sql`${t.whoMayMeet} in ('everyone', 'providers_end_users')`),
  ],
);

/** A time window of the event given to B2B meetings; cut into slots of the meeting length. */
export const b2bSessions = pgTable(
  'b2b_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Shown in sentences ("fully booked in the afternoon session"). */
    name: text('name').notNull(),
    nameFr: text('name_fr'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('b2b_sessions_event_idx').on(t.eventId, t.startsAt),
    check('b2b_sessions_dates_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** Slots a participant cannot meet in. */
export const b2bUnavailability = pgTable(
  'b2b_unavailability',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    slotStartsAt: timestamp('slot_starts_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.slotStartsAt] }), index('b2b_unavailability_event_idx').on(t.eventId)],
);

/** A participant asks one or more others for a meeting. */
export const b2bMeetingRequests = pgTable(
  'b2b_meeting_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    fromRegistrationId: uuid('from_registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    /** requested | accepted | declined | cancelled | expired */
    status: text('status').notNull().default('requested'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('b2b_meeting_requests_event_status_idx').on(t.eventId, t.status),
    index('b2b_meeting_requests_from_idx').on(t.fromRegistrationId),
    check(
      'b2b_meeting_requests_status_check',
      sql`${t.status} in ('requested', 'accepted', 'declined', 'cancelled', 'expired')`,
    ),
  ],
);

/** Each recipient's answer; the request is accepted once every recipient has accepted. */
export const b2bMeetingRequestRecipients = pgTable(
  'b2b_meeting_request_recipients',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => b2bMeetingRequests.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    /** requested | accepted | declined */
    response: text('response').notNull().default('requested'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.registrationId] }),
    index('b2b_meeting_request_recipients_registration_idx').on(t.registrationId),
    check('b2b_meeting_request_recipients_response_check', sql`${t.response} in ('requested', 'accepted', 'declined')`),
  ],
);

/** An agreed meeting of two or more participants; slot and table once scheduled. */
export const b2bMeetings = pgTable(
  'b2b_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').references(() => b2bMeetingRequests.id, { onDelete: 'set null' }),
    /** accepted (waiting for a slot) | scheduled | cancelled */
    status: text('status').notNull().default('accepted'),
    /** Pinned by an organiser: the scheduler never moves it. */
    locked: boolean('locked').notNull().default(false),
    /** Part of the published schedule: never moved by later scheduling. */
    published: boolean('published').notNull().default(false),
    slotStartsAt: timestamp('slot_starts_at', { withTimezone: true }),
    slotEndsAt: timestamp('slot_ends_at', { withTimezone: true }),
    tableNo: integer('table_no'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('b2b_meetings_event_status_idx').on(t.eventId, t.status),
    uniqueIndex('b2b_meetings_cell_key')
      .on(t.eventId, t.slotStartsAt, t.tableNo)
      .where(sql`${t.slotStartsAt} is not null`),
    check('b2b_meetings_status_check', sql`${t.status} in ('accepted', 'scheduled', 'cancelled')`),
    check(
      'b2b_meetings_slot_check',
      sql`(${t.slotStartsAt} is null) = (${t.tableNo} is null) and (${t.slotStartsAt} is null) = (${t.slotEndsAt} is null)`,
    ),
    check('b2b_meetings_scheduled_check', sql`(${t.status} = 'scheduled') = (${t.slotStartsAt} is not null)`),
    check('b2b_meetings_table_check', sql`${t.tableNo} is null or ${t.tableNo} >= 0`),
  ],
);

/**
 * Who sits in a meeting. `slot_starts_at` mirrors the meeting's slot: a trigger (migration b2b_sql)
 * copies every change of the meeting's slot in the same statement, so the per-person unique index
 * rejects a double booking whichever code path moves a meeting.
 */
export const b2bMeetingParticipants = pgTable(
  'b2b_meeting_participants',
  {
    meetingId: uuid('meeting_id').notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    slotStartsAt: timestamp('slot_starts_at', { withTimezone: true }),
    /** met | follow_up | no_fit, answered after the meeting */
    outcome: text('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.registrationId] }),
    foreignKey({ columns: [t.meetingId], foreignColumns: [b2bMeetings.id], name: 'b2b_meeting_participants_meeting_fk' }).onDelete(
      'cascade',
    ),
    uniqueIndex('b2b_meeting_participants_person_slot_key')
      .on(t.eventId, t.slotStartsAt, t.registrationId)
      .where(sql`${t.slotStartsAt} is not null`),
    index('b2b_meeting_participants_registration_idx').on(t.registrationId),
    check('b2b_meeting_participants_outcome_check', sql`${t.outcome} is null or ${t.outcome} in ('met', 'follow_up', 'no_fit')`),
  ],
);

/** One run of the scheduler: preliminary (before publication), published, or incremental (after). */
export const b2bScheduleRuns = pgTable(
  'b2b_schedule_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** preliminary | published | incremental */
    kind: text('kind').notNull(),
    /** { scheduled, unscheduled, idle, maxIdle, meetings, participants, slots, tables, ms, seed } */
    stats: jsonb('stats').$type<Record<string, number>>().notNull().default({}),
    unscheduled: jsonb('unscheduled').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('b2b_schedule_runs_event_idx').on(t.eventId, t.createdAt),
    check('b2b_schedule_runs_kind_check', sql`${t.kind} in ('preliminary', 'published', 'incremental')`),
  ],
);

/** Secret of a participant's calendar subscription URL (SHA-256 stored), usable without a session. */
export const b2bAgendaFeeds = pgTable(
  'b2b_agenda_feeds',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('b2b_agenda_feeds_token_key').on(t.tokenHash)],
);
