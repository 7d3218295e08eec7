import type { FastifyInstance } from 'fastify';
import { RegionListSchema, RegionQuerySchema, TaxonomyListSchema } from '../../../contracts/taxonomy';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as repo from './taxonomy.repository';

const tags = ['taxonomies'];
const KINDS = {
  technologies: 'technology',
  'application-domains': 'application_domain',
  's3-areas': 's3_area',
} as const;

export function taxonomyRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);
    for (const [path, kind] of Object.entries(KINDS)) {
      app.get(`/taxonomies/${path}`, {
        schema: { tags, summary: `Bilingual ${path.replace('-', ' ')} with synonyms`, response: { 200: TaxonomyListSchema } },
      }, async (_request, reply) => {
        // Reference data changes only with a migration: let browsers and proxies keep it.
        reply.header('cache-control', 'public, max-age=3600');
        return { items: await repo.listTerms(deps.db, kind) };
      });
    }
    app.get('/regions', {
      schema: { tags, summary: 'NUTS 2 regions (EU/EEA 2021, UK 2016)', querystring: RegionQuerySchema, response: { 200: RegionListSchema, ...errorResponses } },
    }, async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { items: await repo.listRegions(deps.db, request.query.country) };
    });
  };
}
