import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  AnswerInterestBodySchema,
  CommentBodySchema,
  CommentListSchema,
  CommentSchema,
  CreatePartnerRequestBodySchema,
  ExpressInterestBodySchema,
  ExtendPartnerRequestBodySchema,
  HideCommentBodySchema,
  HideMatchBodySchema,
  InterestListSchema,
  InterestSchema,
  InviteBodySchema,
  MatchListSchema,
  MatchesQuerySchema,
  PartnerRequestListQuerySchema,
  PartnerRequestListSchema,
  PartnerRequestSchema,
  UpdatePartnerRequestBodySchema,
} from '../../../contracts/partner-requests';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import type { MaybeActor } from '../auth/actor';
import { presentComment, presentDetail, presentInterest, presentSummary } from './partner-requests.presenter';
import * as service from './partner-requests.service';

const tags = ['partner-requests'];
const IdParams = z.object({ id: z.uuid() });
const InterestParams = z.object({ id: z.uuid(), interestId: z.uuid() });
const CommentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
const base = '/partner-requests';

export function partnerRequestRoutes(deps: Deps) {
  const detail = async (actor: MaybeActor, id: string) => presentDetail(actor, await service.getPartnerRequestDetail(deps, actor, id));

  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get(base, {
      schema: {
        tags,
        summary: 'Partner requests the viewer may see, newest first (drafts only with mine=true)',
        querystring: PartnerRequestListQuerySchema,
        response: { 200: PartnerRequestListSchema, ...errorResponses },
      },
    }, async (request) => {
      const { items, total } = await service.listPartnerRequests(deps, request.actor, request.query);
      return { items: items.map((i) => presentSummary(i.request, i.lead)), total };
    });

    app.post(base, {
      schema: { tags, summary: 'Create a partner request (a draft, or published with publish=true)', body: CreatePartnerRequestBodySchema, response: { 201: PartnerRequestSchema, ...errorResponses } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const row = await service.createPartnerRequest(deps, actor, request.body);
      return reply.status(201).send(await detail(actor, row.id));
    });

    app.get(`${base}/:id`, {
      schema: { tags, params: IdParams, response: { 200: PartnerRequestSchema, ...errorResponses } },
    }, async (request) => detail(request.actor, request.params.id));

    app.patch(`${base}/:id`, {
      schema: { tags, summary: 'Edit (lead organisation admins, platform admins)', params: IdParams, body: UpdatePartnerRequestBodySchema, response: { 200: PartnerRequestSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      await service.updatePartnerRequest(deps, actor, request.params.id, request.body);
      return detail(actor, request.params.id);
    });

    for (const [action, run] of [
      ['publish', service.publishPartnerRequest],
      ['close', service.closePartnerRequest],
    ] as const) {
      app.post(`${base}/:id/${action}`, {
        schema: { tags, params: IdParams, response: { 200: PartnerRequestSchema, ...errorResponses } },
      }, async (request) => {
        const actor = requireActor(request);
        await run(deps, actor, request.params.id);
        return detail(actor, request.params.id);
      });
    }

    app.post(`${base}/:id/extend`, {
      schema: { tags, summary: 'Move the deadline later; an expired request opens again', params: IdParams, body: ExtendPartnerRequestBodySchema, response: { 200: PartnerRequestSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      await service.extendPartnerRequest(deps, actor, request.params.id, request.body);
      return detail(actor, request.params.id);
    });

    app.get(`${base}/:id/matches`, {
      schema: {
        tags,
        summary: 'Ranked organisations with their score and the reasons in the viewer’s language (owner side only)',
        params: IdParams,
        querystring: MatchesQuerySchema,
        response: { 200: MatchListSchema, ...errorResponses },
      },
    }, async (request) => service.listMatches(deps, requireActor(request), request.params.id, request.query));

    app.post(`${base}/:id/matches/hide`, {
      schema: { tags, params: IdParams, body: HideMatchBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.setMatchHidden(deps, requireActor(request), request.params.id, request.body.organisationId, true);
      return { ok: true as const };
    });

    app.post(`${base}/:id/matches/unhide`, {
      schema: { tags, params: IdParams, body: HideMatchBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.setMatchHidden(deps, requireActor(request), request.params.id, request.body.organisationId, false);
      return { ok: true as const };
    });

    app.post(`${base}/:id/invitations`, {
      schema: { tags, summary: 'Invite a matched organisation to express interest (notifies its admins)', params: IdParams, body: InviteBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.inviteMatch(deps, requireActor(request), request.params.id, request.body.organisationId);
      return { ok: true as const };
    });

    app.get(`${base}/:id/interests`, {
      schema: { tags, summary: 'Interests received (owner side)', params: IdParams, response: { 200: InterestListSchema, ...errorResponses } },
    }, async (request) => ({ items: (await service.listInterests(deps, requireActor(request), request.params.id)).map(presentInterest) }));

    app.post(`${base}/:id/interests`, {
      schema: { tags, summary: 'Express interest for one of your organisations (once per organisation)', params: IdParams, body: ExpressInterestBodySchema, response: { 201: InterestSchema, ...errorResponses } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const row = await service.expressInterest(deps, actor, request.params.id, request.body);
      const [listed] = (await service.listInterestsOf(deps, actor, request.params.id)).filter((i) => i.interest.id === row.id);
      return reply.status(201).send(presentInterest(listed!));
    });

    app.post(`${base}/:id/interests/:interestId/answer`, {
      schema: { tags, summary: 'Accept or decline an interest, with a message', params: InterestParams, body: AnswerInterestBodySchema, response: { 200: InterestSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      await service.answerInterest(deps, actor, request.params.id, request.params.interestId, request.body);
      const all = await service.listInterests(deps, actor, request.params.id);
      return presentInterest(all.find((i) => i.interest.id === request.params.interestId)!);
    });

    app.post(`${base}/:id/follow`, {
      schema: { tags, params: IdParams, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.setFollowing(deps, requireActor(request), request.params.id, true);
      return { ok: true as const };
    });

    app.delete(`${base}/:id/follow`, {
      schema: { tags, params: IdParams, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.setFollowing(deps, requireActor(request), request.params.id, false);
      return { ok: true as const };
    });

    app.get(`${base}/:id/comments`, {
      schema: { tags, params: IdParams, response: { 200: CommentListSchema, ...errorResponses } },
    }, async (request) => {
      const { ctx, rows } = await service.listComments(deps, request.actor, request.params.id);
      return { items: rows.map((r) => presentComment(request.actor, ctx, r.comment, r.authorName)) };
    });

    app.post(`${base}/:id/comments`, {
      schema: { tags, params: IdParams, body: CommentBodySchema, response: { 201: CommentSchema, ...errorResponses } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const { ctx, comment } = await service.createComment(deps, actor, request.params.id, request.body.body);
      return reply.status(201).send(presentComment(actor, ctx, comment, actor.displayName));
    });

    app.patch(`${base}/:id/comments/:commentId`, {
      schema: { tags, summary: 'Edit your comment', params: CommentParams, body: CommentBodySchema, response: { 200: CommentSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      const { ctx, comment } = await service.editComment(deps, actor, request.params.id, request.params.commentId, request.body.body);
      return presentComment(actor, ctx, comment, actor.displayName);
    });

    app.post(`${base}/:id/comments/:commentId/moderation`, {
      schema: { tags, summary: 'Hide or show a comment (moderators)', params: CommentParams, body: HideCommentBodySchema, response: { 200: CommentSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      const { ctx, comment } = await service.setCommentHidden(deps, actor, request.params.id, request.params.commentId, request.body.hidden);
      return presentComment(actor, ctx, comment, null);
    });

    app.delete(`${base}/:id/comments/:commentId`, {
      schema: { tags, summary: 'Delete a comment (its author or a moderator)', params: CommentParams, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.deleteComment(deps, requireActor(request), request.params.id, request.params.commentId);
      return { ok: true as const };
    });
  };
}
