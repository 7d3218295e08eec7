import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventOrganisers, eventRegistrations, events, organisations, users } from '../server/db/schema';
import { expectAccessible, JOURNEY_TIMEOUT, pageReady, screenshot, signUp, useJourney, visit, type SignedInUser } from './support';

async function ownOrganisation(user: SignedInUser, name: string, type: string): Promise<string> {
  const org = await user.api<{ id: string }>('POST', '/organisations', {
    name,
    type,
    country: 'FR',
    descriptionEn: `${name} takes part in photonics B2B meetings.`,
    listingConsent: true,
  });
  return org.id;
}

describe('B2B matchmaking journey', () => {
  const journey = useJourney();

  it(
    'A requests a meeting, B accepts, the organiser schedules and publishes, both see it in their agenda and download the .ics',
    async () => {
      const token = randomUUID().slice(0, 6);
      const db = journey.handle.deps.db;

      // The scene: an event co-organised by two clusters, two confirmed participants.
      const organiser = await signUp(journey, 'Olivia Organiser');
      const coOrganiser = await signUp(journey, 'Oscar Coorganiser');
      const alice = await signUp(journey, 'Alice Laser');
      const bob = await signUp(journey, 'Bob Automotive');
      const lead = await ownOrganisation(organiser, `Armorique Photonique ${token}`, 'cluster_organisation');
      const co = await ownOrganisation(coOrganiser, `Aquitaine Lumière ${token}`, 'cluster_organisation');
      const aliceOrg = await ownOrganisation(alice, `Laser Forge ${token}`, 'sme');
      const bobOrg = await ownOrganisation(bob, `Auto Lines ${token}`, 'large_company');
      await db.update(organisations).set({ valueChainRoles: ['component_supplier'], technologies: ['tech:lasers'] }).where(eq(organisations.id, aliceOrg));
      await db.update(organisations).set({ valueChainRoles: ['end_user'] }).where(eq(organisations.id, bobOrg));
      const slug = `b2b-day-${token}`;
      const [event] = await db
        .insert(events)
        .values({
          slug,
          title: `Laser B2B day ${token}`,
          timeZone: 'Europe/Paris',
          startsAt: new Date('2031-06-10T07:00:00Z'),
          endsAt: new Date('2031-06-10T17:00:00Z'),
          status: 'published',
        })
        .returning({ id: events.id });
      const eventId = event!.id;
      await db.insert(eventOrganisers).values([
        { eventId, organisationId: lead, role: 'lead' },
        { eventId, organisationId: co, role: 'co_organiser' },
      ]);
      const userId = async (who: SignedInUser) => (await db.select({ id: users.id }).from(users).where(eq(users.email, who.email)))[0]!.id;
      await db.insert(eventRegistrations).values([
        { eventId, userId: await userId(alice), organisationId: aliceOrg, status: 'confirmed', badgeCode: randomUUID(), offers: 'Femtosecond lasers for welding', seeks: 'Automotive end users' },
        { eventId, userId: await userId(bob), organisationId: bobOrg, status: 'confirmed', badgeCode: randomUUID(), seeks: 'Laser welding of battery packs' },
      ]);

      // The co-organiser opens an afternoon B2B session (defaults: 14:00–17:00 on the event day).
      const orgPage = coOrganiser.page;
      await visit(orgPage, `/events/${slug}/b2b/manage`, 'Manage B2B meetings');
      await orgPage.locator('#session-name').fill('afternoon');
      await orgPage.getByLabel('Name in French').fill('après-midi');
      await orgPage.getByRole('button', { name: 'Add the session' }).click();
      await orgPage.getByText('The session is added.').waitFor();
      await orgPage.getByText('9 slots').waitFor();
      await expectAccessible(orgPage, 'B2B manage with a session');

      // A finds B among the participants and asks for a meeting.
      const aPage = alice.page;
      await visit(aPage, `/events/${slug}/b2b`, 'B2B meetings');
      // The matching engine recommends B: his need (laser welding) echoes what A offers.
      await aPage.getByRole('region', { name: 'Recommended for you' }).getByRole('heading', { name: 'Bob Automotive' }).waitFor();
      const bobCard = aPage.getByRole('listitem').filter({ has: aPage.getByRole('heading', { name: 'Bob Automotive' }) }).last();
      await bobCard.getByRole('button', { name: 'Request a meeting with Bob Automotive' }).click();
      await bobCard.getByLabel('Message (optional)').fill('Shall we talk about welding battery packs?');
      await bobCard.getByRole('button', { name: 'Send the request' }).click();
      await aPage.getByText('Your request was sent to Bob Automotive.').first().waitFor();
      await aPage.getByText('Waiting for an answer').first().waitFor();
      await expectAccessible(aPage, 'B2B participants after a request');
      await screenshot(aPage, 'b2b-participants');

      // B accepts.
      const bPage = bob.page;
      await visit(bPage, `/events/${slug}/b2b`, 'B2B meetings');
      await bPage.getByText('Shall we talk about welding battery packs?').waitFor();
      await bPage.getByRole('button', { name: /Accept the request from Alice Laser/ }).click();
      await bPage.getByRole('region', { name: 'Meeting requests' }).getByText('Accepted').waitFor();

      // The organiser runs the scheduler, then publishes.
      await orgPage.reload();
      await pageReady(orgPage, 'Manage B2B meetings');
      await orgPage.getByRole('form', { name: /Place the meeting Alice Laser/ }).waitFor();
      await expectAccessible(orgPage, 'B2B manage with a meeting waiting for a slot');
      await orgPage.getByRole('button', { name: 'Run the scheduler' }).click();
      await orgPage.getByText(/Schedule computed: 1 meetings placed/).waitFor();
      await orgPage.getByRole('table', { name: 'Table plan' }).getByText(/Alice Laser/).waitFor();
      await orgPage.getByRole('button', { name: 'Publish the final schedule' }).click();
      await orgPage.getByText('The schedule is published; participants have been told.').waitFor();
      await expectAccessible(orgPage, 'B2B manage after publication');
      await screenshot(orgPage, 'b2b-manage');

      // Both see the meeting in their agenda and download it.
      for (const [who, other] of [
        [alice, 'Bob Automotive'],
        [bob, 'Alice Laser'],
      ] as const) {
        await visit(who.page, `/events/${slug}/agenda`, 'My B2B agenda');
        await who.page.getByRole('heading', { name: new RegExp(`Meeting with ${other}`) }).waitFor();
        await who.page.getByText('Scheduled', { exact: true }).waitFor();
        await who.page.getByText(/Table \d+/).first().waitFor();
        const href = await who.page.getByRole('link', { name: 'Download (.ics)' }).getAttribute('href');
        const ics = await who.page.request.get(href ?? '');
        expect(ics.status()).toBe(200);
        expect(ics.headers()['content-type']).toContain('text/calendar');
        const body = await ics.text();
        expect(body).toContain('BEGIN:VEVENT');
        expect(body).toContain(`SUMMARY:B2B meeting with ${other}`);
        expect(body).toMatch(/DTSTART:20310610T1[2-4]\d{4}Z/);
      }
      await screenshot(bob.page, 'b2b-agenda');
    },
    JOURNEY_TIMEOUT,
  );
});
