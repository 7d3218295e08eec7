import type { ListingStatus } from '../../../contracts/offers-needs';
import type { MaybeActor } from '../auth/actor';

/** The organisation an offer or need hangs on, and the actor's place in it. */
export interface ListingOwnerContext {
  status: 'draft' | 'pending_validation' | 'published';
  listingConsent: boolean;
  membership: { role: 'admin' | 'member'; status: 'pending' | 'active' | 'rejected' } | null;
}

export interface ListingContext {
  status: ListingStatus;
  owner: ListingOwnerContext;
}

const isPublicOwner = (o: ListingOwnerContext) => o.status === 'published' && o.listingConsent;
const isActiveMember = (o: ListingOwnerContext) => o.membership?.status === 'active';
const isActiveAdmin = (o: ListingOwnerContext) => isActiveMember(o) && o.membership?.role === 'admin';

/**
 * Published offers and needs of public organisations are for everybody; drafts and archived ones only
 * for the organisation's members (and platform admins).
 */
export function canViewListing(actor: MaybeActor, l: ListingContext): boolean {
  return (
    (l.status === 'published' && isPublicOwner(l.owner)) ||
    !!actor?.isPlatformAdmin ||
    isActiveMember(l.owner)
  );
}

/** The organisation's administrators manage its offers and needs, as they manage its profile. */
export function canManageListings(actor: MaybeActor, owner: ListingOwnerContext): boolean {
  return !!actor && (actor.isPlatformAdmin || isActiveAdmin(owner));
}

export function canCreateListing(actor: MaybeActor, owner: ListingOwnerContext): boolean {
  return !!actor && actor.emailVerified && canManageListings(actor, owner);
}

export function canEditListing(actor: MaybeActor, l: ListingContext): boolean {
  return canManageListings(actor, l.owner);
}

export function canPublishListing(actor: MaybeActor, l: ListingContext): boolean {
  return canManageListings(actor, l.owner) && l.status !== 'published';
}

export function canArchiveListing(actor: MaybeActor, l: ListingContext): boolean {
  return canManageListings(actor, l.owner) && l.status !== 'archived';
}

/** A published listing may have been answered already: it is archived, not deleted. */
export function canDeleteListing(actor: MaybeActor, l: ListingContext): boolean {
  return canManageListings(actor, l.owner) && l.status !== 'published';
}

/** Going live needs a public profile: an offer of a hidden organisation would show nobody behind it. */
export function isOwnerPublishable(owner: ListingOwnerContext): boolean {
  return isPublicOwner(owner);
}
