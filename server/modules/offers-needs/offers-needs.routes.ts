import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  CreateNeedBodySchema,
  CreateOfferBodySchema,
  ListingListQuerySchema,
  ListingMatchesSchema,
  NeedListSchema,
  NeedMatchesQuerySchema,
  NeedSchema,
  OfferListSchema,
  OfferMatchesQuerySchema,
  OfferSchema,
  UpdateNeedBodySchema,
  UpdateOfferBodySchema,
} from '../../../contracts/offers-needs';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './offers-needs.service';

const IdParams = z.object({ id: z.uuid() });

export function offersNeedsRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    // ---------- Technology offers ----------
    const offerTags = ['technology-offers'];
    const OfferResponse = { 200: OfferSchema, ...errorResponses };

    app.get(
      '/technology-offers',
      {
        schema: {
          tags: offerTags,
          summary:
            'Published technology offers (or, with scope=mine, every offer of my organisations), newest first',
          querystring: ListingListQuerySchema,
          response: { 200: OfferListSchema, ...errorResponses },
        },
      },
      async (request) => service.listOffers(deps, request.actor, request.query),
    );

    app.post(
      '/technology-offers',
      {
        schema: {
          tags: offerTags,
          summary:
            'Draft an offer for an organisation I administer; technologies and domains default to the organisation’s',
          body: CreateOfferBodySchema,
          response: { 201: OfferSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createOffer(deps, request.actor, request.body)),
    );

    app.get(
      '/technology-offers/:id',
      {
        schema: { tags: offerTags, params: IdParams, response: OfferResponse },
      },
      async (request) => service.getOffer(deps, request.actor, request.params.id),
    );

    app.patch(
      '/technology-offers/:id',
      {
        schema: { tags: offerTags, params: IdParams, body: UpdateOfferBodySchema, response: OfferResponse },
      },
      async (request) => service.updateOffer(deps, request.actor, request.params.id, request.body),
    );

    app.post(
      '/technology-offers/:id/publish',
      {
        schema: {
          tags: offerTags,
          summary: 'Publish (the organisation profile must be public)',
          params: IdParams,
          response: OfferResponse,
        },
      },
      async (request) => service.publishOffer(deps, request.actor, request.params.id),
    );

    app.post(
      '/technology-offers/:id/archive',
      {
        schema: { tags: offerTags, params: IdParams, response: OfferResponse },
      },
      async (request) => service.archiveOffer(deps, request.actor, request.params.id),
    );

    app.delete(
      '/technology-offers/:id',
      {
        schema: {
          tags: offerTags,
          summary: 'Delete a draft or archived offer',
          params: IdParams,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.deleteOffer(deps, request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/technology-offers/:id/matches',
      {
        schema: {
          tags: offerTags,
          summary:
            'Organisations or end-user needs that fit the offer, ranked, each with its reasons in plain words',
          params: IdParams,
          querystring: OfferMatchesQuerySchema,
          response: { 200: ListingMatchesSchema, ...errorResponses },
        },
      },
      async (request) => service.offerMatches(deps, request.actor, request.params.id, request.query),
    );

    // ---------- End-user needs ----------
    const needTags = ['needs'];
    const NeedResponse = { 200: NeedSchema, ...errorResponses };

    app.get(
      '/needs',
      {
        schema: {
          tags: needTags,
          summary:
            'Published end-user needs (or, with scope=mine, every need of my organisations), newest first',
          querystring: ListingListQuerySchema,
          response: { 200: NeedListSchema, ...errorResponses },
        },
      },
      async (request) => service.listNeeds(deps, request.actor, request.query),
    );

    app.post(
      '/needs',
      {
        schema: {
          tags: needTags,
          summary:
            'Draft a need for an organisation I administer; domains and technologies default to the organisation’s',
          body: CreateNeedBodySchema,
          response: { 201: NeedSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createNeed(deps, request.actor, request.body)),
    );

    app.get(
      '/needs/:id',
      {
        schema: { tags: needTags, params: IdParams, response: NeedResponse },
      },
      async (request) => service.getNeed(deps, request.actor, request.params.id),
    );

    app.patch(
      '/needs/:id',
      {
        schema: { tags: needTags, params: IdParams, body: UpdateNeedBodySchema, response: NeedResponse },
      },
      async (request) => service.updateNeed(deps, request.actor, request.params.id, request.body),
    );

    app.post(
      '/needs/:id/publish',
      {
        schema: {
          tags: needTags,
          summary: 'Publish (the organisation profile must be public)',
          params: IdParams,
          response: NeedResponse,
        },
      },
      async (request) => service.publishNeed(deps, request.actor, request.params.id),
    );

    app.post(
      '/needs/:id/archive',
      {
        schema: { tags: needTags, params: IdParams, response: NeedResponse },
      },
      async (request) => service.archiveNeed(deps, request.actor, request.params.id),
    );

    app.delete(
      '/needs/:id',
      {
        schema: {
          tags: needTags,
          summary: 'Delete a draft or archived need',
          params: IdParams,
          response: { 200: OkSchema, ...errorResponses },
        },
      },
      async (request) => {
        await service.deleteNeed(deps, request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/needs/:id/matches',
      {
        schema: {
          tags: needTags,
          summary:
            'Technology offers or organisations that fit the need, ranked, each with its reasons in plain words',
          params: IdParams,
          querystring: NeedMatchesQuerySchema,
          response: { 200: ListingMatchesSchema, ...errorResponses },
        },
      },
      async (request) => service.needMatches(deps, request.actor, request.params.id, request.query),
    );
  };
}
