import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateOrganisationBodySchema,
  OrganisationListQuerySchema,
  OrganisationListSchema,
  OrganisationSchema,
  OrganisationSummarySchema,
  UpdateOrganisationBodySchema,
} from '../../../contracts/organisations';
import { ClusterValidationBodySchema } from '../../../contracts/memberships';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './organisations.service';

const tags = ['organisations'];
const IdParams = z.object({ id: z.string().min(1).max(120) });
const OrgResponse = { 200: OrganisationSchema, ...errorResponses };

export function organisationRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get('/organisations', {
      schema: { tags, summary: 'Public organisation directory', querystring: OrganisationListQuerySchema, response: { 200: OrganisationListSchema, ...errorResponses } },
    }, async (request) => service.listOrganisations(deps, request.query));

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

    app.get('/admin/cluster-validations', {
      schema: {
        tags: ['admin'],
        summary: 'Cluster profiles waiting for validation',
        response: { 200: z.object({ items: z.array(OrganisationSummarySchema.extend({ criteria: z.object({ managementStaff: z.boolean(), memberCount: z.boolean(), industryAndResearch: z.boolean() }) })) }), ...errorResponses },
      },
    }, async (request) => ({ items: await service.listPendingClusters(deps, request.actor) }));

    app.post('/admin/cluster-validations/:id', {
      schema: { tags: ['admin'], params: IdParams, body: ClusterValidationBodySchema, response: OrgResponse },
    }, async (request) => service.validateCluster(deps, request.actor, request.params.id, request.body));
  };
}
