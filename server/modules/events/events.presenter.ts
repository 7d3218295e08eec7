import type {
  Event,
  EventSummary,
  ProgrammeSession,
  Registration,
  RegistrationQuestion,
} from '../../../contracts/events';
import { StoredQuestionSchema } from '../../../contracts/events';
import { instantToLocal } from './events.time';
import type {
  EventRow,
  OrganiserRow,
  RegistrationRow,
  RegistrationView,
  SessionRow,
  SpeakerView,
} from './events.repository';

export function storedQuestions(row: EventRow): RegistrationQuestion[] {
  return row.registrationQuestions.flatMap((q) => {
    const parsed = StoredQuestionSchema.safeParse(q);
    return parsed.success ? [parsed.data] : [];
  });
}

export function presentSummary(
  row: EventRow,
  organisers: OrganiserRow[],
  confirmedCount: number,
  isOrganiser: boolean,
): EventSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    format: row.format as EventSummary['format'],
    city: row.city,
    country: row.country,
    timeZone: row.timeZone,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    startsAtLocal: instantToLocal(row.startsAt, row.timeZone),
    endsAtLocal: instantToLocal(row.endsAt, row.timeZone),
    status: row.status as EventSummary['status'],
    organisers: organisers.map((o) => ({ id: o.id, slug: o.slug, name: o.name, type: o.type, role: o.role })),
    confirmedCount,
    capacity: row.capacity,
    isOrganiser,
  };
}

export function presentSession(row: SessionRow, speakers: SpeakerView[], timeZone: string): ProgrammeSession {
  return {
    id: row.id,
    kind: row.kind as ProgrammeSession['kind'],
    title: row.title,
    titleFr: row.titleFr,
    description: row.description,
    room: row.room,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    startsAtLocal: instantToLocal(row.startsAt, timeZone),
    endsAtLocal: instantToLocal(row.endsAt, timeZone),
    speakers: speakers
      .filter((s) => s.sessionId === row.id)
      .map((s) => ({
        name: s.name,
        organisation: s.organisationId
          ? { id: s.organisationId, slug: s.organisationSlug!, name: s.organisationDisplayName! }
          : null,
        organisationName: s.organisationName,
      })),
  };
}

export interface EventDetailParts {
  row: EventRow;
  organisers: OrganiserRow[];
  confirmedCount: number;
  isOrganiser: boolean;
  sessions: SessionRow[];
  speakers: SpeakerView[];
  myRegistration: RegistrationRow | null;
  can: Event['can'];
}

export function presentEvent(p: EventDetailParts): Event {
  return {
    ...presentSummary(p.row, p.organisers, p.confirmedCount, p.isOrganiser),
    description: p.row.description,
    descriptionFr: p.row.descriptionFr,
    venueName: p.row.venueName,
    venueAddress: p.row.venueAddress,
    onlineUrl: p.row.onlineUrl,
    registrationMode: p.row.registrationMode as Event['registrationMode'],
    waitlistEnabled: p.row.waitlistEnabled,
    registrationQuestions: storedQuestions(p.row),
    programme: p.sessions.map((s) => presentSession(s, p.speakers, p.row.timeZone)),
    myRegistration: p.myRegistration
      ? {
          id: p.myRegistration.id,
          status: p.myRegistration.status as Registration['status'],
          badgeCode: p.myRegistration.badgeCode,
          organisationId: p.myRegistration.organisationId,
          checkedInAt: p.myRegistration.checkedInAt?.toISOString() ?? null,
        }
      : null,
    can: p.can,
  };
}

/** `withEmail`: organisers see participants' addresses; participants see only their own registration. */
export function presentRegistration(v: RegistrationView, withEmail: boolean): Registration {
  const r = v.registration;
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status as Registration['status'],
    participant: { id: r.userId, name: v.userName, email: withEmail ? v.userEmail : null },
    organisation:
      r.organisationId && v.organisationName
        ? {
            id: r.organisationId,
            slug: v.organisationSlug!,
            name: v.organisationName,
            type: v.organisationType!,
            country: v.organisationCountry!,
          }
        : null,
    offers: r.offers,
    seeks: r.seeks,
    technologies: r.technologies,
    domains: r.domains,
    answers: r.answers,
    badgeCode: r.badgeCode,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    noShow: r.noShow,
    createdAt: r.createdAt.toISOString(),
  };
}
