import type { z } from 'zod';
import type {
  CreateOrganisationBodySchema,
  Organisation,
  OrganisationList,
  OrganisationListQuerySchema,
  UpdateOrganisationBodySchema,
} from '../../../contracts/organisations';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError, type ErrorDetail } from '../../errors';
import { recordAudit } from '../../lib/audit';
import type { MaybeActor, Actor } from '../auth/actor';
import { addOrganisationMember } from '../memberships/memberships.repository';
import {
  canCreateOrganisation,
  canEditOrganisation,
  canValidateCluster,
  canViewOrganisation,
  clusterCriteria,
  type OrganisationContext,
} from './organisations.policy';
import { presentFacets, presentOrganisation, presentSearchHit, presentSummary } from './organisations.presenter';
import * as repo from './organisations.repository';
import * as search from './search.repository';
import * as merge from './merge.repository';
import { findLikelyDuplicates } from '../imports/imports.repository';
import { findDuplicatePairs } from './duplicates.repository';
import type { SearchCursor, SearchRow, SearchSort } from './search.repository';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import { expandQuery } from '../../algorithms/search/expand-query';

type CreateInput = z.output<typeof CreateOrganisationBodySchema>;
type UpdateInput = z.output<typeof UpdateOrganisationBodySchema>;

function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string): SearchCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && ['number', 'string'].includes(typeof value[0]) && typeof value[1] === 'string') {
      return value as SearchCursor;
    }
  } catch {
    // fall through to the validation error
  }
  throw AppError.validation('cursor', 'Invalid cursor: start the search again from the first page');
}

function cursorOf(row: SearchRow, sort: SearchSort): SearchCursor {
  if (sort === 'relevance') return [row.score ?? 0, row.id];
  return [sort === 'newest' ? row.created_at : row.name, row.id];
}

export async function listOrganisations(deps: Deps, query: z.output<typeof OrganisationListQuerySchema>): Promise<OrganisationList> {
  const taxonomy = await taxonomyCache(deps);
  const text = query.q ? expandQuery(query.q, taxonomy.phraseIndex) : null;
  const filters = search.searchFilters(query);
  const sort: SearchSort = query.sort ?? (text ? 'relevance' : 'name');
  if (sort === 'relevance' && !text) throw AppError.validation('sort', 'Sorting by relevance needs a search text');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const [result, facets, counted] = await Promise.all([
    search.searchOrganisations(deps.db, { filters, text, sort, limit: query.limit, after }),
    query.facets ? search.facetCounts(deps.db, { filters, text }) : null,
    query.facets ? null : search.countOrganisations(deps.db, { filters, text }),
  ]);
  // Every organisation has exactly one type, so the type facet (counted without the type filter)
  // already holds the total: the selected types' counts, or all of them.
  const total =
    counted ??
    (facets ?? [])
      .filter((f) => f.facet === 'type' && (!filters.type?.length || filters.type.includes(f.value)))
      .reduce((sum, f) => sum + f.count, 0);
  const last = result.rows.at(-1);
  return {
    items: result.rows.map(presentSearchHit),
    total,
    nextCursor: result.hasMore && last ? encodeCursor(cursorOf(last, sort)) : null,
    sort,
    facets: facets ? await presentFacets(deps, facets, taxonomy) : null,
  };
}

/** Loads an organisation with the actor's membership; hides what the actor may not see as not found. */
export async function loadForActor(db: DbOrTx, actor: MaybeActor, idOrSlug: string) {
  const found = await repo.findByIdOrSlug(db, idOrSlug);
  if (!found) throw AppError.notFound('Organisation');
  const membership = actor ? await repo.findMembership(db, found.org.id, actor.userId) : null;
  const context: OrganisationContext = { ...found.org, membership };
  if (!canViewOrganisation(actor, context)) throw AppError.notFound('Organisation');
  return { ...found, context };
}

async function present(db: DbOrTx, actor: MaybeActor, idOrSlug: string): Promise<Organisation> {
  const { org, regionName, context } = await loadForActor(db, actor, idOrSlug);
  const [cluster, clusters] = await Promise.all([
    org.type === 'cluster_organisation' ? repo.findClusterProfile(db, org.id) : Promise.resolve(null),
    repo.listClustersOf(db, org.id),
  ]);
  return presentOrganisation({ actor, org, regionName, context, cluster, clusters });
}

export const getOrganisation = (deps: Deps, actor: MaybeActor, idOrSlug: string) => present(deps.db, actor, idOrSlug);

/** Checks every taxonomy code and the region against the reference tables; reports all problems at once. */
async function validateReferences(db: DbOrTx, input: Partial<CreateInput>, country: string): Promise<void> {
  const details: ErrorDetail[] = [];
  const lists = [
    ['technologies', 'technology'],
    ['applicationDomains', 'application_domain'],
    ['s3Areas', 's3_area'],
  ] as const;
  for (const [field, kind] of lists) {
    const codes = input[field];
    if (!codes?.length) continue;
    const unknown = new Set(await repo.unknownTaxonomyCodes(db, kind, codes));
    codes.forEach((c, i) => unknown.has(c) && details.push({ path: `${field}.${i}`, message: `Unknown ${kind.replace('_', ' ')} "${c}"` }));
  }
  if (input.region) {
    const region = await repo.findRegion(db, input.region);
    if (!region) details.push({ path: 'region', message: `Unknown NUTS 2 region "${input.region}"` });
    else if (region.countryCode !== country) {
      details.push({ path: 'region', message: `Region ${region.code} (${region.name}) is not in ${country}` });
    }
  }
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Some fields are invalid', details);
}

function columnsFrom(input: Partial<CreateInput>, now: Date) {
  const { country, region, cluster: _cluster, listingConsent, ...rest } = input;
  return {
    ...rest,
    ...(country !== undefined ? { countryCode: country } : {}),
    ...(region !== undefined ? { regionCode: region } : {}),
    ...(listingConsent !== undefined ? { listingConsent, listingConsentAt: listingConsent ? now : null } : {}),
  };
}

export async function createOrganisation(deps: Deps, actor: MaybeActor, input: CreateInput): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to create an organisation');
  if (!canCreateOrganisation(actor)) throw AppError.forbidden('Confirm your e-mail address before creating an organisation');
  if (input.cluster && input.type !== 'cluster_organisation') {
    throw AppError.validation('cluster', 'Cluster figures only apply to cluster organisations');
  }
  return deps.db.transaction(async (tx) => {
    await validateReferences(tx, input, input.country);
    const now = deps.clock.now();
    const org = await repo.insertOrganisation(tx, {
      ...columnsFrom(input, now),
      name: input.name,
      type: input.type,
      countryCode: input.country,
      status: 'draft',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await addOrganisationMember(tx, { organisationId: org.id, userId: actor.userId, role: 'admin', status: 'active', decidedAt: now, decidedBy: actor.userId });
    if (org.type === 'cluster_organisation') await repo.upsertClusterProfile(tx, org.id, input.cluster ?? {});
    await recordAudit(tx, actor, 'organisation.created', 'organisation', org.id, { name: org.name });
    return present(tx, actor, org.id);
  });
}

async function lockEditable(tx: DbOrTx, actor: Actor, id: string) {
  const { org, context } = await loadForActor(tx, actor, id);
  if (!canEditOrganisation(actor, context)) throw AppError.forbidden('Only the organisation’s administrators can change it');
  const locked = await repo.lockById(tx, org.id);
  if (!locked) throw AppError.notFound('Organisation');
  return locked;
}

export async function updateOrganisation(deps: Deps, actor: MaybeActor, id: string, input: UpdateInput): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to edit an organisation');
  return deps.db.transaction(async (tx) => {
    const org = await lockEditable(tx, actor, id);
    const type = input.type ?? org.type;
    if (input.cluster && type !== 'cluster_organisation') {
      throw AppError.validation('cluster', 'Cluster figures only apply to cluster organisations');
    }
    // A region must stay consistent with the country, whichever of the two changes.
    const country = input.country ?? org.countryCode;
    if (input.country && input.region === undefined && org.regionCode) input = { ...input, region: null };
    await validateReferences(tx, input, country);
    const now = deps.clock.now();
    const changes: Partial<repo.OrganisationInsert> = { ...columnsFrom(input, now), updatedAt: now };
    // Withdrawing consent takes a published profile off the directory at once.
    if (input.listingConsent === false && org.status === 'published') changes.status = 'draft';
    await repo.updateOrganisation(tx, org.id, changes);
    if (type === 'cluster_organisation') {
      await repo.upsertClusterProfile(tx, org.id, input.cluster ?? {});
    }
    await recordAudit(tx, actor, 'organisation.updated', 'organisation', org.id, { fields: Object.keys(input) });
    return present(tx, actor, org.id);
  });
}

/**
 * Publishing: an ordinary profile goes live once its admin has consented to the listing; a cluster
 * profile waits for a platform admin to check the cluster criteria.
 */
export async function submitOrganisation(deps: Deps, actor: MaybeActor, id: string): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to publish an organisation');
  return deps.db.transaction(async (tx) => {
    const org = await lockEditable(tx, actor, id);
    if (!org.listingConsent) {
      throw new AppError('UNPROCESSABLE', 'Consent to the public listing before publishing', [
        { path: 'listingConsent', message: 'Required to publish' },
      ]);
    }
    const now = deps.clock.now();
    if (org.type === 'cluster_organisation') {
      const cluster = await repo.findClusterProfile(tx, org.id);
      if (cluster?.profile.validationStatus !== 'validated') {
        await repo.updateOrganisation(tx, org.id, { status: 'pending_validation', updatedAt: now });
        await repo.upsertClusterProfile(tx, org.id, { validationStatus: 'pending', validationNote: null });
      } else {
        await repo.updateOrganisation(tx, org.id, { status: 'published', updatedAt: now });
      }
    } else {
      await repo.updateOrganisation(tx, org.id, { status: 'published', updatedAt: now });
    }
    await recordAudit(tx, actor, 'organisation.submitted', 'organisation', org.id, {});
    return present(tx, actor, org.id);
  });
}

export async function unpublishOrganisation(deps: Deps, actor: MaybeActor, id: string): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to unpublish an organisation');
  return deps.db.transaction(async (tx) => {
    const org = await lockEditable(tx, actor, id);
    await repo.updateOrganisation(tx, org.id, { status: 'draft', updatedAt: deps.clock.now() });
    await recordAudit(tx, actor, 'organisation.unpublished', 'organisation', org.id, {});
    return present(tx, actor, org.id);
  });
}

export async function listPendingClusters(deps: Deps, actor: MaybeActor) {
  if (!actor?.isPlatformAdmin) throw AppError.forbidden('Only platform administrators validate clusters');
  const rows = await repo.listPendingClusters(deps.db);
  return rows.map((r) => ({ ...presentSummary(r.org, null), criteria: clusterCriteria(r.profile) }));
}

export async function validateCluster(
  deps: Deps,
  actor: MaybeActor,
  id: string,
  input: { decision: 'validated' | 'rejected'; note?: string | undefined },
): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to validate clusters');
  return deps.db.transaction(async (tx) => {
    const { org } = await loadForActor(tx, actor, id);
    if (!canValidateCluster(actor, org)) throw AppError.forbidden('Only platform administrators validate cluster profiles');
    const cluster = await repo.findClusterProfile(tx, org.id);
    const now = deps.clock.now();
    if (input.decision === 'validated') {
      const criteria = clusterCriteria(cluster?.profile ?? { managementFte: null, memberCount: null, membersCompanies: null, membersResearch: null });
      const failing: ErrorDetail[] = [];
      if (!criteria.managementStaff) failing.push({ path: 'cluster.managementFte', message: 'At least 0.5 FTE of management staff' });
      if (!criteria.memberCount) failing.push({ path: 'cluster.memberCount', message: 'At least 15 members' });
      if (!criteria.industryAndResearch) {
        failing.push({ path: 'cluster.membersResearch', message: 'Members from both industry and research' });
      }
      if (failing.length) throw new AppError('UNPROCESSABLE', 'This cluster does not meet the validation criteria', failing);
    }
    await repo.upsertClusterProfile(tx, org.id, {
      validationStatus: input.decision,
      validationNote: input.note ?? null,
      validatedAt: input.decision === 'validated' ? now : null,
      validatedBy: input.decision === 'validated' ? actor.userId : null,
    });
    const status = input.decision === 'validated' && org.listingConsent ? 'published' : 'draft';
    await repo.updateOrganisation(tx, org.id, { status, updatedAt: now });
    await recordAudit(tx, actor, `cluster.${input.decision}`, 'organisation', org.id, { note: input.note ?? null });
    return present(tx, actor, org.id);
  });
}

/** Organisations that look like the one being created: same website domain, or a similar name in the same country. */
export async function likelyDuplicates(deps: Deps, actor: MaybeActor, input: { name: string; country: string; website?: string | undefined }) {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to check for duplicates');
  const candidates = await findLikelyDuplicates(deps.db, { name: input.name, country: input.country, website: input.website ?? null });
  // Drafts are private: only platform admins see them among the candidates.
  return candidates.filter((c) => actor.isPlatformAdmin || c.isPublic).map(({ isPublic: _p, ...c }) => c);
}

/** How many of the newest organisations the duplicate work list compares with the whole directory. */
export const DUPLICATE_SCAN_DEFAULT = 500;

/**
 * The platform admins' work list: likely duplicate pairs (one entry per unordered pair) among the
 * newest organisations, drafts included, most recent first.
 */
export async function duplicatePairs(deps: Deps, actor: MaybeActor, input: { scan?: number | undefined; limit?: number | undefined }) {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to see duplicates');
  if (!actor.isPlatformAdmin) throw AppError.forbidden('Only platform administrators review duplicates');
  const rows = await findDuplicatePairs(deps.db, input.scan ?? DUPLICATE_SCAN_DEFAULT);
  const seen = new Set<string>();
  const pairs = [];
  for (const r of rows) {
    const key = [r.a_id, r.b_id].sort().join(':');
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({
      organisation: { id: r.a_id, slug: r.a_slug, name: r.a_name, countryCode: r.a_country, status: r.a_status },
      duplicateOf: { id: r.b_id, slug: r.b_slug, name: r.b_name, countryCode: r.b_country, status: r.b_status },
      reason: r.reason,
      similarity: Math.round(r.similarity * 100) / 100,
    });
    if (pairs.length >= (input.limit ?? 50)) break;
  }
  return pairs;
}

/**
 * Merges a duplicate into the organisation that survives: people, cluster memberships, labels and
 * every other reference move over, empty fields of the survivor are filled and lists united, the
 * duplicate is deleted, and an audit entry keeps its last state. One transaction.
 */
export async function mergeOrganisations(deps: Deps, actor: MaybeActor, fromId: string, intoId: string): Promise<Organisation> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to merge organisations');
  if (!actor.isPlatformAdmin) throw AppError.forbidden('Only platform administrators merge organisations');
  if (fromId === intoId) throw AppError.validation('into', 'Choose two different organisations');
  return deps.db.transaction(async (tx) => {
    const from = await repo.lockById(tx, fromId);
    const into = await repo.lockById(tx, intoId);
    if (!from) throw AppError.notFound('Organisation to merge');
    if (!into) throw new AppError('NOT_FOUND', 'Organisation to merge into not found', [{ path: 'into', message: 'Not found' }]);
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
    await repo.updateOrganisation(tx, into.id, {
      regionCode: into.regionCode ?? (from.countryCode === into.countryCode ? from.regionCode : null),
      city: into.city ?? from.city,
      website: into.website ?? from.website,
      descriptionEn: into.descriptionEn ?? from.descriptionEn,
      descriptionFr: into.descriptionFr ?? from.descriptionFr,
      sizeBand: into.sizeBand ?? from.sizeBand,
      yearFounded: into.yearFounded ?? from.yearFounded,
      contactEmail: into.contactEmail ?? from.contactEmail,
      technologies: union(into.technologies, from.technologies),
      applicationDomains: union(into.applicationDomains, from.applicationDomains),
      s3Areas: union(into.s3Areas, from.s3Areas),
      valueChainRoles: union(into.valueChainRoles, from.valueChainRoles),
      keywords: union(into.keywords, from.keywords),
      updatedAt: deps.clock.now(),
    });
    await merge.moveReferences(tx, from.id, into.id);
    const remaining = await merge.remainingReferences(tx, from.id);
    if (remaining.length) throw new Error(`Merge does not move ${remaining.join(', ')}: add it to merge.repository.ts`);
    const { searchVector: _vector, ...snapshot } = from;
    await recordAudit(tx, actor, 'organisation.merged', 'organisation', into.id, { merged: snapshot });
    await merge.deleteOrganisation(tx, from.id);
    // The duplicate's external id becomes the survivor's when it had none, so re-imports keep matching.
    if (!into.externalId && from.externalId) await repo.updateOrganisation(tx, into.id, { externalId: from.externalId });
    return present(tx, actor, into.id);
  });
}
