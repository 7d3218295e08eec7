import type { FastifyInstance } from 'fastify';
import { MapQuerySchema, OrganisationMapSchema } from '../../../contracts/map';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './map.service';

export function mapRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get('/organisations/map', {
      schema: {
        tags: ['organisations'],
        summary: 'Organisations per country and NUTS 2 region for a directory search, and strategic partnerships per region',
        description:
          'Takes the directory filters. Per-area counts apply every filter except country and region (the map selection); `matching` applies them all.',
        querystring: MapQuerySchema,
        response: { 200: OrganisationMapSchema, ...errorResponses },
      },
    }, async (request) => service.organisationMap(deps, request.query));
  };
}
