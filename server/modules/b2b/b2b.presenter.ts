import type {
  B2bSession,
  B2bSettings,
  Meeting,
  MeetingRequest,
  Participant,
  Person,
  ScheduleRun,
} from '../../../contracts/b2b';
import { canCancelMeeting, canRecordOutcome, meetingKindOf, type Outcome } from './b2b.policy';
import type { EventRow, ParticipantRow, RecipientRow, RequestRow, RunRow, SessionRow, SettingsRow } from './b2b.repository';
import type { MeetingView, ParticipantView } from './b2b.service';
import type { Slot } from './b2b.slots';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentEvent(e: EventRow) {
  return { id: e.id, slug: e.slug, title: e.title, timeZone: e.timeZone, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), status: e.status };
}

export function presentSettings(s: SettingsRow): B2bSettings {
  return {
    meetingMinutes: s.meetingMinutes,
    tables: s.tables,
    meetingCap: s.meetingCap,
    whoMayMeet: s.whoMayMeet as B2bSettings['whoMayMeet'],
    requestDeadline: iso(s.requestDeadline),
    autoAccept: s.autoAccept,
    publishedAt: iso(s.publishedAt),
  };
}

export function presentSession(s: SessionRow, slots: readonly Slot[]): B2bSession {
  return {
    id: s.id,
    name: s.name,
    nameFr: s.nameFr,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    slots: slots.filter((x) => x.sessionId === s.id).map((x) => ({ index: x.index, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString() })),
  };
}

export function presentPerson(p: ParticipantRow | undefined, registrationId: string): Person {
  return {
    registrationId,
    displayName: p?.displayName ?? '—',
    organisation:
      p && p.orgId && p.orgSlug && p.orgName && p.orgType && p.orgCountry
        ? { id: p.orgId, slug: p.orgSlug, name: p.orgName, type: p.orgType, countryCode: p.orgCountry }
        : null,
  };
}

export function presentParticipant(v: ParticipantView): Participant {
  return {
    ...presentPerson(v.person, v.person.registrationId),
    side: v.side,
    offers: v.person.offers,
    seeks: v.person.seeks,
    technologies: [...new Set([...(v.person.technologies ?? []), ...(v.person.orgTechnologies ?? [])])].slice(0, 12),
    relation: v.relation,
    obstacles: v.obstacles,
    score: v.score,
    reasons: v.reasons,
  };
}

export function presentRequest(
  r: RequestRow,
  recipients: readonly RecipientRow[],
  people: ReadonlyMap<string, ParticipantRow>,
  me: string,
  meetingId: string | null,
): MeetingRequest {
  const mine = recipients.find((x) => x.registrationId === me);
  const open = r.status === 'requested';
  return {
    id: r.id,
    status: r.status as MeetingRequest['status'],
    message: r.message,
    createdAt: r.createdAt.toISOString(),
    from: presentPerson(people.get(r.fromRegistrationId), r.fromRegistrationId),
    to: recipients.map((x) => ({ ...presentPerson(people.get(x.registrationId), x.registrationId), response: x.response as 'requested' | 'accepted' | 'declined' })),
    meetingId,
    can: {
      accept: open && mine?.response === 'requested',
      decline: open && mine?.response === 'requested',
      cancel: open && r.fromRegistrationId === me,
    },
  };
}

export interface MeetingViewer {
  me: string | null;
  isManager: boolean;
  now: Date;
  /** Participants see times once the schedule is published; organisers always do. */
  showTimes: boolean;
}

export function presentMeeting(m: MeetingView, people: ReadonlyMap<string, ParticipantRow>, viewer: MeetingViewer): Meeting {
  const isMember = !!viewer.me && m.participants.some((p) => p.registrationId === viewer.me);
  const visible = viewer.isManager || (viewer.showTimes && m.published);
  return {
    id: m.id,
    status: visible ? (m.status as Meeting['status']) : m.status === 'cancelled' ? 'cancelled' : 'accepted',
    locked: m.locked,
    published: m.published,
    startsAt: visible ? iso(m.slotStartsAt) : null,
    endsAt: visible ? iso(m.slotEndsAt) : null,
    table: visible ? m.tableNo : null,
    participants: m.participants.map((p) => ({ ...presentPerson(people.get(p.registrationId), p.registrationId), outcome: (p.outcome as Outcome | null) ?? null })),
    kind: meetingKindOf(m.participants.map((p) => people.get(p.registrationId)?.orgType ?? null)),
    myOutcome: (m.participants.find((p) => p.registrationId === viewer.me)?.outcome as Outcome | null) ?? null,
    can: {
      outcome: isMember && visible && canRecordOutcome(m, viewer.now),
      cancel: canCancelMeeting(m, isMember, viewer.isManager, viewer.now),
      lock: viewer.isManager && m.status !== 'cancelled',
    },
  };
}

export function presentRun(r: RunRow): ScheduleRun {
  return { id: r.id, kind: r.kind as ScheduleRun['kind'], createdAt: r.createdAt.toISOString(), stats: r.stats, unscheduled: r.unscheduled };
}
