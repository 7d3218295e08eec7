import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AgendaSchema,
  AvailabilitySchema,
  B2bOverviewSchema,
  B2bSessionSchema,
  B2bSettingsSchema,
  CreateB2bSessionBodySchema,
  CreateMeetingRequestBodySchema,
  FeedLinkSchema,
  LockBodySchema,
  ManageSchema,
  MeetingRequestListSchema,
  MeetingRequestSchema,
  MeetingSchema,
  MeetingStatsSchema,
  NudgeBodySchema,
  OutcomeBodySchema,
  ParticipantListSchema,
  ParticipantQuerySchema,
  PlaceMeetingBodySchema,
  RunScheduleBodySchema,
  ScheduleRunSchema,
  UpdateAvailabilityBodySchema,
  UpdateB2bSettingsBodySchema,
} from '../../../contracts/b2b';
import { OkSchema } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import type { Actor } from '../auth/actor';
import { agendaIcs, agendaPdf, type AgendaDocument } from './b2b.documents';
import {
  presentEvent,
  presentMeeting,
  presentParticipant,
  presentPerson,
  presentRequest,
  presentRun,
  presentSession,
  presentSettings,
} from './b2b.presenter';
import * as service from './b2b.service';
import { meetingStats } from './b2b.stats';

const tags = ['b2b'];
const Slug = z.object({ slug: z.string().min(1).max(200) });
const SlugId = Slug.extend({ id: z.uuid() });
const SlugRegistration = Slug.extend({ registrationId: z.uuid() });

export function b2bRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    const requestsOf = async (actor: Actor, slug: string) => {
      const r = await service.listRequests(deps, actor, slug);
      const recipientsOf = (id: string) => r.recipients.filter((x) => x.requestId === id);
      const present = (req: (typeof r.requests)[number]) => presentRequest(req, recipientsOf(req.id), r.people, r.me, r.meetingOf.get(req.id) ?? null);
      return {
        incoming: r.requests.filter((x) => x.fromRegistrationId !== r.me).map(present),
        outgoing: r.requests.filter((x) => x.fromRegistrationId === r.me).map(present),
      };
    };

    app.get('/events/:slug/b2b', {
      schema: { tags, summary: "The event's B2B matchmaking: settings, sessions and slots, what the viewer may do", params: Slug, response: { 200: B2bOverviewSchema, ...errorResponses } },
    }, async (request) => {
      const o = await service.overview(deps, request.actor, request.params.slug);
      return {
        event: presentEvent(o.ctx.event),
        settings: presentSettings(o.ctx.settings),
        sessions: o.sessions.map((s) => presentSession(s, o.slots)),
        me: o.me,
        can: { manage: o.ctx.isManager, participate: !!o.ctx.me },
      };
    });

    app.patch('/events/:slug/b2b/settings', {
      schema: { tags, summary: 'Organisers: meeting length, tables, cap, who may meet whom, deadline, auto-accept', params: Slug, body: UpdateB2bSettingsBodySchema, response: { 200: B2bSettingsSchema, ...errorResponses } },
    }, async (request) => presentSettings(await service.updateSettings(deps, requireActor(request), request.params.slug, request.body)));

    app.post('/events/:slug/b2b/sessions', {
      schema: { tags, summary: "Organisers: add a B2B session (wall-clock times in the event's time zone)", params: Slug, body: CreateB2bSessionBodySchema, response: { 201: B2bSessionSchema, ...errorResponses } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const row = await service.createSession(deps, actor, request.params.slug, request.body);
      const o = await service.overview(deps, actor, request.params.slug);
      return reply.status(201).send(presentSession(row, o.slots));
    });

    app.delete('/events/:slug/b2b/sessions/:id', {
      schema: { tags, params: SlugId, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.deleteSession(deps, requireActor(request), request.params.slug, request.params.id);
      return { ok: true as const };
    });

    app.get('/events/:slug/b2b/participants', {
      schema: { tags, summary: 'Participants: the other participants, filtered, each with why a meeting is impossible if it is', params: Slug, querystring: ParticipantQuerySchema, response: { 200: ParticipantListSchema, ...errorResponses } },
    }, async (request) => {
      const items = await service.listParticipantsFor(deps, requireActor(request), request.params.slug, request.query);
      return { items: items.map(presentParticipant), total: items.length };
    });

    app.get('/events/:slug/b2b/recommendations', {
      schema: { tags, summary: 'Participants: people worth meeting, ranked by the matching engine with reasons', params: Slug, response: { 200: ParticipantListSchema, ...errorResponses } },
    }, async (request) => {
      const items = await service.recommendations(deps, requireActor(request), request.params.slug);
      return { items: items.map(presentParticipant), total: items.length };
    });

    app.post('/events/:slug/b2b/participants/:registrationId/ask-availability', {
      schema: { tags, summary: 'One-click notice asking another participant to open more availability', params: SlugRegistration, body: NudgeBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.askForAvailability(deps, requireActor(request), request.params.slug, request.params.registrationId, request.body?.message);
      return { ok: true as const };
    });

    app.get('/events/:slug/b2b/requests', {
      schema: { tags, summary: 'My meeting requests, received and sent', params: Slug, response: { 200: MeetingRequestListSchema, ...errorResponses } },
    }, async (request) => requestsOf(requireActor(request), request.params.slug));

    app.post('/events/:slug/b2b/requests', {
      schema: { tags, summary: 'Ask one or more participants for a meeting; 422/409 explain in words why it is impossible', params: Slug, body: CreateMeetingRequestBodySchema, response: { 201: MeetingRequestSchema, ...errorResponses } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const { requestId } = await service.createRequest(deps, actor, request.params.slug, request.body);
      const list = await requestsOf(actor, request.params.slug);
      return reply.status(201).send(list.outgoing.find((r) => r.id === requestId)!);
    });

    for (const decision of ['accept', 'decline', 'cancel'] as const) {
      app.post(`/events/:slug/b2b/requests/:id/${decision}`, {
        schema: { tags, summary: `${decision[0]!.toUpperCase()}${decision.slice(1)} a meeting request`, params: SlugId, response: { 200: MeetingRequestSchema, ...errorResponses } },
      }, async (request) => {
        const actor = requireActor(request);
        await service.decideRequest(deps, actor, request.params.slug, request.params.id, decision);
        const list = await requestsOf(actor, request.params.slug);
        return [...list.incoming, ...list.outgoing].find((r) => r.id === request.params.id)!;
      });
    }

    app.get('/events/:slug/b2b/availability', {
      schema: { tags, summary: 'My availability per slot of the B2B sessions', params: Slug, response: { 200: AvailabilitySchema, ...errorResponses } },
    }, async (request) => {
      const { state, off, busy } = await service.availability(deps, requireActor(request), request.params.slug);
      return {
        sessions: state.sessions.map((s) => ({
          id: s.id,
          name: s.name,
          nameFr: s.nameFr,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          slots: state.slots
            .filter((x) => x.sessionId === s.id)
            .map((x) => ({ index: x.index, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString(), available: !off.has(x.startsAt.getTime()), busy: busy.has(x.startsAt.getTime()) })),
        })),
      };
    });

    app.post('/events/:slug/b2b/availability', {
      schema: { tags, summary: 'Replace the slots I am unavailable in', params: Slug, body: UpdateAvailabilityBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.setAvailability(deps, requireActor(request), request.params.slug, request.body.unavailable);
      return { ok: true as const };
    });

    app.get('/events/:slug/b2b/agenda', {
      schema: { tags, summary: 'My meetings (times once the schedule is published)', params: Slug, response: { 200: AgendaSchema, ...errorResponses } },
    }, async (request) => {
      const a = await service.agenda(deps, requireActor(request), request.params.slug);
      const published = service.isPublished(a.ctx.settings);
      const viewer = { me: a.me, isManager: false, now: deps.clock.now(), showTimes: published };
      return {
        event: presentEvent(a.ctx.event),
        me: a.me,
        published,
        meetings: a.meetings.map((m) => presentMeeting(m, a.state.people, viewer)).sort(byTime),
      };
    });

    const document = (a: { event: { title: string; slug: string; timeZone: string; venueName: string | null; city: string | null }; state: service.B2bState; me: string; meetings: service.MeetingView[] }, lang: 'en' | 'fr'): AgendaDocument => {
      const name = (id: string) => {
        const p = presentPerson(a.state.people.get(id), id);
        return p.organisation ? `${p.displayName} (${p.organisation.name})` : p.displayName;
      };
      return {
        eventTitle: a.event.title,
        eventSlug: a.event.slug,
        timeZone: a.event.timeZone,
        venue: [a.event.venueName, a.event.city].filter(Boolean).join(', ') || null,
        personName: name(a.me),
        lang,
        publicUrl: deps.config.publicUrl,
        entries: a.meetings
          .filter((m) => m.status === 'scheduled' && m.published && m.slotStartsAt && m.slotEndsAt && m.tableNo !== null)
          .sort((x, y) => x.slotStartsAt!.getTime() - y.slotStartsAt!.getTime())
          .map((m) => ({
            id: m.id,
            startsAt: m.slotStartsAt!,
            endsAt: m.slotEndsAt!,
            table: m.tableNo!,
            with: m.participants.filter((p) => p.registrationId !== a.me).map((p) => name(p.registrationId)),
          })),
      };
    };

    app.get('/events/:slug/b2b/agenda.ics', {
      schema: { tags, summary: 'My published meetings as an iCalendar file', params: Slug },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const a = await service.agenda(deps, actor, request.params.slug);
      const body = agendaIcs(document({ ...a, event: a.ctx.event }, actor.locale));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${a.ctx.event.slug}-b2b-agenda.ics"`)
        .send(body);
    });

    app.get('/events/:slug/b2b/agenda.pdf', {
      schema: { tags, summary: 'My published meetings as a printable PDF', params: Slug },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const a = await service.agenda(deps, actor, request.params.slug);
      const pdf = await agendaPdf(document({ ...a, event: a.ctx.event }, actor.locale));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${a.ctx.event.slug}-b2b-agenda.pdf"`)
        .send(pdf);
    });

    app.post('/events/:slug/b2b/agenda/feed', {
      schema: { tags, summary: 'A new secret calendar subscription link (the previous one stops working)', params: Slug, response: { 200: FeedLinkSchema, ...errorResponses } },
    }, async (request) => {
      const token = await service.createFeedToken(deps, requireActor(request), request.params.slug);
      return { url: `${deps.config.publicUrl}/api/v1/b2b/feeds/${token}/agenda.ics` };
    });

    app.get('/b2b/feeds/:token/agenda.ics', {
      schema: { tags, summary: 'Calendar subscription: works without a session, the token in the URL is the key', params: z.object({ token: z.string().min(20).max(100) }) },
    }, async (request, reply) => {
      const a = await service.agendaByFeedToken(deps, request.params.token);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(agendaIcs(document(a, a.locale)));
    });

    // ---------------------------------------------------------------- organisers

    app.get('/events/:slug/b2b/manage', {
      schema: { tags, summary: 'Organisers: every meeting with its cell, the scheduler runs and the figures', params: Slug, response: { 200: ManageSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      const m = await service.manageView(deps, actor, request.params.slug);
      const viewer = { me: m.ctx.me?.id ?? null, isManager: true, now: deps.clock.now(), showTimes: true };
      return {
        meetings: m.state.meetings.map((x) => presentMeeting(x, m.state.people, viewer)).sort(byTime),
        runs: m.runs.map(presentRun),
        stats: await meetingStats(deps, m.ctx.event.id),
      };
    });

    app.get('/events/:slug/b2b/stats', {
      schema: { tags, summary: 'Organisers: meetings requested / accepted / scheduled / held and C2C, C2B, B2B counts', params: Slug, response: { 200: MeetingStatsSchema, ...errorResponses } },
    }, async (request) => {
      const m = await service.manageView(deps, requireActor(request), request.params.slug);
      return meetingStats(deps, m.ctx.event.id);
    });

    app.post('/events/:slug/b2b/schedule/run', {
      schema: { tags, summary: 'Organisers: run the scheduler (preliminary schedule; after publication only free cells are filled)', params: Slug, body: RunScheduleBodySchema, response: { 200: ScheduleRunSchema, ...errorResponses } },
    }, async (request) => presentRun(await service.runScheduler(deps, requireActor(request), request.params.slug, request.body?.timeLimitSeconds ?? 3)));

    app.post('/events/:slug/b2b/schedule/publish', {
      schema: { tags, summary: 'Organisers: publish the final schedule (frozen from now on)', params: Slug, response: { 200: ScheduleRunSchema, ...errorResponses } },
    }, async (request) => presentRun(await service.publishSchedule(deps, requireActor(request), request.params.slug)));

    const meetingResponse = async (actor: Actor, slug: string, id: string) => {
      const m = await service.manageView(deps, actor, slug);
      const viewer = { me: m.ctx.me?.id ?? null, isManager: true, now: deps.clock.now(), showTimes: true };
      return presentMeeting(m.state.meetings.find((x) => x.id === id)!, m.state.people, viewer);
    };

    app.post('/events/:slug/b2b/meetings/:id/lock', {
      schema: { tags, summary: 'Organisers: lock or unlock a meeting in its cell', params: SlugId, body: LockBodySchema, response: { 200: MeetingSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      await service.setLocked(deps, actor, request.params.slug, request.params.id, request.body.locked);
      return meetingResponse(actor, request.params.slug, request.params.id);
    });

    app.post('/events/:slug/b2b/meetings/:id/place', {
      schema: { tags, summary: 'Organisers: book a meeting into a slot and table (409 when the cell or a participant is taken)', params: SlugId, body: PlaceMeetingBodySchema, response: { 200: MeetingSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      await service.placeMeetingIn(deps, actor, request.params.slug, request.params.id, request.body.slotStartsAt, request.body.table);
      return meetingResponse(actor, request.params.slug, request.params.id);
    });

    app.post('/events/:slug/b2b/meetings/:id/cancel', {
      schema: { tags, summary: 'Cancel a meeting: its cell is freed and the other participants are told', params: SlugId, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.cancelMeeting(deps, requireActor(request), request.params.slug, request.params.id);
      return { ok: true as const };
    });

    app.post('/events/:slug/b2b/meetings/:id/outcome', {
      schema: { tags, summary: 'After the meeting: met / follow-up planned / no fit', params: SlugId, body: OutcomeBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.recordOutcome(deps, requireActor(request), request.params.slug, request.params.id, request.body.outcome);
      return { ok: true as const };
    });
  };
}

const byTime = (a: { startsAt: string | null; id: string }, b: { startsAt: string | null; id: string }) =>
  (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999') || a.id.localeCompare(b.id);
