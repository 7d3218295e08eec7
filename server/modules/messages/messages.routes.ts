import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  BlockBodySchema,
  BlockListSchema,
  CreatedReportSchema,
  RecipientQuerySchema,
  RecipientSchema,
  ReplyBodySchema,
  ReportBodySchema,
  ReportListQuerySchema,
  ReportListSchema,
  ReportSchema,
  ResolveReportBodySchema,
  StartThreadBodySchema,
  ThreadListSchema,
  ThreadSchema,
  MessageSchema,
} from '../../../contracts/messages';
import { UnreadCountSchema } from '../../../contracts/notifications';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import { presentMessage, presentReport, presentThread, presentThreadSummary } from './messages.presenter';
import * as service from './messages.service';

const tags = ['messages'];
const IdParams = z.object({ id: z.uuid() });
const UserParams = z.object({ userId: z.uuid() });

export function messageRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get(
      '/messages/threads',
      {
        schema: {
          tags,
          summary: 'My conversations, unread first, with the total of unread messages',
          response: { 200: ThreadListSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const [rows, unreadTotal] = await Promise.all([
          service.listThreads(deps, actor),
          service.unreadTotal(deps, actor),
        ]);
        return { items: rows.map((row) => presentThreadSummary(actor, row)), unreadTotal };
      },
    );

    app.get(
      '/messages/unread-count',
      {
        schema: {
          tags,
          summary: 'Unread private messages (the header badge)',
          response: { 200: UnreadCountSchema, ...errorResponses },
        },
      },
      async (request) => ({ unread: await service.unreadTotal(deps, requireActor(request)) }),
    );

    app.post(
      '/messages/threads',
      {
        schema: {
          tags,
          summary: 'Send a first message to a user, optionally about something (partner-request:<id>, …)',
          description:
            'An existing conversation with the same user about the same thing receives the message (200) instead of a new one (201). Rate limited: 429 RATE_LIMITED.',
          body: StartThreadBodySchema,
          response: { 200: ThreadSchema, 201: ThreadSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { thread, created } = await service.startThread(deps, actor, request.body);
        return reply
          .status(created ? 201 : 200)
          .send(presentThread(actor, await service.getThread(deps, actor, thread.id)));
      },
    );

    app.get(
      '/messages/threads/:id',
      {
        schema: {
          tags,
          summary: 'A conversation with its messages, oldest first',
          params: IdParams,
          response: { 200: ThreadSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return presentThread(actor, await service.getThread(deps, actor, request.params.id));
      },
    );

    app.post(
      '/messages/threads/:id/messages',
      {
        schema: {
          tags,
          summary: 'Reply in a conversation (rate limited: 429 RATE_LIMITED)',
          params: IdParams,
          body: ReplyBodySchema,
          response: { 201: MessageSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .status(201)
          .send(
            presentMessage(actor, await service.reply(deps, actor, request.params.id, request.body.body)),
          );
      },
    );

    app.post(
      '/messages/threads/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark a conversation read (and its notifications)',
          params: IdParams,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.markThreadRead(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/messages/recipients/:userId',
      {
        schema: {
          tags,
          summary: 'Who a new message goes to, and whether I may write to them',
          params: UserParams,
          querystring: RecipientQuerySchema,
          response: { 200: RecipientSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const r = await service.recipient(deps, actor, request.params.userId, request.query.about);
        return {
          id: r.person.id,
          displayName: r.person.displayName,
          canMessage: r.canMessage,
          blockedByMe: r.blockedByMe,
          existingThreadId: r.existingThreadId,
        };
      },
    );

    app.get(
      '/messages/blocks',
      {
        schema: { tags, summary: 'Users I blocked', response: { 200: BlockListSchema, ...errorResponses } },
      },
      async (request) => ({
        items: (await service.listBlocks(deps, requireActor(request))).map((b) => ({
          id: b.id,
          displayName: b.displayName,
          blockedAt: b.blockedAt.toISOString(),
        })),
      }),
    );

    app.post(
      '/messages/blocks',
      {
        schema: {
          tags,
          summary: 'Block a user: they can no longer write to me, and our conversations are hidden from me',
          body: BlockBodySchema,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.blockUser(deps, requireActor(request), request.body.userId);
        return { ok: true as const };
      },
    );

    app.delete(
      '/messages/blocks/:userId',
      {
        schema: {
          tags,
          summary: 'Unblock a user',
          params: UserParams,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.unblockUser(deps, requireActor(request), request.params.userId);
        return { ok: true as const };
      },
    );

    app.post(
      '/messages/reports',
      {
        schema: {
          tags,
          summary: 'Report a user or one of their messages to the platform administrators',
          body: ReportBodySchema,
          response: { 201: CreatedReportSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.report(deps, requireActor(request), request.body)),
    );

    app.get(
      '/admin/message-reports',
      {
        schema: {
          tags,
          summary: 'Reported users and messages (platform administrators)',
          querystring: ReportListQuerySchema,
          response: { 200: ReportListSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { rows, persons, messages } = await service.listReports(
          deps,
          requireActor(request),
          request.query.status,
        );
        return { items: rows.map((row) => presentReport(row, persons, messages)) };
      },
    );

    app.post(
      '/admin/message-reports/:id/resolve',
      {
        schema: {
          tags,
          summary: 'Mark a report handled (platform administrators)',
          params: IdParams,
          body: ResolveReportBodySchema,
          response: { 200: ReportSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { rows, persons, messages } = await service.resolveReport(
          deps,
          actor,
          request.params.id,
          request.body.resolution,
        );
        return presentReport(rows[0]!, persons, messages);
      },
    );
  };
}
