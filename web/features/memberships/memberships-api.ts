import type { z } from 'zod';
import { OkSchema } from '../../../contracts/common';
import {
  ClusterMemberListSchema,
  ClusterMemberSchema,
  MyMembershipListSchema,
  OrganisationMemberListSchema,
  type DecideMemberBodySchema,
} from '../../../contracts/memberships';
import { apiClient } from '../../lib/api';

const org = (id: string) => `/organisations/${encodeURIComponent(id)}`;
const cluster = (id: string) => `/clusters/${encodeURIComponent(id)}`;

export const membershipsApi = {
  mine: () => apiClient.get('/me/memberships', MyMembershipListSchema),
  requestToJoin: (organisationId: string, message: string | undefined) =>
    apiClient.post(`${org(organisationId)}/join-requests`, OkSchema, message ? { message } : {}),
  members: (organisationId: string) =>
    apiClient.get(`${org(organisationId)}/members`, OrganisationMemberListSchema),
  decide: (organisationId: string, userId: string, body: z.input<typeof DecideMemberBodySchema>) =>
    apiClient.patch(`${org(organisationId)}/members/${encodeURIComponent(userId)}`, OkSchema, body),
  /** Removes a member, or lets users leave (or withdraw their request) when it is their own id. */
  remove: (organisationId: string, userId: string) =>
    apiClient.delete(`${org(organisationId)}/members/${encodeURIComponent(userId)}`, OkSchema),
  clusterMembers: (clusterId: string) =>
    apiClient.get(`${cluster(clusterId)}/members`, ClusterMemberListSchema),
  /** A cluster manager adds an organisation at once; an organisation's admin asks to join (pending). */
  addClusterMember: (clusterId: string, organisationId: string) =>
    apiClient.post(`${cluster(clusterId)}/members`, ClusterMemberSchema, { organisationId }),
  approveClusterMember: (clusterId: string, memberId: string) =>
    apiClient.patch(`${cluster(clusterId)}/members/${encodeURIComponent(memberId)}`, OkSchema, {
      status: 'active',
    }),
  removeClusterMember: (clusterId: string, memberId: string) =>
    apiClient.delete(`${cluster(clusterId)}/members/${encodeURIComponent(memberId)}`, OkSchema),
};
