import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type {
  CreateEventBodySchema,
  Event,
  EventListQuerySchema,
  EventStats,
  EventSummary,
  RegisterBodySchema,
  Registration,
  RegistrationListQuery,
  RegistrationQuestion,
  RegistrationQuestionSchema,
  SessionBodySchema,
  UpdateEventBodySchema,
} from '../../../contracts/events';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError, type ErrorDetail } from '../../errors';
import type { Actor, MaybeActor } from '../auth/actor';
import { notify, type NotificationInput } from '../notifications/notify';
import { badgesPdf } from './events.badges';
import { tableDownload } from './events.export';
import { programmeIcs } from './events.ical';
import * as policy from './events.policy';
import { presentEvent, presentRegistration, presentSummary, storedQuestions } from './events.presenter';
import * as repo from './events.repository';
import type { EventRow, RegistrationRow } from './events.repository';
import { assertTimeZone, instantToLocal, localToInstant } from './events.time';
import { meetingStatsFor } from './events.meetings';
import { scheduleEventReminder } from './events.reminders';

type CreateInput = z.output<typeof CreateEventBodySchema>;
type UpdateInput = z.output<typeof UpdateEventBodySchema>;
type SessionInput = z.output<typeof SessionBodySchema>;
type RegisterInput = z.output<typeof RegisterBodySchema>;
type QuestionInput = z.output<typeof RegistrationQuestionSchema>;

// ---------- who is looking ----------

async function viewerOf(db: DbOrTx, actor: MaybeActor): Promise<policy.Viewer> {
  return {
    actor,
    adminOrganisationIds: actor ? await repo.adminOrganisationIds(db, actor.userId) : new Set(),
  };
}

interface Loaded {
  event: EventRow;
  viewer: policy.Viewer;
  organiserIds: string[];
  organisers: repo.OrganiserRow[];
}

/** The event as the viewer may see it: an unseen draft answers 404, like a missing event. */
async function loadVisible(db: DbOrTx, actor: MaybeActor, slug: string): Promise<Loaded> {
  const event = await repo.findEventBySlug(db, slug);
  const viewer = await viewerOf(db, actor);
  if (!event) throw AppError.notFound('Event');
  const organisers = await repo.organisersOf(db, [event.id]);
  const organiserIds = organisers.map((o) => o.id);
  if (!policy.canViewEvent(viewer, event as policy.EventFacts, organiserIds))
    throw AppError.notFound('Event');
  return { event, viewer, organiserIds, organisers };
}

async function loadManaged(db: DbOrTx, actor: Actor, slug: string): Promise<Loaded> {
  const loaded = await loadVisible(db, actor, slug);
  if (!policy.canManageEvent(loaded.viewer, loaded.organiserIds))
    throw AppError.forbidden('Only the organisers of this event may do this');
  return loaded;
}

const facts = (e: EventRow) => e as policy.EventFacts;

/** The managed event, then its row locked: what a change of its dates, seats or status starts from. */
async function lockManaged(tx: DbOrTx, actor: Actor, slug: string): Promise<Loaded & { locked: EventRow }> {
  const loaded = await loadManaged(tx, actor, slug);
  return { ...loaded, locked: (await repo.lockEvent(tx, loaded.event.id))! };
}

function assertEditable({ viewer, organiserIds }: Loaded, event: EventRow): void {
  if (!policy.canEditEvent(viewer, facts(event), organiserIds))
    throw new AppError('UNPROCESSABLE', 'A cancelled event cannot be changed');
}

/** The managed event, if it may still be changed (it is not cancelled). */
async function loadEditable(tx: DbOrTx, actor: Actor, slug: string): Promise<Loaded> {
  const loaded = await loadManaged(tx, actor, slug);
  assertEditable(loaded, loaded.event);
  return loaded;
}

// ---------- validation helpers ----------

function normaliseQuestions(
  questions: QuestionInput[],
  previous: RegistrationQuestion[] = [],
): RegistrationQuestion[] {
  const used = new Set<string>();
  const details: ErrorDetail[] = [];
  const result = questions.map((q, i) => {
    let id = q.id && !used.has(q.id) ? q.id : undefined;
    if (q.id && used.has(q.id))
      details.push({ path: `registrationQuestions.${i}.id`, message: 'Two questions have the same id' });
    if (!id) {
      let n = previous.length + i + 1;
      while (used.has(`q${n}`) || previous.some((p) => p.id === `q${n}`)) n++;
      id = `q${n}`;
    }
    used.add(id);
    return {
      id,
      label: { en: q.label.en, fr: q.label.fr },
      kind: q.kind,
      options: q.kind === 'choice' ? q.options : [],
      required: q.required,
    };
  });
  if (details.length) throw new AppError('VALIDATION_FAILED', details[0]!.message, details);
  return result;
}

function checkPlace(
  format: string,
  v: { venueName?: string | null; city?: string | null; onlineUrl?: string | null },
): void {
  const details: ErrorDetail[] = [];
  if ((format === 'venue' || format === 'hybrid') && !v.venueName && !v.city)
    details.push({ path: 'venueName', message: 'An event at a venue needs the venue name or the city' });
  if (format === 'online' && !v.onlineUrl)
    details.push({ path: 'onlineUrl', message: 'An online event needs its link' });
  if (details.length)
    throw new AppError('VALIDATION_FAILED', details.map((d) => d.message).join('; '), details);
}

function eventTimes(startsLocal: string, endsLocal: string, zone: string): { startsAt: Date; endsAt: Date } {
  assertTimeZone(zone);
  const startsAt = localToInstant(startsLocal, zone, 'startsAt');
  const endsAt = localToInstant(endsLocal, zone, 'endsAt');
  if (endsAt <= startsAt) throw AppError.validation('endsAt', 'The event must end after it starts');
  return { startsAt, endsAt };
}

async function checkCoOrganisers(db: DbOrTx, leadId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((id) => id !== leadId);
  const existing = await repo.existingOrganisationIds(db, unique);
  const details = ids.flatMap((id, i) =>
    id !== leadId && !existing.has(id)
      ? [{ path: `coOrganiserIds.${i}`, message: 'Unknown organisation' }]
      : [],
  );
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Unknown co-organising organisation', details);
  return unique;
}

// ---------- events ----------

export async function listEvents(
  deps: Deps,
  actor: MaybeActor,
  query: z.output<typeof EventListQuerySchema>,
): Promise<EventSummary[]> {
  const viewer = await viewerOf(deps.db, actor);
  if (query.mine && !actor) throw new AppError('UNAUTHENTICATED', 'Sign in to see the events you organise');
  const admin = [...viewer.adminOrganisationIds];
  const rows = await repo.listEvents(
    deps.db,
    {
      when: query.when,
      q: query.q,
      format: query.format,
      country: query.country,
      organisingOnly: !!query.mine,
      limit: query.limit,
    },
    admin,
    deps.clock.now(),
    !!actor?.isPlatformAdmin,
  );
  const ids = rows.map((r) => r.id);
  const [organisers, counts] = await Promise.all([
    repo.organisersOf(deps.db, ids),
    repo.confirmedCounts(deps.db, ids),
  ]);
  return rows.map((row) => {
    const mine = organisers.filter((o) => o.eventId === row.id);
    return presentSummary(
      row,
      mine,
      counts.get(row.id) ?? 0,
      policy.isOrganiser(
        viewer,
        mine.map((o) => o.id),
      ),
    );
  });
}

export async function getEvent(deps: Deps, actor: MaybeActor, slug: string): Promise<Event> {
  const { event, viewer, organiserIds, organisers } = await loadVisible(deps.db, actor, slug);
  const sessions = await repo.listSessions(deps.db, event.id);
  const [speakers, confirmedCount, myRegistration] = await Promise.all([
    repo.speakersOf(
      deps.db,
      sessions.map((s) => s.id),
    ),
    repo.countConfirmed(deps.db, event.id),
    actor ? repo.findRegistration(deps.db, event.id, actor.userId) : Promise.resolve(undefined),
  ]);
  const f = facts(event);
  return presentEvent({
    row: event,
    organisers,
    confirmedCount,
    isOrganiser: policy.isOrganiser(viewer, organiserIds),
    sessions,
    speakers,
    myRegistration: myRegistration ?? null,
    can: {
      edit: policy.canEditEvent(viewer, f, organiserIds),
      publish: policy.canPublishEvent(viewer, f, organiserIds),
      cancel: policy.canCancelEvent(viewer, f, organiserIds),
      manage: policy.canManageEvent(viewer, organiserIds),
      register: policy.canRegister(
        actor,
        f,
        myRegistration ? { status: myRegistration.status as Registration['status'] } : null,
        deps.clock.now(),
      ),
    },
  });
}

export async function createEvent(deps: Deps, actor: Actor, input: CreateInput): Promise<string> {
  const viewer = await viewerOf(deps.db, actor);
  if (!policy.canCreateEventFor(viewer, input.leadOrganisationId)) {
    throw new AppError('FORBIDDEN', 'Only an admin of the lead organisation may create its events', [
      { path: 'leadOrganisationId', message: 'You are not an admin of this organisation' },
    ]);
  }
  const { startsAt, endsAt } = eventTimes(input.startsAt, input.endsAt, input.timeZone);
  checkPlace(input.format, input);
  const questions = normaliseQuestions(input.registrationQuestions);
  return deps.db.transaction(async (tx) => {
    const coIds = await checkCoOrganisers(tx, input.leadOrganisationId, input.coOrganiserIds);
    const now = deps.clock.now();
    const row = await repo.insertEvent(tx, {
      title: input.title,
      description: input.description,
      descriptionFr: input.descriptionFr ?? null,
      format: input.format,
      venueName: input.venueName ?? null,
      venueAddress: input.venueAddress ?? null,
      city: input.city ?? null,
      country: input.country ?? null,
      onlineUrl: input.onlineUrl ?? null,
      timeZone: input.timeZone,
      startsAt,
      endsAt,
      capacity: input.capacity ?? null,
      registrationMode: input.registrationMode,
      waitlistEnabled: input.waitlistEnabled,
      registrationQuestions: questions,
      status: 'draft',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.setOrganisers(tx, row.id, input.leadOrganisationId, coIds);
    return row.slug;
  });
}

export async function updateEvent(deps: Deps, actor: Actor, slug: string, input: UpdateInput): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const managed = await lockManaged(tx, actor, slug);
    const { locked: event, viewer, organisers } = managed;
    assertEditable(managed, event);
    const zone = input.timeZone ?? event.timeZone;
    const { startsAt, endsAt } = eventTimes(
      input.startsAt ?? instantToLocal(event.startsAt, zone),
      input.endsAt ?? instantToLocal(event.endsAt, zone),
      zone,
    );
    const format = input.format ?? event.format;
    const merged = {
      venueName: input.venueName === undefined ? event.venueName : input.venueName,
      city: input.city === undefined ? event.city : input.city,
      onlineUrl: input.onlineUrl === undefined ? event.onlineUrl : input.onlineUrl,
    };
    checkPlace(format, merged);
    const sessions = await repo.listSessions(tx, event.id);
    const outside = sessions.findIndex((s) => !policy.isWithinEvent(s, { startsAt, endsAt }));
    if (outside >= 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `The programme item "${sessions[outside]!.title}" would fall outside the new dates: move it first`,
        [{ path: 'startsAt', message: 'Programme items must stay within the event' }],
      );
    }
    const values: Partial<repo.EventInsert> = {
      startsAt,
      endsAt,
      timeZone: zone,
      format,
      ...merged,
      updatedAt: deps.clock.now(),
    };
    if (input.title !== undefined) values.title = input.title;
    if (input.description !== undefined) values.description = input.description;
    if (input.descriptionFr !== undefined) values.descriptionFr = input.descriptionFr;
    if (input.venueAddress !== undefined) values.venueAddress = input.venueAddress;
    if (input.country !== undefined) values.country = input.country;
    if (input.capacity !== undefined) values.capacity = input.capacity;
    if (input.registrationMode !== undefined) values.registrationMode = input.registrationMode;
    if (input.waitlistEnabled !== undefined) values.waitlistEnabled = input.waitlistEnabled;
    if (input.registrationQuestions !== undefined)
      values.registrationQuestions = normaliseQuestions(input.registrationQuestions, storedQuestions(event));
    if (input.coOrganiserIds !== undefined) {
      const lead = organisers.find((o) => o.role === 'lead')!;
      // Co-organisers share the work, but only the lead decides who organises.
      if (!viewer.adminOrganisationIds.has(lead.id) && !actor.isPlatformAdmin) {
        throw new AppError('FORBIDDEN', 'Only the lead organisation changes the co-organisers', [
          { path: 'coOrganiserIds', message: 'Only the lead organisation changes the co-organisers' },
        ]);
      }
      await repo.setOrganisers(
        tx,
        event.id,
        lead.id,
        await checkCoOrganisers(tx, lead.id, input.coOrganiserIds),
      );
    }
    const updated = await repo.updateEvent(tx, event.id, values);
    // A larger capacity (or none) admits the waitlist at once.
    await promoteWaitlisted(deps, tx, updated);
    if (updated.startsAt.getTime() !== event.startsAt.getTime()) await scheduleEventReminder(deps, tx, updated);
  });
}

export async function publishEvent(deps: Deps, actor: Actor, slug: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { event, locked, viewer, organiserIds } = await lockManaged(tx, actor, slug);
    if (!policy.canPublishEvent(viewer, facts(locked), organiserIds))
      throw new AppError('UNPROCESSABLE', `A ${locked.status} event cannot be published`);
    const published = await repo.updateEvent(tx, event.id, { status: 'published', updatedAt: deps.clock.now() });
    await scheduleEventReminder(deps, tx, published);
  });
}

export async function cancelEvent(deps: Deps, actor: Actor, slug: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { event, locked, viewer, organiserIds } = await lockManaged(tx, actor, slug);
    if (!policy.canCancelEvent(viewer, facts(locked), organiserIds))
      throw new AppError('UNPROCESSABLE', 'The event is already cancelled');
    await repo.updateEvent(tx, event.id, { status: 'cancelled', updatedAt: deps.clock.now() });
    const registrants = await repo.listRegistrations(tx, event.id, {});
    await notify(
      deps,
      tx,
      registrants
        .filter((r) => policy.isActiveRegistration(r.registration.status as Registration['status']))
        .map((r) => ({
          userId: r.registration.userId,
          kind: 'event.cancelled',
          title: { en: `${event.title} is cancelled`, fr: `${event.title} est annulé` },
          body: {
            en: `The organisers have cancelled ${event.title}.`,
            fr: `Les organisateurs ont annulé ${event.title}.`,
          },
          link: `/events/${event.slug}`,
          dedupeKey: `event-cancelled:${event.id}`,
        })),
    );
  });
}

// ---------- programme ----------

async function writeSession(
  deps: Deps,
  tx: DbOrTx,
  event: EventRow,
  input: SessionInput,
  sessionId: string | null,
): Promise<void> {
  const startsAt = localToInstant(input.startsAt, event.timeZone, 'startsAt');
  const endsAt = localToInstant(input.endsAt, event.timeZone, 'endsAt');
  if (endsAt <= startsAt) throw AppError.validation('endsAt', 'A programme item must end after it starts');
  if (!policy.isWithinEvent({ startsAt, endsAt }, event)) {
    throw new AppError('UNPROCESSABLE', 'A programme item must lie within the event', [
      {
        path: startsAt < event.startsAt ? 'startsAt' : 'endsAt',
        message: `Between ${instantToLocal(event.startsAt, event.timeZone)} and ${instantToLocal(event.endsAt, event.timeZone)} (${event.timeZone})`,
      },
    ]);
  }
  const linked = input.speakers.map((s) => s.organisationId).filter((id): id is string => !!id);
  const existing = await repo.existingOrganisationIds(tx, linked);
  const details = input.speakers.flatMap((s, i) =>
    s.organisationId && !existing.has(s.organisationId)
      ? [{ path: `speakers.${i}.organisationId`, message: 'Unknown organisation' }]
      : [],
  );
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Unknown speaker organisation', details);
  const values = {
    kind: input.kind,
    title: input.title,
    titleFr: input.titleFr ?? null,
    description: input.description,
    room: input.room ?? null,
    startsAt,
    endsAt,
    updatedAt: deps.clock.now(),
  };
  const row = sessionId
    ? await repo.updateSession(tx, sessionId, values)
    : await repo.insertSession(tx, { ...values, eventId: event.id });
  await repo.replaceSpeakers(
    tx,
    row.id,
    input.speakers.map((s) => ({
      name: s.name,
      organisationId: s.organisationId ?? null,
      organisationName: s.organisationId ? null : (s.organisationName ?? null),
    })),
  );
}

async function requireSession(tx: DbOrTx, event: EventRow, sessionId: string): Promise<void> {
  if (!(await repo.findSession(tx, event.id, sessionId))) throw AppError.notFound('Programme item');
}

export async function addSession(deps: Deps, actor: Actor, slug: string, input: SessionInput): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { event } = await loadEditable(tx, actor, slug);
    await writeSession(deps, tx, event, input, null);
  });
}

export async function updateSession(
  deps: Deps,
  actor: Actor,
  slug: string,
  sessionId: string,
  input: SessionInput,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { event } = await loadEditable(tx, actor, slug);
    await requireSession(tx, event, sessionId);
    await writeSession(deps, tx, event, input, sessionId);
  });
}

export async function deleteSession(
  deps: Deps,
  actor: Actor,
  slug: string,
  sessionId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { event } = await loadManaged(tx, actor, slug);
    await requireSession(tx, event, sessionId);
    await repo.deleteSession(tx, sessionId);
  });
}

export async function programmeCalendar(deps: Deps, actor: MaybeActor, slug: string): Promise<string> {
  const { event } = await loadVisible(deps.db, actor, slug);
  const sessions = await repo.listSessions(deps.db, event.id);
  const speakers = await repo.speakersOf(
    deps.db,
    sessions.map((s) => s.id),
  );
  const url = `${deps.config.publicUrl}/events/${event.slug}`;
  return programmeIcs(
    {
      slug: event.slug,
      title: event.title,
      timeZone: event.timeZone,
      location: [event.venueName, event.city].filter(Boolean).join(', ') || null,
      url,
    },
    sessions.map((s) => ({
      id: s.id,
      kind: s.kind as SessionInput['kind'],
      title: s.title,
      description: s.description,
      room: s.room,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      speakers: speakers
        .filter((sp) => sp.sessionId === s.id)
        .map((sp) => {
          const org = sp.organisationDisplayName ?? sp.organisationName;
          return org ? `${sp.name} (${org})` : sp.name;
        }),
    })),
    new URL(deps.config.publicUrl).host,
  );
}

// ---------- registration ----------

const BADGE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 12 symbols of 32 (60 bits) from the CSPRNG, without look-alikes (0/O, 1/I): typed at the door. */
export function newBadgeCode(): string {
  const chars = Array.from({ length: 12 }, () => BADGE_ALPHABET[randomInt(BADGE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** What was typed or scanned → the stored form ("abcd efgh-jkmn" → "ABCD-EFGH-JKMN"). */
export function normaliseBadgeCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

function checkAnswers(
  questions: RegistrationQuestion[],
  answers: Record<string, string>,
): Record<string, string> {
  const details: ErrorDetail[] = [];
  const kept: Record<string, string> = {};
  for (const q of questions) {
    const answer = (answers[q.id] ?? '').trim();
    if (!answer) {
      if (q.required) details.push({ path: `answers.${q.id}`, message: 'This question needs an answer' });
      continue;
    }
    if (q.kind === 'choice' && !q.options.includes(answer)) {
      details.push({ path: `answers.${q.id}`, message: 'Choose one of the options' });
      continue;
    }
    kept[q.id] = answer;
  }
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Some answers are missing or invalid', details);
  return kept;
}

function subsetOf(values: string[] | undefined, allowed: string[], path: string): string[] {
  if (values === undefined) return allowed;
  const details = values.flatMap((v, i) =>
    allowed.includes(v) ? [] : [{ path: `${path}.${i}`, message: 'Not in the organisation profile' }],
  );
  if (details.length)
    throw new AppError('VALIDATION_FAILED', 'Pick terms from the organisation profile', details);
  return [...new Set(values)];
}

export async function registrationOptions(deps: Deps, actor: Actor, slug: string) {
  await loadVisible(deps.db, actor, slug);
  return { organisations: await repo.memberOrganisations(deps.db, actor.userId) };
}

const seatNotice = (
  event: EventRow,
  status: 'confirmed' | 'waitlisted',
  userId: string,
  reason: 'promoted' | 'approved',
): NotificationInput => ({
  userId,
  kind: status === 'confirmed' ? `event.registration.${reason}` : 'event.registration.waitlisted',
  title:
    status === 'confirmed'
      ? { en: `Your place at ${event.title} is confirmed`, fr: `Votre place à ${event.title} est confirmée` }
      : {
          en: `You are on the waitlist of ${event.title}`,
          fr: `Vous êtes sur la liste d'attente de ${event.title}`,
        },
  body:
    status === 'confirmed'
      ? {
          en:
            reason === 'promoted'
              ? `A place became free at ${event.title}: you are in.`
              : `The organisers approved your registration to ${event.title}.`,
          fr:
            reason === 'promoted'
              ? `Une place s'est libérée à ${event.title} : vous êtes inscrit·e.`
              : `Les organisateurs ont approuvé votre inscription à ${event.title}.`,
        }
      : {
          en: `The event is full; you will be told if a place becomes free.`,
          fr: `L'événement est complet ; vous serez prévenu·e si une place se libère.`,
        },
  link: `/events/${event.slug}`,
});

/** Fills free seats from the waitlist, oldest first. The caller holds the event lock. */
async function promoteWaitlisted(deps: Deps, tx: DbOrTx, event: EventRow): Promise<void> {
  const notices: NotificationInput[] = [];
  for (;;) {
    if (event.status !== 'published' && event.status !== 'draft') break;
    if (
      policy.seatFor(
        { capacity: event.capacity, waitlistEnabled: false },
        await repo.countConfirmed(tx, event.id),
      ) !== 'confirmed'
    )
      break;
    const next = await repo.firstWaitlisted(tx, event.id);
    if (!next) break;
    await repo.updateRegistration(tx, next.id, {
      status: 'confirmed',
      waitlistedAt: null,
      updatedAt: deps.clock.now(),
    });
    notices.push({
      ...seatNotice(event, 'confirmed', next.userId, 'promoted'),
      dedupeKey: `event-promoted:${next.id}:${deps.clock.now().toISOString()}`,
    });
  }
  if (notices.length) await notify(deps, tx, notices);
}

/**
 * Registers the actor. The seat is decided under the event's row lock, in the transaction that
 * writes the registration, so concurrent registrations never exceed the capacity.
 */
export async function register(
  deps: Deps,
  actor: Actor,
  slug: string,
  input: RegisterInput,
): Promise<Registration> {
  const id = await deps.db.transaction(async (tx) => {
    const { event: visible } = await loadVisible(tx, actor, slug);
    const event = (await repo.lockEvent(tx, visible.id))!;
    const existing = await repo.findRegistration(tx, event.id, actor.userId);
    const now = deps.clock.now();
    if (existing && policy.isActiveRegistration(existing.status as Registration['status']))
      throw new AppError('CONFLICT', 'You are already registered to this event');
    if (!actor.emailVerified)
      throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address before registering');
    if (!policy.canRegister(actor, facts(event), null, now))
      throw new AppError('UNPROCESSABLE', 'Registration is closed for this event');
    const organisation = (await repo.memberOrganisations(tx, actor.userId)).find(
      (o) => o.id === input.organisationId,
    );
    if (!organisation) throw AppError.validation('organisationId', 'Choose one of your organisations');
    const answers = checkAnswers(storedQuestions(event), input.answers);
    const technologies = subsetOf(input.technologies, organisation.technologies, 'technologies');
    const domains = subsetOf(input.domains, organisation.domains, 'domains');
    const decision = policy.statusOnRegister(facts(event), await repo.countConfirmed(tx, event.id));
    if (decision === 'full')
      throw new AppError('UNPROCESSABLE', 'The event is full', [
        { path: '', message: 'No place left and no waitlist' },
      ]);
    const values = {
      organisationId: organisation.id,
      status: decision,
      answers,
      offers: input.offers,
      seeks: input.seeks,
      technologies,
      domains,
      checkedInAt: null,
      noShow: false,
      waitlistedAt: decision === 'waitlisted' ? now : null,
      decidedBy: null,
      updatedAt: now,
    };
    const row = existing
      ? await repo.updateRegistration(tx, existing.id, values)
      : await repo.insertRegistration(tx, {
          ...values,
          eventId: event.id,
          userId: actor.userId,
          badgeCode: newBadgeCode(),
          createdAt: now,
        });
    if (decision === 'pending') {
      await notify(
        deps,
        tx,
        (await repo.organiserUserIds(tx, event.id)).map((userId) => ({
          userId,
          kind: 'event.registration.pending',
          title: {
            en: `A registration to ${event.title} awaits approval`,
            fr: `Une inscription à ${event.title} attend votre validation`,
          },
          body: {
            en: `${actor.displayName} (${organisation.name}) asked to attend.`,
            fr: `${actor.displayName} (${organisation.name}) demande à participer.`,
          },
          link: `/events/${event.slug}/manage`,
          dedupeKey: `event-pending:${row.id}:${now.toISOString()}`,
        })),
      );
    }
    return row.id;
  });
  const event = (await repo.findEventBySlug(deps.db, slug))!;
  return presentRegistration(await repo.registrationView(deps.db, event.id, id), true);
}

type RegistrationContext = Loaded & { registration: RegistrationRow };

async function changeRegistration(
  deps: Deps,
  actor: Actor,
  slug: string,
  registrationId: string,
  change: (tx: DbOrTx, ctx: RegistrationContext) => Promise<void>,
): Promise<Registration> {
  const eventId = await deps.db.transaction(async (tx) => {
    const loaded = await loadVisible(tx, actor, slug);
    const event = (await repo.lockEvent(tx, loaded.event.id))!;
    const registration = await repo.findRegistrationById(tx, event.id, registrationId);
    const mayManage = policy.canManageEvent(loaded.viewer, loaded.organiserIds);
    if (!registration || (!mayManage && registration.userId !== actor.userId))
      throw AppError.notFound('Registration');
    await change(tx, { ...loaded, event, registration });
    return event.id;
  });
  const viewer = await viewerOf(deps.db, actor);
  const organisers = await repo.organisersOf(deps.db, [eventId]);
  return presentRegistration(
    await repo.registrationView(deps.db, eventId, registrationId),
    policy.canManageEvent(
      viewer,
      organisers.map((o) => o.id),
    ),
  );
}

export function cancelRegistration(
  deps: Deps,
  actor: Actor,
  slug: string,
  registrationId: string,
): Promise<Registration> {
  return changeRegistration(
    deps,
    actor,
    slug,
    registrationId,
    async (tx, { event, viewer, organiserIds, registration }) => {
      if (
        !policy.canCancelRegistration(
          viewer,
          { userId: registration.userId, status: registration.status as Registration['status'] },
          organiserIds,
        )
      )
        throw new AppError('UNPROCESSABLE', `A ${registration.status} registration cannot be cancelled`);
      await repo.updateRegistration(tx, registration.id, {
        status: 'cancelled',
        waitlistedAt: null,
        updatedAt: deps.clock.now(),
      });
      if (registration.status === 'confirmed') await promoteWaitlisted(deps, tx, event);
    },
  );
}

/**
 * An organisers' decision on a registration: only a pending or waitlisted one awaits it.
 * Gives the service function (deps, actor, slug, registrationId) that applies it.
 */
function decision(
  outcome: 'approved' | 'declined',
  apply: (deps: Deps, actor: Actor, tx: DbOrTx, ctx: RegistrationContext) => Promise<void>,
) {
  return (deps: Deps, actor: Actor, slug: string, registrationId: string): Promise<Registration> =>
    changeRegistration(deps, actor, slug, registrationId, async (tx, ctx) => {
      const { viewer, organiserIds, registration } = ctx;
      if (
        !policy.canDecideRegistration(
          viewer,
          { status: registration.status as Registration['status'] },
          organiserIds,
        )
      )
        throw policy.canManageEvent(viewer, organiserIds)
          ? new AppError('UNPROCESSABLE', `A ${registration.status} registration cannot be ${outcome}`)
          : AppError.forbidden();
      await apply(deps, actor, tx, ctx);
    });
}

export const approveRegistration = decision('approved', async (deps, actor, tx, { event, registration }) => {
  const seat = policy.seatFor(facts(event), await repo.countConfirmed(tx, event.id));
  if (seat === 'full' || (seat === 'waitlisted' && registration.status === 'waitlisted'))
    throw new AppError('UNPROCESSABLE', 'The event is full: raise the capacity or wait for a cancellation', [
      { path: '', message: 'No place left' },
    ]);
  const now = deps.clock.now();
  await repo.updateRegistration(tx, registration.id, {
    status: seat,
    waitlistedAt: seat === 'waitlisted' ? now : null,
    decidedBy: actor.userId,
    updatedAt: now,
  });
  await notify(deps, tx, [
    {
      ...seatNotice(event, seat, registration.userId, 'approved'),
      dedupeKey: `event-approved:${registration.id}:${now.toISOString()}`,
    },
  ]);
});

export const declineRegistration = decision('declined', async (deps, actor, tx, { event, registration }) => {
  const now = deps.clock.now();
  await repo.updateRegistration(tx, registration.id, {
    status: 'declined',
    waitlistedAt: null,
    decidedBy: actor.userId,
    updatedAt: now,
  });
  await notify(deps, tx, [
    {
      userId: registration.userId,
      kind: 'event.registration.declined',
      title: {
        en: `Your registration to ${event.title} was declined`,
        fr: `Votre inscription à ${event.title} n'a pas été retenue`,
      },
      body: {
        en: 'The organisers could not accept your registration.',
        fr: "Les organisateurs n'ont pas pu accepter votre inscription.",
      },
      link: `/events/${event.slug}`,
      dedupeKey: `event-declined:${registration.id}:${now.toISOString()}`,
    },
  ]);
});

export function setNoShow(
  deps: Deps,
  actor: Actor,
  slug: string,
  registrationId: string,
  noShow: boolean,
): Promise<Registration> {
  return changeRegistration(
    deps,
    actor,
    slug,
    registrationId,
    async (tx, { viewer, organiserIds, registration }) => {
      if (!policy.canManageEvent(viewer, organiserIds)) throw AppError.forbidden();
      if (!policy.canAttend({ status: registration.status as Registration['status'] }))
        throw new AppError('UNPROCESSABLE', 'Only confirmed participants can be marked absent');
      if (noShow && registration.checkedInAt)
        throw new AppError('UNPROCESSABLE', 'This participant has checked in');
      await repo.updateRegistration(tx, registration.id, {
        noShow,
        decidedBy: actor.userId,
        updatedAt: deps.clock.now(),
      });
    },
  );
}

export async function checkIn(
  deps: Deps,
  actor: Actor,
  slug: string,
  rawCode: string,
): Promise<{ registration: Registration; alreadyCheckedIn: boolean }> {
  const code = normaliseBadgeCode(rawCode);
  const { id, alreadyCheckedIn, eventId } = await deps.db.transaction(async (tx) => {
    const { event } = await loadManaged(tx, actor, slug);
    if (event.status !== 'published')
      throw new AppError(
        'UNPROCESSABLE',
        `Check-in is open for published events only (this one is ${event.status})`,
      );
    const found = await repo.findRegistrationByBadge(tx, event.id, code);
    if (!found)
      throw new AppError('NOT_FOUND', 'No registration with this badge code for this event', [
        { path: 'code', message: 'Unknown badge code' },
      ]);
    if (!policy.canAttend({ status: found.status as Registration['status'] }))
      throw new AppError('UNPROCESSABLE', `This registration is ${found.status}, not confirmed`, [
        { path: 'code', message: `Registration ${found.status}` },
      ]);
    if (found.checkedInAt) return { id: found.id, alreadyCheckedIn: true, eventId: event.id };
    // The conditional update settles two desks scanning the same badge at once.
    await repo.updateRegistration(tx, found.id, {
      checkedInAt: deps.clock.now(),
      noShow: false,
      decidedBy: actor.userId,
      updatedAt: deps.clock.now(),
    });
    return { id: found.id, alreadyCheckedIn: false, eventId: event.id };
  });
  return {
    registration: presentRegistration(await repo.registrationView(deps.db, eventId, id), true),
    alreadyCheckedIn,
  };
}

export async function listRegistrations(
  deps: Deps,
  actor: Actor,
  slug: string,
  query: RegistrationListQuery,
): Promise<Registration[]> {
  const { event } = await loadManaged(deps.db, actor, slug);
  return (await repo.listRegistrations(deps.db, event.id, query)).map((r) => presentRegistration(r, true));
}

export async function exportRegistrations(
  deps: Deps,
  actor: Actor,
  slug: string,
  query: RegistrationListQuery,
  format: 'csv' | 'xlsx',
) {
  const { event } = await loadManaged(deps.db, actor, slug);
  const questions = storedQuestions(event);
  const rows = await repo.listRegistrations(deps.db, event.id, query);
  const header = [
    'name',
    'email',
    'organisation',
    'organisation_type',
    'country',
    'status',
    'badge_code',
    'checked_in_at',
    'no_show',
    'offers',
    'seeks',
    'technologies',
    'domains',
    'registered_at',
    ...questions.map((q) => q.label.en),
  ];
  const body = rows.map(({ registration: r, ...v }) => [
    v.userName,
    v.userEmail,
    v.organisationName ?? '',
    v.organisationType ?? '',
    v.organisationCountry ?? '',
    r.status,
    r.badgeCode,
    r.checkedInAt?.toISOString() ?? '',
    r.noShow ? 'yes' : 'no',
    r.offers,
    r.seeks,
    r.technologies.join(';'),
    r.domains.join(';'),
    r.createdAt.toISOString(),
    ...questions.map((q) => r.answers[q.id] ?? ''),
  ]);
  return tableDownload('Registrations', header, body, format, `${event.slug}-registrations`);
}

export async function badges(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{ file: Buffer; filename: string }> {
  const { event } = await loadManaged(deps.db, actor, slug);
  const rows = await repo.listRegistrations(deps.db, event.id, { status: 'confirmed' });
  const file = await badgesPdf(
    event.title,
    rows.map((r) => ({
      name: r.userName,
      organisation: r.organisationName ?? '',
      code: r.registration.badgeCode,
    })),
  );
  return { file, filename: `${event.slug}-badges.pdf` };
}

// ---------- statistics ----------

export async function stats(deps: Deps, actor: Actor, slug: string): Promise<EventStats> {
  const { event } = await loadManaged(deps.db, actor, slug);
  const [byStatus, attendance, byOrganisationType, byCountry, meetings] = await Promise.all([
    repo.countsBy(deps.db, event.id, 'status'),
    repo.attendance(deps.db, event.id),
    repo.countsBy(deps.db, event.id, 'type'),
    repo.countsBy(deps.db, event.id, 'country'),
    meetingStatsFor(deps, event.id),
  ]);
  return { byStatus, attendance, byOrganisationType, byCountry, meetings };
}

export async function exportStats(deps: Deps, actor: Actor, slug: string, format: 'csv' | 'xlsx') {
  const s = await stats(deps, actor, slug);
  const rows: (string | number)[][] = [
    ...s.byStatus.map((r) => ['registrations_by_status', r.key, r.count]),
    ['attendance', 'confirmed', s.attendance.confirmed],
    ['attendance', 'checked_in', s.attendance.checkedIn],
    ['attendance', 'no_show', s.attendance.noShow],
    ['attendance', 'not_yet', s.attendance.notYet],
    ...s.byOrganisationType.map((r) => ['by_organisation_type', r.key, r.count]),
    ...s.byCountry.map((r) => ['by_country', r.key, r.count]),
    ...(s.meetings ? Object.entries(s.meetings).map(([k, v]) => ['meetings', k, v]) : []),
  ];
  const { event } = await loadManaged(deps.db, actor, slug);
  return tableDownload('Statistics', ['section', 'key', 'count'], rows, format, `${event.slug}-statistics`);
}
