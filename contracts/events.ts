import { z } from 'zod';
import { optionalText } from './common';
import { COUNTRY_CODES } from './countries';
import { OrganisationTypeSchema } from './organisations';

export const EVENT_FORMATS = ['venue', 'online', 'hybrid'] as const;
export const EventFormatSchema = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormatSchema>;

export const REGISTRATION_MODES = ['open', 'approval'] as const;
export const RegistrationModeSchema = z.enum(REGISTRATION_MODES);

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const SESSION_KINDS = [
  'keynote',
  'end_user_pitch',
  'technology_offer_pitch',
  'networking_break',
  'b2b_session',
  'other',
] as const;
export const SessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKindSchema>;

export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

export const QUESTION_KINDS = ['text', 'choice'] as const;

/**
 * Wall-clock time in the event's time zone, as a datetime-local input gives it: "2027-06-10T09:00".
 * The server turns it into an instant with the event's IANA zone, so organisers never convert by hand.
 */
export const LocalDateTimeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Expected a local date and time, e.g. 2027-06-10T09:00');

const text = (max: number) => z.string().trim().max(max);

export const RegistrationQuestionSchema = z
  .object({
    /** Kept when an organiser edits the questions, so answers stay attached; generated when absent. */
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    label: z.object({ en: text(300).min(1), fr: text(300).default('') }),
    kind: z.enum(QUESTION_KINDS),
    options: z.array(text(200).min(1)).max(30).default([]),
    required: z.boolean().default(false),
  })
  .refine((q) => q.kind !== 'choice' || q.options.length >= 2, {
    message: 'A single-choice question needs at least two options',
    path: ['options'],
  });
export type RegistrationQuestionInput = z.input<typeof RegistrationQuestionSchema>;

export const StoredQuestionSchema = z.object({
  id: z.string(),
  label: z.object({ en: z.string(), fr: z.string() }),
  kind: z.enum(QUESTION_KINDS),
  options: z.array(z.string()),
  required: z.boolean(),
});
export type RegistrationQuestion = z.infer<typeof StoredQuestionSchema>;

const eventFields = {
  title: text(200).min(3),
  description: text(10_000).default(''),
  descriptionFr: optionalText(10_000),
  format: EventFormatSchema,
  venueName: optionalText(200),
  venueAddress: optionalText(500),
  city: optionalText(120),
  country: z.enum(COUNTRY_CODES).nullable().optional(),
  onlineUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  /** IANA zone, checked by the server against the zone database (e.g. Europe/Paris). */
  timeZone: text(64).min(1),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  registrationMode: RegistrationModeSchema.default('open'),
  waitlistEnabled: z.boolean().default(true),
  registrationQuestions: z.array(RegistrationQuestionSchema).max(20).default([]),
  /** Co-organising organisations (ids); their admins get organiser rights. */
  coOrganiserIds: z.array(z.uuid()).max(5).default([]),
};

export const CreateEventBodySchema = z.object({
  ...eventFields,
  /** The lead organisation: the creator must be one of its admins. */
  leadOrganisationId: z.uuid(),
});
export type CreateEventBody = z.input<typeof CreateEventBodySchema>;

export const UpdateEventBodySchema = z.object(eventFields).partial();
export type UpdateEventBody = z.input<typeof UpdateEventBodySchema>;

export const SpeakerInputSchema = z.object({
  name: text(200).min(1),
  organisationId: z.uuid().nullable().optional(),
  organisationName: optionalText(200),
});

export const SessionBodySchema = z.object({
  kind: SessionKindSchema,
  title: text(300).min(1),
  titleFr: optionalText(300),
  description: text(5000).default(''),
  room: optionalText(120),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  speakers: z.array(SpeakerInputSchema).max(20).default([]),
});
export type SessionBody = z.input<typeof SessionBodySchema>;

export const SpeakerSchema = z.object({
  name: z.string(),
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  organisationName: z.string().nullable(),
});

export const ProgrammeSessionSchema = z.object({
  id: z.string(),
  kind: SessionKindSchema,
  title: z.string(),
  titleFr: z.string().nullable(),
  description: z.string(),
  room: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Wall-clock times in the event's time zone ("2027-06-10T09:00"). */
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  speakers: z.array(SpeakerSchema),
});
export type ProgrammeSession = z.infer<typeof ProgrammeSessionSchema>;

export const EventOrganiserSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  type: OrganisationTypeSchema,
  role: z.enum(['lead', 'co_organiser']),
});

const registrationBrief = z.object({
  id: z.string(),
  status: RegistrationStatusSchema,
  badgeCode: z.string(),
  organisationId: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});

export const EventSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  format: EventFormatSchema,
  city: z.string().nullable(),
  country: z.string().nullable(),
  timeZone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  status: EventStatusSchema,
  organisers: z.array(EventOrganiserSchema),
  confirmedCount: z.number().int(),
  capacity: z.number().int().nullable(),
  isOrganiser: z.boolean(),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

export const EventSchema = EventSummarySchema.extend({
  description: z.string(),
  descriptionFr: z.string().nullable(),
  venueName: z.string().nullable(),
  venueAddress: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  registrationMode: RegistrationModeSchema,
  waitlistEnabled: z.boolean(),
  registrationQuestions: z.array(StoredQuestionSchema),
  programme: z.array(ProgrammeSessionSchema),
  myRegistration: registrationBrief.nullable(),
  can: z.object({
    edit: z.boolean(),
    publish: z.boolean(),
    cancel: z.boolean(),
    manage: z.boolean(),
    register: z.boolean(),
  }),
});
export type Event = z.infer<typeof EventSchema>;

export const EventListQuerySchema = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  q: z.string().trim().max(200).optional(),
  format: EventFormatSchema.optional(),
  country: z.enum(COUNTRY_CODES).optional(),
  /** Only events the signed-in user organises (drafts included). */
  mine: z.enum(['organising']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const EventListSchema = z.object({ items: z.array(EventSummarySchema) });

// ---------- Registration ----------

export const RegisterBodySchema = z.object({
  organisationId: z.uuid(),
  offers: text(2000).default(''),
  seeks: text(2000).default(''),
  /** Pre-filled from the organisation profile; the participant may narrow them for this event. */
  technologies: z.array(z.string().max(120)).max(50).optional(),
  domains: z.array(z.string().max(120)).max(50).optional(),
  answers: z.record(z.string(), text(2000)).default({}),
});
export type RegisterBody = z.input<typeof RegisterBodySchema>;

export const RegistrationOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: OrganisationTypeSchema,
  technologies: z.array(z.string()),
  domains: z.array(z.string()),
});
export const RegistrationOptionsSchema = z.object({ organisations: z.array(RegistrationOptionSchema) });

export const RegistrationSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  status: RegistrationStatusSchema,
  participant: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  organisation: z
    .object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      type: OrganisationTypeSchema,
      country: z.string(),
    })
    .nullable(),
  offers: z.string(),
  seeks: z.string(),
  technologies: z.array(z.string()),
  domains: z.array(z.string()),
  answers: z.record(z.string(), z.string()),
  badgeCode: z.string(),
  checkedInAt: z.string().nullable(),
  noShow: z.boolean(),
  createdAt: z.string(),
});
export type Registration = z.infer<typeof RegistrationSchema>;

export const RegistrationListQuerySchema = z.object({
  status: RegistrationStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  organisationType: OrganisationTypeSchema.optional(),
  country: z.enum(COUNTRY_CODES).optional(),
  attendance: z.enum(['checked_in', 'no_show', 'not_checked_in']).optional(),
});
export type RegistrationListQuery = z.infer<typeof RegistrationListQuerySchema>;
export const RegistrationListSchema = z.object({ items: z.array(RegistrationSchema) });

export const ExportQuerySchema = RegistrationListQuerySchema.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export const StatsExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const CheckInBodySchema = z.object({ code: z.string().trim().min(4).max(40) });
export const CheckInResultSchema = z.object({
  registration: RegistrationSchema,
  alreadyCheckedIn: z.boolean(),
});
export const NoShowBodySchema = z.object({ noShow: z.boolean() });

// ---------- Statistics ----------

const countRow = z.object({ key: z.string(), count: z.number().int() });

export const MeetingStatsSchema = z.object({
  requested: z.number().int(),
  accepted: z.number().int(),
  scheduled: z.number().int(),
  held: z.number().int(),
  c2c: z.number().int(),
  c2b: z.number().int(),
  b2b: z.number().int(),
});
export type MeetingStats = z.infer<typeof MeetingStatsSchema>;

export const EventStatsSchema = z.object({
  byStatus: z.array(countRow),
  attendance: z.object({
    confirmed: z.number().int(),
    checkedIn: z.number().int(),
    noShow: z.number().int(),
    notYet: z.number().int(),
  }),
  byOrganisationType: z.array(countRow),
  byCountry: z.array(countRow),
  /** null while the B2B module does not provide meeting counts. */
  meetings: MeetingStatsSchema.nullable(),
});
export type EventStats = z.infer<typeof EventStatsSchema>;
