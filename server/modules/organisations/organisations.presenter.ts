import {
  FACET_NAMES,
  type FacetName,
  type FacetValue,
  type Organisation,
  type OrganisationRef,
  type OrganisationSummary,
  type SearchHit,
  type SnippetPart,
} from '../../../contracts/organisations';
import type { Deps } from '../../deps';
import type { TaxonomyCache } from '../taxonomy/taxonomy.service';
import { SNIPPET_START, SNIPPET_STOP, type FacetCount, type SearchRow } from './search.repository';
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
import { namesOf, type OrganisationRow, type findClusterProfile } from './organisations.repository';

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

/** ts_headline marks matches with two rare characters; split on them so the web never renders HTML from data. */
function snippetParts(snippet: string | null): SnippetPart[] | null {
  if (!snippet) return null;
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(new RegExp(`[${SNIPPET_START}${SNIPPET_STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts.some((p) => p.match) ? parts : null;
}

export function presentSearchHit(row: SearchRow): SearchHit {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type as SearchHit['type'],
    countryCode: row.country_code,
    regionCode: row.region_code,
    regionName: row.region_name,
    city: row.city,
    descriptionEn: row.description_en,
    descriptionFr: row.description_fr,
    technologies: row.technologies,
    applicationDomains: row.application_domains,
    valueChainRoles: row.value_chain_roles as SearchHit['valueChainRoles'],
    status: row.status as SearchHit['status'],
    snippet: snippetParts(row.snippet),
    score: row.score === null ? null : Math.round(row.score * 10000) / 10000,
  };
}

export async function presentFacets(
  deps: Pick<Deps, 'db'>,
  counts: FacetCount[],
  taxonomy: TaxonomyCache,
): Promise<Record<FacetName, FacetValue[]>> {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
  const clusterIds = counts.filter((c) => c.facet === 'cluster').map((c) => c.value);
  const clusterNames = new Map((await namesOf(deps.db, clusterIds)).map((c) => [c.id, c.name]));
  for (const c of counts) {
    const label =
      c.facet === 'region' ? taxonomy.regionNames.get(c.value) : c.facet === 'cluster' ? clusterNames.get(c.value) : undefined;
    facets[c.facet].push({ value: c.value, count: c.count, ...(label ? { label } : {}) });
  }
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}
