import type { MaybeActor } from '../auth/actor';

/** What the policy needs to know about an organisation and the actor's place in it. */
export interface OrganisationContext {
  type: string;
  status: 'draft' | 'pending_validation' | 'published';
  listingConsent: boolean;
  /** The actor's membership in this organisation, if any. */
  membership: { role: 'admin' | 'member'; status: 'pending' | 'active' | 'rejected' } | null;
}

export const isPublicOrganisation = (o: Pick<OrganisationContext, 'status' | 'listingConsent'>) =>
  o.status === 'published' && o.listingConsent;

const isActiveAdmin = (o: OrganisationContext) => o.membership?.status === 'active' && o.membership.role === 'admin';
const isActiveMember = (o: OrganisationContext) => o.membership?.status === 'active';

export function canViewOrganisation(actor: MaybeActor, o: OrganisationContext): boolean {
  return isPublicOrganisation(o) || !!actor?.isPlatformAdmin || isActiveMember(o);
}

export function canEditOrganisation(actor: MaybeActor, o: OrganisationContext): boolean {
  return !!actor && (actor.isPlatformAdmin || isActiveAdmin(o));
}

export function canManageMembers(actor: MaybeActor, o: OrganisationContext): boolean {
  return canEditOrganisation(actor, o);
}

/** A cluster manager is an admin of a cluster organisation. */
export function canManageClusterMembers(actor: MaybeActor, cluster: OrganisationContext): boolean {
  return cluster.type === 'cluster_organisation' && canEditOrganisation(actor, cluster);
}

export function canValidateCluster(actor: MaybeActor, o: Pick<OrganisationContext, 'type'>): boolean {
  return !!actor?.isPlatformAdmin && o.type === 'cluster_organisation';
}

/** Anyone verified may ask to join, unless already a member or already waiting; a declined person may ask again. */
export function canRequestToJoin(actor: MaybeActor, o: OrganisationContext): boolean {
  return (
    !!actor &&
    actor.emailVerified &&
    canViewOrganisation(actor, o) &&
    (o.membership === null || o.membership.status === 'rejected')
  );
}

export function canCreateOrganisation(actor: MaybeActor): boolean {
  return !!actor && actor.emailVerified;
}

/** Cluster validation criteria checked by a platform admin (cluster-excellence practice). */
export function clusterCriteria(p: {
  managementFte: number | null;
  memberCount: number | null;
  membersCompanies: number | null;
  membersResearch: number | null;
}) {
  return {
    managementStaff: (p.managementFte ?? 0) >= 0.5,
    memberCount: (p.memberCount ?? 0) >= 15,
    industryAndResearch: (p.membersCompanies ?? 0) > 0 && (p.membersResearch ?? 0) > 0,
  };
}
