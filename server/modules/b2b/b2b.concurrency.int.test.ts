import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import {
  b2bMeetingParticipants,
  b2bMeetings,
  b2bSessions,
  b2bSettings,
  eventOrganisers,
  eventRegistrations,
  events,
  organisationMembers,
  organisations,
  users,
} from '../../db/schema';
import { TestClient } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';

let testDb: TestDatabase;
let handle: AppHandle;
let organiser: TestClient;
let eventId: string;
const slug = `rush-${randomUUID().slice(0, 6)}`;
// 14:00 in Paris on 10 June 2031.
const SLOT = '2031-06-10T12:00:00.000Z';

/** People who never log in: inserted directly, a registration each. */
async function participants(n: number): Promise<string[]> {
  const rows = await handle.deps.db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ email: `p${i}-${randomUUID().slice(0, 8)}@example.eu`, passwordHash: 'x', displayName: `P${i}` })))
    .returning({ id: users.id });
  const regs = await handle.deps.db
    .insert(eventRegistrations)
    .values(rows.map((u) => ({ eventId, userId: u.id, status: 'confirmed', badgeCode: randomUUID() })))
    .returning({ id: eventRegistrations.id });
  return regs.map((r) => r.id);
}

async function meeting(people: string[]): Promise<string> {
  const [m] = await handle.deps.db.insert(b2bMeetings).values({ eventId }).returning({ id: b2bMeetings.id });
  await handle.deps.db.insert(b2bMeetingParticipants).values(people.map((registrationId) => ({ meetingId: m!.id, eventId, registrationId })));
  return m!.id;
}

const place = (id: string, table: number) => organiser.post(`/api/v1/events/${slug}/b2b/meetings/${id}/place`, { slotStartsAt: SLOT, table });

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database });
  organiser = new TestClient(handle);
  const email = `organiser-${randomUUID().slice(0, 8)}@example.eu`;
  const password = 'correct horse battery staple';
  await organiser.post('/api/v1/auth/register', { email, password, displayName: 'Organiser' });
  await handle.deps.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, email));
  const login = await organiser.post('/api/v1/auth/login', { email, password });
  const [cluster] = await handle.deps.db
    .insert(organisations)
    .values({ slug: `cluster-${randomUUID().slice(0, 6)}`, name: 'Cluster', type: 'cluster_organisation', countryCode: 'FR', status: 'published' })
    .returning({ id: organisations.id });
  await handle.deps.db.insert(organisationMembers).values({ organisationId: cluster!.id, userId: login.body.user.id, role: 'admin', status: 'active' });
  const [event] = await handle.deps.db
    .insert(events)
    .values({ slug, title: 'Rush', timeZone: 'Europe/Paris', startsAt: new Date('2031-06-10T06:00:00Z'), endsAt: new Date('2031-06-10T18:00:00Z'), status: 'published' })
    .returning({ id: events.id });
  eventId = event!.id;
  await handle.deps.db.insert(eventOrganisers).values({ eventId, organisationId: cluster!.id, role: 'lead' });
  await handle.deps.db.insert(b2bSettings).values({ eventId, meetingMinutes: 30, tables: 200 });
  await handle.deps.db.insert(b2bSessions).values({ eventId, name: 'afternoon', startsAt: new Date(SLOT), endsAt: new Date('2031-06-10T13:00:00Z') });
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('simultaneous bookings', () => {
  it('100 concurrent bookings of one cell: exactly one wins, the others get a 409 saying why', async () => {
    const people = await participants(200);
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push(await meeting([people[2 * i]!, people[2 * i + 1]!]));
    const results = await Promise.all(ids.map((id) => place(id, 7)));
    const won = results.filter((r) => r.status === 200);
    const lost = results.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const r of lost) {
      expect(r.body.error.code).toBe('CONFLICT');
      expect(r.body.error.message).toBe('Table 8 at 14:00 is already booked for another meeting');
    }
    const inCell = await handle.deps.db.select().from(b2bMeetings).where(eq(b2bMeetings.tableNo, 7));
    expect(inCell).toHaveLength(1);
    expect(inCell[0]!.id).toBe(won[0]!.body.id);
  });

  it('30 concurrent bookings of one person into the same slot at different tables: exactly one wins', async () => {
    const [busy, ...others] = await participants(31);
    const ids: string[] = [];
    for (const other of others) ids.push(await meeting([busy!, other]));
    const results = await Promise.all(ids.map((id, i) => place(id, 100 + i)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const lost = results.filter((r) => r.status === 409);
    expect(lost).toHaveLength(29);
    expect(lost[0]!.body.error.message).toBe('A participant of this meeting already has a meeting at 14:00');
    const rows = await handle.deps.db
      .select()
      .from(b2bMeetingParticipants)
      .where(eq(b2bMeetingParticipants.registrationId, busy!));
    expect(rows.filter((r) => r.slotStartsAt !== null)).toHaveLength(1);
  });
});
