import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { RegistrationListQuery } from '../../../contracts/events';
import type { DbOrTx } from '../../db/client';
import {
  eventOrganisers,
  eventRegistrations,
  events,
  eventSessions,
  eventSessionSpeakers,
  organisationMembers,
  organisations,
  users,
} from '../../db/schema';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../errors';
import { slugify } from '../../lib/slug';

export type EventRow = typeof events.$inferSelect;
export type EventInsert = typeof events.$inferInsert;
export type SessionRow = typeof eventSessions.$inferSelect;
export type SpeakerRow = typeof eventSessionSpeakers.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export interface OrganiserRow {
  eventId: string;
  id: string;
  slug: string;
  name: string;
  type: (typeof organisations.$inferSelect)['type'];
  role: 'lead' | 'co_organiser';
}

// ---------- who is who ----------

/** Organisations in which the user is an active admin: the source of organiser rights. */
export async function adminOrganisationIds(db: DbOrTx, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.userId, userId),
        eq(organisationMembers.role, 'admin'),
        eq(organisationMembers.status, 'active'),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Organisations the user belongs to (active member or admin), with what pre-fills an event profile. */
export function memberOrganisations(db: DbOrTx, userId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      technologies: organisations.technologies,
      domains: organisations.applicationDomains,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.status, 'active')))
    .orderBy(asc(organisations.name));
}

export async function existingOrganisationIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Active admins of the organising organisations: they are told about registrations awaiting approval. */
export async function organiserUserIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: organisationMembers.userId })
    .from(eventOrganisers)
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, eventOrganisers.organisationId))
    .where(
      and(
        eq(eventOrganisers.eventId, eventId),
        eq(organisationMembers.role, 'admin'),
        eq(organisationMembers.status, 'active'),
      ),
    );
  return rows.map((r) => r.userId);
}

// ---------- events ----------

async function freeSlug(db: DbOrTx, title: string, startsAt: Date): Promise<string> {
  const base = `${slugify(title).slice(0, 70) || 'event'}-${startsAt.getUTCFullYear()}`;
  const taken = await db
    .select({ slug: events.slug })
    .from(events)
    .where(or(eq(events.slug, base), sql`${events.slug} like ${`${base}-%`}`));
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

export async function insertEvent(db: DbOrTx, values: Omit<EventInsert, 'slug'>): Promise<EventRow> {
  const slug = await freeSlug(db, values.title, values.startsAt);
  try {
    const [row] = await db
      .insert(events)
      .values({ ...values, slug })
      .returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', 'An event with this title was just created; try again');
    throw e;
  }
}

export async function updateEvent(db: DbOrTx, id: string, values: Partial<EventInsert>): Promise<EventRow> {
  const [row] = await db.update(events).set(values).where(eq(events.id, id)).returning();
  if (!row) throw AppError.notFound('Event');
  return row;
}

export async function findEventBySlug(db: DbOrTx, slug: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.slug, slug));
  return row;
}

/**
 * Locks the event row: every change to its seats (registration, cancellation, approval) goes through
 * this lock, so the capacity check and the insert it guards cannot interleave.
 */
export async function lockEvent(tx: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return row;
}

export async function setOrganisers(
  db: DbOrTx,
  eventId: string,
  leadId: string,
  coIds: string[],
): Promise<void> {
  await db.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  await db
    .insert(eventOrganisers)
    .values([
      { eventId, organisationId: leadId, role: 'lead' },
      ...coIds
        .filter((id) => id !== leadId)
        .map((organisationId) => ({ eventId, organisationId, role: 'co_organiser' })),
    ]);
}

export async function organisersOf(db: DbOrTx, eventIds: string[]): Promise<OrganiserRow[]> {
  if (!eventIds.length) return [];
  const rows = await db
    .select({
      eventId: eventOrganisers.eventId,
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      role: eventOrganisers.role,
    })
    .from(eventOrganisers)
    .innerJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
    .where(inArray(eventOrganisers.eventId, eventIds))
    .orderBy(sql`${eventOrganisers.role} = 'lead' desc`, asc(organisations.name));
  return rows as OrganiserRow[];
}

export async function confirmedCounts(db: DbOrTx, eventIds: string[]): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const rows = await db
    .select({ eventId: eventRegistrations.eventId, n: count() })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.eventId, eventIds), eq(eventRegistrations.status, 'confirmed')))
    .groupBy(eventRegistrations.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

export async function countConfirmed(db: DbOrTx, eventId: string): Promise<number> {
  return (await confirmedCounts(db, [eventId])).get(eventId) ?? 0;
}

export interface EventListFilter {
  when: 'upcoming' | 'past';
  q?: string | undefined;
  format?: string | undefined;
  country?: string | undefined;
  organisingOnly: boolean;
  limit: number;
}

/** Public events plus the drafts of the organisations `adminOrgIds` administers; filtered in SQL. */
export function listEvents(
  db: DbOrTx,
  filter: EventListFilter,
  adminOrgIds: string[],
  now: Date,
  seeAllDrafts: boolean,
) {
  const organising: SQL = adminOrgIds.length
    ? sql`exists (select 1 from ${eventOrganisers} eo where eo.event_id = ${events.id} and eo.organisation_id in (${sql.join(
        adminOrgIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`
    : sql`false`;
  const conditions: SQL[] = [
    filter.when === 'upcoming' ? gte(events.endsAt, now) : lt(events.endsAt, now),
    filter.organisingOnly
      ? organising
      : seeAllDrafts
        ? sql`true`
        : or(sql`${events.status} <> 'draft'`, organising)!,
  ];
  if (filter.q) conditions.push(ilike(events.title, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.format) conditions.push(eq(events.format, filter.format));
  if (filter.country) conditions.push(eq(events.country, filter.country));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(filter.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
    .limit(filter.limit);
}

// ---------- programme ----------

export function listSessions(db: DbOrTx, eventId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, eventId))
    .orderBy(asc(eventSessions.startsAt), asc(eventSessions.endsAt), asc(eventSessions.id));
}

export async function findSession(db: DbOrTx, eventId: string, id: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.id, id), eq(eventSessions.eventId, eventId)));
  return row;
}

export async function insertSession(
  db: DbOrTx,
  values: typeof eventSessions.$inferInsert,
): Promise<SessionRow> {
  const [row] = await db.insert(eventSessions).values(values).returning();
  return row!;
}

export async function updateSession(
  db: DbOrTx,
  id: string,
  values: Partial<typeof eventSessions.$inferInsert>,
): Promise<SessionRow> {
  const [row] = await db.update(eventSessions).set(values).where(eq(eventSessions.id, id)).returning();
  return row!;
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(eventSessions).where(eq(eventSessions.id, id));
}

export async function replaceSpeakers(
  db: DbOrTx,
  sessionId: string,
  speakers: { name: string; organisationId: string | null; organisationName: string | null }[],
): Promise<void> {
  await db.delete(eventSessionSpeakers).where(eq(eventSessionSpeakers.sessionId, sessionId));
  if (speakers.length)
    await db
      .insert(eventSessionSpeakers)
      .values(speakers.map((s, position) => ({ ...s, sessionId, position })));
}

export async function speakersOf(db: DbOrTx, sessionIds: string[]) {
  if (!sessionIds.length) return [];
  return db
    .select({
      sessionId: eventSessionSpeakers.sessionId,
      name: eventSessionSpeakers.name,
      organisationName: eventSessionSpeakers.organisationName,
      organisationId: organisations.id,
      organisationSlug: organisations.slug,
      organisationDisplayName: organisations.name,
    })
    .from(eventSessionSpeakers)
    .leftJoin(organisations, eq(organisations.id, eventSessionSpeakers.organisationId))
    .where(inArray(eventSessionSpeakers.sessionId, sessionIds))
    .orderBy(asc(eventSessionSpeakers.sessionId), asc(eventSessionSpeakers.position));
}
export type SpeakerView = Awaited<ReturnType<typeof speakersOf>>[number];

// ---------- registrations ----------

/** The event's registration that meets the condition. */
async function registrationWhere(
  db: DbOrTx,
  eventId: string,
  condition: SQL,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), condition));
  return row;
}

export function findRegistration(db: DbOrTx, eventId: string, userId: string) {
  return registrationWhere(db, eventId, eq(eventRegistrations.userId, userId));
}

export function findRegistrationById(db: DbOrTx, eventId: string, id: string) {
  return registrationWhere(db, eventId, eq(eventRegistrations.id, id));
}

export function findRegistrationByBadge(db: DbOrTx, eventId: string, badgeCode: string) {
  return registrationWhere(db, eventId, eq(eventRegistrations.badgeCode, badgeCode));
}

export async function insertRegistration(
  db: DbOrTx,
  values: typeof eventRegistrations.$inferInsert,
): Promise<RegistrationRow> {
  try {
    const [row] = await db.insert(eventRegistrations).values(values).returning();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'You are already registered to this event');
    throw e;
  }
}

export async function updateRegistration(
  db: DbOrTx,
  id: string,
  values: Partial<typeof eventRegistrations.$inferInsert>,
): Promise<RegistrationRow> {
  const [row] = await db
    .update(eventRegistrations)
    .set(values)
    .where(eq(eventRegistrations.id, id))
    .returning();
  if (!row) throw AppError.notFound('Registration');
  return row;
}

/** The longest-waiting registration (under the event lock held by the caller). */
export async function firstWaitlisted(db: DbOrTx, eventId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(
      asc(sql`coalesce(${eventRegistrations.waitlistedAt}, ${eventRegistrations.createdAt})`),
      asc(eventRegistrations.id),
    )
    .limit(1);
  return row;
}

const registrationColumns = {
  registration: eventRegistrations,
  userName: users.displayName,
  userEmail: users.email,
  organisationSlug: organisations.slug,
  organisationName: organisations.name,
  organisationType: organisations.type,
  organisationCountry: organisations.countryCode,
};

export function listRegistrations(
  db: DbOrTx,
  eventId: string,
  filter: RegistrationListQuery & { ids?: string[] },
) {
  const conditions: SQL[] = [eq(eventRegistrations.eventId, eventId)];
  if (filter.ids) conditions.push(inArray(eventRegistrations.id, filter.ids));
  if (filter.status) conditions.push(eq(eventRegistrations.status, filter.status));
  if (filter.organisationType) conditions.push(eq(organisations.type, filter.organisationType));
  if (filter.country) conditions.push(eq(organisations.countryCode, filter.country));
  if (filter.attendance === 'checked_in') conditions.push(isNotNull(eventRegistrations.checkedInAt));
  if (filter.attendance === 'no_show') conditions.push(eq(eventRegistrations.noShow, true));
  if (filter.attendance === 'not_checked_in')
    conditions.push(
      and(
        isNull(eventRegistrations.checkedInAt),
        eq(eventRegistrations.noShow, false),
        eq(eventRegistrations.status, 'confirmed'),
      )!,
    );
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(users.displayName, like),
        ilike(users.email, like),
        ilike(organisations.name, like),
        ilike(eventRegistrations.badgeCode, like),
      )!,
    );
  }
  return db
    .select(registrationColumns)
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(...conditions))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}
export type RegistrationView = Awaited<ReturnType<typeof listRegistrations>>[number];

export async function registrationView(db: DbOrTx, eventId: string, id: string): Promise<RegistrationView> {
  const [row] = await listRegistrations(db, eventId, { ids: [id] });
  if (!row) throw AppError.notFound('Registration');
  return row;
}

// ---------- statistics ----------

export async function countsBy(db: DbOrTx, eventId: string, by: 'status' | 'type' | 'country') {
  const key =
    by === 'status'
      ? eventRegistrations.status
      : by === 'type'
        ? sql<string>`coalesce(${organisations.type}, 'unknown')`
        : sql<string>`coalesce(${organisations.countryCode}, 'unknown')`;
  const conditions: SQL[] = [eq(eventRegistrations.eventId, eventId)];
  // Organisation breakdowns count the people who hold or wait for a seat, not those who left.
  if (by !== 'status')
    conditions.push(inArray(eventRegistrations.status, ['pending', 'confirmed', 'waitlisted']));
  const rows = await db
    .select({ key, n: count() })
    .from(eventRegistrations)
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(...conditions))
    .groupBy(key)
    .orderBy(desc(count()), asc(key));
  return rows.map((r) => ({ key: String(r.key), count: r.n }));
}

export async function attendance(db: DbOrTx, eventId: string) {
  const [row] = await db
    .select({
      confirmed: count(),
      checkedIn: sql<number>`count(${eventRegistrations.checkedInAt})::int`,
      noShow: sql<number>`count(*) filter (where ${eventRegistrations.noShow})::int`,
    })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
  const confirmed = row?.confirmed ?? 0;
  const checkedIn = Number(row?.checkedIn ?? 0);
  const noShow = Number(row?.noShow ?? 0);
  return { confirmed, checkedIn, noShow, notYet: confirmed - checkedIn - noShow };
}
