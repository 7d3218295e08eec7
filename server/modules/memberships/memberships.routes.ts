import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AddClusterMemberBodySchema,
  ClusterMemberListSchema,
  ClusterMemberSchema,
  DecideClusterMemberBodySchema,
  DecideMemberBodySchema,
  JoinRequestBodySchema,
  MyMembershipListSchema,
  OrganisationMemberListSchema,
} from '../../../contracts/memberships';
import { OkSchema } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './memberships.service';

const tags = ['memberships'];
const OrgParams = z.object({ id: z.string().min(1).max(120) });
const MemberParams = OrgParams.extend({ userId: z.uuid() });
const ClusterMemberParams = OrgParams.extend({ memberId: z.uuid() });
const ok = { 200: OkSchema, ...errorResponses };

export function membershipRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.get('/me/memberships', {
      schema: { tags, summary: 'Organisations I belong to or asked to join', response: { 200: MyMembershipListSchema, ...errorResponses } },
    }, async (request) => ({ items: await service.myMemberships(deps, request.actor) }));

    app.post('/organisations/:id/join-requests', {
      schema: { tags, summary: 'Ask to join an organisation', params: OrgParams, body: JoinRequestBodySchema, response: { 202: OkSchema, ...errorResponses } },
    }, async (request, reply) => {
      await service.requestToJoin(deps, request.actor, request.params.id, request.body.message);
      return reply.status(202).send({ ok: true });
    });

    app.get('/organisations/:id/members', {
      schema: { tags, params: OrgParams, response: { 200: OrganisationMemberListSchema, ...errorResponses } },
    }, async (request) => ({ items: await service.listMembers(deps, request.actor, request.params.id) }));

    app.patch('/organisations/:id/members/:userId', {
      schema: { tags, summary: 'Approve, decline or change the role of a member', params: MemberParams, body: DecideMemberBodySchema, response: ok },
    }, async (request) => {
      await service.decideMember(deps, request.actor, request.params.id, request.params.userId, request.body);
      return { ok: true as const };
    });

    app.delete('/organisations/:id/members/:userId', {
      schema: { tags, summary: 'Remove a member, or leave', params: MemberParams, response: ok },
    }, async (request) => {
      await service.removeMember(deps, request.actor, request.params.id, request.params.userId);
      return { ok: true as const };
    });

    app.get('/clusters/:id/members', {
      schema: { tags, params: OrgParams, response: { 200: ClusterMemberListSchema, ...errorResponses } },
    }, async (request) => ({ items: await service.listClusterMembers(deps, request.actor, request.params.id) }));

    app.post('/clusters/:id/members', {
      schema: { tags, summary: 'Add a member (cluster manager) or ask to join (organisation admin)', params: OrgParams, body: AddClusterMemberBodySchema, response: { 201: ClusterMemberSchema, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(await service.addClusterMember(deps, request.actor, request.params.id, request.body)));

    app.patch('/clusters/:id/members/:memberId', {
      schema: { tags, summary: 'Approve a membership request', params: ClusterMemberParams, body: DecideClusterMemberBodySchema, response: ok },
    }, async (request) => {
      await service.approveClusterMember(deps, request.actor, request.params.id, request.params.memberId, request.body.since);
      return { ok: true as const };
    });

    app.delete('/clusters/:id/members/:memberId', {
      schema: { tags, params: ClusterMemberParams, response: ok },
    }, async (request) => {
      await service.removeClusterMember(deps, request.actor, request.params.id, request.params.memberId);
      return { ok: true as const };
    });
  };
}
