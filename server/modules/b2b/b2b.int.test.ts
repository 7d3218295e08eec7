import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { queryRows, sql } from '../../db/client';
import { b2bMeetingParticipants, b2bMeetings, eventOrganisers, eventRegistrations, events, organisationMembers, organisations, users } from '../../db/schema';
import { TestClient } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';

// The event is on 10 June 2031 in Paris (UTC+2); the suite owns the clock and starts ten days before
// (within the 30-day session lifetime of the test users).
let now = new Date('2031-05-31T08:00:00Z');
const clock = { now: () => new Date(now) };

let testDb: TestDatabase;
let handle: AppHandle;
type User = TestClient & { userId: string; email: string };

async function signUp(name: string): Promise<User> {
  const client = new TestClient(handle);
  const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.eu`;
  const password = 'correct horse battery staple';
  expect((await client.post('/api/v1/auth/register', { email, password, displayName: name })).status).toBe(201);
  await handle.deps.db.update(users).set({ emailVerifiedAt: clock.now() }).where(eq(users.email, email));
  const login = await client.post('/api/v1/auth/login', { email, password });
  expect(login.status).toBe(200);
  return Object.assign(client, { email, userId: login.body.user.id as string });
}

async function organisation(name: string, type: string, roles: string[], adminUserId?: string): Promise<string> {
  const [row] = await handle.deps.db
    .insert(organisations)
    .values({
      slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 6)}`,
      name,
      type: type as 'sme',
      countryCode: 'FR',
      valueChainRoles: roles,
      technologies: ['tech:lasers'],
      descriptionEn: `${name} works on lasers and optics`,
      status: 'published',
      listingConsent: true,
    })
    .returning({ id: organisations.id });
  if (adminUserId)
    await handle.deps.db.insert(organisationMembers).values({ organisationId: row!.id, userId: adminUserId, role: 'admin', status: 'active' });
  return row!.id;
}

async function register(eventId: string, userId: string, organisationId: string | null, extra: { offers?: string; seeks?: string } = {}) {
  const [row] = await handle.deps.db
    .insert(eventRegistrations)
    .values({ eventId, userId, organisationId, status: 'confirmed', badgeCode: randomUUID().slice(0, 12), ...extra })
    .returning({ id: eventRegistrations.id });
  return row!.id;
}

let org1: User, org2: User, alice: User, bob: User, carol: User, dave: User, outsider: User;
let eventId: string;
const slug = `photonics-day-${randomUUID().slice(0, 6)}`;
const reg: Record<string, string> = {};
const base = () => `/api/v1/events/${slug}/b2b`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database, clock });
  [org1, org2, alice, bob, carol, dave, outsider] = (await Promise.all(
    ['Olivia', 'Oscar', 'Alice', 'Bob', 'Carol', 'Dave', 'Eve'].map((n) => signUp(n)),
  )) as [User, User, User, User, User, User, User];
  const cluster1 = await organisation('Photonics Bretagne', 'cluster_organisation', [], org1.userId);
  const cluster2 = await organisation('ALPHA-RLH', 'cluster_organisation', [], org2.userId);
  const laserSme = await organisation('Laser SME', 'sme', ['component_supplier']);
  const carMaker = await organisation('Car Maker', 'large_company', ['end_user']);
  const opticsSme = await organisation('Optics SME', 'sme', ['system_integrator']);
  const hospital = await organisation('Hospital', 'public_authority', ['end_user']);
  const [event] = await handle.deps.db
    .insert(events)
    .values({
      slug,
      title: 'Photonics Day',
      timeZone: 'Europe/Paris',
      startsAt: new Date('2031-06-10T06:00:00Z'),
      endsAt: new Date('2031-06-10T18:00:00Z'),
      status: 'published',
    })
    .returning({ id: events.id });
  eventId = event!.id;
  await handle.deps.db.insert(eventOrganisers).values([
    { eventId, organisationId: cluster1, role: 'lead' },
    { eventId, organisationId: cluster2, role: 'co_organiser' },
  ]);
  reg.alice = await register(eventId, alice.userId, laserSme, { offers: 'femtosecond lasers', seeks: 'automotive welding' });
  reg.bob = await register(eventId, bob.userId, carMaker, { seeks: 'laser welding of batteries' });
  reg.carol = await register(eventId, carol.userId, opticsSme, { offers: 'optical systems' });
  reg.dave = await register(eventId, dave.userId, hospital, { seeks: 'optical imaging' });
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

const notificationsOf = (userId: string) =>
  queryRows<{ kind: string }>(handle.deps.db, sql`select kind from notifications where user_id = ${userId} order by created_at`).then((r) => r.map((x) => x.kind));

describe('B2B settings and sessions', () => {
  it('documents every B2B endpoint in the OpenAPI document', async () => {
    const doc = await handle.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(JSON.parse(doc.body).paths as Record<string, unknown>);
    for (const p of ['/api/v1/events/{slug}/b2b/requests', '/api/v1/events/{slug}/b2b/meetings/{id}/place', '/api/v1/b2b/feeds/{token}/agenda.ics'])
      expect(paths).toContain(p);
  });

  it('lets a co-organiser set the rules and sessions, and nobody else', async () => {
    expect((await alice.patch(`${base()}/settings`, { tables: 3 })).status).toBe(403);
    expect((await outsider.get(base())).status).toBe(404);
    const settings = await org2.patch(`${base()}/settings`, {
      meetingMinutes: 30,
      tables: 2,
      meetingCap: 3,
      whoMayMeet: 'providers_end_users',
      requestDeadline: '2031-06-09T18:00',
    });
    expect(settings.status).toBe(200);
    // 18:00 in Paris in June is 16:00 UTC.
    expect(settings.body.requestDeadline).toBe('2031-06-09T16:00:00.000Z');
    const session = await org1.post(`${base()}/sessions`, { name: 'afternoon', nameFr: 'après-midi', startsAt: '2031-06-10T14:00', endsAt: '2031-06-10T15:40' });
    expect(session.status).toBe(201);
    // 100 minutes of 30-minute meetings: three slots, the 10 minutes left over are dropped.
    expect(session.body.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2031-06-10T12:00:00.000Z',
      '2031-06-10T12:30:00.000Z',
      '2031-06-10T13:00:00.000Z',
    ]);
    const overlap = await org1.post(`${base()}/sessions`, { name: 'late', startsAt: '2031-06-10T15:00', endsAt: '2031-06-10T16:00' });
    expect(overlap.status).toBe(409);
    const overview = await alice.get(base());
    expect(overview.status).toBe(200);
    expect(overview.body.can).toEqual({ manage: false, participate: true });
  });
});

describe('meeting requests', () => {
  it('explains in words why a provider cannot meet another provider', async () => {
    const res = await alice.post(`${base()}/requests`, { to: [reg.carol], message: 'Hello' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('The organiser allows provider ↔ end-user meetings only.');
    const list = await alice.get(`${base()}/participants`);
    const carolView = list.body.items.find((p: { registrationId: string }) => p.registrationId === reg.carol);
    expect(carolView.obstacles[0].message.fr).toContain('fournisseurs et utilisateurs finaux');
  });

  it('filters participants and recommends end users to a provider', async () => {
    const filtered = await alice.get(`${base()}/participants?type=large_company`);
    expect(filtered.body.items.map((p: { registrationId: string }) => p.registrationId)).toEqual([reg.bob]);
    const recs = await alice.get(`${base()}/recommendations`);
    expect(recs.status).toBe(200);
    for (const r of recs.body.items) expect([reg.bob, reg.dave]).toContain(r.registrationId);
    // Alice seeks automotive welding, Bob seeks laser welding: the shared need ranks him first.
    expect(recs.body.items[0]?.registrationId).toBe(reg.bob);
    expect(recs.body.items[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('runs request → duplicate refused → accept → meeting, and tells the requester', async () => {
    const sent = await alice.post(`${base()}/requests`, { to: [reg.bob], message: 'Shall we talk welding?' });
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('requested');
    expect(await notificationsOf(bob.userId)).toContain('b2b.request_received');
    const again = await alice.post(`${base()}/requests`, { to: [reg.bob] });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('waiting for an answer');
    const incoming = await bob.get(`${base()}/requests`);
    expect(incoming.body.incoming).toHaveLength(1);
    expect(incoming.body.incoming[0].can).toEqual({ accept: true, decline: true, cancel: false });
    expect((await alice.post(`${base()}/requests/${sent.body.id}/accept`)).status).toBe(403);
    const accepted = await bob.post(`${base()}/requests/${sent.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.meetingId).toBeTruthy();
    expect(await notificationsOf(alice.userId)).toContain('b2b.request_accepted');
  });

  it('declines a request', async () => {
    const sent = await carol.post(`${base()}/requests`, { to: [reg.bob] });
    expect(sent.status).toBe(201);
    const declined = await bob.post(`${base()}/requests/${sent.body.id}/decline`);
    expect(declined.body.status).toBe('declined');
    expect((await bob.post(`${base()}/requests/${sent.body.id}/accept`)).status).toBe(409);
  });
});

describe('scheduling and publication', () => {
  let published: { id: string; startsAt: string; table: number };

  it('runs the scheduler, publishes, and shows the meeting in both agendas with an .ics', async () => {
    const before = await alice.get(`${base()}/agenda`);
    expect(before.body.meetings).toHaveLength(1);
    expect(before.body.meetings[0].startsAt).toBeNull();
    expect((await alice.post(`${base()}/schedule/run`, {})).status).toBe(403);
    const run = await org1.post(`${base()}/schedule/run`, { timeLimitSeconds: 1 });
    expect(run.status).toBe(200);
    expect(run.body.stats.scheduled).toBe(1);
    expect(run.body.unscheduled).toEqual([]);
    const pub = await org2.post(`${base()}/schedule/publish`);
    expect(pub.status).toBe(200);
    expect((await org2.post(`${base()}/schedule/publish`)).status).toBe(409);
    for (const who of [alice, bob]) {
      const agenda = await who.get(`${base()}/agenda`);
      expect(agenda.body.published).toBe(true);
      expect(agenda.body.meetings[0].status).toBe('scheduled');
      expect(agenda.body.meetings[0].startsAt).toMatch(/^2031-06-10T1[23]:/);
    }
    published = (await alice.get(`${base()}/agenda`)).body.meetings[0];
    const ics = await alice.get(`${base()}/agenda.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:B2B meeting with Bob (Car Maker)');
    expect(ics.body).toMatch(/DTSTART:20310610T1[23][03]000Z/);
    const pdf = await alice.get(`${base()}/agenda.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('serves the subscription feed without a session cookie, and only with the current token', async () => {
    const link = await bob.post(`${base()}/agenda/feed`);
    expect(link.status).toBe(200);
    const path = new URL(link.body.url).pathname;
    const feed = await handle.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('SUMMARY:B2B meeting with Alice (Laser SME)');
    await bob.post(`${base()}/agenda/feed`);
    expect((await handle.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });

  it('slots a request accepted after publication into a free cell without moving the published meeting', async () => {
    const sent = await carol.post(`${base()}/requests`, { to: [reg.dave], message: 'Imaging?' });
    expect(sent.status).toBe(201);
    expect((await dave.post(`${base()}/requests/${sent.body.id}/accept`)).status).toBe(200);
    const agenda = await dave.get(`${base()}/agenda`);
    expect(agenda.body.meetings[0].status).toBe('scheduled');
    expect(agenda.body.meetings[0].startsAt).not.toBeNull();
    const still = (await alice.get(`${base()}/agenda`)).body.meetings[0];
    expect({ startsAt: still.startsAt, table: still.table }).toEqual({ startsAt: published.startsAt, table: published.table });
    expect(await notificationsOf(dave.userId)).toContain('b2b.meeting_scheduled');
  });

  it('cancelling a meeting frees its cell and tells the other participant', async () => {
    const res = await alice.post(`${base()}/meetings/${published.id}/cancel`);
    expect(res.status).toBe(200);
    const [row] = await handle.deps.db.select().from(b2bMeetings).where(eq(b2bMeetings.id, published.id));
    expect(row!.status).toBe('cancelled');
    expect(row!.slotStartsAt).toBeNull();
    const links = await handle.deps.db.select().from(b2bMeetingParticipants).where(eq(b2bMeetingParticipants.meetingId, published.id));
    expect(links.every((l) => l.slotStartsAt === null)).toBe(true);
    expect(await notificationsOf(bob.userId)).toContain('b2b.meeting_cancelled');
    expect(await notificationsOf(alice.userId)).not.toContain('b2b.meeting_cancelled');
  });
});

describe('why a booking is impossible', () => {
  it('says the person is fully booked in the session and lets the requester ask for more availability', async () => {
    const slots = (await bob.get(`${base()}/availability`)).body.sessions[0].slots as { startsAt: string; busy: boolean }[];
    expect((await bob.post(`${base()}/availability`, { unavailable: slots.map((s) => s.startsAt) })).status).toBe(200);
    const res = await alice.post(`${base()}/requests`, { to: [reg.bob] });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('Bob (Car Maker) is fully booked in the afternoon session.');
    const view = (await alice.get(`${base()}/participants`)).body.items.find((p: { registrationId: string }) => p.registrationId === reg.bob);
    expect(view.obstacles[0]).toMatchObject({ code: 'fully_booked', fix: 'ask_availability' });
    expect(view.obstacles[0].message.fr).toBe("Bob (Car Maker) est complet dans la session « après-midi ».");
    expect((await alice.post(`${base()}/participants/${reg.bob}/ask-availability`, {})).status).toBe(200);
    expect(await notificationsOf(bob.userId)).toContain('b2b.availability_requested');
    expect((await bob.post(`${base()}/availability`, { unavailable: [] })).status).toBe(200);
  });

  it('says when the cap is reached', async () => {
    expect((await org1.patch(`${base()}/settings`, { meetingCap: 1 })).status).toBe(200);
    // Dave already has his meeting with Carol.
    const res = await alice.post(`${base()}/requests`, { to: [reg.dave] });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('Dave (Hospital) has reached the cap of 1 meetings.');
    expect((await org1.patch(`${base()}/settings`, { meetingCap: null })).status).toBe(200);
  });
});

describe('auto-accept', () => {
  it('turns a request into a meeting at once, slotted into the published schedule, and tells the recipient', async () => {
    expect((await org1.patch(`${base()}/settings`, { autoAccept: true })).status).toBe(200);
    const sent = await carol.post(`${base()}/requests`, { to: [reg.bob] });
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('accepted');
    expect(sent.body.meetingId).toBeTruthy();
    const agenda = await bob.get(`${base()}/agenda`);
    const meeting = agenda.body.meetings.find((m: { id: string }) => m.id === sent.body.meetingId);
    expect(meeting.status).toBe('scheduled');
    expect(await notificationsOf(bob.userId)).toContain('b2b.meeting_booked');
    expect((await org1.patch(`${base()}/settings`, { autoAccept: false })).status).toBe(200);
  });
});

describe('expiry and statistics', () => {
  it('expires open requests at the deadline through the durable job', async () => {
    const sent = await alice.post(`${base()}/requests`, { to: [reg.dave] });
    expect(sent.status).toBe(201);
    await handle.deps.jobs.drain();
    expect((await alice.get(`${base()}/requests`)).body.outgoing.find((r: { id: string }) => r.id === sent.body.id).status).toBe('requested');
    now = new Date('2031-06-09T16:00:01Z');
    await handle.deps.jobs.drain();
    const out = (await alice.get(`${base()}/requests`)).body.outgoing.find((r: { id: string }) => r.id === sent.body.id);
    expect(out.status).toBe('expired');
    const late = await alice.post(`${base()}/requests`, { to: [reg.dave] });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('Meeting requests closed on');
  });

  it('counts meetings requested / accepted / scheduled / held and by kind', async () => {
    now = new Date('2031-06-10T14:00:00Z');
    const meeting = (await dave.get(`${base()}/agenda`)).body.meetings.find((m: { status: string }) => m.status === 'scheduled');
    expect((await dave.post(`${base()}/meetings/${meeting.id}/outcome`, { outcome: 'follow_up' })).status).toBe(200);
    const stats = await org1.get(`${base()}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({ requested: 5, accepted: 2, scheduled: 2, held: 1, c2c: 0, c2b: 0, b2b: 2 });
  });
});
