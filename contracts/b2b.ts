import { z } from 'zod';
import { optionalText } from './common';
import { MeetingStatsSchema, type MeetingStats } from './events';

export const WHO_MAY_MEET = ['everyone', 'providers_end_users'] as const;
export const WhoMayMeetSchema = z.enum(WHO_MAY_MEET);
export const REQUEST_STATUSES = ['requested', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export const MEETING_STATUSES = ['accepted', 'scheduled', 'cancelled'] as const;
export const OUTCOMES = ['met', 'follow_up', 'no_fit'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export const SIDES = ['provider', 'end_user', 'both', 'unknown'] as const;

const Iso = z.string();
const Text = z.object({ en: z.string(), fr: z.string() });
/** A wall-clock date-time in the event's time zone, as an <input type="datetime-local"> gives it. */
const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the form 2027-06-10T14:00');

export const B2bSettingsSchema = z.object({
  meetingMinutes: z.number().int(),
  tables: z.number().int(),
  meetingCap: z.number().int().nullable(),
  whoMayMeet: WhoMayMeetSchema,
  requestDeadline: Iso.nullable(),
  autoAccept: z.boolean(),
  publishedAt: Iso.nullable(),
});
export type B2bSettings = z.infer<typeof B2bSettingsSchema>;

export const UpdateB2bSettingsBodySchema = z.object({
  meetingMinutes: z.number().int().min(5).max(240).optional(),
  tables: z.number().int().min(1).max(2000).optional(),
  meetingCap: z.number().int().min(1).max(500).nullable().optional(),
  whoMayMeet: WhoMayMeetSchema.optional(),
  /** Wall-clock time in the event's time zone; null removes the deadline. */
  requestDeadline: LocalDateTime.nullable().optional(),
  autoAccept: z.boolean().optional(),
});
export type UpdateB2bSettingsBody = z.infer<typeof UpdateB2bSettingsBodySchema>;

export const SlotSchema = z.object({ index: z.number().int(), startsAt: Iso, endsAt: Iso });
export const B2bSessionSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameFr: z.string().nullable(),
  startsAt: Iso,
  endsAt: Iso,
  slots: z.array(SlotSchema),
});
export type B2bSession = z.infer<typeof B2bSessionSchema>;

export const CreateB2bSessionBodySchema = z.object({
  name: z.string().trim().min(1).max(80),
  nameFr: optionalText(80),
  startsAt: LocalDateTime,
  endsAt: LocalDateTime,
});
export type CreateB2bSessionBody = z.infer<typeof CreateB2bSessionBodySchema>;

export const B2bEventSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  timeZone: z.string(),
  startsAt: Iso,
  endsAt: Iso,
  status: z.string(),
});

export const B2bOverviewSchema = z.object({
  event: B2bEventSchema,
  settings: B2bSettingsSchema,
  sessions: z.array(B2bSessionSchema),
  me: z.object({ registrationId: z.string(), displayName: z.string(), organisationName: z.string().nullable() }).nullable(),
  can: z.object({ manage: z.boolean(), participate: z.boolean() }),
});
export type B2bOverview = z.infer<typeof B2bOverviewSchema>;

export const ObstacleSchema = z.object({
  code: z.string(),
  message: Text,
  fix: z.enum(['ask_availability', 'open_availability']).nullable(),
});
export type Obstacle = z.infer<typeof ObstacleSchema>;

export const PersonSchema = z.object({
  registrationId: z.string(),
  displayName: z.string(),
  organisation: z
    .object({ id: z.string(), slug: z.string(), name: z.string(), type: z.string(), countryCode: z.string() })
    .nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const ParticipantSchema = PersonSchema.extend({
  side: z.enum(SIDES),
  offers: z.string(),
  seeks: z.string(),
  technologies: z.array(z.string()),
  relation: z.enum(['none', 'requested', 'meeting']),
  obstacles: z.array(ObstacleSchema),
  score: z.number().nullable(),
  reasons: z.array(z.string()),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantListSchema = z.object({ items: z.array(ParticipantSchema), total: z.number().int() });
export const ParticipantQuerySchema = z.object({
  type: z.string().max(40).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  technology: z.string().max(120).optional(),
  q: z.string().max(200).optional(),
});
export type ParticipantQuery = z.infer<typeof ParticipantQuerySchema>;

export const MeetingRequestSchema = z.object({
  id: z.string(),
  status: z.enum(REQUEST_STATUSES),
  message: z.string(),
  createdAt: Iso,
  from: PersonSchema,
  to: z.array(PersonSchema.extend({ response: z.enum(['requested', 'accepted', 'declined']) })),
  meetingId: z.string().nullable(),
  can: z.object({ accept: z.boolean(), decline: z.boolean(), cancel: z.boolean() }),
});
export type MeetingRequest = z.infer<typeof MeetingRequestSchema>;
export const MeetingRequestListSchema = z.object({
  incoming: z.array(MeetingRequestSchema),
  outgoing: z.array(MeetingRequestSchema),
});

export const CreateMeetingRequestBodySchema = z.object({
  to: z.array(z.uuid()).min(1).max(4),
  message: z.string().trim().max(1000).default(''),
});
export type CreateMeetingRequestBody = z.input<typeof CreateMeetingRequestBodySchema>;

export const NudgeBodySchema = z.object({ message: z.string().trim().max(500).optional() });

export const AvailabilitySchema = z.object({
  sessions: z.array(
    B2bSessionSchema.pick({ id: true, name: true, nameFr: true, startsAt: true, endsAt: true }).extend({
      slots: z.array(SlotSchema.extend({ available: z.boolean(), busy: z.boolean() })),
    }),
  ),
});
export type Availability = z.infer<typeof AvailabilitySchema>;
export const UpdateAvailabilityBodySchema = z.object({ unavailable: z.array(z.iso.datetime({ offset: true })).max(1000) });

export const MeetingSchema = z.object({
  id: z.string(),
  status: z.enum(MEETING_STATUSES),
  locked: z.boolean(),
  published: z.boolean(),
  startsAt: Iso.nullable(),
  endsAt: Iso.nullable(),
  table: z.number().int().nullable(),
  participants: z.array(PersonSchema.extend({ outcome: OutcomeSchema.nullable() })),
  kind: z.enum(['c2c', 'c2b', 'b2b']),
  myOutcome: OutcomeSchema.nullable(),
  can: z.object({ outcome: z.boolean(), cancel: z.boolean(), lock: z.boolean() }),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AgendaSchema = z.object({
  event: B2bEventSchema,
  /** The viewer's registration. */
  me: z.string(),
  published: z.boolean(),
  meetings: z.array(MeetingSchema),
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const FeedLinkSchema = z.object({ url: z.string() });

export const ScheduleRunSchema = z.object({
  id: z.string(),
  kind: z.enum(['preliminary', 'published', 'incremental']),
  createdAt: Iso,
  stats: z.record(z.string(), z.number()),
  unscheduled: z.array(z.string()),
});
export type ScheduleRun = z.infer<typeof ScheduleRunSchema>;

// The meeting counts are part of the event statistics as well: one schema for both.
export { MeetingStatsSchema, type MeetingStats };

export const ManageSchema = z.object({
  meetings: z.array(MeetingSchema),
  runs: z.array(ScheduleRunSchema),
  stats: MeetingStatsSchema,
});
export type Manage = z.infer<typeof ManageSchema>;

export const RunScheduleBodySchema = z.object({ timeLimitSeconds: z.number().min(0.1).max(30).default(3) });
export const LockBodySchema = z.object({ locked: z.boolean() });
export const PlaceMeetingBodySchema = z.object({
  slotStartsAt: z.iso.datetime({ offset: true }),
  table: z.number().int().min(0).max(1999),
});
export const OutcomeBodySchema = z.object({ outcome: OutcomeSchema });
