import { expect } from 'vitest';
import type { TestClient } from '../../test/harness';

/** Helpers of the events test suites (each suite has its own app and clock). */
export type User = TestClient & { userId: string; email: string };

let orgCounter = 0;

/** A published organisation the user administers. */
export async function organisation(owner: User, type = 'cluster_organisation', country = 'FR', name?: string) {
  const res = await owner.post('/api/v1/organisations', {
    name: name ?? `Org ${++orgCounter} ${Math.random().toString(36).slice(2, 7)}`,
    type,
    country,
    descriptionEn: 'A photonics organisation taking part in events.',
    listingConsent: true,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; slug: string; name: string };
}

/** The body of a one-day venue event in Brest, led by the given organisation. */
export const baseEvent = (leadOrganisationId: string, extra: Record<string, unknown> = {}) => ({
  title: 'Photonics for health day',
  description:
    'Special guests open the day, end users present needs, providers their offer, B2B closes the day.',
  format: 'venue',
  venueName: 'Le Quartz',
  city: 'Brest',
  country: 'FR',
  timeZone: 'Europe/Paris',
  startsAt: '2027-06-10T09:00',
  endsAt: '2027-06-10T18:00',
  leadOrganisationId,
  ...extra,
});
