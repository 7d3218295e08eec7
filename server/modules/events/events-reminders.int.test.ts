import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema';
import { useTestApp } from '../../test/harness';
import { baseEvent, organisation, type User } from './events.fixtures';

// The suite owns the clock: the reminder is due one day before the start.
let now = new Date('2027-06-01T08:00:00Z');
const clock = { now: () => new Date(now) };
const t = useTestApp({}, { clock });

async function remindersOf(userId: string) {
  await t.handle.deps.jobs.drain();
  return t.handle.deps.db
    .select({ title: notifications.titleEn, body: notifications.bodyEn, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'event.reminder')));
}

describe('event reminders', () => {
  it('reminds confirmed participants one day before the start, once, and follows a moved start', async () => {
    const lead = (await t.user({ name: 'Lead Organiser' })) as User;
    const leadOrg = await organisation(lead, 'sme', 'FR', 'Reminder Lead Org');
    const created = await lead.post(
      '/api/v1/events',
      baseEvent(leadOrg.id, { title: 'Lasers for agriculture day', description: 'Providers meet farm co-operatives.' }),
    );
    expect(created.status).toBe(201);
    const slug = created.body.slug as string;
    expect((await lead.post(`/api/v1/events/${slug}/publish`)).status).toBe(200);

    const participant = (await t.user({ name: 'Paula Participant' })) as User;
    const org = await organisation(participant, 'sme', 'FR', 'Paula Photonics');
    const registered = await participant.post(`/api/v1/events/${slug}/registrations`, {
      organisationId: org.id,
    });
    expect(registered.status).toBe(201);

    // Two days before: nothing yet.
    now = new Date('2027-06-08T08:00:00Z');
    expect(await remindersOf(participant.userId)).toEqual([]);

    // The organiser moves the day by a week: the reminder for the old date does nothing.
    const moved = await lead.patch(`/api/v1/events/${slug}`, {
      startsAt: '2027-06-17T09:00',
      endsAt: '2027-06-17T18:00',
    });
    expect(moved.status).toBe(200);
    now = new Date('2027-06-09T08:00:00Z');
    expect(await remindersOf(participant.userId)).toEqual([]);

    // One day before the new start (09:00 Paris = 07:00 UTC): reminded, in the event's time zone.
    now = new Date('2027-06-16T07:00:00Z');
    const reminders = await remindersOf(participant.userId);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      title: 'Tomorrow: Lasers for agriculture day',
      link: `/events/${slug}`,
    });
    expect(reminders[0]!.body).toContain('June 17, 2027');
    expect(reminders[0]!.body).toContain('9:00');
    expect(reminders[0]!.body).toContain('Le Quartz, Brest');
    expect(reminders[0]!.body).toMatch(/Your badge code: [A-Z0-9-]+\./);
    // The organiser, not registered, is not reminded; a second drain sends nothing more.
    expect(await remindersOf(lead.userId)).toEqual([]);
    now = new Date('2027-06-16T12:00:00Z');
    expect(await remindersOf(participant.userId)).toHaveLength(1);
  });
});
