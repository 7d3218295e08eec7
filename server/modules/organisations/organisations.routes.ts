import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  DuplicatePairSchema,
  CountryCodeSchema,
  CreateOrganisationBodySchema,
  OrganisationListQuerySchema,
  OrganisationListSchema,
  OrganisationSchema,
  ClusterValidationListSchema,
  UpdateOrganisationBodySchema,
} from '../../../contracts/organisations';
import { ClusterValidationBodySchema } from '../../../contracts/memberships';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './organisations.service';
import { exportOrganisations } from './organisations.export';

const tags = ['organisations'];
const IdParams = z.object({ id: z.string().min(1).max(120) });
const OrgResponse = { 200: OrganisationSchema, ...errorResponses };

export function organisationRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get('/organisations', {
      schema: { tags, summary: 'Public organisation directory', querystring: OrganisationListQuerySchema, response: { 200: OrganisationListSchema, ...errorResponses } },
    }, async (request) => service.listOrganisations(deps, request.query));

    app.get('/organisations/export.:format', {
      schema: {
        tags,
        summary: 'Every organisation matching a search, as CSV or XLSX (same parameters as the list)',
        params: z.object({ format: z.enum(['csv', 'xlsx']) }),
        querystring: OrganisationListQuerySchema,
      },
    }, async (request, reply) => {
      const { format } = request.params;
      const file = await exportOrganisations(deps, request.query, format);
      const stamp = deps.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="lightpath-organisations-${stamp}.${format}"`)
        .send(file);
    });

    app.get('/organisations/duplicates', {
      schema: {
        tags,
        summary: 'Likely duplicates of an organisation about to be created',
        querystring: z.object({ name: z.string().trim().min(2).max(200), country: CountryCodeSchema, website: z.string().max(300).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), reason: z.string() })) }), ...errorResponses },
      },
    }, async (request) => ({ items: await service.likelyDuplicates(deps, request.actor, request.query) }));

    app.post('/organisations', {
      schema: { tags, body: CreateOrganisationBodySchema, response: { 201: OrganisationSchema, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(await service.createOrganisation(deps, request.actor, request.body)));

    app.get('/organisations/:id', {
      schema: { tags, summary: 'One organisation, by id or slug', params: IdParams, response: OrgResponse },
    }, async (request) => service.getOrganisation(deps, request.actor, request.params.id));

    app.patch('/organisations/:id', {
      schema: { tags, params: IdParams, body: UpdateOrganisationBodySchema, response: OrgResponse },
    }, async (request) => service.updateOrganisation(deps, request.actor, request.params.id, request.body));

    app.post('/organisations/:id/submit', {
      schema: { tags, summary: 'Publish (or send a cluster profile for validation)', params: IdParams, response: OrgResponse },
    }, async (request) => service.submitOrganisation(deps, request.actor, request.params.id));

    app.post('/organisations/:id/unpublish', {
      schema: { tags, params: IdParams, response: OrgResponse },
    }, async (request) => service.unpublishOrganisation(deps, request.actor, request.params.id));

    app.post('/admin/organisations/:id/merge', {
      schema: { tags: ['admin'], summary: 'Merge a duplicate into another organisation, which survives', params: IdParams, body: z.object({ into: z.uuid() }), response: OrgResponse },
    }, async (request) => service.mergeOrganisations(deps, request.actor, request.params.id, request.body.into));

    app.get('/admin/organisations/duplicate-pairs', {
      schema: {
        tags: ['admin'],
        summary: 'Likely duplicate pairs among the newest organisations (platform admins)',
        querystring: z.object({
          scan: z.coerce.number().int().min(1).max(5000).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: { 200: z.object({ items: z.array(DuplicatePairSchema) }), ...errorResponses },
      },
    }, async (request) => ({ items: await service.duplicatePairs(deps, request.actor, request.query) }));

    app.get('/admin/cluster-validations', {
      schema: {
        tags: ['admin'],
        summary: 'Cluster profiles waiting for validation',
        response: { 200: ClusterValidationListSchema, ...errorResponses },
      },
    }, async (request) => ({ items: await service.listPendingClusters(deps, request.actor) }));

    app.post('/admin/cluster-validations/:id', {
      schema: { tags: ['admin'], params: IdParams, body: ClusterValidationBodySchema, response: OrgResponse },
    }, async (request) => service.validateCluster(deps, request.actor, request.params.id, request.body));
  };
}
