import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  CheckInBodySchema,
  CheckInResultSchema,
  CreateEventBodySchema,
  EventListQuerySchema,
  EventListSchema,
  EventSchema,
  EventStatsSchema,
  ExportQuerySchema,
  NoShowBodySchema,
  RegisterBodySchema,
  RegistrationListQuerySchema,
  RegistrationListSchema,
  RegistrationOptionsSchema,
  RegistrationSchema,
  SessionBodySchema,
  StatsExportQuerySchema,
  UpdateEventBodySchema,
} from '../../../contracts/events';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import * as service from './events.service';

const tags = ['events'];
const SlugParams = z.object({ slug: z.string().min(1).max(120) });
const SessionParams = SlugParams.extend({ sessionId: z.uuid() });
const RegistrationParams = SlugParams.extend({ id: z.uuid() });

/** A file shown in the browser (inline) or saved (attachment) under its name. */
function sendFile(
  reply: FastifyReply,
  disposition: 'inline' | 'attachment',
  out: { file: string | Buffer; contentType: string; filename: string },
) {
  return reply
    .header('content-type', out.contentType)
    .header('content-disposition', `${disposition}; filename="${out.filename}"`)
    .send(out.file);
}

export function eventRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get(
      '/events',
      {
        schema: {
          tags,
          summary: 'Upcoming or past events (drafts only for their organisers)',
          querystring: EventListQuerySchema,
          response: { 200: EventListSchema, ...errorResponses },
        },
      },
      async (request) => ({ items: await service.listEvents(deps, request.actor, request.query) }),
    );

    app.post(
      '/events',
      {
        schema: {
          tags,
          summary:
            'Create a draft event led by one of your organisations (you must be its admin); co-organisers’ admins get organiser rights',
          body: CreateEventBodySchema,
          response: { 201: EventSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const slug = await service.createEvent(deps, actor, request.body);
        return reply.status(201).send(await service.getEvent(deps, actor, slug));
      },
    );

    app.get(
      '/events/:slug',
      {
        schema: {
          tags,
          summary: 'An event with its organisers and programme',
          params: SlugParams,
          response: { 200: EventSchema, ...errorResponses },
        },
      },
      async (request) => service.getEvent(deps, request.actor, request.params.slug),
    );

    app.patch(
      '/events/:slug',
      {
        schema: {
          tags,
          summary: 'Edit an event (organisers); times are wall-clock times in the event time zone',
          params: SlugParams,
          body: UpdateEventBodySchema,
          response: { 200: EventSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await service.updateEvent(deps, actor, request.params.slug, request.body);
        return service.getEvent(deps, actor, request.params.slug);
      },
    );

    for (const [action, run] of [
      ['publish', service.publishEvent],
      ['cancel', service.cancelEvent],
    ] as const) {
      app.post(
        `/events/:slug/${action}`,
        {
          schema: {
            tags,
            summary: `${action === 'publish' ? 'Publish' : 'Cancel'} the event (organisers)`,
            params: SlugParams,
            response: { 200: EventSchema, ...errorResponses },
          },
        },
        async (request) => {
          const actor = requireActor(request);
          await run(deps, actor, request.params.slug);
          return service.getEvent(deps, actor, request.params.slug);
        },
      );
    }

    // ---------- programme ----------

    app.post(
      '/events/:slug/sessions',
      {
        schema: {
          tags,
          summary: 'Add a programme item within the event',
          params: SlugParams,
          body: SessionBodySchema,
          response: { 201: EventSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await service.addSession(deps, actor, request.params.slug, request.body);
        return reply.status(201).send(await service.getEvent(deps, actor, request.params.slug));
      },
    );

    app.patch(
      '/events/:slug/sessions/:sessionId',
      {
        schema: {
          tags,
          summary: 'Replace a programme item',
          params: SessionParams,
          body: SessionBodySchema,
          response: { 200: EventSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await service.updateSession(deps, actor, request.params.slug, request.params.sessionId, request.body);
        return service.getEvent(deps, actor, request.params.slug);
      },
    );

    app.delete(
      '/events/:slug/sessions/:sessionId',
      {
        schema: {
          tags,
          summary: 'Remove a programme item',
          params: SessionParams,
          response: { 200: EventSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await service.deleteSession(deps, actor, request.params.slug, request.params.sessionId);
        return service.getEvent(deps, actor, request.params.slug);
      },
    );

    app.get(
      '/events/:slug/programme.ics',
      {
        schema: {
          tags,
          summary: 'The programme as an iCalendar feed (TZID of the event time zone)',
          params: SlugParams,
        },
      },
      async (request, reply) => {
        const body = await service.programmeCalendar(deps, request.actor, request.params.slug);
        return sendFile(reply, 'inline', {
          file: body,
          contentType: 'text/calendar; charset=utf-8',
          filename: `${request.params.slug}.ics`,
        });
      },
    );

    // ---------- registration ----------

    app.get(
      '/events/:slug/registration-options',
      {
        schema: {
          tags,
          summary: 'Your organisations, with the profile that pre-fills the registration',
          params: SlugParams,
          response: { 200: RegistrationOptionsSchema, ...errorResponses },
        },
      },
      async (request) => service.registrationOptions(deps, requireActor(request), request.params.slug),
    );

    app.post(
      '/events/:slug/registrations',
      {
        schema: {
          tags,
          summary: 'Register: confirmed (open), pending (approval) or waitlisted when full',
          params: SlugParams,
          body: RegisterBodySchema,
          response: { 201: RegistrationSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.register(deps, requireActor(request), request.params.slug, request.body)),
    );

    app.get(
      '/events/:slug/registrations',
      {
        schema: {
          tags,
          summary: 'Registrations (organisers), filtered',
          params: SlugParams,
          querystring: RegistrationListQuerySchema,
          response: { 200: RegistrationListSchema, ...errorResponses },
        },
      },
      async (request) => ({
        items: await service.listRegistrations(
          deps,
          requireActor(request),
          request.params.slug,
          request.query,
        ),
      }),
    );

    app.get(
      '/events/:slug/registrations/export',
      {
        schema: {
          tags,
          summary: 'Registrations as CSV or XLSX (same filters as the list)',
          params: SlugParams,
          querystring: ExportQuerySchema,
        },
      },
      async (request, reply) => {
        const { format, ...filter } = request.query;
        const out = await service.exportRegistrations(
          deps,
          requireActor(request),
          request.params.slug,
          filter,
          format,
        );
        return sendFile(reply, 'attachment', out);
      },
    );

    for (const [action, run] of [
      ['cancel', service.cancelRegistration],
      ['approve', service.approveRegistration],
      ['decline', service.declineRegistration],
    ] as const) {
      app.post(
        `/events/:slug/registrations/:id/${action}`,
        {
          schema: {
            tags,
            summary: `${action[0]!.toUpperCase()}${action.slice(1)} a registration`,
            params: RegistrationParams,
            response: { 200: RegistrationSchema, ...errorResponses },
          },
        },
        async (request) => run(deps, requireActor(request), request.params.slug, request.params.id),
      );
    }

    app.post(
      '/events/:slug/registrations/:id/no-show',
      {
        schema: {
          tags,
          summary: 'Mark a confirmed participant absent (or not)',
          params: RegistrationParams,
          body: NoShowBodySchema,
          response: { 200: RegistrationSchema, ...errorResponses },
        },
      },
      async (request) =>
        service.setNoShow(
          deps,
          requireActor(request),
          request.params.slug,
          request.params.id,
          request.body.noShow,
        ),
    );

    app.post(
      '/events/:slug/check-in',
      {
        schema: {
          tags,
          summary: 'Check a participant in by badge code (typed or scanned)',
          params: SlugParams,
          body: CheckInBodySchema,
          response: { 200: CheckInResultSchema, ...errorResponses },
        },
      },
      async (request) => service.checkIn(deps, requireActor(request), request.params.slug, request.body.code),
    );

    app.get(
      '/events/:slug/badges.pdf',
      {
        schema: {
          tags,
          summary: 'Printable badges of the confirmed participants (A4, 8 per page, QR code)',
          params: SlugParams,
        },
      },
      async (request, reply) => {
        const out = await service.badges(deps, requireActor(request), request.params.slug);
        return sendFile(reply, 'inline', { ...out, contentType: 'application/pdf' });
      },
    );

    // ---------- statistics ----------

    app.get(
      '/events/:slug/stats',
      {
        schema: {
          tags,
          summary: 'Registrations, attendance, organisation types and countries (organisers)',
          params: SlugParams,
          response: { 200: EventStatsSchema, ...errorResponses },
        },
      },
      async (request) => service.stats(deps, requireActor(request), request.params.slug),
    );

    app.get(
      '/events/:slug/stats/export',
      {
        schema: {
          tags,
          summary: 'The statistics as CSV or XLSX',
          params: SlugParams,
          querystring: StatsExportQuerySchema,
        },
      },
      async (request, reply) => {
        const out = await service.exportStats(
          deps,
          requireActor(request),
          request.params.slug,
          request.query.format,
        );
        return sendFile(reply, 'attachment', out);
      },
    );
  };
}
