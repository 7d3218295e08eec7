import type { ListingOwner, Need, Offer } from '../../../contracts/offers-needs';
import type { MaybeActor } from '../auth/actor';
import {
  canArchiveListing,
  canDeleteListing,
  canEditListing,
  canPublishListing,
  type ListingContext,
} from './offers-needs.policy';
import type { Membership, NeedRow, OfferRow, OwnerRow } from './offers-needs.repository';

export function presentOwner(owner: OwnerRow): ListingOwner {
  return {
    id: owner.id,
    slug: owner.slug,
    name: owner.name,
    type: owner.type,
    country: owner.countryCode,
    region: owner.regionCode,
    regionName: owner.regionName,
  };
}

export function listingContext(
  row: { status: OfferRow['status'] },
  owner: OwnerRow,
  membership: Membership,
): ListingContext {
  return {
    status: row.status,
    owner: { status: owner.status, listingConsent: owner.listingConsent, membership },
  };
}

function can(actor: MaybeActor, context: ListingContext) {
  return {
    edit: canEditListing(actor, context),
    publish: canPublishListing(actor, context),
    archive: canArchiveListing(actor, context),
    delete: canDeleteListing(actor, context),
  };
}

function common(actor: MaybeActor, row: OfferRow | NeedRow, owner: OwnerRow, membership: Membership) {
  return {
    id: row.id,
    title: row.title,
    technologies: row.technologies,
    applicationDomains: row.applicationDomains,
    status: row.status,
    organisation: presentOwner(owner),
    contactUserId: row.contactUserId,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: can(actor, listingContext(row, owner, membership)),
  };
}

export function presentOffer(
  actor: MaybeActor,
  offer: OfferRow,
  owner: OwnerRow,
  membership: Membership,
): Offer {
  return {
    ...common(actor, offer, owner, membership),
    summary: offer.summary,
    descriptionEn: offer.descriptionEn,
    descriptionFr: offer.descriptionFr,
    trl: offer.trl,
    collaborationModes: offer.collaborationModes as Offer['collaborationModes'],
    ipStatus: offer.ipStatus,
  };
}

export function presentNeed(actor: MaybeActor, need: NeedRow, owner: OwnerRow, membership: Membership): Need {
  return {
    ...common(actor, need, owner, membership),
    problem: need.problem,
    constraints: need.constraints,
    budgetMin: need.budgetMin,
    budgetMax: need.budgetMax,
    budgetCurrency: 'EUR',
    wantedBy: need.wantedBy,
  };
}
