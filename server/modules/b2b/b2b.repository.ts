import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  b2bAgendaFeeds,
  b2bMeetingParticipants,
  b2bMeetingRequestRecipients,
  b2bMeetingRequests,
  b2bMeetings,
  b2bScheduleRuns,
  b2bSessions,
  b2bSettings,
  b2bUnavailability,
  eventOrganisers,
  eventRegistrations,
  events,
  organisations,
  users,
} from '../../db/schema';
import { pgConstraint, isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';
import type { EventRow } from '../events/events.repository';

// The event, its organisers' rights and who they are: as the events module reads them.
export {
  adminOrganisationIds,
  findEventBySlug,
  findRegistration as findRegistrationOfUser,
  organiserUserIds,
  type EventRow,
} from '../events/events.repository';
export type SettingsRow = typeof b2bSettings.$inferSelect;
export type SessionRow = typeof b2bSessions.$inferSelect;
export type RequestRow = typeof b2bMeetingRequests.$inferSelect;
export type RecipientRow = typeof b2bMeetingRequestRecipients.$inferSelect;
export type MeetingRow = typeof b2bMeetings.$inferSelect;
export type RunRow = typeof b2bScheduleRuns.$inferSelect;

export async function findEventById(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

export async function organiserIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await db.select({ id: eventOrganisers.organisationId }).from(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  return rows.map((r) => r.id);
}

// ---------- settings and sessions

export const DEFAULT_SETTINGS = {
  meetingMinutes: 20,
  tables: 10,
  meetingCap: null,
  whoMayMeet: 'everyone',
  requestDeadline: null,
  autoAccept: false,
  publishedAt: null,
} as const;

export async function getSettings(db: DbOrTx, eventId: string): Promise<SettingsRow> {
  const [row] = await db.select().from(b2bSettings).where(eq(b2bSettings.eventId, eventId));
  return row ?? { eventId, ...DEFAULT_SETTINGS, updatedAt: new Date(0) };
}

/** Serialises the B2B writes of one event (scheduling, publication, late placements, settings). */
export async function lockEventB2b(tx: DbOrTx, eventId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`b2b:${eventId}`}))`);
}

export async function upsertSettings(db: DbOrTx, eventId: string, values: Partial<typeof b2bSettings.$inferInsert>): Promise<SettingsRow> {
  const [row] = await db
    .insert(b2bSettings)
    .values({ eventId, ...values })
    .onConflictDoUpdate({ target: b2bSettings.eventId, set: values })
    .returning();
  return row!;
}

export function listSessions(db: DbOrTx, eventId: string): Promise<SessionRow[]> {
  return db.select().from(b2bSessions).where(eq(b2bSessions.eventId, eventId)).orderBy(asc(b2bSessions.startsAt), asc(b2bSessions.id));
}

export async function insertSession(db: DbOrTx, values: typeof b2bSessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(b2bSessions).values(values).returning();
  return row!;
}

export async function deleteSession(db: DbOrTx, eventId: string, id: string): Promise<boolean> {
  const rows = await db.delete(b2bSessions).where(and(eq(b2bSessions.eventId, eventId), eq(b2bSessions.id, id))).returning({ id: b2bSessions.id });
  return rows.length > 0;
}

// ---------- participants

/** Registrations with their person and organisation; cancelled ones too when `confirmedOnly` is false (past meetings name them). */
export async function listParticipants(db: DbOrTx, eventId: string, options: { confirmedOnly: boolean }) {
  return db
    .select({
      registrationId: eventRegistrations.id,
      userId: eventRegistrations.userId,
      status: eventRegistrations.status,
      offers: eventRegistrations.offers,
      seeks: eventRegistrations.seeks,
      technologies: eventRegistrations.technologies,
      domains: eventRegistrations.domains,
      noShow: eventRegistrations.noShow,
      displayName: users.displayName,
      email: users.email,
      locale: users.locale,
      orgId: organisations.id,
      orgSlug: organisations.slug,
      orgName: organisations.name,
      orgType: organisations.type,
      orgCountry: organisations.countryCode,
      orgRegion: organisations.regionCode,
      orgRoles: organisations.valueChainRoles,
      orgTechnologies: organisations.technologies,
      orgDomains: organisations.applicationDomains,
      orgKeywords: organisations.keywords,
      orgDescriptionEn: organisations.descriptionEn,
      orgDescriptionFr: organisations.descriptionFr,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), options.confirmedOnly ? eq(eventRegistrations.status, 'confirmed') : undefined))
    .orderBy(asc(users.displayName), asc(eventRegistrations.id));
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export async function listUnavailability(db: DbOrTx, eventId: string) {
  return db
    .select({ registrationId: b2bUnavailability.registrationId, slotStartsAt: b2bUnavailability.slotStartsAt })
    .from(b2bUnavailability)
    .where(eq(b2bUnavailability.eventId, eventId));
}

export async function replaceUnavailability(db: DbOrTx, eventId: string, registrationId: string, slots: Date[]): Promise<void> {
  await db.delete(b2bUnavailability).where(eq(b2bUnavailability.registrationId, registrationId));
  if (slots.length) await db.insert(b2bUnavailability).values(slots.map((slotStartsAt) => ({ eventId, registrationId, slotStartsAt })));
}

/** Serialises one participant's bookings (cap checks hold against concurrent requests). */
export async function lockRegistrations(tx: DbOrTx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.id, [...ids].sort()))
    .orderBy(asc(eventRegistrations.id))
    .for('no key update');
}

// ---------- requests

export async function insertRequest(
  db: DbOrTx,
  values: typeof b2bMeetingRequests.$inferInsert,
  recipients: string[],
): Promise<RequestRow> {
  const [row] = await db.insert(b2bMeetingRequests).values(values).returning();
  await db.insert(b2bMeetingRequestRecipients).values(recipients.map((registrationId) => ({ requestId: row!.id, registrationId })));
  return row!;
}

export async function lockRequest(tx: DbOrTx, eventId: string, id: string): Promise<RequestRow | undefined> {
  const [row] = await tx
    .select()
    .from(b2bMeetingRequests)
    .where(and(eq(b2bMeetingRequests.eventId, eventId), eq(b2bMeetingRequests.id, id)))
    .for('update');
  return row;
}

export function recipientsOf(db: DbOrTx, requestIds: string[]): Promise<RecipientRow[]> {
  if (!requestIds.length) return Promise.resolve([]);
  return db.select().from(b2bMeetingRequestRecipients).where(inArray(b2bMeetingRequestRecipients.requestId, requestIds));
}

export async function setRecipientResponse(db: DbOrTx, requestId: string, registrationId: string, response: 'accepted' | 'declined', at: Date) {
  await db
    .update(b2bMeetingRequestRecipients)
    .set({ response, respondedAt: at })
    .where(and(eq(b2bMeetingRequestRecipients.requestId, requestId), eq(b2bMeetingRequestRecipients.registrationId, registrationId)));
}

export async function setRequestStatus(db: DbOrTx, id: string, status: RequestRow['status'], at: Date): Promise<void> {
  await db.update(b2bMeetingRequests).set({ status, decidedAt: at }).where(eq(b2bMeetingRequests.id, id));
}

/** Requests of the event that involve the registration, as sender or recipient. */
export async function requestsInvolving(db: DbOrTx, eventId: string, registrationId: string): Promise<RequestRow[]> {
  const asRecipient = db
    .select({ id: b2bMeetingRequestRecipients.requestId })
    .from(b2bMeetingRequestRecipients)
    .where(eq(b2bMeetingRequestRecipients.registrationId, registrationId));
  return db
    .select()
    .from(b2bMeetingRequests)
    .where(
      and(
        eq(b2bMeetingRequests.eventId, eventId),
        or(eq(b2bMeetingRequests.fromRegistrationId, registrationId), inArray(b2bMeetingRequests.id, asRecipient)),
      ),
    )
    .orderBy(desc(b2bMeetingRequests.createdAt), asc(b2bMeetingRequests.id));
}

export async function pendingRequests(db: DbOrTx, eventId: string): Promise<RequestRow[]> {
  return db
    .select()
    .from(b2bMeetingRequests)
    .where(and(eq(b2bMeetingRequests.eventId, eventId), eq(b2bMeetingRequests.status, 'requested')));
}

/** Marks the event's open requests expired; returns them (for the notices). */
export async function expireRequests(db: DbOrTx, eventId: string, at: Date): Promise<RequestRow[]> {
  return db
    .update(b2bMeetingRequests)
    .set({ status: 'expired', decidedAt: at })
    .where(and(eq(b2bMeetingRequests.eventId, eventId), eq(b2bMeetingRequests.status, 'requested')))
    .returning();
}

export async function countRequests(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(b2bMeetingRequests).where(eq(b2bMeetingRequests.eventId, eventId));
  return row?.n ?? 0;
}

// ---------- meetings

export async function insertMeeting(db: DbOrTx, eventId: string, requestId: string | null, participants: string[]): Promise<MeetingRow> {
  const [row] = await db.insert(b2bMeetings).values({ eventId, requestId }).returning();
  await db.insert(b2bMeetingParticipants).values(participants.map((registrationId) => ({ meetingId: row!.id, eventId, registrationId })));
  return row!;
}

export function listMeetings(db: DbOrTx, eventId: string, options: { includeCancelled?: boolean } = {}): Promise<MeetingRow[]> {
  return db
    .select()
    .from(b2bMeetings)
    .where(and(eq(b2bMeetings.eventId, eventId), options.includeCancelled ? undefined : ne(b2bMeetings.status, 'cancelled')))
    .orderBy(asc(b2bMeetings.slotStartsAt), asc(b2bMeetings.tableNo), asc(b2bMeetings.createdAt), asc(b2bMeetings.id));
}

export function meetingParticipants(db: DbOrTx, eventId: string) {
  return db
    .select({
      meetingId: b2bMeetingParticipants.meetingId,
      registrationId: b2bMeetingParticipants.registrationId,
      outcome: b2bMeetingParticipants.outcome,
    })
    .from(b2bMeetingParticipants)
    .where(eq(b2bMeetingParticipants.eventId, eventId));
}

export async function lockMeeting(tx: DbOrTx, eventId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await tx
    .select()
    .from(b2bMeetings)
    .where(and(eq(b2bMeetings.eventId, eventId), eq(b2bMeetings.id, id)))
    .for('update');
  return row;
}

export async function updateMeeting(db: DbOrTx, id: string, values: Partial<typeof b2bMeetings.$inferInsert>): Promise<MeetingRow> {
  const [row] = await db.update(b2bMeetings).set(values).where(eq(b2bMeetings.id, id)).returning();
  return row!;
}

/** The cell or one participant's slot is taken: tells which, in words. */
export class SlotTaken extends Error {
  constructor(readonly what: 'cell' | 'person') {
    super(what);
  }
}

/** Puts a meeting in a cell; the unique indexes settle races between simultaneous bookings. */
export async function placeMeeting(db: DbOrTx, id: string, slotStartsAt: Date, slotEndsAt: Date, tableNo: number): Promise<MeetingRow> {
  try {
    const [row] = await db
      .update(b2bMeetings)
      .set({ slotStartsAt, slotEndsAt, tableNo, status: 'scheduled' })
      .where(eq(b2bMeetings.id, id))
      .returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e)) throw new SlotTaken(pgConstraint(e) === 'b2b_meetings_cell_key' ? 'cell' : 'person');
    throw e;
  }
}

export async function unplaceMeetings(db: DbOrTx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db
    .update(b2bMeetings)
    .set({ slotStartsAt: null, slotEndsAt: null, tableNo: null, status: 'accepted' })
    .where(inArray(b2bMeetings.id, ids));
}

export async function publishMeetings(db: DbOrTx, eventId: string): Promise<void> {
  await db
    .update(b2bMeetings)
    .set({ published: true })
    .where(and(eq(b2bMeetings.eventId, eventId), eq(b2bMeetings.status, 'scheduled')));
}

export async function setOutcome(db: DbOrTx, meetingId: string, registrationId: string, outcome: string, at: Date): Promise<void> {
  await db
    .update(b2bMeetingParticipants)
    .set({ outcome, outcomeAt: at })
    .where(and(eq(b2bMeetingParticipants.meetingId, meetingId), eq(b2bMeetingParticipants.registrationId, registrationId)));
}

// ---------- runs, feeds

export async function insertRun(db: DbOrTx, values: typeof b2bScheduleRuns.$inferInsert): Promise<RunRow> {
  const [row] = await db.insert(b2bScheduleRuns).values(values).returning();
  return row!;
}

export function listRuns(db: DbOrTx, eventId: string, limit = 10): Promise<RunRow[]> {
  return db
    .select()
    .from(b2bScheduleRuns)
    .where(eq(b2bScheduleRuns.eventId, eventId))
    .orderBy(desc(b2bScheduleRuns.createdAt), desc(b2bScheduleRuns.id))
    .limit(limit);
}

export async function countRuns(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(b2bScheduleRuns).where(eq(b2bScheduleRuns.eventId, eventId));
  return row?.n ?? 0;
}

export async function saveFeedToken(db: DbOrTx, registrationId: string, tokenHash: string, at: Date): Promise<void> {
  await db
    .insert(b2bAgendaFeeds)
    .values({ registrationId, tokenHash, createdAt: at })
    .onConflictDoUpdate({ target: b2bAgendaFeeds.registrationId, set: { tokenHash, createdAt: at } });
}

export async function findFeed(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ registrationId: b2bAgendaFeeds.registrationId, eventId: eventRegistrations.eventId, userId: eventRegistrations.userId, status: eventRegistrations.status })
    .from(b2bAgendaFeeds)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, b2bAgendaFeeds.registrationId))
    .where(eq(b2bAgendaFeeds.tokenHash, tokenHash));
  return row;
}

export async function findUserLocale(db: DbOrTx, userId: string) {
  const [row] = await db.select({ locale: users.locale, displayName: users.displayName, email: users.email }).from(users).where(eq(users.id, userId));
  return row;
}

// ---------- statistics

export async function meetingCounts(db: DbOrTx, eventId: string) {
  const rows = await db
    .select({
      meetingId: b2bMeetings.id,
      status: b2bMeetings.status,
      orgType: organisations.type,
      outcome: b2bMeetingParticipants.outcome,
      checkedIn: isNotNull(eventRegistrations.checkedInAt),
      noShow: eventRegistrations.noShow,
    })
    .from(b2bMeetings)
    .innerJoin(b2bMeetingParticipants, eq(b2bMeetingParticipants.meetingId, b2bMeetings.id))
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, b2bMeetingParticipants.registrationId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(eq(b2bMeetings.eventId, eventId));
  return rows;
}

export function notFoundEvent() {
  return AppError.notFound('Event');
}
