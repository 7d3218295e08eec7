import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  CreateSavedSearchBodySchema,
  NewMatchesQuerySchema,
  NewMatchesSchema,
  SavedSearchListSchema,
  SavedSearchSchema,
  UpdateSavedSearchBodySchema,
} from '../../../contracts/saved-searches';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { requireActor } from '../../http/session';
import { presentSavedSearch } from './saved-searches.presenter';
import * as service from './saved-searches.service';

const tags = ['saved-searches'];
const IdParams = z.object({ id: z.uuid() });

export function savedSearchRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get('/me/saved-searches', {
      schema: { tags, summary: 'My saved directory searches', response: { 200: SavedSearchListSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      return { items: (await service.listSavedSearches(deps, actor)).map((row) => presentSavedSearch(actor, row)) };
    });

    app.post('/me/saved-searches', {
      schema: {
        tags,
        summary: 'Save a directory search; with daily alerts, new matching organisations are e-mailed once a day',
        body: CreateSavedSearchBodySchema,
        response: { 201: SavedSearchSchema, ...errorResponses },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(presentSavedSearch(actor, await service.createSavedSearch(deps, actor, request.body)));
    });

    app.patch('/me/saved-searches/:id', {
      schema: { tags, summary: 'Rename, change the filters or the alerts', params: IdParams, body: UpdateSavedSearchBodySchema, response: { 200: SavedSearchSchema, ...errorResponses } },
    }, async (request) => {
      const actor = requireActor(request);
      return presentSavedSearch(actor, await service.updateSavedSearch(deps, actor, request.params.id, request.body));
    });

    app.delete('/me/saved-searches/:id', {
      schema: { tags, params: IdParams, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.deleteSavedSearch(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    });

    app.get('/me/saved-searches/:id/new', {
      schema: {
        tags,
        summary: 'Organisations matching the search that it has not announced yet',
        params: IdParams,
        querystring: NewMatchesQuerySchema,
        response: { 200: NewMatchesSchema, ...errorResponses },
      },
    }, async (request) => service.listNewMatches(deps, requireActor(request), request.params.id, request.query.limit));
  };
}
