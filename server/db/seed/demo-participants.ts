import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Deps } from '../../deps';
import type { Actor } from '../../modules/auth/actor';
import * as b2b from '../../modules/b2b/b2b.service';
import * as events from '../../modules/events/events.service';
import { hashPassword } from '../../lib/passwords';
import { organisationMembers, organisations, users } from '../schema';

/** The demo health day (seed/events.ts): Photonics Bretagne's formula, with B2B meetings closing the day. */
export const DEMO_B2B_EVENT = 'photonics-for-health-technology-application-day';

/** Who takes part, for which organisation, and what they bring and look for. */
const PARTICIPANTS = [
  { key: 'photonics-bretagne', name: 'Gaëlle Le Bihan', offers: 'Access to 120 Breton photonics members and their pilot lines.', seeks: 'Clusters to co-organise health-photonics matchmaking.' },
  { key: 'mesap', name: 'Paolo Ferraris', offers: 'Piemonte manufacturers of medical devices looking for photonics suppliers.', seeks: 'Photonics clusters for an interregional partnership.' },
  { key: 'clinique-sainte-aurele', name: 'Dr Hélène Kerhervé', offers: 'Clinical validation sites (ophthalmology, dermatology).', seeks: 'Handheld optical imaging for early skin-cancer detection.' },
  { key: 'pharo-medical', name: 'Julien Arnaud', offers: 'Industrialisation of class II medical devices.', seeks: 'Femtosecond micro-machining of stents and implant texturing.' },
  { key: 'saltsjo-hospital', name: 'Dr Karin Lindqvist', offers: 'Operating-room trials of new imaging devices.', seeks: 'Fluorescence-guided surgery and OCT partners.' },
  { key: 'pulsalis', name: 'Thomas Garnier', offers: 'Femtosecond laser micro-machining of glass, sapphire and polymers.', seeks: 'Medical-device makers with micro-machining needs.' },
  { key: 'kerlumen', name: 'Nolwenn Guéguen', offers: 'Custom LED and laser light sources for diagnostics.', seeks: 'Hospitals to test phototherapy prototypes.' },
  { key: 'armor-capteurs', name: 'Yann Le Floch', offers: 'Fibre-optic sensors for temperature and pressure in vivo.', seeks: 'Clinical partners and device integrators.' },
  { key: 'llum-biophotonics', name: 'Marta Puig', offers: 'Raman and fluorescence spectroscopy for tissue diagnosis.', seeks: 'Surgeons for an intra-operative study.' },
  { key: 'lile', name: 'Prof. Antoine Delorme', offers: 'Laser-driven X-ray source for phase-contrast imaging.', seeks: 'Hospitals and imaging companies for a joint project.' },
] as const;

/** Accepted requests (from → to), then two left open for the recipient to answer. */
const ACCEPTED: readonly (readonly [string, string])[] = [
  ['pulsalis', 'pharo-medical'],
  ['kerlumen', 'clinique-sainte-aurele'],
  ['armor-capteurs', 'clinique-sainte-aurele'],
  ['llum-biophotonics', 'saltsjo-hospital'],
  ['lile', 'pharo-medical'],
  ['pulsalis', 'saltsjo-hospital'],
  ['photonics-bretagne', 'mesap'],
  ['photonics-bretagne', 'pharo-medical'],
  ['mesap', 'kerlumen'],
  ['armor-capteurs', 'pharo-medical'],
];
const PENDING: readonly (readonly [string, string])[] = [
  ['kerlumen', 'saltsjo-hospital'],
  ['llum-biophotonics', 'clinique-sainte-aurele'],
];

/**
 * Participants of the demo health day, registered through the events service and with meeting
 * requests made and accepted through the B2B service (so every rule and notification applies): an
 * organiser can run the scheduler at once. Their accounts get random passwords nobody knows; they
 * exist to be met. Runs once, after seedDemoAccounts, on a database it has just filled.
 */
export async function seedDemoParticipants(deps: Deps): Promise<{ registrations: number; meetings: number }> {
  const now = deps.clock.now();
  const registrationOf = new Map<string, { actor: Actor; registrationId: string }>();
  for (const p of PARTICIPANTS) {
    const [organisation] = await deps.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.externalId, `demo:${p.key}`));
    if (!organisation) throw new Error(`Demo organisation ${p.key} is missing`);
    const email = `participant.${p.key}@demo.lightpath.example`;
    const [user] = await deps.db
      .insert(users)
      .values({
        email,
        passwordHash: await hashPassword(randomBytes(18).toString('base64url')),
        displayName: p.name,
        emailVerifiedAt: now,
      })
      .returning({ id: users.id });
    await deps.db
      .insert(organisationMembers)
      .values({ organisationId: organisation.id, userId: user!.id, role: 'admin', status: 'active' });
    const actor: Actor = {
      userId: user!.id,
      email,
      displayName: p.name,
      locale: 'en',
      emailVerified: true,
      isPlatformAdmin: false,
    };
    const registration = await events.register(deps, actor, DEMO_B2B_EVENT, {
      organisationId: organisation.id,
      offers: p.offers,
      seeks: p.seeks,
      // The demo events ask one question: "Will you attend the B2B meetings?"
      answers: { q1: 'yes' },
    });
    registrationOf.set(p.key, { actor, registrationId: registration.id });
  }
  const request = async ([from, to]: readonly [string, string]) => {
    const sender = registrationOf.get(from)!;
    const recipient = registrationOf.get(to)!;
    const { requestId } = await b2b.createRequest(deps, sender.actor, DEMO_B2B_EVENT, {
      to: [recipient.registrationId],
      message: '',
    });
    return { requestId, recipient };
  };
  for (const pair of ACCEPTED) {
    const { requestId, recipient } = await request(pair);
    await b2b.decideRequest(deps, recipient.actor, DEMO_B2B_EVENT, requestId, 'accept');
  }
  for (const pair of PENDING) await request(pair);
  return { registrations: registrationOf.size, meetings: ACCEPTED.length };
}
