import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventRegistrations, notifications } from '../../db/schema';
import { useTestApp } from '../../test/harness';
import { baseEvent, organisation } from './events.fixtures';

const ctx = useTestApp();
async function setup(extra: Record<string, unknown> = {}) {
  const lead = await ctx.user({ name: 'Lead Organiser' });
  const co = await ctx.user({ name: 'Co Organiser' });
  const leadOrg = await organisation(lead);
  const coOrg = await organisation(co);
  const created = await lead.post(
    '/api/v1/events',
    baseEvent(leadOrg.id, { coOrganiserIds: [coOrg.id], ...extra }),
  );
  expect(created.status).toBe(201);
  return { lead, co, leadOrg, coOrg, event: created.body as { slug: string; id: string } };
}

async function participant(name: string, type = 'sme', country = 'DE') {
  const user = await ctx.user({ name });
  const org = await organisation(user, type, country);
  return Object.assign(user, { org });
}

describe('events: organisers', () => {
  it('documents the events endpoints in the OpenAPI document', async () => {
    const doc = await ctx.anonymous().get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{slug}/programme.ics',
        '/api/v1/events/{slug}/registrations',
        '/api/v1/events/{slug}/check-in',
        '/api/v1/events/{slug}/badges.pdf',
        '/api/v1/events/{slug}/stats',
      ]),
    );
  });

  it('creates a draft, shows it to organisers only, publishes, edits and cancels it', async () => {
    const { lead, co, event, leadOrg, coOrg } = await setup();
    const anonymous = ctx.anonymous();
    const stranger = await ctx.user();

    expect((await anonymous.get(`/api/v1/events/${event.slug}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/events/${event.slug}`)).status).toBe(404);
    const seenByCo = await co.get(`/api/v1/events/${event.slug}`);
    expect(seenByCo.status).toBe(200);
    expect(seenByCo.body).toMatchObject({
      status: 'draft',
      startsAtLocal: '2027-06-10T09:00',
      startsAt: '2027-06-10T07:00:00.000Z',
      isOrganiser: true,
      can: { edit: true, publish: true, manage: true, register: false },
    });
    expect(seenByCo.body.organisers.map((o: { id: string; role: string }) => [o.id, o.role])).toEqual([
      [leadOrg.id, 'lead'],
      [coOrg.id, 'co_organiser'],
    ]);
    const drafts = await co.get('/api/v1/events?mine=organising');
    expect(drafts.body.items.map((e: { slug: string }) => e.slug)).toContain(event.slug);
    expect(
      (await anonymous.get('/api/v1/events')).body.items.map((e: { slug: string }) => e.slug),
    ).not.toContain(event.slug);

    expect((await stranger.post(`/api/v1/events/${event.slug}/publish`)).status).toBe(404);
    const published = await co.post(`/api/v1/events/${event.slug}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect((await co.post(`/api/v1/events/${event.slug}/publish`)).status).toBe(422);

    const seen = await anonymous.get(`/api/v1/events/${event.slug}`);
    expect(seen.status).toBe(200);
    expect(seen.body.can).toMatchObject({ edit: false, manage: false, register: false });
    expect((await anonymous.get('/api/v1/events')).body.items.map((e: { slug: string }) => e.slug)).toContain(
      event.slug,
    );
    expect((await stranger.patch(`/api/v1/events/${event.slug}`, { title: 'Hijacked' })).status).toBe(403);
    const listed = async (query: string) =>
      ((await anonymous.get(`/api/v1/events?${query}`)).body.items as { slug: string }[]).map((e) => e.slug);
    expect(await listed('country=FR&format=venue&q=health')).toContain(event.slug);
    expect(await listed('country=DE')).not.toContain(event.slug);
    expect(await listed('when=past')).not.toContain(event.slug);
    expect((await anonymous.get('/api/v1/events?mine=organising')).status).toBe(401);

    const edited = await lead.patch(`/api/v1/events/${event.slug}`, {
      title: 'Photonics for health day 2027',
      capacity: 120,
      timeZone: 'Europe/Helsinki',
      startsAt: '2027-06-10T10:00',
      endsAt: '2027-06-10T19:00',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Photonics for health day 2027',
      capacity: 120,
      timeZone: 'Europe/Helsinki',
      startsAt: '2027-06-10T07:00:00.000Z',
    });

    const cancelled = await lead.post(`/api/v1/events/${event.slug}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await lead.patch(`/api/v1/events/${event.slug}`, { title: 'Again' })).status).toBe(422);
  });

  it('reports validation errors with their field', async () => {
    const lead = await ctx.user();
    const org = await organisation(lead);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ timeZone: 'Europe/Atlantis' }, 400, 'timeZone'],
      [{ endsAt: '2027-06-10T08:00' }, 400, 'endsAt'],
      [{ startsAt: '10/06/2027 09:00' }, 400, 'startsAt'],
      [{ title: '' }, 400, 'title'],
      [{ format: 'online', venueName: null, city: null }, 400, 'onlineUrl'],
      [{ capacity: 0 }, 400, 'capacity'],
      [
        { registrationQuestions: [{ label: { en: 'Diet?' }, kind: 'choice', options: ['vegan'] }] },
        400,
        'registrationQuestions.0.options',
      ],
      [{ coOrganiserIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'coOrganiserIds.0'],
    ];
    for (const [patch, status, path] of cases) {
      const res = await lead.post('/api/v1/events', baseEvent(org.id, patch));
      expect(res.status, JSON.stringify(patch)).toBe(status);
      expect(
        res.body.error.details.map((d: { path: string }) => d.path),
        JSON.stringify(res.body),
      ).toContain(path);
    }
    const other = await ctx.user();
    const notAdmin = await other.post('/api/v1/events', baseEvent(org.id));
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.body.error.details[0].path).toBe('leadOrganisationId');
    expect((await ctx.anonymous().post('/api/v1/events', baseEvent(org.id))).status).toBe(401);
  });

  it('builds a programme within the event, gives co-organisers the same rights, and serves it as iCal', async () => {
    const { lead, co, event, coOrg } = await setup();
    const stranger = await ctx.user();
    const keynote = {
      kind: 'keynote',
      title: 'Opening keynote: photonics in hospitals',
      startsAt: '2027-06-10T09:00',
      endsAt: '2027-06-10T09:45',
      room: 'Auditorium',
      speakers: [
        { name: 'Dr. Anne Guest', organisationName: 'CHU Brest' },
        { name: 'Marc Cluster', organisationId: coOrg.id },
      ],
    };
    const added = await co.post(`/api/v1/events/${event.slug}/sessions`, keynote);
    expect(added.status).toBe(201);
    await lead.post(`/api/v1/events/${event.slug}/sessions`, {
      kind: 'b2b_session',
      title: 'B2B meetings',
      startsAt: '2027-06-10T15:00',
      endsAt: '2027-06-10T18:00',
    });
    const programme = (await lead.get(`/api/v1/events/${event.slug}`)).body.programme;
    expect(programme.map((s: { kind: string }) => s.kind)).toEqual(['keynote', 'b2b_session']);
    expect(programme[0].speakers).toEqual([
      { name: 'Dr. Anne Guest', organisation: null, organisationName: 'CHU Brest' },
      {
        name: 'Marc Cluster',
        organisation: { id: coOrg.id, slug: coOrg.slug, name: coOrg.name },
        organisationName: null,
      },
    ]);

    const outside = await lead.post(`/api/v1/events/${event.slug}/sessions`, {
      ...keynote,
      startsAt: '2027-06-10T08:00',
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.details[0].path).toBe('startsAt');
    const badKind = await lead.post(`/api/v1/events/${event.slug}/sessions`, { ...keynote, kind: 'party' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.details[0].path).toBe('kind');
    expect((await stranger.post(`/api/v1/events/${event.slug}/sessions`, keynote)).status).toBe(404);
    // A co-organiser runs the event but does not choose who organises it.
    const coChange = await co.patch(`/api/v1/events/${event.slug}`, { coOrganiserIds: [] });
    expect(coChange.status).toBe(403);
    const shrink = await lead.patch(`/api/v1/events/${event.slug}`, { endsAt: '2027-06-10T16:00' });
    expect(shrink.status).toBe(422);

    const edited = await lead.patch(`/api/v1/events/${event.slug}/sessions/${programme[1].id}`, {
      kind: 'b2b_session',
      title: 'B2B meetings',
      startsAt: '2027-06-10T15:30',
      endsAt: '2027-06-10T18:00',
    });
    expect(edited.body.programme[1].startsAtLocal).toBe('2027-06-10T15:30');

    // Drafts have no public feed; published events do.
    expect((await ctx.anonymous().get(`/api/v1/events/${event.slug}/programme.ics`)).status).toBe(404);
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    const ics = await ctx.anonymous().get(`/api/v1/events/${event.slug}/programme.ics`);
    expect(ics.status).toBe(200);
    expect(String(ics.headers['content-type'])).toContain('text/calendar');
    const text = String(ics.body);
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:Europe/Paris');
    expect(text).toMatch(/TZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270610T090000');
    expect(text).toContain('DTEND;TZID=Europe/Paris:20270610T094500');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270610T153000');
    expect(text).toContain('SUMMARY:Opening keynote: photonics in hospitals');
    expect(text).toContain('LOCATION:Auditorium\\, Le Quartz\\, Brest');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    const removed = await lead.delete(`/api/v1/events/${event.slug}/sessions/${programme[1].id}`);
    expect(removed.body.programme).toHaveLength(1);
  });
});

describe('events: registration', () => {
  it('registers in one step with the organisation profile, refuses duplicates and bad answers', async () => {
    const { lead, event } = await setup({
      registrationQuestions: [
        { label: { en: 'Lunch?', fr: 'Déjeuner ?' }, kind: 'choice', options: ['yes', 'no'], required: true },
        { label: { en: 'Anything else?' }, kind: 'text' },
      ],
    });
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    const ana = await participant('Ana Participant');
    const options = await ana.get(`/api/v1/events/${event.slug}/registration-options`);
    expect(options.body.organisations.map((o: { id: string }) => o.id)).toEqual([ana.org.id]);

    const missing = await ana.post(`/api/v1/events/${event.slug}/registrations`, {
      organisationId: ana.org.id,
      answers: {},
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ path: 'answers.q1', message: expect.any(String) }]);
    const wrongChoice = await ana.post(`/api/v1/events/${event.slug}/registrations`, {
      organisationId: ana.org.id,
      answers: { q1: 'maybe' },
    });
    expect(wrongChoice.body.error.details[0].path).toBe('answers.q1');
    const notMine = await ana.post(`/api/v1/events/${event.slug}/registrations`, {
      organisationId: event.id,
      answers: { q1: 'yes' },
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.details[0].path).toBe('organisationId');

    const ok = await ana.post(`/api/v1/events/${event.slug}/registrations`, {
      organisationId: ana.org.id,
      offers: 'Ultrafast fibre lasers',
      seeks: 'Hospital end users',
      answers: { q1: 'yes', q2: 'Vegetarian' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      status: 'confirmed',
      organisation: { id: ana.org.id },
      answers: { q1: 'yes', q2: 'Vegetarian' },
      offers: 'Ultrafast fibre lasers',
    });
    expect(ok.body.badgeCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(
      (
        await ana.post(`/api/v1/events/${event.slug}/registrations`, {
          organisationId: ana.org.id,
          answers: { q1: 'yes' },
        })
      ).status,
    ).toBe(409);
    const mine = (await ana.get(`/api/v1/events/${event.slug}`)).body;
    expect(mine.myRegistration).toMatchObject({ status: 'confirmed', badgeCode: ok.body.badgeCode });
    expect(mine.can.register).toBe(false);

    // Participants never see the registrations list.
    expect((await ana.get(`/api/v1/events/${event.slug}/registrations`)).status).toBe(403);
    // Cancelling and registering again works.
    expect(
      (await ana.post(`/api/v1/events/${event.slug}/registrations/${ok.body.id}/cancel`)).body.status,
    ).toBe('cancelled');
    const again = await ana.post(`/api/v1/events/${event.slug}/registrations`, {
      organisationId: ana.org.id,
      answers: { q1: 'no' },
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(ok.body.id);
  });

  it('keeps approval registrations pending until an organiser decides', async () => {
    const { lead, co, event } = await setup({ registrationMode: 'approval', capacity: 1 });
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    const a = await participant('Alice Approval');
    const b = await participant('Bob Approval');
    const c = await participant('Carl Approval');
    const ra = (await a.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: a.org.id }))
      .body;
    const rb = (await b.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: b.org.id }))
      .body;
    const rc = (await c.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: c.org.id }))
      .body;
    expect([ra.status, rb.status, rc.status]).toEqual(['pending', 'pending', 'pending']);
    expect((await a.post(`/api/v1/events/${event.slug}/registrations/${ra.id}/approve`)).status).toBe(403);

    expect((await co.post(`/api/v1/events/${event.slug}/registrations/${ra.id}/approve`)).body.status).toBe(
      'confirmed',
    );
    // Full: approving puts the next one on the waitlist.
    expect((await co.post(`/api/v1/events/${event.slug}/registrations/${rb.id}/approve`)).body.status).toBe(
      'waitlisted',
    );
    expect((await lead.post(`/api/v1/events/${event.slug}/registrations/${rc.id}/decline`)).body.status).toBe(
      'declined',
    );
    expect((await lead.post(`/api/v1/events/${event.slug}/registrations/${rc.id}/approve`)).status).toBe(422);
    const organiserNotices = await ctx.handle.deps.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, co.userId));
    expect(organiserNotices.filter((n) => n.kind === 'event.registration.pending')).toHaveLength(3);
    const toBob = await ctx.handle.deps.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, b.userId));
    expect(toBob.map((n) => n.kind)).toEqual(['event.registration.waitlisted']);
    const pending = await lead.get(`/api/v1/events/${event.slug}/registrations?status=pending`);
    expect(pending.body.items).toEqual([]);
    // A larger capacity admits the waitlist.
    await lead.patch(`/api/v1/events/${event.slug}`, { capacity: 2 });
    const all = (await lead.get(`/api/v1/events/${event.slug}/registrations`)).body.items;
    expect(all.find((r: { id: string }) => r.id === rb.id).status).toBe('confirmed');
  });

  it('never exceeds the capacity under concurrent registrations and promotes the waitlist on cancellation', async () => {
    const { lead, event } = await setup({ capacity: 3 });
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    // Sign-ups one by one (the harness reads e-mailed links); the registrations race.
    const people: Awaited<ReturnType<typeof participant>>[] = [];
    for (let i = 0; i < 8; i++) people.push(await participant(`Racer ${i}`));
    const results = await Promise.all(
      people.map((p) => p.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: p.org.id })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const statuses = results.map((r) => r.body.status as string);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(5);
    expect(new Set(results.map((r) => r.body.badgeCode)).size).toBe(8);

    const stored = await ctx.handle.deps.db
      .select({ id: eventRegistrations.id, waitlistedAt: eventRegistrations.waitlistedAt })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'waitlisted')));
    const firstWaiting = [...stored].sort(
      (x, y) => x.waitlistedAt!.getTime() - y.waitlistedAt!.getTime() || x.id.localeCompare(y.id),
    )[0]!;

    const confirmedIndex = statuses.indexOf('confirmed');
    const cancelled = await people[confirmedIndex]!.post(
      `/api/v1/events/${event.slug}/registrations/${results[confirmedIndex]!.body.id}/cancel`,
    );
    expect(cancelled.body.status).toBe('cancelled');
    const after = (await lead.get(`/api/v1/events/${event.slug}/registrations`)).body.items as {
      id: string;
      status: string;
    }[];
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(after.find((r) => r.id === firstWaiting.id)!.status).toBe('confirmed');
    const promotedUser = people[results.findIndex((r) => r.body.id === firstWaiting.id)]!;
    const told = await ctx.handle.deps.db
      .select({ kind: notifications.kind, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.userId, promotedUser.userId));
    expect(told).toEqual([{ kind: 'event.registration.promoted', link: `/events/${event.slug}` }]);
    expect((await lead.get(`/api/v1/events/${event.slug}`)).body.confirmedCount).toBe(3);
  });

  it('refuses registration without a waitlist when full, and before publication', async () => {
    const { lead, event } = await setup({ capacity: 1, waitlistEnabled: false });
    const a = await participant('First In');
    const b = await participant('Too Late');
    expect(
      (await a.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: a.org.id })).status,
    ).toBe(404);
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    expect(
      (await a.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: a.org.id })).body.status,
    ).toBe('confirmed');
    const full = await b.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: b.org.id });
    expect(full.status).toBe(422);
  });
});

describe('events: organiser tools', () => {
  it('checks in by typed code, marks no-shows, exports, prints badges and counts', async () => {
    const { lead, co, event } = await setup();
    await lead.post(`/api/v1/events/${event.slug}/publish`);
    const a = await participant('Ada Checkin', 'sme', 'DE');
    const b = await participant('Ben Noshow', 'cluster_organisation', 'IT');
    const c = await participant('=cmd Formula', 'university', 'FR');
    const ra = (
      await a.post(`/api/v1/events/${event.slug}/registrations`, {
        organisationId: a.org.id,
        offers: 'Lidar',
      })
    ).body;
    const rb = (await b.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: b.org.id }))
      .body;
    const rc = (await c.post(`/api/v1/events/${event.slug}/registrations`, { organisationId: c.org.id }))
      .body;
    await c.post(`/api/v1/events/${event.slug}/registrations/${rc.id}/cancel`);

    // Typed sloppily: lower case, spaces instead of dashes.
    const typed = ra.badgeCode.toLowerCase().replace(/-/g, ' ');
    const checked = await co.post(`/api/v1/events/${event.slug}/check-in`, { code: typed });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({
      alreadyCheckedIn: false,
      registration: { id: ra.id, participant: { name: 'Ada Checkin' } },
    });
    expect(checked.body.registration.checkedInAt).not.toBeNull();
    expect(
      (await co.post(`/api/v1/events/${event.slug}/check-in`, { code: ra.badgeCode })).body.alreadyCheckedIn,
    ).toBe(true);
    const unknown = await co.post(`/api/v1/events/${event.slug}/check-in`, { code: 'AAAA-BBBB-CCCC' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details[0].path).toBe('code');
    expect((await co.post(`/api/v1/events/${event.slug}/check-in`, { code: rc.badgeCode })).status).toBe(422);
    expect((await a.post(`/api/v1/events/${event.slug}/check-in`, { code: ra.badgeCode })).status).toBe(403);

    expect(
      (await lead.post(`/api/v1/events/${event.slug}/registrations/${ra.id}/no-show`, { noShow: true }))
        .status,
    ).toBe(422);
    expect(
      (await lead.post(`/api/v1/events/${event.slug}/registrations/${rb.id}/no-show`, { noShow: true })).body
        .noShow,
    ).toBe(true);

    const checkedIn = await lead.get(`/api/v1/events/${event.slug}/registrations?attendance=checked_in`);
    expect(checkedIn.body.items.map((r: { id: string }) => r.id)).toEqual([ra.id]);
    const italians = await lead.get(`/api/v1/events/${event.slug}/registrations?country=IT`);
    expect(italians.body.items.map((r: { id: string }) => r.id)).toEqual([rb.id]);

    const csv = await lead.get(`/api/v1/events/${event.slug}/registrations/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-disposition'])).toContain('registrations.csv');
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^name,email,organisation,organisation_type,country,status,badge_code/);
    expect(lines).toHaveLength(4);
    expect(String(csv.body)).toContain(ra.badgeCode);
    // A participant's text is never exported as a live formula.
    expect(String(csv.body)).toContain("'=cmd Formula");
    const xlsx = await lead.request('GET', `/api/v1/events/${event.slug}/registrations/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toContain('spreadsheetml');
    expect((await a.get(`/api/v1/events/${event.slug}/registrations/export`)).status).toBe(403);

    const pdf = await ctx.handle.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.slug}/badges.pdf`,
      headers: { cookie: lead.cookie! },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(2000);

    const stats = await co.get(`/api/v1/events/${event.slug}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body.byStatus).toEqual(
      expect.arrayContaining([
        { key: 'confirmed', count: 2 },
        { key: 'cancelled', count: 1 },
      ]),
    );
    expect(stats.body.attendance).toEqual({ confirmed: 2, checkedIn: 1, noShow: 1, notYet: 0 });
    expect(stats.body.byOrganisationType).toEqual(
      expect.arrayContaining([
        { key: 'sme', count: 1 },
        { key: 'cluster_organisation', count: 1 },
      ]),
    );
    expect(stats.body.byCountry).toEqual(
      expect.arrayContaining([
        { key: 'DE', count: 1 },
        { key: 'IT', count: 1 },
      ]),
    );
    // Meeting counts come from the B2B module: none requested yet.
    expect(stats.body.meetings).toEqual({
      requested: 0,
      accepted: 0,
      scheduled: 0,
      held: 0,
      c2c: 0,
      c2b: 0,
      b2b: 0,
    });
    const statsCsv = await co.get(`/api/v1/events/${event.slug}/stats/export?format=csv`);
    expect(String(statsCsv.body)).toContain('attendance,checked_in,1');
    expect(String(statsCsv.body)).toContain('meetings,c2c,0');
    expect((await a.get(`/api/v1/events/${event.slug}/stats`)).status).toBe(403);
  });
});
