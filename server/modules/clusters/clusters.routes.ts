import type { FastifyInstance } from 'fastify';
import { ClusterDirectoryQuerySchema, ClusterDirectorySchema, type ClusterDirectoryEntry } from '../../../contracts/clusters';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { listPublicClusters, type ClusterRow } from './clusters.repository';

function present(row: ClusterRow): ClusterDirectoryEntry {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: 'cluster_organisation',
    countryCode: row.country_code,
    regionCode: row.region_code,
    city: row.city,
    descriptionEn: row.description_en,
    descriptionFr: row.description_fr,
    memberCount: row.member_count,
    regions: row.regions ?? [],
    countries: row.countries ?? [],
    topTechnologies: row.top_technologies ?? [],
    labels: row.labels ?? [],
    partnerRequests: (row.partner_requests ?? []).map((p) => ({ ...p, deadline: new Date(p.deadline).toISOString() })),
    events: (row.events ?? []).map((e) => ({ ...e, startsAt: new Date(e.startsAt).toISOString() })),
  };
}

/** "Find networks": the public directory of clusters. Read-only and public, so no service layer rules apply. */
export function clusterRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    typed(instance).get('/clusters', {
      schema: {
        tags: ['clusters'],
        summary: 'Clusters with their members, regions covered, most represented technologies, labels, open partner requests and events',
        querystring: ClusterDirectoryQuerySchema,
        response: { 200: ClusterDirectorySchema, ...errorResponses },
      },
    }, async (request) => ({ items: (await listPublicClusters(deps.db, request.query.scope)).map(present) }));
  };
}
