import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  NotificationListQuerySchema,
  NotificationListSchema,
  NotificationPreferencesSchema,
  UnreadCountSchema,
  UnsubscribeBodySchema,
  UnsubscribeQuerySchema,
  UnsubscribeResultSchema,
  UpdateNotificationPreferencesBodySchema,
} from '../../../contracts/notifications';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import { presentNotification } from './notifications.presenter';
import * as service from './notifications.service';

const tags = ['notifications'];
const IdParams = z.object({ id: z.uuid() });

export function notificationRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);
    // Mail clients send one-click unsubscribes (RFC 8058) as a form post: accept it, in this plugin only.
    instance.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, _body, done) => done(null, {}),
    );

    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'My notifications, newest first, with the unread count',
          querystring: NotificationListQuerySchema,
          response: { 200: NotificationListSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { rows, unreadCount, nextBefore } = await service.listNotifications(deps, actor, request.query);
        return { items: rows.map(presentNotification), unreadCount, nextBefore };
      },
    );

    app.get(
      '/notifications/unread-count',
      {
        schema: {
          tags,
          summary: 'How many of my notifications are unread',
          response: { 200: UnreadCountSchema, ...errorResponses },
        },
      },
      async (request) => ({ unread: await service.unreadNotifications(deps, requireActor(request)) }),
    );

    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one notification read',
          params: IdParams,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.markNotificationRead(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark all my notifications read',
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.markAllNotificationsRead(deps, requireActor(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/notifications/preferences',
      {
        schema: {
          tags,
          summary: 'How I get notification e-mails',
          response: { 200: NotificationPreferencesSchema, ...errorResponses },
        },
      },
      async (request) => service.getPreferences(deps, requireActor(request)),
    );

    const updatePreferences = {
      schema: {
        tags,
        summary:
          'Set how I get notification e-mails: immediate, daily or weekly digest, or off; per category optionally',
        body: UpdateNotificationPreferencesBodySchema,
        response: { 200: NotificationPreferencesSchema, ...errorResponses },
      },
    };
    app.put('/notifications/preferences', updatePreferences, async (request) =>
      service.updatePreferences(deps, requireActor(request), request.body),
    );
    // The same replacement under PATCH, for clients (like the web app's) without PUT.
    app.patch('/notifications/preferences', updatePreferences, async (request) =>
      service.updatePreferences(deps, requireActor(request), request.body),
    );

    app.post(
      '/notifications/unsubscribe',
      {
        schema: {
          tags,
          summary:
            'Turn notification e-mails off with the signed token of an e-mail link (no session needed)',
          description:
            'The token comes in the JSON body, or in the query for one-click unsubscribe from a mail client (RFC 8058).',
          querystring: UnsubscribeQuerySchema,
          response: { 200: UnsubscribeResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const fromBody = UnsubscribeBodySchema.safeParse(request.body);
        const token = fromBody.success ? fromBody.data.token : request.query.token;
        if (!token) throw AppError.validation('token', 'The unsubscribe token is missing');
        return service.unsubscribe(deps, token);
      },
    );
  };
}
