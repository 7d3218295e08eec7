import type { z } from 'zod';
import type {
  CreateNeedBodySchema,
  CreateOfferBodySchema,
  ListingListQuerySchema,
  ListingMatches,
  Need,
  NeedList,
  Offer,
  OfferList,
  UpdateNeedBodySchema,
  UpdateOfferBodySchema,
} from '../../../contracts/offers-needs';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError, type ErrorDetail } from '../../errors';
import { recordAudit } from '../../lib/audit';
import type { Actor, MaybeActor } from '../auth/actor';
import { matchesOfNeed, matchesOfOffer } from './offers-needs.matching';
import {
  canArchiveListing,
  canCreateListing,
  canDeleteListing,
  canEditListing,
  canManageListings,
  canPublishListing,
  canViewListing,
  isOwnerPublishable,
  type ListingOwnerContext,
} from './offers-needs.policy';
import { listingContext, presentNeed, presentOffer } from './offers-needs.presenter';
import * as repo from './offers-needs.repository';
import type { Membership, OwnerRow } from './offers-needs.repository';

type CreateOfferInput = z.output<typeof CreateOfferBodySchema>;
type UpdateOfferInput = z.output<typeof UpdateOfferBodySchema>;
type CreateNeedInput = z.output<typeof CreateNeedBodySchema>;
type UpdateNeedInput = z.output<typeof UpdateNeedBodySchema>;
type ListQuery = z.output<typeof ListingListQuerySchema>;
type Kind = 'offer' | 'need';

const NOUN: Record<Kind, string> = { offer: 'Technology offer', need: 'Need' };

function requireActor(actor: MaybeActor, what: string): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', `Log in to ${what}`);
  return actor;
}

const membershipOf = (db: DbOrTx, actor: MaybeActor, organisationId: string): Promise<Membership> =>
  actor ? repo.findMembership(db, organisationId, actor.userId) : Promise.resolve(null);

const ownerContext = (owner: OwnerRow, membership: Membership): ListingOwnerContext => ({
  status: owner.status,
  listingConsent: owner.listingConsent,
  membership,
});

/** Checks every taxonomy code against the reference tables; reports all problems at once. */
async function validateCodes(
  db: DbOrTx,
  input: { technologies?: string[] | undefined; applicationDomains?: string[] | undefined },
) {
  const details: ErrorDetail[] = [];
  const lists = [
    ['technologies', 'technology'],
    ['applicationDomains', 'application_domain'],
  ] as const;
  for (const [field, kind] of lists) {
    const codes = input[field];
    if (!codes?.length) continue;
    const unknown = new Set(await repo.unknownTaxonomyCodes(db, kind, codes));
    codes.forEach(
      (c, i) =>
        unknown.has(c) &&
        details.push({ path: `${field}.${i}`, message: `Unknown ${kind.replace('_', ' ')} "${c}"` }),
    );
  }
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Some fields are invalid', details);
}

/**
 * The organisation an offer or need is created for. One the actor cannot see answers like one that does
 * not exist; one they see but do not administer is forbidden.
 */
async function ownerForCreation(db: DbOrTx, actor: Actor, organisationId: string) {
  const owner = await repo.findOwner(db, organisationId);
  const membership = owner ? await membershipOf(db, actor, owner.id) : null;
  const context = owner && ownerContext(owner, membership);
  const visible =
    !!context &&
    (actor.isPlatformAdmin ||
      membership?.status === 'active' ||
      (owner.status === 'published' && owner.listingConsent));
  if (!owner || !context || !visible) {
    throw new AppError('NOT_FOUND', 'Organisation not found', [
      { path: 'organisationId', message: 'No such organisation' },
    ]);
  }
  if (!canCreateListing(actor, context)) {
    throw AppError.forbidden(
      actor.emailVerified
        ? 'Only the organisation’s administrators publish offers and needs for it'
        : 'Confirm your e-mail address before publishing offers and needs',
    );
  }
  return owner;
}

function assertPublishable(owner: OwnerRow) {
  if (!isOwnerPublishable(ownerContext(owner, null))) {
    throw new AppError(
      'UNPROCESSABLE',
      'Publish the organisation profile first: its offers and needs show with it',
      [{ path: '', message: 'The organisation profile is not public' }],
    );
  }
}

/** Loads a listing the actor may see; hidden ones are not found. */
async function loadVisible(db: DbOrTx, actor: MaybeActor, kind: Kind, id: string, lock = false) {
  const found =
    kind === 'offer' ? await repo.findOffer(db, id, { lock }) : await repo.findNeed(db, id, { lock });
  if (!found) throw AppError.notFound(NOUN[kind]);
  const row = 'offer' in found ? found.offer : found.need;
  const membership = await membershipOf(db, actor, found.owner.id);
  const context = listingContext(row, found.owner, membership);
  if (!canViewListing(actor, context)) throw AppError.notFound(NOUN[kind]);
  return { found, row, owner: found.owner, membership, context };
}

async function listingFilters(deps: Deps, actor: MaybeActor, query: ListQuery): Promise<repo.ListingFilters> {
  const offset = query.cursor
    ? Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10)
    : 0;
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw AppError.validation('cursor', 'Invalid cursor: start again from the first page');
  let scope: repo.ListingFilters['scope'] = { kind: 'published' };
  if (query.scope === 'mine') {
    const me = requireActor(actor, 'see your organisations’ offers and needs');
    scope = { kind: 'organisations', ids: await repo.activeOrganisationIds(deps.db, me.userId) };
  }
  return {
    text: query.q,
    technologies: query.technology,
    domains: query.domain,
    countries: query.country,
    organisation: query.organisation,
    scope,
    limit: query.limit,
    offset,
  };
}

const nextCursor = (offset: number, count: number, total: number) =>
  offset + count < total ? Buffer.from(String(offset + count)).toString('base64url') : null;

async function membershipsFor(deps: Deps, actor: MaybeActor, ownerIds: string[]) {
  return actor ? repo.membershipsOf(deps.db, actor.userId, ownerIds) : new Map<string, Membership>();
}

// ---------- Offers ----------

export async function listOffers(deps: Deps, actor: MaybeActor, query: ListQuery): Promise<OfferList> {
  const filters = await listingFilters(deps, actor, query);
  const { rows, total } = await repo.listOffers(deps.db, filters);
  const memberships = await membershipsFor(
    deps,
    actor,
    rows.map((r) => r.owner.id),
  );
  return {
    items: rows.map((r) => presentOffer(actor, r.offer, r.owner, memberships.get(r.owner.id) ?? null)),
    total,
    nextCursor: nextCursor(filters.offset, rows.length, total),
  };
}

export async function getOffer(deps: Deps, actor: MaybeActor, id: string): Promise<Offer> {
  const { found, membership } = await loadVisible(deps.db, actor, 'offer', id);
  if (!('offer' in found)) throw AppError.notFound(NOUN.offer);
  return presentOffer(actor, found.offer, found.owner, membership);
}

export async function createOffer(
  deps: Deps,
  maybeActor: MaybeActor,
  input: CreateOfferInput,
): Promise<Offer> {
  const actor = requireActor(maybeActor, 'publish a technology offer');
  return deps.db.transaction(async (tx) => {
    const owner = await ownerForCreation(tx, actor, input.organisationId);
    // Nobody types the same information twice: the organisation's technologies and domains are the default.
    const technologies = input.technologies ?? owner.technologies;
    const applicationDomains = input.applicationDomains ?? owner.applicationDomains;
    await validateCodes(tx, {
      technologies: input.technologies,
      applicationDomains: input.applicationDomains,
    });
    const now = deps.clock.now();
    const offer = await repo.insertOffer(tx, {
      organisationId: owner.id,
      title: input.title,
      summary: input.summary,
      descriptionEn: input.descriptionEn ?? null,
      descriptionFr: input.descriptionFr ?? null,
      technologies,
      applicationDomains,
      trl: input.trl ?? null,
      collaborationModes: input.collaborationModes ?? [],
      ipStatus: input.ipStatus ?? null,
      status: 'draft',
      contactUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, 'offer.created', 'technology_offer', offer.id, { title: offer.title });
    return presentOffer(actor, offer, owner, await membershipOf(tx, actor, owner.id));
  });
}

export async function updateOffer(
  deps: Deps,
  maybeActor: MaybeActor,
  id: string,
  input: UpdateOfferInput,
): Promise<Offer> {
  const actor = requireActor(maybeActor, 'edit a technology offer');
  return deps.db.transaction(async (tx) => {
    const { owner, membership, context } = await loadVisible(tx, actor, 'offer', id, true);
    if (!canEditListing(actor, context))
      throw AppError.forbidden('Only the organisation’s administrators change its offers');
    await validateCodes(tx, input);
    const offer = await repo.updateOffer(tx, id, { ...input, updatedAt: deps.clock.now() });
    await recordAudit(tx, actor, 'offer.updated', 'technology_offer', id, { fields: Object.keys(input) });
    return presentOffer(actor, offer, owner, membership);
  });
}

async function setOfferStatus(
  deps: Deps,
  maybeActor: MaybeActor,
  id: string,
  status: 'published' | 'archived',
): Promise<Offer> {
  const actor = requireActor(
    maybeActor,
    status === 'published' ? 'publish a technology offer' : 'archive a technology offer',
  );
  return deps.db.transaction(async (tx) => {
    const { row, owner, membership, context } = await loadVisible(tx, actor, 'offer', id, true);
    const allowed =
      status === 'published' ? canPublishListing(actor, context) : canArchiveListing(actor, context);
    if (!allowed) {
      if (!canManageListings(actor, context.owner))
        throw AppError.forbidden('Only the organisation’s administrators publish or archive its offers');
      throw new AppError('CONFLICT', `This offer is already ${status}`);
    }
    if (status === 'published') assertPublishable(owner);
    const now = deps.clock.now();
    const offer = await repo.updateOffer(tx, id, {
      status,
      updatedAt: now,
      ...(status === 'published' && !row.publishedAt ? { publishedAt: now } : {}),
    });
    await recordAudit(tx, actor, `offer.${status}`, 'technology_offer', id, {});
    return presentOffer(actor, offer, owner, membership);
  });
}

export const publishOffer = (deps: Deps, actor: MaybeActor, id: string) =>
  setOfferStatus(deps, actor, id, 'published');
export const archiveOffer = (deps: Deps, actor: MaybeActor, id: string) =>
  setOfferStatus(deps, actor, id, 'archived');

export async function deleteOffer(deps: Deps, maybeActor: MaybeActor, id: string): Promise<void> {
  const actor = requireActor(maybeActor, 'delete a technology offer');
  await deps.db.transaction(async (tx) => {
    const { context } = await loadVisible(tx, actor, 'offer', id, true);
    if (!canDeleteListing(actor, context)) {
      if (!canManageListings(actor, context.owner))
        throw AppError.forbidden('Only the organisation’s administrators delete its offers');
      throw new AppError('CONFLICT', 'A published offer is archived, not deleted');
    }
    await repo.deleteOffer(tx, id);
    await recordAudit(tx, actor, 'offer.deleted', 'technology_offer', id, {});
  });
}

export async function offerMatches(
  deps: Deps,
  actor: MaybeActor,
  id: string,
  query: { target: 'organisations' | 'needs'; lang?: 'en' | 'fr' | undefined; limit: number },
): Promise<ListingMatches> {
  const { found } = await loadVisible(deps.db, actor, 'offer', id);
  if (!('offer' in found)) throw AppError.notFound(NOUN.offer);
  const locale = query.lang ?? actor?.locale ?? 'en';
  const items = await matchesOfOffer(deps, found.offer, found.owner, query.target, locale, query.limit);
  return { target: query.target, locale, items };
}

// ---------- Needs ----------

export async function listNeeds(deps: Deps, actor: MaybeActor, query: ListQuery): Promise<NeedList> {
  const filters = await listingFilters(deps, actor, query);
  const { rows, total } = await repo.listNeeds(deps.db, filters);
  const memberships = await membershipsFor(
    deps,
    actor,
    rows.map((r) => r.owner.id),
  );
  return {
    items: rows.map((r) => presentNeed(actor, r.need, r.owner, memberships.get(r.owner.id) ?? null)),
    total,
    nextCursor: nextCursor(filters.offset, rows.length, total),
  };
}

export async function getNeed(deps: Deps, actor: MaybeActor, id: string): Promise<Need> {
  const { found, membership } = await loadVisible(deps.db, actor, 'need', id);
  if (!('need' in found)) throw AppError.notFound(NOUN.need);
  return presentNeed(actor, found.need, found.owner, membership);
}

function assertBudget(min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null && min > max)
    throw AppError.validation('budgetMax', 'The maximum budget must not be below the minimum');
}

export async function createNeed(deps: Deps, maybeActor: MaybeActor, input: CreateNeedInput): Promise<Need> {
  const actor = requireActor(maybeActor, 'publish a need');
  return deps.db.transaction(async (tx) => {
    const owner = await ownerForCreation(tx, actor, input.organisationId);
    const applicationDomains = input.applicationDomains ?? owner.applicationDomains;
    const technologies = input.technologies ?? owner.technologies;
    await validateCodes(tx, {
      technologies: input.technologies,
      applicationDomains: input.applicationDomains,
    });
    const now = deps.clock.now();
    const need = await repo.insertNeed(tx, {
      organisationId: owner.id,
      title: input.title,
      problem: input.problem,
      applicationDomains,
      technologies,
      constraints: input.constraints ?? null,
      budgetMin: input.budgetMin ?? null,
      budgetMax: input.budgetMax ?? null,
      budgetCurrency: input.budgetCurrency,
      wantedBy: input.wantedBy ?? null,
      status: 'draft',
      contactUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, 'need.created', 'end_user_need', need.id, { title: need.title });
    return presentNeed(actor, need, owner, await membershipOf(tx, actor, owner.id));
  });
}

export async function updateNeed(
  deps: Deps,
  maybeActor: MaybeActor,
  id: string,
  input: UpdateNeedInput,
): Promise<Need> {
  const actor = requireActor(maybeActor, 'edit a need');
  return deps.db.transaction(async (tx) => {
    const { found, owner, membership, context } = await loadVisible(tx, actor, 'need', id, true);
    if (!canEditListing(actor, context))
      throw AppError.forbidden('Only the organisation’s administrators change its needs');
    if (!('need' in found)) throw AppError.notFound(NOUN.need);
    // The budget range must hold with whichever bound stays as stored.
    assertBudget(
      input.budgetMin !== undefined ? input.budgetMin : found.need.budgetMin,
      input.budgetMax !== undefined ? input.budgetMax : found.need.budgetMax,
    );
    await validateCodes(tx, input);
    const need = await repo.updateNeed(tx, id, { ...input, updatedAt: deps.clock.now() });
    await recordAudit(tx, actor, 'need.updated', 'end_user_need', id, { fields: Object.keys(input) });
    return presentNeed(actor, need, owner, membership);
  });
}

async function setNeedStatus(
  deps: Deps,
  maybeActor: MaybeActor,
  id: string,
  status: 'published' | 'archived',
): Promise<Need> {
  const actor = requireActor(maybeActor, status === 'published' ? 'publish a need' : 'archive a need');
  return deps.db.transaction(async (tx) => {
    const { row, owner, membership, context } = await loadVisible(tx, actor, 'need', id, true);
    const allowed =
      status === 'published' ? canPublishListing(actor, context) : canArchiveListing(actor, context);
    if (!allowed) {
      if (!canManageListings(actor, context.owner))
        throw AppError.forbidden('Only the organisation’s administrators publish or archive its needs');
      throw new AppError('CONFLICT', `This need is already ${status}`);
    }
    if (status === 'published') assertPublishable(owner);
    const now = deps.clock.now();
    const need = await repo.updateNeed(tx, id, {
      status,
      updatedAt: now,
      ...(status === 'published' && !row.publishedAt ? { publishedAt: now } : {}),
    });
    await recordAudit(tx, actor, `need.${status}`, 'end_user_need', id, {});
    return presentNeed(actor, need, owner, membership);
  });
}

export const publishNeed = (deps: Deps, actor: MaybeActor, id: string) =>
  setNeedStatus(deps, actor, id, 'published');
export const archiveNeed = (deps: Deps, actor: MaybeActor, id: string) =>
  setNeedStatus(deps, actor, id, 'archived');

export async function deleteNeed(deps: Deps, maybeActor: MaybeActor, id: string): Promise<void> {
  const actor = requireActor(maybeActor, 'delete a need');
  await deps.db.transaction(async (tx) => {
    const { context } = await loadVisible(tx, actor, 'need', id, true);
    if (!canDeleteListing(actor, context)) {
      if (!canManageListings(actor, context.owner))
        throw AppError.forbidden('Only the organisation’s administrators delete its needs');
      throw new AppError('CONFLICT', 'A published need is archived, not deleted');
    }
    await repo.deleteNeed(tx, id);
    await recordAudit(tx, actor, 'need.deleted', 'end_user_need', id, {});
  });
}

export async function needMatches(
  deps: Deps,
  actor: MaybeActor,
  id: string,
  query: { target: 'offers' | 'organisations'; lang?: 'en' | 'fr' | undefined; limit: number },
): Promise<ListingMatches> {
  const { found } = await loadVisible(deps.db, actor, 'need', id);
  if (!('need' in found)) throw AppError.notFound(NOUN.need);
  const locale = query.lang ?? actor?.locale ?? 'en';
  const items = await matchesOfNeed(deps, found.need, found.owner, query.target, locale, query.limit);
  return { target: query.target, locale, items };
}
