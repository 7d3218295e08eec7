/**
 * B2B rules as pure functions: who runs the matchmaking, who takes part, who may meet whom, and the
 * kind of a meeting (C2C / C2B / B2B) for the statistics.
 */
import type { MaybeActor } from '../auth/actor';

export type WhoMayMeet = 'everyone' | 'providers_end_users';
/** Which side of the value chain a participant is on, from their organisation's roles, else its type. */
export type Side = 'provider' | 'end_user' | 'both' | 'unknown';

export interface B2bViewer {
  actor: MaybeActor;
  /** Organisations in which the actor is an active admin. */
  adminOrganisationIds: ReadonlySet<string>;
}

/** An organiser is an active admin of any organising organisation; platform admins may step in. */
export function canManageB2b(viewer: B2bViewer, organiserIds: readonly string[]): boolean {
  if (!viewer.actor) return false;
  return viewer.actor.isPlatformAdmin || organiserIds.some((id) => viewer.adminOrganisationIds.has(id));
}

/** Only confirmed registrations take part in the matchmaking. */
export function isParticipant(registration: { status: string } | null | undefined): boolean {
  return registration?.status === 'confirmed';
}

/** Drafts are for organisers; a cancelled event keeps its history readable. */
export function canSeeB2b(event: { status: string }, isManager: boolean, registration: { status: string } | null | undefined) {
  if (isManager) return true;
  return event.status !== 'draft' && isParticipant(registration);
}

const PROVIDER_ROLES = new Set(['component_supplier', 'system_integrator', 'service_provider', 'rnd']);
const PROVIDER_TYPES = new Set(['research_organisation', 'university', 'technology_centre']);

export function sideOf(organisation: { type: string; valueChainRoles: readonly string[] } | null): Side {
  if (!organisation) return 'unknown';
  const provider = organisation.valueChainRoles.some((r) => PROVIDER_ROLES.has(r));
  const endUser = organisation.valueChainRoles.includes('end_user');
  if (provider && endUser) return 'both';
  if (provider) return 'provider';
  if (endUser) return 'end_user';
  // No declared role: research organisations offer technology; other types stay undecided.
  return PROVIDER_TYPES.has(organisation.type) ? 'provider' : 'unknown';
}

const offers = (s: Side) => s === 'provider' || s === 'both';
const uses = (s: Side) => s === 'end_user' || s === 'both';

/** Under "providers ↔ end users", one side must offer technology and the other use it. */
export function mayMeet(rule: WhoMayMeet, a: Side, b: Side): boolean {
  if (rule === 'everyone') return true;
  return (offers(a) && uses(b)) || (uses(a) && offers(b));
}

export type MeetingKind = 'c2c' | 'c2b' | 'b2b';

/**
 * Cluster-to-cluster when every side is a cluster organisation, cluster-to-business when clusters and
 * others meet, business-to-business otherwise (the EU cluster matchmaking counts).
 */
export function meetingKindOf(types: readonly (string | null)[]): MeetingKind {
  const clusters = types.filter((t) => t === 'cluster_organisation').length;
  if (clusters === 0) return 'b2b';
  return clusters === types.length ? 'c2c' : 'c2b';
}

export type Outcome = 'met' | 'follow_up' | 'no_fit';

/** The one-question outcome opens when the meeting has started and stays open afterwards. */
export function canRecordOutcome(meeting: { status: string; slotStartsAt: Date | null }, now: Date): boolean {
  return meeting.status === 'scheduled' && meeting.slotStartsAt !== null && meeting.slotStartsAt <= now;
}

/** A participant or an organiser may cancel a meeting that has not started yet. */
export function canCancelMeeting(
  meeting: { status: string; slotStartsAt: Date | null },
  isMember: boolean,
  isManager: boolean,
  now: Date,
): boolean {
  if (meeting.status === 'cancelled') return false;
  if (!isMember && !isManager) return false;
  return meeting.slotStartsAt === null || meeting.slotStartsAt > now || isManager;
}
