import type { RegistrationStatus } from '../../../contracts/events';
import type { MaybeActor } from '../auth/actor';

/** What the rules need to know about an event. */
export interface EventFacts {
  status: 'draft' | 'published' | 'cancelled';
  endsAt: Date;
  capacity: number | null;
  registrationMode: 'open' | 'approval';
  waitlistEnabled: boolean;
}

/** Who is looking: the actor and the organisations in which they are an active admin. */
export interface Viewer {
  actor: MaybeActor;
  adminOrganisationIds: ReadonlySet<string>;
}

/** An organiser is an admin of any organising organisation (lead or co-organiser). */
export function isOrganiser(viewer: Viewer, organiserIds: readonly string[]): boolean {
  return !!viewer.actor && organiserIds.some((id) => viewer.adminOrganisationIds.has(id));
}

/** Organisers run the event; platform admins may step in (support). */
export function canManageEvent(viewer: Viewer, organiserIds: readonly string[]): boolean {
  return isOrganiser(viewer, organiserIds) || !!viewer.actor?.isPlatformAdmin;
}

/** Drafts are seen only by those who manage them; published and cancelled events are public. */
export function canViewEvent(
  viewer: Viewer,
  event: Pick<EventFacts, 'status'>,
  organiserIds: readonly string[],
): boolean {
  return event.status !== 'draft' || canManageEvent(viewer, organiserIds);
}

/** The creator must be an admin of the organisation that leads the event. */
export function canCreateEventFor(viewer: Viewer, leadOrganisationId: string): boolean {
  return !!viewer.actor && viewer.adminOrganisationIds.has(leadOrganisationId);
}

export function canEditEvent(
  viewer: Viewer,
  event: Pick<EventFacts, 'status'>,
  organiserIds: readonly string[],
): boolean {
  return event.status !== 'cancelled' && canManageEvent(viewer, organiserIds);
}

export function canPublishEvent(
  viewer: Viewer,
  event: Pick<EventFacts, 'status'>,
  organiserIds: readonly string[],
): boolean {
  return event.status === 'draft' && canManageEvent(viewer, organiserIds);
}

export function canCancelEvent(
  viewer: Viewer,
  event: Pick<EventFacts, 'status'>,
  organiserIds: readonly string[],
): boolean {
  return event.status !== 'cancelled' && canManageEvent(viewer, organiserIds);
}

/** Active registrations hold (or wait for) a seat; declined and cancelled ones may register again. */
export const isActiveRegistration = (status: RegistrationStatus) =>
  status === 'pending' || status === 'confirmed' || status === 'waitlisted';

/** Signed-in, verified people register to published events that have not ended. */
export function canRegister(
  actor: MaybeActor,
  event: Pick<EventFacts, 'status' | 'endsAt'>,
  existing: { status: RegistrationStatus } | null,
  now: Date,
): boolean {
  return (
    !!actor &&
    actor.emailVerified &&
    event.status === 'published' &&
    event.endsAt > now &&
    (!existing || !isActiveRegistration(existing.status))
  );
}

export type SeatDecision = 'confirmed' | 'waitlisted' | 'full';

/** A seat if one is free, else the waitlist when the event keeps one. */
export function seatFor(
  event: Pick<EventFacts, 'capacity' | 'waitlistEnabled'>,
  confirmedCount: number,
): SeatDecision {
  if (event.capacity === null || confirmedCount < event.capacity) return 'confirmed';
  return event.waitlistEnabled ? 'waitlisted' : 'full';
}

/** The status of a new registration: approval events wait for an organiser, open ones take a seat. */
export function statusOnRegister(
  event: Pick<EventFacts, 'capacity' | 'waitlistEnabled' | 'registrationMode'>,
  confirmedCount: number,
) {
  return event.registrationMode === 'approval' ? ('pending' as const) : seatFor(event, confirmedCount);
}

/** The participant cancels their own registration; organisers may cancel anyone's. */
export function canCancelRegistration(
  viewer: Viewer,
  registration: { userId: string; status: RegistrationStatus },
  organiserIds: readonly string[],
): boolean {
  if (!isActiveRegistration(registration.status)) return false;
  return viewer.actor?.userId === registration.userId || canManageEvent(viewer, organiserIds);
}

/** Organisers decide pending registrations (and may still admit a waitlisted one by approving it). */
export function canDecideRegistration(
  viewer: Viewer,
  registration: { status: RegistrationStatus },
  organiserIds: readonly string[],
): boolean {
  return (
    (registration.status === 'pending' || registration.status === 'waitlisted') &&
    canManageEvent(viewer, organiserIds)
  );
}

/** Only confirmed participants are checked in or marked absent. */
export const canAttend = (registration: { status: RegistrationStatus }) =>
  registration.status === 'confirmed';

/** A programme item lies within the event. */
export function isWithinEvent(
  item: { startsAt: Date; endsAt: Date },
  event: { startsAt: Date; endsAt: Date },
): boolean {
  return item.startsAt >= event.startsAt && item.endsAt <= event.endsAt && item.endsAt > item.startsAt;
}

/** Meeting kind from the organisation types of the two sides: cluster-to-cluster, cluster-to-business, business-to-business. */
export function meetingKind(a: string, b: string): 'c2c' | 'c2b' | 'b2b' {
  const clusters = [a, b].filter((t) => t === 'cluster_organisation').length;
  return clusters === 2 ? 'c2c' : clusters === 1 ? 'c2b' : 'b2b';
}
