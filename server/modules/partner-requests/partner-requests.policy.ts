import type { PartnerRequestStatus, PartnerRequestVisibility } from '../../../contracts/partner-requests';
import type { MaybeActor } from '../auth/actor';

/**
 * What the rules need to know about a request and the viewer's place around it. The service computes
 * the booleans in SQL; the rules themselves stay pure and tested.
 */
export interface RequestContext {
  status: PartnerRequestStatus;
  visibility: PartnerRequestVisibility;
  /** Active admin of the lead organisation: the owner side. */
  isLeadAdmin: boolean;
  /**
   * Active member (any role) of the lead organisation, of a cluster the lead belongs to, of an
   * organisation in one of those clusters, or — when the lead is a cluster — of one of its members.
   */
  inLeadNetwork: boolean;
}

const isPlatformAdmin = (actor: MaybeActor) => !!actor?.isPlatformAdmin;
const isOwner = (actor: MaybeActor, r: RequestContext) => !!actor && (r.isLeadAdmin || actor.isPlatformAdmin);

/**
 * Drafts: the owner side only. Public requests: everyone, signed in or not. Members-only requests:
 * signed-in people in the lead organisation's network (see RequestContext.inLeadNetwork).
 */
export function canViewPartnerRequest(actor: MaybeActor, r: RequestContext): boolean {
  if (isOwner(actor, r)) return true;
  if (r.status === 'draft') return false;
  if (r.visibility === 'public') return true;
  return !!actor && r.inLeadNetwork;
}

/** Admins of the lead organisation and platform admins edit, whatever the status. */
export function canEditPartnerRequest(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r);
}

export function canPublishPartnerRequest(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r) && r.status === 'draft';
}

export function canClosePartnerRequest(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r) && (r.status === 'open' || r.status === 'expired');
}

/** An open request gets a later deadline; an expired one reopens with it. */
export function canExtendPartnerRequest(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r) && (r.status === 'open' || r.status === 'expired');
}

/** Matches and the interests received are the owner's working tools. */
export function canViewMatches(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r);
}

/**
 * A verified person may express interest in an open request they can see, for an organisation they
 * are an active member of, unless it is the lead or an associated partner.
 */
export function canExpressInterest(
  actor: MaybeActor,
  r: RequestContext,
  organisation: { isActiveMember: boolean; isLeadOrPartner: boolean; alreadyInterested: boolean },
): boolean {
  return (
    !!actor &&
    actor.emailVerified &&
    r.status === 'open' &&
    canViewPartnerRequest(actor, r) &&
    organisation.isActiveMember &&
    !organisation.isLeadOrPartner &&
    !organisation.alreadyInterested
  );
}

export function canAnswerInterest(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r);
}

/** Following and commenting: signed-in people who can see a published request. */
export function canFollow(actor: MaybeActor, r: RequestContext): boolean {
  return !!actor && r.status !== 'draft' && canViewPartnerRequest(actor, r);
}

export function canComment(actor: MaybeActor, r: RequestContext): boolean {
  return !!actor && actor.emailVerified && r.status !== 'draft' && canViewPartnerRequest(actor, r);
}

/** Admins of the lead organisation and platform admins moderate the discussion. */
export function canModerateComments(actor: MaybeActor, r: RequestContext): boolean {
  return isOwner(actor, r);
}

export function canEditComment(actor: MaybeActor, comment: { authorId: string | null }): boolean {
  return !!actor && comment.authorId === actor.userId;
}

/** The author takes their comment back; moderators remove anyone's. */
export function canDeleteComment(actor: MaybeActor, r: RequestContext, comment: { authorId: string | null }): boolean {
  return canEditComment(actor, comment) || canModerateComments(actor, r);
}

/** A hidden comment stays readable to its author and to moderators. */
export function canSeeComment(actor: MaybeActor, r: RequestContext, comment: { authorId: string | null; hidden: boolean }): boolean {
  return !comment.hidden || canEditComment(actor, comment) || canModerateComments(actor, r);
}

/** Whether the deadline-reminder should be sent now (job ledger check). */
export function isReminderDue(
  r: { status: PartnerRequestStatus; deadline: Date; reminderSentFor: Date | null },
  payloadDeadline: Date,
  now: Date,
): boolean {
  return (
    r.status === 'open' &&
    r.deadline.getTime() === payloadDeadline.getTime() &&
    r.reminderSentFor?.getTime() !== r.deadline.getTime() &&
    now < r.deadline
  );
}

/** Expiry applies only to an open request whose (current) deadline has passed. */
export function isExpiryDue(r: { status: PartnerRequestStatus; deadline: Date }, now: Date): boolean {
  return r.status === 'open' && r.deadline <= now;
}

export { isPlatformAdmin };
