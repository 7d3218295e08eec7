import type { ClusterMember, OrganisationMember } from '../../../contracts/memberships';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { enqueueEmail } from '../../jobs/send-email.job';
import { recordAudit } from '../../lib/audit';
import type { Actor, MaybeActor } from '../auth/actor';
import {
  canEditOrganisation,
  canManageClusterMembers,
  canManageMembers,
  canRequestToJoin,
  isPublicOrganisation,
} from '../organisations/organisations.policy';
import { presentRef } from '../organisations/organisations.presenter';
import { loadForActor } from '../organisations/organisations.service';
import * as repo from './memberships.repository';

function requireLogin(actor: MaybeActor, what: string): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', `Log in to ${what}`);
  return actor;
}

const today = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

export async function myMemberships(deps: Deps, actor: MaybeActor) {
  const me = requireLogin(actor, 'see your organisations');
  const rows = await repo.listMembershipsOfUser(deps.db, me.userId);
  return rows.map((r) => ({ organisation: presentRef(r.org), role: r.role, status: r.status }));
}

export async function requestToJoin(deps: Deps, actor: MaybeActor, organisationId: string, message: string | undefined) {
  const me = requireLogin(actor, 'join an organisation');
  await deps.db.transaction(async (tx) => {
    const { org, context } = await loadForActor(tx, me, organisationId);
    if (!canRequestToJoin(me, context)) {
      throw new AppError('CONFLICT', context.membership ? 'You are already a member or your request is waiting' : 'Confirm your e-mail address first');
    }
    const now = deps.clock.now();
    await repo.addOrganisationMember(tx, { organisationId: org.id, userId: me.userId, role: 'member', status: 'pending', message: message ?? null, createdAt: now });
    for (const admin of await repo.listActiveAdmins(tx, org.id)) {
      await enqueueEmail(deps.jobs, tx, 'joinRequest', {
        to: admin.email,
        locale: admin.locale,
        requester: me.displayName,
        organisation: org.name,
        url: `${deps.config.publicUrl}/organisations/${org.slug}/members`,
      });
    }
    await recordAudit(tx, me, 'membership.requested', 'organisation', org.id, {});
  });
}

async function loadManaged(tx: DbOrTx, actor: Actor, organisationId: string) {
  const loaded = await loadForActor(tx, actor, organisationId);
  if (!canManageMembers(actor, loaded.context)) throw AppError.forbidden('Only the organisation’s administrators manage its members');
  return loaded;
}

export async function listMembers(deps: Deps, actor: MaybeActor, organisationId: string): Promise<OrganisationMember[]> {
  const me = requireLogin(actor, 'see members');
  const { org } = await loadManaged(deps.db, me, organisationId);
  const rows = await repo.listOrganisationMembers(deps.db, org.id);
  return rows.map(({ member, user }) => ({
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    role: member.role,
    status: member.status,
    message: member.message,
    createdAt: member.createdAt.toISOString(),
  }));
}

export async function decideMember(
  deps: Deps,
  actor: MaybeActor,
  organisationId: string,
  userId: string,
  input: { status?: 'active' | 'rejected' | undefined; role?: 'admin' | 'member' | undefined },
) {
  const me = requireLogin(actor, 'manage members');
  await deps.db.transaction(async (tx) => {
    const { org } = await loadManaged(tx, me, organisationId);
    const member = await repo.lockOrganisationMember(tx, org.id, userId);
    if (!member) throw AppError.notFound('Member');
    const losesAdmin =
      member.role === 'admin' && member.status === 'active' && (input.role === 'member' || input.status === 'rejected');
    if (losesAdmin && (await repo.countOtherActiveAdmins(tx, org.id, userId)) === 0) {
      throw new AppError('UNPROCESSABLE', 'An organisation needs at least one administrator', [{ path: 'role', message: 'Last administrator' }]);
    }
    const now = deps.clock.now();
    await repo.updateOrganisationMember(tx, member.id, {
      ...(input.status ? { status: input.status, decidedAt: now, decidedBy: me.userId } : {}),
      ...(input.role ? { role: input.role } : {}),
    });
    if (member.status === 'pending' && input.status) {
      const user = await repo.findUserContact(tx, userId);
      if (user) {
        await enqueueEmail(deps.jobs, tx, 'membershipDecision', {
          to: user.email,
          locale: user.locale,
          organisation: org.name,
          approved: input.status === 'active',
          url: `${deps.config.publicUrl}/organisations/${org.slug}`,
        });
      }
    }
    await recordAudit(tx, me, 'membership.decided', 'organisation', org.id, { userId, ...input });
  });
}

/** Admins remove members; anyone may leave. The last administrator cannot go. */
export async function removeMember(deps: Deps, actor: MaybeActor, organisationId: string, userId: string) {
  const me = requireLogin(actor, 'manage members');
  await deps.db.transaction(async (tx) => {
    const { org, context } = await loadForActor(tx, me, organisationId);
    if (me.userId !== userId && !canManageMembers(me, context)) {
      throw AppError.forbidden('Only the organisation’s administrators remove members');
    }
    const member = await repo.lockOrganisationMember(tx, org.id, userId);
    if (!member) throw AppError.notFound('Member');
    if (member.role === 'admin' && member.status === 'active' && (await repo.countOtherActiveAdmins(tx, org.id, userId)) === 0) {
      throw new AppError('UNPROCESSABLE', 'An organisation needs at least one administrator', [{ path: 'userId', message: 'Last administrator' }]);
    }
    await repo.deleteOrganisationMember(tx, member.id);
    await recordAudit(tx, me, 'membership.removed', 'organisation', org.id, { userId });
  });
}

async function loadCluster(tx: DbOrTx, actor: MaybeActor, clusterId: string) {
  const loaded = await loadForActor(tx, actor, clusterId);
  if (loaded.org.type !== 'cluster_organisation') throw AppError.notFound('Cluster');
  return loaded;
}

export async function listClusterMembers(deps: Deps, actor: MaybeActor, clusterId: string): Promise<ClusterMember[]> {
  const { org, context } = await loadCluster(deps.db, actor, clusterId);
  const manager = canManageClusterMembers(actor, context);
  const rows = await repo.listClusterMembers(deps.db, org.id);
  // The public sees active members with public profiles; the cluster manager sees everything.
  return rows
    .filter((r) => manager || (r.status === 'active' && isPublicOrganisation(r.org)))
    .map((r) => ({ organisation: presentRef(r.org), status: r.status, since: r.since }));
}

/**
 * A cluster manager adds an organisation directly (active); an organisation's admin asks to join a
 * cluster (pending until the manager approves).
 */
export async function addClusterMember(
  deps: Deps,
  actor: MaybeActor,
  clusterId: string,
  input: { organisationId: string; since?: string | undefined },
): Promise<ClusterMember> {
  const me = requireLogin(actor, 'manage cluster members');
  return deps.db.transaction(async (tx) => {
    const cluster = await loadCluster(tx, me, clusterId);
    const member = await loadForActor(tx, me, input.organisationId);
    if (member.org.id === cluster.org.id) throw AppError.validation('organisationId', 'A cluster cannot be its own member');
    const isManager = canManageClusterMembers(me, cluster.context);
    if (!isManager && !canEditOrganisation(me, member.context)) {
      throw AppError.forbidden('Only the cluster manager or the organisation’s administrators can do this');
    }
    const status = isManager ? 'active' : 'pending';
    const since = isManager ? (input.since ?? today(deps)) : null;
    await repo.insertClusterMembership(tx, { clusterId: cluster.org.id, memberId: member.org.id, status, since });
    await recordAudit(tx, me, `cluster_membership.${isManager ? 'added' : 'requested'}`, 'organisation', cluster.org.id, { memberId: member.org.id });
    return { organisation: presentRef(member.org), status, since };
  });
}

export async function approveClusterMember(deps: Deps, actor: MaybeActor, clusterId: string, memberId: string, since: string | undefined) {
  const me = requireLogin(actor, 'manage cluster members');
  await deps.db.transaction(async (tx) => {
    const cluster = await loadCluster(tx, me, clusterId);
    if (!canManageClusterMembers(me, cluster.context)) throw AppError.forbidden('Only the cluster manager approves members');
    const membership = await repo.findClusterMembership(tx, cluster.org.id, memberId);
    if (!membership) throw AppError.notFound('Cluster membership');
    await repo.updateClusterMembership(tx, membership.id, { status: 'active', since: since ?? membership.since ?? today(deps) });
    await recordAudit(tx, me, 'cluster_membership.approved', 'organisation', cluster.org.id, { memberId });
  });
}

export async function removeClusterMember(deps: Deps, actor: MaybeActor, clusterId: string, memberId: string) {
  const me = requireLogin(actor, 'manage cluster members');
  await deps.db.transaction(async (tx) => {
    const cluster = await loadCluster(tx, me, clusterId);
    const membership = await repo.findClusterMembership(tx, cluster.org.id, memberId);
    if (!membership) throw AppError.notFound('Cluster membership');
    const isManager = canManageClusterMembers(me, cluster.context);
    if (!isManager) {
      const member = await loadForActor(tx, me, memberId);
      if (!canEditOrganisation(me, member.context)) throw AppError.forbidden('Only the cluster manager or the member’s administrators can do this');
    }
    await repo.deleteClusterMembership(tx, membership.id);
    await recordAudit(tx, me, 'cluster_membership.removed', 'organisation', cluster.org.id, { memberId });
  });
}
