import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import {
  type CreateB2bSessionBodySchema,
  type CreateMeetingRequestBodySchema,
  type Obstacle as ObstacleDto,
  type ParticipantQuery,
  type UpdateB2bSettingsBody,
} from '../../../contracts/b2b';
import { createMatcher, renderReason, type MatchOrganisation, type Role } from '../../algorithms/matching';
import { schedule, scheduleIncremental, type Assignment } from '../../algorithms/scheduling';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor, MaybeActor } from '../auth/actor';
import { notify, type NotificationInput } from '../notifications/notify';
import { explainObstacles, type Lang, type Obstacle, type PersonLoad, type Text } from './b2b.explain';
import {
  canCancelMeeting,
  canManageB2b,
  canRecordOutcome,
  canSeeB2b,
  isParticipant,
  mayMeet,
  sideOf,
  type Outcome,
  type Side,
  type WhoMayMeet,
} from './b2b.policy';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import * as repo from './b2b.repository';
import type { EventRow, MeetingRow, ParticipantRow, RequestRow, SessionRow, SettingsRow } from './b2b.repository';
import { buildInstance, clockTime, cutSlots, localToInstant, overlappingSession, type Slot } from './b2b.slots';

type CreateRequestInput = z.output<typeof CreateMeetingRequestBodySchema>;
type CreateSessionInput = z.output<typeof CreateB2bSessionBodySchema>;

export const EXPIRE_JOB = 'b2b-expire-requests';

// ---------------------------------------------------------------- context

export interface B2bContext {
  event: EventRow;
  settings: SettingsRow;
  isManager: boolean;
  /** The actor's confirmed registration, if any. */
  me: { id: string; userId: string } | null;
}

/** The event as the actor may see it; an event they may not see answers 404 like a missing one. */
export async function loadContext(db: DbOrTx, actor: MaybeActor, slug: string): Promise<B2bContext> {
  const event = await repo.findEventBySlug(db, slug);
  if (!event) throw AppError.notFound('Event');
  const [organisers, admin, registration, settings] = await Promise.all([
    repo.organiserIds(db, event.id),
    actor ? repo.adminOrganisationIds(db, actor.userId) : Promise.resolve(new Set<string>()),
    actor ? repo.findRegistrationOfUser(db, event.id, actor.userId) : Promise.resolve(undefined),
    repo.getSettings(db, event.id),
  ]);
  const isManager = canManageB2b({ actor, adminOrganisationIds: admin }, organisers);
  if (!canSeeB2b(event, isManager, registration)) throw AppError.notFound('Event');
  return { event, settings, isManager, me: isParticipant(registration) ? { id: registration!.id, userId: registration!.userId } : null };
}

function requireManager(ctx: B2bContext): void {
  if (!ctx.isManager) throw AppError.forbidden('Only the organisers of this event can do this');
}

function requireParticipant(ctx: B2bContext): { id: string; userId: string } {
  if (!ctx.me) throw AppError.forbidden('Only confirmed participants of this event take part in B2B meetings');
  return ctx.me;
}

const langOf = (actor: MaybeActor): Lang => (actor?.locale === 'fr' ? 'fr' : 'en');

// ---------------------------------------------------------------- the state of an event's matchmaking

export interface MeetingView extends MeetingRow {
  participants: { registrationId: string; outcome: string | null }[];
}

export interface B2bState {
  sessions: SessionRow[];
  slots: Slot[];
  people: Map<string, ParticipantRow>;
  meetings: MeetingView[];
  pending: RequestRow[];
  recipients: Map<string, repo.RecipientRow[]>;
  unavailable: Map<string, Date[]>;
}

export async function loadState(db: DbOrTx, ctx: Pick<B2bContext, 'event' | 'settings'>): Promise<B2bState> {
  const eventId = ctx.event.id;
  const [sessions, people, meetings, links, pending, unavailability] = await Promise.all([
    repo.listSessions(db, eventId),
    repo.listParticipants(db, eventId, { confirmedOnly: false }),
    repo.listMeetings(db, eventId, { includeCancelled: true }),
    repo.meetingParticipants(db, eventId),
    repo.pendingRequests(db, eventId),
    repo.listUnavailability(db, eventId),
  ]);
  const byMeeting = new Map<string, { registrationId: string; outcome: string | null }[]>();
  for (const l of links) byMeeting.set(l.meetingId, [...(byMeeting.get(l.meetingId) ?? []), { registrationId: l.registrationId, outcome: l.outcome }]);
  const recipients = new Map<string, repo.RecipientRow[]>();
  for (const r of await repo.recipientsOf(db, pending.map((p) => p.id))) recipients.set(r.requestId, [...(recipients.get(r.requestId) ?? []), r]);
  const unavailable = new Map<string, Date[]>();
  for (const u of unavailability) unavailable.set(u.registrationId, [...(unavailable.get(u.registrationId) ?? []), u.slotStartsAt]);
  return {
    sessions,
    slots: cutSlots(sessions, ctx.settings.meetingMinutes),
    people: new Map(people.map((p) => [p.registrationId, p])),
    meetings: meetings.map((m) => ({ ...m, participants: byMeeting.get(m.id) ?? [] })),
    pending,
    recipients,
    unavailable,
  };
}

const sessionName = (s: Pick<SessionRow, 'name' | 'nameFr'>): Text => ({ en: s.name, fr: s.nameFr ?? s.name });
const personName = (p: ParticipantRow | undefined) => (p ? (p.orgName ? `${p.displayName} (${p.orgName})` : p.displayName) : '?');
const sideOfPerson = (p: ParticipantRow | undefined): Side =>
  p?.orgType ? sideOf({ type: p.orgType, valueChainRoles: p.orgRoles ?? [] }) : 'unknown';
const activeMeetingsOf = (state: B2bState, registrationId: string) =>
  state.meetings.filter((m) => m.status !== 'cancelled' && m.participants.some((p) => p.registrationId === registrationId));

export function loadOf(state: B2bState, registrationId: string): PersonLoad {
  const person = state.people.get(registrationId);
  const meetings = activeMeetingsOf(state, registrationId);
  const blocked = new Set((state.unavailable.get(registrationId) ?? []).map((d) => d.getTime()));
  for (const m of meetings) if (m.slotStartsAt) blocked.add(m.slotStartsAt.getTime());
  const freeSlots = new Set(state.slots.filter((s) => !blocked.has(s.startsAt.getTime())).map((s) => s.index));
  return {
    name: personName(person),
    side: sideOfPerson(person),
    meetings: meetings.length,
    unscheduled: meetings.filter((m) => m.status === 'accepted').length,
    pendingSent: state.pending.filter((r) => r.fromRegistrationId === registrationId).length,
    sessions: state.sessions.map((s) => ({
      name: sessionName(s),
      free: state.slots.filter((slot) => slot.sessionId === s.id && freeSlots.has(slot.index)).length,
    })),
    freeSlots,
  };
}

export function relationOf(state: B2bState, a: string, b: string): 'none' | 'requested' | 'meeting' {
  const both = (ids: string[]) => ids.includes(a) && ids.includes(b);
  if (state.meetings.some((m) => m.status !== 'cancelled' && both(m.participants.map((p) => p.registrationId)))) return 'meeting';
  for (const r of state.pending) {
    const ids = [r.fromRegistrationId, ...(state.recipients.get(r.id) ?? []).map((x) => x.registrationId)];
    if (both(ids)) return 'requested';
  }
  return 'none';
}

function obstaclesBetween(ctx: B2bContext, state: B2bState, me: string, them: string, now: Date): Obstacle[] {
  return explainObstacles({
    rule: ctx.settings.whoMayMeet as WhoMayMeet,
    cap: ctx.settings.meetingCap,
    deadline: ctx.settings.requestDeadline,
    now,
    timeZone: ctx.event.timeZone,
    me: loadOf(state, me),
    them: loadOf(state, them),
    relation: relationOf(state, me, them),
  });
}

function obstacleError(obstacles: Obstacle[], lang: Lang, path: string): AppError {
  const first = obstacles[0]!;
  const code = first.code === 'already_requested' || first.code === 'already_meeting' ? 'CONFLICT' : 'UNPROCESSABLE';
  return new AppError(code, first.message[lang], obstacles.map((o) => ({ path, message: o.message[lang] })));
}

// ---------------------------------------------------------------- overview, settings, sessions

export async function overview(deps: Deps, actor: MaybeActor, slug: string) {
  const ctx = await loadContext(deps.db, actor, slug);
  const sessions = await repo.listSessions(deps.db, ctx.event.id);
  const people = ctx.me ? await repo.listParticipants(deps.db, ctx.event.id, { confirmedOnly: true }) : [];
  const mine = people.find((p) => p.registrationId === ctx.me?.id);
  return {
    ctx,
    sessions,
    slots: cutSlots(sessions, ctx.settings.meetingMinutes),
    me: ctx.me && mine ? { registrationId: ctx.me.id, displayName: mine.displayName, organisationName: mine.orgName } : null,
  };
}

export async function updateSettings(deps: Deps, actor: Actor, slug: string, input: UpdateB2bSettingsBody) {
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    requireManager(ctx);
    await repo.lockEventB2b(tx, ctx.event.id);
    const values: Partial<SettingsRow> = { updatedAt: deps.clock.now() };
    if (input.meetingMinutes !== undefined && input.meetingMinutes !== ctx.settings.meetingMinutes) {
      const placed = (await repo.listMeetings(tx, ctx.event.id)).some((m) => m.slotStartsAt !== null);
      if (placed)
        throw new AppError('CONFLICT', 'Meetings are already placed in slots: the meeting length cannot change any more', [
          { path: 'meetingMinutes', message: 'Meetings are already scheduled with the current length' },
        ]);
      values.meetingMinutes = input.meetingMinutes;
    }
    if (input.tables !== undefined) {
      const beyond = (await repo.listMeetings(tx, ctx.event.id)).some((m) => m.tableNo !== null && m.tableNo >= input.tables!);
      if (beyond)
        throw new AppError('CONFLICT', `A meeting is placed at a table beyond ${input.tables}: move it first`, [
          { path: 'tables', message: 'Meetings already use higher table numbers' },
        ]);
      values.tables = input.tables;
    }
    if (input.meetingCap !== undefined) values.meetingCap = input.meetingCap;
    if (input.whoMayMeet !== undefined) values.whoMayMeet = input.whoMayMeet;
    if (input.autoAccept !== undefined) values.autoAccept = input.autoAccept;
    if (input.requestDeadline !== undefined) {
      if (input.requestDeadline === null) values.requestDeadline = null;
      else {
        const at = localToInstant(input.requestDeadline, ctx.event.timeZone);
        if (!at) throw AppError.validation('requestDeadline', 'Invalid date and time');
        values.requestDeadline = at;
        // The expiry runs at the deadline; a moved deadline gets its own job, the old one finds nothing due.
        await deps.jobs.enqueue(tx, EXPIRE_JOB, { eventId: ctx.event.id }, { runAt: at, dedupeKey: `b2b-expire:${ctx.event.id}:${at.toISOString()}` });
      }
    }
    return repo.upsertSettings(tx, ctx.event.id, values);
  });
}

export async function createSession(deps: Deps, actor: Actor, slug: string, input: CreateSessionInput) {
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    requireManager(ctx);
    await repo.lockEventB2b(tx, ctx.event.id);
    const startsAt = localToInstant(input.startsAt, ctx.event.timeZone);
    const endsAt = localToInstant(input.endsAt, ctx.event.timeZone);
    if (!startsAt) throw AppError.validation('startsAt', 'Invalid date and time');
    if (!endsAt) throw AppError.validation('endsAt', 'Invalid date and time');
    if (endsAt.getTime() - startsAt.getTime() < ctx.settings.meetingMinutes * 60_000)
      throw AppError.validation('endsAt', `The session must last at least one meeting (${ctx.settings.meetingMinutes} minutes)`);
    if (startsAt < ctx.event.startsAt || endsAt > ctx.event.endsAt)
      throw AppError.validation('startsAt', 'The session must lie within the event dates');
    const existing = await repo.listSessions(tx, ctx.event.id);
    if (overlappingSession(existing, { startsAt, endsAt }))
      throw new AppError('CONFLICT', 'This session overlaps another B2B session', [{ path: 'startsAt', message: 'Overlaps another B2B session' }]);
    return repo.insertSession(tx, { eventId: ctx.event.id, name: input.name, nameFr: input.nameFr ?? null, startsAt, endsAt });
  });
}

export async function deleteSession(deps: Deps, actor: Actor, slug: string, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    requireManager(ctx);
    await repo.lockEventB2b(tx, ctx.event.id);
    const session = (await repo.listSessions(tx, ctx.event.id)).find((s) => s.id === id);
    if (!session) throw AppError.notFound('B2B session');
    const inside = (await repo.listMeetings(tx, ctx.event.id)).some(
      (m) => m.slotStartsAt && m.slotStartsAt >= session.startsAt && m.slotStartsAt < session.endsAt,
    );
    if (inside) throw new AppError('CONFLICT', 'Meetings are scheduled in this session: cancel or move them first');
    await repo.deleteSession(tx, ctx.event.id, id);
  });
}

// ---------------------------------------------------------------- participants and recommendations


function matchProfile(p: ParticipantRow): MatchOrganisation {
  return {
    id: p.registrationId,
    name: p.orgName ?? p.displayName,
    type: (p.orgType as MatchOrganisation['type']) ?? null,
    country: p.orgCountry,
    region: p.orgRegion,
    // What they bring to and look for at this event weighs with their profile: a need that echoes
    // what I offer is as good a reason to meet as an offer that answers what I seek.
    descriptionEn: [p.offers, p.seeks, p.orgDescriptionEn].filter(Boolean).join('\n'),
    descriptionFr: p.orgDescriptionFr,
    keywords: p.orgKeywords ?? [],
    technologies: [...new Set([...(p.technologies ?? []), ...(p.orgTechnologies ?? [])])],
    domains: [...new Set([...(p.domains ?? []), ...(p.orgDomains ?? [])])],
    roles: (p.orgRoles ?? []) as Role[],
  };
}

export interface ParticipantView {
  person: ParticipantRow;
  side: Side;
  relation: 'none' | 'requested' | 'meeting';
  obstacles: ObstacleDto[];
  score: number | null;
  reasons: string[];
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export async function listParticipantsFor(deps: Deps, actor: Actor, slug: string, query: ParticipantQuery): Promise<ParticipantView[]> {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const state = await loadState(deps.db, ctx);
  const now = deps.clock.now();
  const q = query.q ? folded(query.q) : null;
  const tech = query.technology ? folded(query.technology) : null;
  const out: ParticipantView[] = [];
  for (const p of state.people.values()) {
    if (p.registrationId === me.id || p.status !== 'confirmed') continue;
    if (query.type && p.orgType !== query.type) continue;
    if (query.country && p.orgCountry !== query.country) continue;
    if (tech && ![...(p.technologies ?? []), ...(p.orgTechnologies ?? [])].some((t) => folded(t).includes(tech))) continue;
    if (q && !folded([p.displayName, p.orgName ?? '', p.offers, p.seeks].join(' ')).includes(q)) continue;
    out.push(viewOf(ctx, state, me.id, p, now));
  }
  return out;
}

function viewOf(ctx: B2bContext, state: B2bState, me: string, p: ParticipantRow, now: Date): ParticipantView {
  return {
    person: p,
    side: sideOfPerson(p),
    relation: relationOf(state, me, p.registrationId),
    obstacles: obstaclesBetween(ctx, state, me, p.registrationId, now),
    score: null,
    reasons: [],
  };
}

/** People worth meeting: the matching engine ranks the other participants against what I seek. */
export async function recommendations(deps: Deps, actor: Actor, slug: string, limit = 8): Promise<ParticipantView[]> {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const state = await loadState(deps.db, ctx);
  const mine = state.people.get(me.id);
  if (!mine) return [];
  const now = deps.clock.now();
  const rule = ctx.settings.whoMayMeet as WhoMayMeet;
  const others = [...state.people.values()].filter(
    (p) => p.registrationId !== me.id && p.status === 'confirmed' && mayMeet(rule, sideOfPerson(mine), sideOfPerson(p)),
  );
  if (!others.length) return [];
  const matcher = createMatcher(others.map(matchProfile), (await taxonomyCache(deps)).terms);
  const text = [mine.seeks, mine.offers, mine.seeks || mine.offers ? '' : (mine.orgDescriptionEn ?? '')].filter(Boolean).join('\n');
  const ranking = matcher.rank({
    text,
    ...(mine.technologies?.length ? { technologies: mine.technologies } : {}),
    requester: { type: (mine.orgType as MatchOrganisation['type']) ?? null, roles: (mine.orgRoles ?? []) as Role[] },
  });
  const lang = langOf(actor);
  const out: ParticipantView[] = [];
  for (const match of ranking.matches) {
    if (match.score <= 0) continue;
    const person = state.people.get(match.organisationId);
    if (!person) continue;
    const view = viewOf(ctx, state, me.id, person, now);
    if (view.relation !== 'none') continue;
    out.push({ ...view, score: Math.round(match.score * 100) / 100, reasons: match.reasons.slice(0, 3).map((r) => renderReason(r, lang)) });
    if (out.length >= limit) break;
  }
  return out;
}

// ---------------------------------------------------------------- requests

function notice(userId: string, kind: string, title: Text, body: Text, link: string, dedupeKey?: string): NotificationInput {
  return { userId, kind, title, body, link, ...(dedupeKey ? { dedupeKey } : {}) };
}

const b2bLink = (ctx: B2bContext) => `/events/${ctx.event.slug}/b2b`;
const agendaLink = (ctx: B2bContext) => `/events/${ctx.event.slug}/agenda`;

export async function createRequest(deps: Deps, actor: Actor, slug: string, input: CreateRequestInput) {
  const lang = langOf(actor);
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const me = requireParticipant(ctx);
    if (ctx.event.status !== 'published') throw new AppError('CONFLICT', 'This event is not open for meeting requests');
    const to = [...new Set(input.to)];
    if (to.includes(me.id)) throw AppError.validation('to', 'You cannot request a meeting with yourself');
    await repo.lockRegistrations(tx, [me.id, ...to]);
    const state = await loadState(tx, ctx);
    const now = deps.clock.now();
    for (const [i, id] of to.entries()) {
      const person = state.people.get(id);
      if (!person || person.status !== 'confirmed') throw new AppError('NOT_FOUND', 'This person is not a participant of the event', [{ path: `to.${i}`, message: 'Not a participant' }]);
      const obstacles = obstaclesBetween(ctx, state, me.id, id, now);
      if (obstacles.length) throw obstacleError(obstacles, lang, `to.${i}`);
    }
    const request = await repo.insertRequest(tx, { eventId: ctx.event.id, fromRegistrationId: me.id, message: input.message, createdAt: now }, to);
    const from = personName(state.people.get(me.id));
    const tellRecipients = (kind: string, title: Text, body: Text, link: string, dedupeKey: string) =>
      notify(deps, tx, to.map((id) => notice(state.people.get(id)!.userId, kind, title, body, link, dedupeKey)));
    if (ctx.settings.autoAccept) {
      for (const id of to) await repo.setRecipientResponse(tx, request.id, id, 'accepted', now);
      await repo.setRequestStatus(tx, request.id, 'accepted', now);
      const meeting = await repo.insertMeeting(tx, ctx.event.id, request.id, [me.id, ...to]);
      if (ctx.settings.publishedAt) await placeLate(deps, tx, ctx, [meeting.id]);
      await tellRecipients(
        'b2b.meeting_booked',
        { en: `New B2B meeting with ${from}`, fr: `Nouveau rendez-vous B2B avec ${from}` },
        { en: `${from} booked a meeting with you at ${ctx.event.title}.`, fr: `${from} a réservé un rendez-vous avec vous à ${ctx.event.title}.` },
        agendaLink(ctx),
        `b2b-booked:${request.id}`,
      );
    } else {
      await tellRecipients(
        'b2b.request_received',
        { en: `Meeting request from ${from}`, fr: `Demande de rendez-vous de ${from}` },
        {
          en: `${from} would like to meet you at ${ctx.event.title}.${input.message ? ` “${input.message}”` : ''}`,
          fr: `${from} souhaite vous rencontrer à ${ctx.event.title}.${input.message ? ` « ${input.message} »` : ''}`,
        },
        b2bLink(ctx),
        `b2b-request:${request.id}`,
      );
    }
    return { ctx, requestId: request.id };
  });
}

export async function decideRequest(deps: Deps, actor: Actor, slug: string, requestId: string, decision: 'accept' | 'decline' | 'cancel') {
  const lang = langOf(actor);
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const me = requireParticipant(ctx);
    const request = await repo.lockRequest(tx, ctx.event.id, requestId);
    if (!request) throw AppError.notFound('Meeting request');
    const recipients = await repo.recipientsOf(tx, [request.id]);
    const mine = recipients.find((r) => r.registrationId === me.id);
    if (request.fromRegistrationId !== me.id && !mine) throw AppError.notFound('Meeting request');
    if (request.status !== 'requested')
      throw new AppError('CONFLICT', `This request is already ${request.status}`, [{ path: '', message: `Request ${request.status}` }]);
    const now = deps.clock.now();
    const people = [request.fromRegistrationId, ...recipients.map((r) => r.registrationId)];
    const state0 = await loadState(tx, ctx);
    const fromUser = state0.people.get(request.fromRegistrationId);
    const myName = personName(state0.people.get(me.id));

    if (decision === 'cancel') {
      if (request.fromRegistrationId !== me.id) throw AppError.forbidden('Only the sender can withdraw a request');
      await repo.setRequestStatus(tx, request.id, 'cancelled', now);
      return { ctx };
    }
    if (!mine || mine.response !== 'requested') throw AppError.forbidden('Only a recipient who has not answered can do this');
    if (decision === 'decline') {
      await repo.setRecipientResponse(tx, request.id, me.id, 'declined', now);
      await repo.setRequestStatus(tx, request.id, 'declined', now);
      if (fromUser)
        await notify(deps, tx, [
          notice(
            fromUser.userId,
            'b2b.request_declined',
            { en: `${myName} declined your meeting request`, fr: `${myName} a décliné votre demande de rendez-vous` },
            { en: `${myName} cannot meet you at ${ctx.event.title}.`, fr: `${myName} ne peut pas vous rencontrer à ${ctx.event.title}.` },
            b2bLink(ctx),
            `b2b-declined:${request.id}`,
          ),
        ]);
      return { ctx };
    }

    // Accept: the same limits as at request time, checked again under the participants' locks.
    if (ctx.settings.requestDeadline && now >= ctx.settings.requestDeadline)
      throw new AppError('UNPROCESSABLE', lang === 'fr' ? 'Les demandes de rendez-vous sont closes.' : 'Meeting requests are closed: the deadline has passed.');
    await repo.lockRegistrations(tx, people);
    const state = await loadState(tx, ctx);
    const cap = ctx.settings.meetingCap;
    if (cap !== null) {
      for (const id of people) {
        const load = loadOf(state, id);
        if (load.meetings >= cap) {
          const message =
            id === me.id
              ? { en: `Your cap of ${cap} meetings is reached.`, fr: `Votre plafond de ${cap} rendez-vous est atteint.` }
              : { en: `${load.name} has reached the cap of ${cap} meetings.`, fr: `${load.name} a atteint le plafond de ${cap} rendez-vous.` };
          throw new AppError('UNPROCESSABLE', message[lang], [{ path: '', message: message[lang] }]);
        }
      }
    }
    await repo.setRecipientResponse(tx, request.id, me.id, 'accepted', now);
    const allAccepted = recipients.every((r) => r.registrationId === me.id || r.response === 'accepted');
    if (!allAccepted) return { ctx };
    await repo.setRequestStatus(tx, request.id, 'accepted', now);
    const meeting = await repo.insertMeeting(tx, ctx.event.id, request.id, people);
    if (ctx.settings.publishedAt) await placeLate(deps, tx, ctx, [meeting.id]);
    if (fromUser)
      await notify(deps, tx, [
        notice(
          fromUser.userId,
          'b2b.request_accepted',
          { en: `${myName} accepted your meeting request`, fr: `${myName} a accepté votre demande de rendez-vous` },
          {
            en: `Your meeting with ${myName} will appear in your agenda once it is scheduled.`,
            fr: `Votre rendez-vous avec ${myName} apparaîtra dans votre agenda une fois planifié.`,
          },
          agendaLink(ctx),
          `b2b-accepted:${request.id}`,
        ),
      ]);
    return { ctx };
  });
}

export async function listRequests(deps: Deps, actor: Actor, slug: string) {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const [requests, people, meetings] = await Promise.all([
    repo.requestsInvolving(deps.db, ctx.event.id, me.id),
    repo.listParticipants(deps.db, ctx.event.id, { confirmedOnly: false }),
    repo.listMeetings(deps.db, ctx.event.id, { includeCancelled: true }),
  ]);
  const recipients = await repo.recipientsOf(deps.db, requests.map((r) => r.id));
  const meetingOf = new Map(meetings.filter((m) => m.requestId).map((m) => [m.requestId!, m.id]));
  return {
    me: me.id,
    requests,
    recipients,
    people: new Map(people.map((p) => [p.registrationId, p])),
    meetingOf,
  };
}

/** One-click notice: asks another participant to open more availability. */
export async function askForAvailability(deps: Deps, actor: Actor, slug: string, registrationId: string, message?: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const me = requireParticipant(ctx);
    const people = await repo.listParticipants(tx, ctx.event.id, { confirmedOnly: true });
    const them = people.find((p) => p.registrationId === registrationId);
    if (!them || them.registrationId === me.id) throw AppError.notFound('Participant');
    const from = personName(people.find((p) => p.registrationId === me.id));
    await notify(deps, tx, [
      notice(
        them.userId,
        'b2b.availability_requested',
        { en: `${from} would like to meet you`, fr: `${from} souhaite vous rencontrer` },
        {
          en: `${from} cannot book a meeting with you at ${ctx.event.title}: your B2B agenda has no free slot left. Open more availability if you can.${message ? ` “${message}”` : ''}`,
          fr: `${from} ne peut pas réserver de rendez-vous avec vous à ${ctx.event.title} : votre agenda B2B n'a plus de créneau libre. Ouvrez plus de disponibilités si possible.${message ? ` « ${message} »` : ''}`,
        },
        `/events/${ctx.event.slug}/agenda#availability`,
        `b2b-nudge:${ctx.event.id}:${me.id}:${registrationId}:${deps.clock.now().toISOString().slice(0, 10)}`,
      ),
    ]);
  });
}

/** Expires the event's open requests once the deadline has passed (the durable job's body). */
export async function expireRequestsOf(deps: Deps, eventId: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const event = await repo.findEventById(tx, eventId);
    if (!event) return 0;
    const settings = await repo.getSettings(tx, eventId);
    const now = deps.clock.now();
    // The deadline moved later (or was removed) since this job was queued: nothing is due yet.
    if (!settings.requestDeadline || settings.requestDeadline > now) return 0;
    const expired = await repo.expireRequests(tx, eventId, now);
    if (expired.length) {
      const people = new Map((await repo.listParticipants(tx, eventId, { confirmedOnly: false })).map((p) => [p.registrationId, p]));
      await notify(
        deps,
        tx,
        expired.flatMap((r) => {
          const from = people.get(r.fromRegistrationId);
          return from
            ? [
                notice(
                  from.userId,
                  'b2b.request_expired',
                  { en: 'A meeting request expired', fr: 'Une demande de rendez-vous a expiré' },
                  {
                    en: `Your meeting request at ${event.title} was not answered before the deadline.`,
                    fr: `Votre demande de rendez-vous à ${event.title} n'a pas reçu de réponse avant la date limite.`,
                  },
                  `/events/${event.slug}/b2b`,
                  `b2b-expired:${r.id}`,
                ),
              ]
            : [];
        }),
      );
    }
    return expired.length;
  });
}

// ---------------------------------------------------------------- availability

export async function availability(deps: Deps, actor: Actor, slug: string) {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const state = await loadState(deps.db, ctx);
  const off = new Set((state.unavailable.get(me.id) ?? []).map((d) => d.getTime()));
  const busy = new Set(activeMeetingsOf(state, me.id).flatMap((m) => (m.slotStartsAt ? [m.slotStartsAt.getTime()] : [])));
  return { state, off, busy };
}

export async function setAvailability(deps: Deps, actor: Actor, slug: string, unavailable: string[]): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const me = requireParticipant(ctx);
    await repo.lockRegistrations(tx, [me.id]);
    const state = await loadState(tx, ctx);
    const starts = new Map(state.slots.map((s) => [s.startsAt.getTime(), s]));
    const busy = new Map(activeMeetingsOf(state, me.id).flatMap((m) => (m.slotStartsAt ? [[m.slotStartsAt.getTime(), m] as const] : [])));
    const dates: Date[] = [];
    for (const [i, iso] of unavailable.entries()) {
      const t = new Date(iso).getTime();
      if (!starts.has(t)) throw AppError.validation(`unavailable.${i}`, 'Not a slot of a B2B session');
      if (busy.has(t))
        throw new AppError('CONFLICT', `You have a meeting at ${clockTime(new Date(t), ctx.event.timeZone)}: cancel it before closing this slot`, [
          { path: `unavailable.${i}`, message: 'A meeting is scheduled in this slot' },
        ]);
      dates.push(new Date(t));
    }
    await repo.replaceUnavailability(tx, ctx.event.id, me.id, dates);
  });
}

// ---------------------------------------------------------------- scheduling

const SEED_BASE = 17;

/**
 * After publication: accepted meetings go into free cells, published ones stay put (the scheduler's
 * incremental mode). Caller holds a transaction; the event lock serialises concurrent late accepts.
 */
export async function placeLate(deps: Deps, tx: DbOrTx, ctx: B2bContext, _newIds: string[]): Promise<Assignment[]> {
  await repo.lockEventB2b(tx, ctx.event.id);
  const state = await loadState(tx, ctx);
  const active = state.meetings.filter((m) => m.status !== 'cancelled');
  const placed = active.filter((m) => m.slotStartsAt !== null);
  const waiting = active.filter((m) => m.slotStartsAt === null);
  if (!waiting.length || !state.slots.length) return [];
  const base = buildInstance(
    state.slots,
    ctx.settings.tables,
    placed.map((m) => ({ id: m.id, participants: m.participants.map((p) => p.registrationId), slotStartsAt: m.slotStartsAt, tableNo: m.tableNo, fixed: true })),
    state.unavailable,
  );
  const published = base.locked ?? [];
  const newcomers = waiting.map((m) => ({ id: m.id, participants: m.participants.map((p) => p.registrationId) }));
  // Participants of new meetings must be known to the instance.
  const known = new Set(base.participants.map((p) => p.id));
  const extra = newcomers.flatMap((m) => m.participants).filter((id) => !known.has(id));
  const instance = {
    ...base,
    participants: [
      ...base.participants,
      ...[...new Set(extra)].sort().map((id) => ({
        id,
        unavailable: (state.unavailable.get(id) ?? []).flatMap((d) => state.slots.filter((s) => s.startsAt.getTime() === d.getTime()).map((s) => s.index)),
      })),
    ],
  };
  // A late acceptance waits for this answer: a small move budget suffices to fill free cells.
  const result = scheduleIncremental(instance, published, newcomers, {
    seed: SEED_BASE,
    timeLimitMs: 1000,
    now: () => performance.now(),
    maxIterations: Math.min(200_000, 20_000 + 50 * (instance.meetings.length + newcomers.length)),
  });
  const fresh = new Set(newcomers.map((m) => m.id));
  const added = result.assignments.filter((a) => fresh.has(a.meeting));
  for (const a of added) {
    const slot = state.slots[a.slot]!;
    await repo.placeMeeting(tx, a.meeting, slot.startsAt, slot.endsAt, a.table);
    await repo.updateMeeting(tx, a.meeting, { published: true });
  }
  await repo.insertRun(tx, {
    eventId: ctx.event.id,
    kind: 'incremental',
    stats: { ...result.stats, added: added.length },
    unscheduled: result.unscheduled.filter((id) => fresh.has(id)),
    createdAt: deps.clock.now(),
  });
  if (added.length) {
    const byId = new Map(waiting.map((m) => [m.id, m]));
    await notify(
      deps,
      tx,
      added.flatMap((a) => {
        const slot = state.slots[a.slot]!;
        return byId.get(a.meeting)!.participants.flatMap((p) => {
          const person = state.people.get(p.registrationId);
          return person ? [scheduledNotice(ctx, person.userId, slot.startsAt, a.table, a.meeting)] : [];
        });
      }),
    );
  }
  return added;
}

function scheduledNotice(ctx: B2bContext, userId: string, at: Date, table: number, meetingId: string): NotificationInput {
  const time = clockTime(at, ctx.event.timeZone);
  return notice(
    userId,
    'b2b.meeting_scheduled',
    { en: `B2B meeting at ${time}, table ${table + 1}`, fr: `Rendez-vous B2B à ${time}, table ${table + 1}` },
    { en: `A meeting was added to your agenda for ${ctx.event.title}.`, fr: `Un rendez-vous a été ajouté à votre agenda pour ${ctx.event.title}.` },
    agendaLink(ctx),
    `b2b-scheduled:${meetingId}:${at.toISOString()}:${table}`,
  );
}

/** Runs the scheduler now, within its time limit, and stores the result as the preliminary schedule. */
export async function runScheduler(deps: Deps, actor: Actor, slug: string, timeLimitSeconds: number) {
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    requireManager(ctx);
    if (ctx.settings.publishedAt) {
      // The published schedule is frozen: only the meetings still waiting are placed.
      await placeLate(deps, tx, ctx, []);
      return (await repo.listRuns(tx, ctx.event.id, 1))[0]!;
    }
    await repo.lockEventB2b(tx, ctx.event.id);
    const state = await loadState(tx, ctx);
    if (!state.slots.length) throw new AppError('UNPROCESSABLE', 'Add a B2B session first: there are no slots to schedule meetings in');
    const active = state.meetings.filter((m) => m.status !== 'cancelled');
    const instance = buildInstance(
      state.slots,
      ctx.settings.tables,
      active.map((m) => ({
        id: m.id,
        participants: m.participants.map((p) => p.registrationId),
        slotStartsAt: m.slotStartsAt,
        tableNo: m.tableNo,
        fixed: m.locked,
      })),
      state.unavailable,
    );
    const fixed = new Set((instance.locked ?? []).map((a) => a.meeting));
    const seed = SEED_BASE + (await repo.countRuns(tx, ctx.event.id));
    const started = performance.now();
    const result = schedule(instance, { seed, timeLimitMs: timeLimitSeconds * 1000, now: () => performance.now() });
    const ms = Math.round(performance.now() - started);
    // Free every movable meeting first, so that moves between cells never collide midway.
    await repo.unplaceMeetings(tx, active.filter((m) => !fixed.has(m.id) && m.slotStartsAt).map((m) => m.id));
    for (const a of result.assignments) {
      if (fixed.has(a.meeting)) continue;
      const slot = state.slots[a.slot]!;
      await repo.placeMeeting(tx, a.meeting, slot.startsAt, slot.endsAt, a.table);
    }
    return repo.insertRun(tx, {
      eventId: ctx.event.id,
      kind: 'preliminary',
      stats: { ...result.stats, meetings: active.length, participants: instance.participants.length, slots: state.slots.length, tables: ctx.settings.tables, ms, seed },
      unscheduled: result.unscheduled,
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
    });
  });
}

/** Freezes the schedule: participants see it, later acceptances only fill free cells. */
export async function publishSchedule(deps: Deps, actor: Actor, slug: string) {
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    requireManager(ctx);
    await repo.lockEventB2b(tx, ctx.event.id);
    const settings = await repo.getSettings(tx, ctx.event.id);
    if (settings.publishedAt) throw new AppError('CONFLICT', 'The schedule is already published');
    const now = deps.clock.now();
    await repo.upsertSettings(tx, ctx.event.id, { publishedAt: now, updatedAt: now });
    await repo.publishMeetings(tx, ctx.event.id);
    const state = await loadState(tx, { ...ctx, settings });
    const scheduled = state.meetings.filter((m) => m.status === 'scheduled');
    const run = await repo.insertRun(tx, {
      eventId: ctx.event.id,
      kind: 'published',
      stats: { scheduled: scheduled.length, unscheduled: state.meetings.filter((m) => m.status === 'accepted').length },
      unscheduled: state.meetings.filter((m) => m.status === 'accepted').map((m) => m.id),
      createdBy: actor.userId,
      createdAt: now,
    });
    const users = new Set<string>();
    for (const m of scheduled) for (const p of m.participants) {
      const person = state.people.get(p.registrationId);
      if (person) users.add(person.userId);
    }
    await notify(
      deps,
      tx,
      [...users].map((userId) =>
        notice(
          userId,
          'b2b.schedule_published',
          { en: `Your B2B agenda for ${ctx.event.title} is ready`, fr: `Votre agenda B2B pour ${ctx.event.title} est prêt` },
          { en: 'The meeting schedule is published: see your times and tables.', fr: 'Le planning des rendez-vous est publié : consultez vos horaires et tables.' },
          agendaLink(ctx),
          `b2b-published:${ctx.event.id}`,
        ),
      ),
    );
    return run;
  });
}

/** For the organisers: a meeting that is not cancelled, its row locked. */
async function lockMeetingToManage(tx: DbOrTx, actor: Actor, slug: string, meetingId: string) {
  const ctx = await loadContext(tx, actor, slug);
  requireManager(ctx);
  const meeting = await repo.lockMeeting(tx, ctx.event.id, meetingId);
  if (!meeting) throw AppError.notFound('Meeting');
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', 'This meeting is cancelled');
  return { ctx, meeting };
}

export async function setLocked(deps: Deps, actor: Actor, slug: string, meetingId: string, locked: boolean) {
  return deps.db.transaction(async (tx) => {
    const { meeting } = await lockMeetingToManage(tx, actor, slug, meetingId);
    return repo.updateMeeting(tx, meeting.id, { locked });
  });
}

/**
 * An organiser books a meeting into a cell. No prior read decides a race: the unique indexes on the
 * cell and on each participant's slot let exactly one of simultaneous bookings win.
 */
export async function placeMeetingIn(deps: Deps, actor: Actor, slug: string, meetingId: string, slotStartsAt: string, table: number) {
  const lang = langOf(actor);
  return deps.db.transaction(async (tx) => {
    const { ctx, meeting } = await lockMeetingToManage(tx, actor, slug, meetingId);
    if (table >= ctx.settings.tables)
      throw AppError.validation('table', `This event has ${ctx.settings.tables} tables (1 to ${ctx.settings.tables})`);
    const slots = cutSlots(await repo.listSessions(tx, ctx.event.id), ctx.settings.meetingMinutes);
    const at = new Date(slotStartsAt).getTime();
    const slot = slots.find((s) => s.startsAt.getTime() === at);
    if (!slot) throw AppError.validation('slotStartsAt', 'Not a slot of a B2B session');
    const time = clockTime(slot.startsAt, ctx.event.timeZone);
    const unavailable = await repo.listUnavailability(tx, ctx.event.id);
    const links = (await repo.meetingParticipants(tx, ctx.event.id)).filter((l) => l.meetingId === meeting.id);
    const away = links.find((l) => unavailable.some((u) => u.registrationId === l.registrationId && u.slotStartsAt.getTime() === at));
    if (away) {
      const people = await repo.listParticipants(tx, ctx.event.id, { confirmedOnly: false });
      const who = personName(people.find((p) => p.registrationId === away.registrationId));
      const text = { en: `${who} is not available at ${time}`, fr: `${who} n'est pas disponible à ${time}` }[lang];
      throw new AppError('UNPROCESSABLE', text, [{ path: 'slotStartsAt', message: text }]);
    }
    try {
      const row = await repo.placeMeeting(tx, meeting.id, slot.startsAt, slot.endsAt, table);
      return repo.updateMeeting(tx, row.id, { locked: true, published: !!ctx.settings.publishedAt || meeting.published });
    } catch (e) {
      if (e instanceof repo.SlotTaken) {
        const text =
          e.what === 'cell'
            ? { en: `Table ${table + 1} at ${time} is already booked for another meeting`, fr: `La table ${table + 1} à ${time} est déjà réservée pour un autre rendez-vous` }
            : { en: `A participant of this meeting already has a meeting at ${time}`, fr: `Un participant de ce rendez-vous a déjà un rendez-vous à ${time}` };
        throw new AppError('CONFLICT', text[lang], [{ path: e.what === 'cell' ? 'table' : 'slotStartsAt', message: text[lang] }]);
      }
      throw e;
    }
  });
}

/** Late change: the cell is freed at once and the other participants are told. */
export async function cancelMeeting(deps: Deps, actor: Actor, slug: string, meetingId: string) {
  return deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const meeting = await repo.lockMeeting(tx, ctx.event.id, meetingId);
    if (!meeting) throw AppError.notFound('Meeting');
    const links = (await repo.meetingParticipants(tx, ctx.event.id)).filter((l) => l.meetingId === meeting.id);
    const isMember = !!ctx.me && links.some((l) => l.registrationId === ctx.me!.id);
    if (!isMember && !ctx.isManager) throw AppError.notFound('Meeting');
    const now = deps.clock.now();
    if (!canCancelMeeting(meeting, isMember, ctx.isManager, now)) throw new AppError('CONFLICT', 'This meeting can no longer be cancelled');
    const row = await repo.updateMeeting(tx, meeting.id, {
      status: 'cancelled',
      slotStartsAt: null,
      slotEndsAt: null,
      tableNo: null,
      locked: false,
      cancelledAt: now,
      cancelledBy: actor.userId,
    });
    const people = new Map((await repo.listParticipants(tx, ctx.event.id, { confirmedOnly: false })).map((p) => [p.registrationId, p]));
    const when = meeting.slotStartsAt ? clockTime(meeting.slotStartsAt, ctx.event.timeZone) : null;
    const by = ctx.me && isMember ? personName(people.get(ctx.me.id)) : { en: 'The organiser', fr: "L'organisateur" };
    await notify(
      deps,
      tx,
      links.flatMap((l) => {
        const person = people.get(l.registrationId);
        if (!person || person.userId === actor.userId) return [];
        const byEn = typeof by === 'string' ? by : by.en;
        const byFr = typeof by === 'string' ? by : by.fr;
        return [
          notice(
            person.userId,
            'b2b.meeting_cancelled',
            { en: `B2B meeting cancelled${when ? ` (${when})` : ''}`, fr: `Rendez-vous B2B annulé${when ? ` (${when})` : ''}` },
            {
              en: `${byEn} cancelled a meeting of yours at ${ctx.event.title}. The slot is free again.`,
              fr: `${byFr} a annulé l'un de vos rendez-vous à ${ctx.event.title}. Le créneau est de nouveau libre.`,
            },
            agendaLink(ctx),
            `b2b-cancelled:${meeting.id}`,
          ),
        ];
      }),
    );
    return row;
  });
}

export async function recordOutcome(deps: Deps, actor: Actor, slug: string, meetingId: string, outcome: Outcome): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ctx = await loadContext(tx, actor, slug);
    const me = requireParticipant(ctx);
    const meeting = await repo.lockMeeting(tx, ctx.event.id, meetingId);
    const links = meeting ? (await repo.meetingParticipants(tx, ctx.event.id)).filter((l) => l.meetingId === meeting.id) : [];
    if (!meeting || !links.some((l) => l.registrationId === me.id)) throw AppError.notFound('Meeting');
    if (!canRecordOutcome(meeting, deps.clock.now()))
      throw new AppError('UNPROCESSABLE', 'The outcome can be recorded once the meeting has started');
    await repo.setOutcome(tx, meeting.id, me.id, outcome, deps.clock.now());
  });
}

// ---------------------------------------------------------------- agenda, feeds

export async function agenda(deps: Deps, actor: Actor, slug: string) {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const state = await loadState(deps.db, ctx);
  return { ctx, state, me: me.id, meetings: state.meetings.filter((m) => m.participants.some((p) => p.registrationId === me.id)) };
}

/** Same data for a calendar subscription: the token stands for the participant, no session needed. */
export async function agendaByFeedToken(deps: Deps, token: string) {
  const feed = await repo.findFeed(deps.db, hashToken(token));
  // A cancelled registration takes its calendar with it.
  if (!feed || !isParticipant(feed)) throw AppError.notFound('Calendar');
  const event = await repo.findEventById(deps.db, feed.eventId);
  if (!event) throw AppError.notFound('Calendar');
  const settings = await repo.getSettings(deps.db, event.id);
  const state = await loadState(deps.db, { event, settings });
  const user = await repo.findUserLocale(deps.db, feed.userId);
  return {
    event,
    state,
    me: feed.registrationId,
    locale: (user?.locale ?? 'en') as Lang,
    meetings: state.meetings.filter((m) => m.participants.some((p) => p.registrationId === feed.registrationId)),
  };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new secret subscription link; the previous one stops working. */
export async function createFeedToken(deps: Deps, actor: Actor, slug: string): Promise<string> {
  const ctx = await loadContext(deps.db, actor, slug);
  const me = requireParticipant(ctx);
  const token = randomBytes(24).toString('base64url');
  await repo.saveFeedToken(deps.db, me.id, hashToken(token), deps.clock.now());
  return token;
}

export async function manageView(deps: Deps, actor: Actor, slug: string) {
  const ctx = await loadContext(deps.db, actor, slug);
  requireManager(ctx);
  const [state, runs] = await Promise.all([loadState(deps.db, ctx), repo.listRuns(deps.db, ctx.event.id)]);
  return { ctx, state, runs };
}

export function isPublished(settings: SettingsRow): boolean {
  return settings.publishedAt !== null;
}
