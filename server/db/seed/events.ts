import { DateTime } from 'luxon';
import type { DbOrTx } from '../client';
import { eventOrganisers, events, eventSessions, eventSessionSpeakers } from '../schema';

type Kind =
  'keynote' | 'end_user_pitch' | 'technology_offer_pitch' | 'networking_break' | 'b2b_session' | 'other';

interface DemoSession {
  kind: Kind;
  start: string;
  end: string;
  title: string;
  titleFr: string;
  room?: string;
  speakers?: { name: string; org?: string; orgName?: string }[];
}

interface DemoEvent {
  slug: string;
  title: string;
  description: string;
  descriptionFr: string;
  venueName: string;
  city: string;
  country: string;
  /** Days from the seeding day; the day starts at 09:00 Europe/Paris. */
  inDays: number;
  organisers: string[];
  capacity: number;
  sessions: DemoSession[];
}

/**
 * Photonics Bretagne's formula (seed 002): special guests open the day, end users present their
 * needs, technology providers their offer, long networking breaks, and B2B meetings close the day,
 * with 2 or 3 clusters co-organising.
 */
const demoEvents: DemoEvent[] = [
  {
    slug: 'photonics-for-health-technology-application-day',
    title: 'Photonics for health: technology/application day',
    description:
      'A day for hospitals, medical device makers and photonics providers to understand each other. Special guests open ' +
      'the day; end users present their needs and technology providers their offer, with long networking breaks; ' +
      'optional B2B meetings close the day. Co-organised by Photonics Bretagne, ALPHA-RLH and MESAP.',
    descriptionFr:
      'Une journée pour que les hôpitaux, les fabricants de dispositifs médicaux et les fournisseurs de photonique se ' +
      'comprennent. Des invités d’honneur ouvrent la journée ; les utilisateurs finaux présentent leurs besoins et les ' +
      'fournisseurs leur offre, avec de longues pauses networking ; des rendez-vous B2B optionnels clôturent la journée.',
    venueName: 'Palais des congrès',
    city: 'Lannion',
    country: 'FR',
    inDays: 45,
    organisers: ['photonics-bretagne', 'alpha-rlh', 'mesap'],
    capacity: 150,
    sessions: [
      {
        kind: 'other',
        start: '08:30',
        end: '09:00',
        title: 'Welcome coffee and badges',
        titleFr: 'Café d’accueil et badges',
        room: 'Hall',
      },
      {
        kind: 'keynote',
        start: '09:00',
        end: '09:45',
        title: 'Opening keynote: light in the operating room of 2030',
        titleFr: 'Conférence d’ouverture : la lumière au bloc opératoire en 2030',
        room: 'Auditorium',
        speakers: [{ name: 'Prof. Hélène Marec', orgName: 'CHU de Brest' }],
      },
      {
        kind: 'keynote',
        start: '09:45',
        end: '10:15',
        title: 'Special guest: how a medical device group sources photonics',
        titleFr: 'Invité d’honneur : comment un groupe de dispositifs médicaux achète la photonique',
        room: 'Auditorium',
        speakers: [{ name: 'Dr. Paolo Ferri', org: 'pharo-medical' }],
      },
      {
        kind: 'networking_break',
        start: '10:15',
        end: '11:00',
        title: 'Networking break',
        titleFr: 'Pause networking',
        room: 'Exhibition hall',
      },
      {
        kind: 'end_user_pitch',
        start: '11:00',
        end: '11:20',
        title: 'Need: non-contact monitoring of patients in recovery rooms',
        titleFr: 'Besoin : surveillance sans contact des patients en salle de réveil',
        room: 'Auditorium',
        speakers: [{ name: 'Claire Dubosc', org: 'clinique-sainte-aurele' }],
      },
      {
        kind: 'end_user_pitch',
        start: '11:20',
        end: '11:40',
        title: 'Need: sterilisable fibre probes for endoscopy',
        titleFr: 'Besoin : sondes à fibre stérilisables pour l’endoscopie',
        room: 'Auditorium',
        speakers: [{ name: 'Marco Bellini', org: 'pharo-medical' }],
      },
      {
        kind: 'technology_offer_pitch',
        start: '11:40',
        end: '12:00',
        title: 'Offer: specialty fibres for medical lasers and sensing',
        titleFr: 'Offre : fibres spéciales pour lasers médicaux et capteurs',
        room: 'Auditorium',
        speakers: [{ name: 'Yann Le Gall', org: 'kerlumen' }],
      },
      {
        kind: 'technology_offer_pitch',
        start: '12:00',
        end: '12:20',
        title: 'Offer: ultrafast lasers for micro-machining of implants',
        titleFr: 'Offre : lasers ultrabrefs pour le micro-usinage d’implants',
        room: 'Auditorium',
        speakers: [{ name: 'Sophie Arnaud', org: 'orvalis-lasers' }],
      },
      {
        kind: 'networking_break',
        start: '12:20',
        end: '14:00',
        title: 'Lunch and networking',
        titleFr: 'Déjeuner et networking',
        room: 'Exhibition hall',
      },
      {
        kind: 'technology_offer_pitch',
        start: '14:00',
        end: '14:20',
        title: 'Offer: optical sensors for vital signs',
        titleFr: 'Offre : capteurs optiques de signes vitaux',
        room: 'Auditorium',
        speakers: [{ name: 'Erwan Tanguy', org: 'armor-capteurs' }],
      },
      {
        kind: 'networking_break',
        start: '14:20',
        end: '15:00',
        title: 'Networking break',
        titleFr: 'Pause networking',
        room: 'Exhibition hall',
      },
      {
        kind: 'b2b_session',
        start: '15:00',
        end: '18:00',
        title: 'B2B meetings',
        titleFr: 'Rendez-vous B2B',
        room: 'B2B area',
      },
    ],
  },
  {
    slug: 'lasers-for-manufacturing-day',
    title: 'Lasers for manufacturing: end users meet providers',
    description:
      'Car and aerospace suppliers present their welding and inspection needs; laser providers answer. B2B meetings in the afternoon.',
    descriptionFr:
      'Des équipementiers automobiles et aéronautiques présentent leurs besoins de soudage et de contrôle ; les fournisseurs laser répondent.',
    venueName: 'Institut d’Optique d’Aquitaine',
    city: 'Talence',
    country: 'FR',
    inDays: -60,
    organisers: ['alpha-rlh', 'photonics-bretagne'],
    capacity: 120,
    sessions: [
      {
        kind: 'keynote',
        start: '09:00',
        end: '09:45',
        title: 'Opening keynote: laser processes in the factory',
        titleFr: 'Conférence d’ouverture : les procédés laser à l’usine',
        speakers: [{ name: 'Dr. Anne Vidal', org: 'alpha-rlh' }],
      },
      {
        kind: 'end_user_pitch',
        start: '10:00',
        end: '10:30',
        title: 'Need: in-line weld inspection',
        titleFr: 'Besoin : contrôle des soudures en ligne',
      },
      {
        kind: 'networking_break',
        start: '10:30',
        end: '11:15',
        title: 'Networking break',
        titleFr: 'Pause networking',
      },
      {
        kind: 'technology_offer_pitch',
        start: '11:15',
        end: '12:00',
        title: 'Offers: weld monitoring and ultrafast processing',
        titleFr: 'Offres : surveillance du soudage et usinage ultrabref',
      },
      {
        kind: 'b2b_session',
        start: '14:00',
        end: '17:00',
        title: 'B2B meetings',
        titleFr: 'Rendez-vous B2B',
      },
    ],
  },
];

const ZONE = 'Europe/Paris';

/** Demo events co-organised by demo clusters (by their key in demo-data.ts), programmes included. */
export async function seedDemoEvents(tx: DbOrTx, idByKey: Map<string, string>, now: Date): Promise<void> {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  for (const e of demoEvents) {
    const day = today.plus({ days: e.inDays });
    const at = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number);
      return day.set({ hour: h!, minute: m! }).toJSDate();
    };
    const starts = e.sessions.map((s) => s.start).sort()[0]!;
    const ends = e.sessions
      .map((s) => s.end)
      .sort()
      .at(-1)!;
    const [row] = await tx
      .insert(events)
      .values({
        slug: e.slug,
        title: e.title,
        description: e.description,
        descriptionFr: e.descriptionFr,
        format: 'venue',
        venueName: e.venueName,
        city: e.city,
        country: e.country,
        timeZone: ZONE,
        startsAt: at(starts),
        endsAt: at(ends),
        capacity: e.capacity,
        registrationMode: 'open',
        waitlistEnabled: true,
        registrationQuestions: [
          {
            id: 'q1',
            label: { en: 'Will you attend the B2B meetings?', fr: 'Participerez-vous aux rendez-vous B2B ?' },
            kind: 'choice',
            options: ['yes', 'no'],
            required: true,
          },
        ],
        status: 'published',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: events.id });
    const eventId = row!.id;
    await tx.insert(eventOrganisers).values(
      e.organisers.map((key, i) => {
        const organisationId = idByKey.get(key);
        if (!organisationId) throw new Error(`Demo event ${e.slug} names unknown organisation ${key}`);
        return { eventId, organisationId, role: i === 0 ? 'lead' : 'co_organiser' };
      }),
    );
    for (const s of e.sessions) {
      const [session] = await tx
        .insert(eventSessions)
        .values({
          eventId,
          kind: s.kind,
          title: s.title,
          titleFr: s.titleFr,
          room: s.room ?? null,
          startsAt: at(s.start),
          endsAt: at(s.end),
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: eventSessions.id });
      const speakers = s.speakers ?? [];
      if (speakers.length) {
        await tx.insert(eventSessionSpeakers).values(
          speakers.map((sp, position) => ({
            sessionId: session!.id,
            name: sp.name,
            organisationId: sp.org ? (idByKey.get(sp.org) ?? null) : null,
            organisationName: sp.org ? null : (sp.orgName ?? null),
            position,
          })),
        );
      }
    }
  }
}
