import type { Organisation, OrganisationRef, OrganisationSummary } from '../../../contracts/organisations';
import type { MaybeActor } from '../auth/actor';
import {
  canEditOrganisation,
  canManageClusterMembers,
  canManageMembers,
  canRequestToJoin,
  canValidateCluster,
  clusterCriteria,
  isPublicOrganisation,
  type OrganisationContext,
} from './organisations.policy';
import type { OrganisationRow, findClusterProfile } from './organisations.repository';

export function presentRef(o: OrganisationRow): OrganisationRef {
  return { id: o.id, slug: o.slug, name: o.name, type: o.type, countryCode: o.countryCode };
}

export function presentSummary(o: OrganisationRow, regionName: string | null): OrganisationSummary {
  return {
    ...presentRef(o),
    regionCode: o.regionCode,
    regionName,
    city: o.city,
    descriptionEn: o.descriptionEn,
    descriptionFr: o.descriptionFr,
    technologies: o.technologies,
    applicationDomains: o.applicationDomains,
    valueChainRoles: o.valueChainRoles as OrganisationSummary['valueChainRoles'],
    status: o.status,
  };
}

export function presentOrganisation(p: {
  actor: MaybeActor;
  org: OrganisationRow;
  regionName: string | null;
  context: OrganisationContext;
  cluster: Awaited<ReturnType<typeof findClusterProfile>>;
  clusters: { org: OrganisationRow; since: string | null }[];
}): Organisation {
  const { org, actor, context, cluster } = p;
  return {
    ...presentSummary(org, p.regionName),
    website: org.website,
    sizeBand: org.sizeBand,
    yearFounded: org.yearFounded,
    s3Areas: org.s3Areas,
    keywords: org.keywords,
    contactEmail: org.contactEmail,
    listingConsent: org.listingConsent,
    isPublic: isPublicOrganisation(org),
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
    cluster: cluster
      ? {
          managementFte: cluster.profile.managementFte,
          memberCount: cluster.profile.memberCount,
          membersCompanies: cluster.profile.membersCompanies,
          membersResearch: cluster.profile.membersResearch,
          membersPublic: cluster.profile.membersPublic,
          validationStatus: cluster.profile.validationStatus,
          validationNote: cluster.profile.validationNote,
          validatedAt: cluster.profile.validatedAt?.toISOString() ?? null,
          labels: cluster.labels,
          criteria: clusterCriteria(cluster.profile),
          activeMemberCount: cluster.activeMemberCount,
        }
      : null,
    clusters: p.clusters.map((c) => ({ ...presentRef(c.org), since: c.since })),
    can: {
      edit: canEditOrganisation(actor, context),
      manageMembers: canManageMembers(actor, context),
      manageClusterMembers: canManageClusterMembers(actor, context),
      validateCluster: canValidateCluster(actor, context),
      requestToJoin: canRequestToJoin(actor, context),
    },
    myMembership: context.membership,
  };
}
