import { and, asc, eq } from 'drizzle-orm';
import { queryRows, sql, type DbOrTx } from '../../db/client';
import { clusterMemberships, organisations, regions } from '../../db/schema';

/** Public organisations (published with listing consent): the only ones anybody may be matched with. */
export function listMatchableOrganisations(db: DbOrTx) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      countryCode: organisations.countryCode,
      regionCode: organisations.regionCode,
      descriptionEn: organisations.descriptionEn,
      descriptionFr: organisations.descriptionFr,
      keywords: organisations.keywords,
      technologies: organisations.technologies,
      applicationDomains: organisations.applicationDomains,
      s3Areas: organisations.s3Areas,
      valueChainRoles: organisations.valueChainRoles,
    })
    .from(organisations)
    .where(and(eq(organisations.status, 'published'), eq(organisations.listingConsent, true)))
    .orderBy(asc(organisations.id));
}

export function listActiveClusterMemberships(db: DbOrTx) {
  return db
    .select({ clusterId: clusterMemberships.clusterId, memberId: clusterMemberships.memberId })
    .from(clusterMemberships)
    .where(eq(clusterMemberships.status, 'active'));
}

export function listRegionNames(db: DbOrTx) {
  return db.select({ code: regions.code, name: regions.name }).from(regions);
}

/**
 * A digest of everything the engine is built from: any change to a public organisation (its row's
 * updated_at, status or consent, a deletion), to cluster memberships or to the taxonomy changes it,
 * so the cached engine is rebuilt exactly when it is stale. One scan each, cheap next to a rebuild.
 */
export async function matchingFingerprint(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<{ orgs: string | null; members: string | null; terms: string | null }>(
    db,
    sql`select
      (select md5(string_agg(id::text || ':' || extract(epoch from updated_at)::text || ':' || status || ':' || listing_consent::text, ',' order by id)) from organisations) as orgs,
      (select md5(string_agg(cluster_id::text || member_id::text || status, ',' order by cluster_id, member_id)) from cluster_memberships) as members,
      (select count(*)::text || ':' || coalesce(md5(string_agg(code || label_en || label_fr || array_to_string(synonyms_en, '|') || array_to_string(synonyms_fr, '|'), ',' order by code)), '') from taxonomy_terms) as terms`,
  );
  return `${row?.orgs ?? ''}/${row?.members ?? ''}/${row?.terms ?? ''}`;
}
