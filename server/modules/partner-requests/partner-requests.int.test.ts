import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { queryRows, sql } from '../../db/client';
import { clusterMemberships, organisationMembers, organisations, partnerRequests } from '../../db/schema';
import { TestClient, signUpConfirmed } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';

// The suite owns the clock: deadlines, reminders and expiry are tested by moving it.
let now = new Date('2031-05-01T08:00:00Z');
const clock = { now: () => new Date(now) };

let testDb: TestDatabase;
let handle: AppHandle;

type User = TestClient & { email: string; userId: string };

const signUp = (
  app: AppHandle = handle,
  options: { platformAdmin?: boolean; locale?: 'en' | 'fr' } = {},
): Promise<User> =>
  signUpConfirmed(app, {
    emailPrefix: 'pr',
    platformAdmin: !!options.platformAdmin,
    locale: options.locale ?? 'en',
    confirmedAt: clock.now(),
  });

interface OrgInput {
  name: string;
  type?: (typeof organisations.$inferInsert)['type'];
  country?: string;
  region?: string | null;
  description?: string;
  technologies?: string[];
  domains?: string[];
  roles?: string[];
}

async function org(input: OrgInput, app: AppHandle = handle) {
  const [row] = await app.deps.db
    .insert(organisations)
    .values({
      slug: `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`,
      name: input.name,
      type: input.type ?? 'sme',
      countryCode: input.country ?? 'FR',
      regionCode: input.region ?? null,
      descriptionEn: input.description ?? null,
      technologies: input.technologies ?? [],
      applicationDomains: input.domains ?? [],
      valueChainRoles: (input.roles ?? []) as never,
      status: 'published',
      listingConsent: true,
    })
    .returning();
  return row!;
}

async function member(
  user: User,
  organisationId: string,
  role: 'admin' | 'member' = 'admin',
  app: AppHandle = handle,
) {
  await app.deps.db
    .insert(organisationMembers)
    .values({ organisationId, userId: user.userId, role, status: 'active' });
}

/** Kinds of the in-app notifications a user received (notifications/notify.ts stores them). */
async function notificationsOf(userId: string, app: AppHandle = handle): Promise<string[]> {
  const rows = await queryRows<{ kind: string }>(
    app.deps.db,
    sql`select kind from notifications where user_id = ${userId} order by created_at, kind`,
  );
  return rows.map((r) => r.kind);
}

async function inCluster(clusterId: string, memberId: string) {
  await handle.deps.db.insert(clusterMemberships).values({ clusterId, memberId, status: 'active' });
}

const body = (leadOrganisationId: string, extra: Record<string, unknown> = {}) => ({
  title: 'Ultrafast laser micromachining partners',
  summary: 'We look for SMEs offering ultrafast laser processing in Piemonte.',
  description:
    '<p>We seek <strong>ultrafast laser processing</strong> for medical devices.</p><script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">bad</a>',
  kind: 'technology_cooperation',
  leadOrganisationId,
  deadlineLocal: '2031-06-30T12:00',
  timeZone: 'Europe/Paris',
  profileSought: { organisationTypes: ['sme'], technologies: ['tech:lasers.ultrafast'], regions: ['ITC1'] },
  ...extra,
});

let cluster: Awaited<ReturnType<typeof org>>;
let lead: Awaited<ReturnType<typeof org>>;
let clusterMember: Awaited<ReturnType<typeof org>>;
let outsider: Awaited<ReturnType<typeof org>>;
let femto: Awaited<ReturnType<typeof org>>;
let partner: Awaited<ReturnType<typeof org>>;
let owner: User;

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database, clock });
  cluster = await org({ name: 'Lumen Cluster', type: 'cluster_organisation' });
  lead = await org({
    name: 'Lead Photonics',
    type: 'sme',
    technologies: ['tech:lasers.ultrafast'],
    description: 'Ultrafast laser sources.',
  });
  await inCluster(cluster.id, lead.id);
  clusterMember = await org({ name: 'Member Optics', description: 'Optical coatings.' });
  await inCluster(cluster.id, clusterMember.id);
  outsider = await org({ name: 'Faraway Glass', country: 'DE', description: 'Glass moulding.' });
  femto = await org({
    name: 'Torino Femto',
    country: 'IT',
    region: 'ITC1',
    description: 'Femtosecond laser micromachining of medical stents.',
    technologies: ['tech:laser-processing.micromachining'],
    domains: ['domain:health'],
    roles: ['service_provider'],
  });
  partner = await org({
    name: 'Partner Lasers',
    country: 'IT',
    region: 'ITC1',
    technologies: ['tech:laser-processing.micromachining'],
    description: 'Femtosecond micromachining.',
  });
  owner = await signUp();
  await member(owner, lead.id);
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

async function createOpen(extra: Record<string, unknown> = {}) {
  const res = await owner.post('/api/v1/partner-requests', body(lead.id, { publish: true, ...extra }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}

describe('partner request lifecycle', () => {
  it('creates a draft with sanitised HTML, a deadline in its time zone and partners', async () => {
    const res = await owner.post(
      '/api/v1/partner-requests',
      body(lead.id, {
        partners: [
          { organisationId: partner.id },
          { name: 'Photonics Finland Cluster/science Park, Finland' },
        ],
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.description).toContain('<strong>ultrafast laser processing</strong>');
    expect(res.body.description).not.toMatch(/script|javascript|onclick/);
    // 12:00 in Paris in summer is 10:00 UTC.
    expect(res.body.deadline).toBe('2031-06-30T10:00:00.000Z');
    expect(res.body.deadlineLocal).toBe('2031-06-30T12:00');
    expect(res.body.partners.map((p: { name: string }) => p.name)).toEqual([
      'Partner Lasers',
      'Photonics Finland Cluster/science Park, Finland',
    ]);
    expect(res.body.partners[0].organisation.slug).toBe(partner.slug);
    expect(res.body.partners[1].organisation).toBeNull();
    expect(res.body.can).toMatchObject({ edit: true, publish: true, close: false, viewMatches: true });

    // A draft is invisible to others, and absent from the public list.
    expect((await new TestClient(handle).get(`/api/v1/partner-requests/${res.body.id}`)).status).toBe(404);
    const list = await new TestClient(handle).get('/api/v1/partner-requests');
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(res.body.id);
    const mine = await owner.get('/api/v1/partner-requests?mine=true');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);

    const published = await owner.post(`/api/v1/partner-requests/${res.body.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('open');
    expect((await owner.post(`/api/v1/partner-requests/${res.body.id}/publish`)).status).toBe(403);

    const closed = await owner.post(`/api/v1/partner-requests/${res.body.id}/close`);
    expect(closed.body.status).toBe('closed');
    expect(
      (
        await owner.post(`/api/v1/partner-requests/${res.body.id}/extend`, {
          deadlineLocal: '2031-07-30T12:00',
        })
      ).status,
    ).toBe(403);
  });

  it('reports every invalid reference with its path', async () => {
    const res = await owner.post(
      '/api/v1/partner-requests',
      body(lead.id, {
        profileSought: { technologies: ['tech:nope'], applicationDomains: ['domain:nope'], regions: ['ZZ9'] },
        partners: [{ organisationId: lead.id }, { organisationId: randomUUID() }],
        timeZone: 'Mars/Olympus',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('timeZone');
    const res2 = await owner.post(
      '/api/v1/partner-requests',
      body(lead.id, {
        profileSought: { technologies: ['tech:nope'], applicationDomains: ['domain:nope'], regions: ['ZZ9'] },
        partners: [{ organisationId: lead.id }, { organisationId: randomUUID() }],
      }),
    );
    expect(res2.status).toBe(400);
    expect(res2.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'partners.0.organisationId',
      'partners.1.organisationId',
      'profileSought.applicationDomains.0',
      'profileSought.regions.0',
      'profileSought.technologies.0',
    ]);
    expect(
      (
        await owner.post(
          '/api/v1/partner-requests',
          body(lead.id, { publish: true, deadlineLocal: '2020-01-01T00:00' }),
        )
      ).status,
    ).toBe(400);
  });

  it('lets only admins of the lead organisation (and platform admins) create and edit', async () => {
    const stranger = await signUp();
    expect((await stranger.post('/api/v1/partner-requests', body(lead.id))).status).toBe(403);
    const plainMember = await signUp();
    await member(plainMember, lead.id, 'member');
    expect((await plainMember.post('/api/v1/partner-requests', body(lead.id))).status).toBe(403);
    const request = await createOpen();
    expect(
      (await stranger.patch(`/api/v1/partner-requests/${request.id}`, { title: 'Hijacked' })).status,
    ).toBe(403);
    expect(
      (await plainMember.patch(`/api/v1/partner-requests/${request.id}`, { title: 'Hijacked' })).status,
    ).toBe(403);
    expect((await stranger.post(`/api/v1/partner-requests/${request.id}/close`)).status).toBe(403);
    const admin = await signUp(handle, { platformAdmin: true });
    const edited = await admin.patch(`/api/v1/partner-requests/${request.id}`, {
      title: 'Edited by the platform',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Edited by the platform');
    expect((await new TestClient(handle).post('/api/v1/partner-requests', body(lead.id))).status).toBe(401);
  });

  it('filters the list by status, kind, lead and text', async () => {
    const request = await createOpen({ title: 'Quantum sensing consortium', kind: 'project_consortium' });
    const anon = new TestClient(handle);
    const byText = await anon.get('/api/v1/partner-requests?q=quantum%20sensing');
    expect(byText.body.items.map((i: { id: string }) => i.id)).toEqual([request.id]);
    const byKind = await anon.get('/api/v1/partner-requests?kind=project_consortium&status=open');
    expect(byKind.body.items.map((i: { id: string }) => i.id)).toContain(request.id);
    const otherKind = await anon.get('/api/v1/partner-requests?kind=investment');
    expect(otherKind.body.items.map((i: { id: string }) => i.id)).not.toContain(request.id);
    const byLead = await anon.get(`/api/v1/partner-requests?lead=${outsider.id}`);
    expect(byLead.body.total).toBe(0);
    expect((await anon.get('/api/v1/partner-requests?status=nope')).status).toBe(400);
  });
});

describe('members-only visibility', () => {
  it('shows a members-only request to the lead’s cluster network only', async () => {
    const request = await createOpen({ visibility: 'members_only', title: 'Members only consortium' });
    const url = `/api/v1/partner-requests/${request.id}`;
    const networkUser = await signUp();
    await member(networkUser, clusterMember.id, 'member');
    const clusterStaff = await signUp();
    await member(clusterStaff, cluster.id, 'member');
    const outsiderUser = await signUp();
    await member(outsiderUser, outsider.id);
    const admin = await signUp(handle, { platformAdmin: true });

    expect((await new TestClient(handle).get(url)).status).toBe(404);
    expect((await outsiderUser.get(url)).status).toBe(404);
    expect((await networkUser.get(url)).status).toBe(200);
    expect((await clusterStaff.get(url)).status).toBe(200);
    expect((await admin.get(url)).status).toBe(200);
    expect((await owner.get(url)).status).toBe(200);

    const ids = async (c: TestClient) =>
      (await c.get('/api/v1/partner-requests?q=members%20only')).body.items.map((i: { id: string }) => i.id);
    expect(await ids(new TestClient(handle))).not.toContain(request.id);
    expect(await ids(outsiderUser)).not.toContain(request.id);
    expect(await ids(networkUser)).toContain(request.id);
    // Not even the comments leak.
    expect((await outsiderUser.get(`${url}/comments`)).status).toBe(404);
  });

  it('when the lead is itself a cluster, its member organisations’ people see it', async () => {
    const manager = await signUp();
    await member(manager, cluster.id);
    const res = await manager.post(
      '/api/v1/partner-requests',
      body(cluster.id, { publish: true, visibility: 'members_only' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const url = `/api/v1/partner-requests/${res.body.id}`;
    const leadStaff = await signUp();
    await member(leadStaff, lead.id, 'member');
    const outsiderUser = await signUp();
    await member(outsiderUser, outsider.id, 'member');
    expect((await leadStaff.get(url)).status).toBe(200);
    expect((await outsiderUser.get(url)).status).toBe(404);
    // A member of the network sees it but cannot edit it or see its matches.
    expect((await leadStaff.patch(url, { title: 'Mine now' })).status).toBe(403);
    expect((await leadStaff.get(`${url}/matches`)).status).toBe(403);
  });
});

describe('matches', () => {
  it('ranks organisations with explained reasons, excludes the lead and partners, and hides on request', async () => {
    const request = await createOpen({ partners: [{ organisationId: partner.id }] });
    const res = await owner.get(`/api/v1/partner-requests/${request.id}/matches`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ids = res.body.items.map((m: { organisation: { id: string } }) => m.organisation.id);
    expect(ids[0]).toBe(femto.id);
    expect(ids).not.toContain(lead.id);
    expect(ids).not.toContain(partner.id);
    const top = res.body.items[0];
    const texts = top.reasons.map((r: { text: string }) => r.text);
    expect(texts.some((t: string) => /micromachining/.test(t))).toBe(true);
    expect(texts).toContain('based in Piemonte, a sought region');
    expect(texts).toContain('SME, as requested');
    expect(top.score).toBeCloseTo(
      top.reasons.reduce((s: number, r: { points: number }) => s + r.points, 0),
      1,
    );

    const fr = await owner.get(`/api/v1/partner-requests/${request.id}/matches?locale=fr`);
    expect(fr.body.items[0].reasons.map((r: { text: string }) => r.text)).toContain(
      'situé dans la région recherchée Piemonte',
    );

    const filtered = await owner.get(`/api/v1/partner-requests/${request.id}/matches?country=DE`);
    expect(
      filtered.body.items.every(
        (m: { organisation: { country: string } }) => m.organisation.country === 'DE',
      ),
    ).toBe(true);
    const high = await owner.get(`/api/v1/partner-requests/${request.id}/matches?minScore=1000`);
    expect(high.body.items).toEqual([]);

    expect(
      (await owner.post(`/api/v1/partner-requests/${request.id}/matches/hide`, { organisationId: femto.id }))
        .status,
    ).toBe(200);
    const afterHide = await owner.get(`/api/v1/partner-requests/${request.id}/matches`);
    expect(
      afterHide.body.items.map((m: { organisation: { id: string } }) => m.organisation.id),
    ).not.toContain(femto.id);
    const withHidden = await owner.get(`/api/v1/partner-requests/${request.id}/matches?includeHidden=true`);
    expect(
      withHidden.body.items.find((m: { organisation: { id: string } }) => m.organisation.id === femto.id)
        .hidden,
    ).toBe(true);
    await owner.post(`/api/v1/partner-requests/${request.id}/matches/unhide`, { organisationId: femto.id });
    expect(
      (await owner.get(`/api/v1/partner-requests/${request.id}/matches`)).body.items[0].organisation.id,
    ).toBe(femto.id);

    // Only the owner side sees matches.
    const viewer = await signUp();
    expect((await viewer.get(`/api/v1/partner-requests/${request.id}/matches`)).status).toBe(403);
  });

  it('sees a newly published organisation without a restart (the engine cache is invalidated)', async () => {
    const request = await createOpen({
      title: 'Terahertz imaging',
      summary: 'Terahertz imaging for inspection',
      profileSought: {},
    });
    const before = await owner.get(`/api/v1/partner-requests/${request.id}/matches`);
    const fresh = await org({
      name: 'Brand New THz',
      description: 'Terahertz imaging systems',
      technologies: ['tech:microwaves.terahertz'],
    });
    const after = await owner.get(`/api/v1/partner-requests/${request.id}/matches`);
    expect(before.body.items.map((m: { organisation: { id: string } }) => m.organisation.id)).not.toContain(
      fresh.id,
    );
    expect(after.body.items[0].organisation.id).toBe(fresh.id);
  });

  it('invites a match once, records it and notifies the organisation’s admins', async () => {
    const request = await createOpen();
    const femtoAdmin = await signUp();
    await member(femtoAdmin, femto.id, 'admin');
    expect(
      (await owner.post(`/api/v1/partner-requests/${request.id}/invitations`, { organisationId: femto.id }))
        .status,
    ).toBe(200);
    expect(
      (await owner.post(`/api/v1/partner-requests/${request.id}/invitations`, { organisationId: femto.id }))
        .status,
    ).toBe(200);
    expect(
      (await owner.post(`/api/v1/partner-requests/${request.id}/invitations`, { organisationId: lead.id }))
        .status,
    ).toBe(400);
    const matches = await owner.get(`/api/v1/partner-requests/${request.id}/matches`);
    expect(
      matches.body.items.find((m: { organisation: { id: string } }) => m.organisation.id === femto.id)
        .invitedAt,
    ).not.toBeNull();
    expect(await notificationsOf(femtoAdmin.userId)).toEqual(['partner_request.invitation']);
  });
});

describe('interest flow', () => {
  it('one interest per organisation; the owner lists and answers', async () => {
    const request = await createOpen();
    const femtoUser = await signUp();
    await member(femtoUser, femto.id, 'member');
    const detail = await femtoUser.get(`/api/v1/partner-requests/${request.id}`);
    expect(detail.body.interestOrganisations.map((o: { id: string }) => o.id)).toEqual([femto.id]);
    expect(detail.body.can.expressInterest).toBe(true);

    const res = await femtoUser.post(`/api/v1/partner-requests/${request.id}/interests`, {
      organisationId: femto.id,
      message: 'We do this every day.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('pending');
    expect(await notificationsOf(owner.userId)).toContain('partner_request.interest');
    const again = await femtoUser.post(`/api/v1/partner-requests/${request.id}/interests`, {
      organisationId: femto.id,
      message: 'Again',
    });
    expect(again.status).toBe(409);
    // Not a member of that organisation; the lead itself cannot.
    expect(
      (
        await femtoUser.post(`/api/v1/partner-requests/${request.id}/interests`, {
          organisationId: outsider.id,
          message: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await owner.post(`/api/v1/partner-requests/${request.id}/interests`, {
          organisationId: lead.id,
          message: 'x',
        })
      ).status,
    ).toBe(403);
    // Interests are the owner's.
    expect((await femtoUser.get(`/api/v1/partner-requests/${request.id}/interests`)).status).toBe(403);

    const list = await owner.get(`/api/v1/partner-requests/${request.id}/interests`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      organisation: { id: femto.id },
      message: 'We do this every day.',
      user: { id: femtoUser.userId },
    });
    const answered = await owner.post(
      `/api/v1/partner-requests/${request.id}/interests/${res.body.id}/answer`,
      { status: 'accepted', answer: 'Welcome aboard' },
    );
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'accepted', answer: 'Welcome aboard' });
    expect(await notificationsOf(femtoUser.userId)).toEqual(['partner_request.interest_answered']);
    const mine = await femtoUser.get(`/api/v1/partner-requests/${request.id}`);
    expect(mine.body.myInterests).toEqual([
      {
        organisation: { id: femto.id, slug: femto.slug, name: femto.name },
        status: 'accepted',
        answer: 'Welcome aboard',
      },
    ]);
    expect(mine.body.can.expressInterest).toBe(false);

    await owner.post(`/api/v1/partner-requests/${request.id}/close`);
    const otherUser = await signUp();
    await member(otherUser, outsider.id);
    const late = await otherUser.post(`/api/v1/partner-requests/${request.id}/interests`, {
      organisationId: outsider.id,
      message: 'Too late?',
    });
    expect(late.status).toBe(422);
  });
});

describe('follows and comments', () => {
  it('follows, comments and moderates', async () => {
    const request = await createOpen();
    const base = `/api/v1/partner-requests/${request.id}`;
    const author = await signUp();
    const other = await signUp();
    expect((await author.post(`${base}/follow`)).status).toBe(200);
    expect((await author.get(base)).body).toMatchObject({ following: true, followers: 1 });
    await author.delete(`${base}/follow`);
    expect((await author.get(base)).body.following).toBe(false);
    const follower = await signUp();
    await follower.post(`${base}/follow`);

    expect((await new TestClient(handle).post(`${base}/comments`, { body: 'anon' })).status).toBe(401);
    const comment = await author.post(`${base}/comments`, { body: 'Is Finland in?' });
    expect(comment.status).toBe(201);
    expect(comment.body.can).toEqual({ edit: true, delete: true, hide: false });
    expect(await notificationsOf(follower.userId)).toEqual(['partner_request.comment']);
    expect(await notificationsOf(author.userId)).toEqual([]);
    expect((await other.patch(`${base}/comments/${comment.body.id}`, { body: 'hacked' })).status).toBe(403);
    expect((await other.delete(`${base}/comments/${comment.body.id}`)).status).toBe(403);
    expect(
      (await other.post(`${base}/comments/${comment.body.id}/moderation`, { hidden: true })).status,
    ).toBe(403);
    expect(
      (await author.patch(`${base}/comments/${comment.body.id}`, { body: 'Is Finland in yet?' })).body.body,
    ).toBe('Is Finland in yet?');

    // The owner (lead admin) hides it: gone for others, still visible to its author and moderators.
    expect(
      (await owner.post(`${base}/comments/${comment.body.id}/moderation`, { hidden: true })).body.hidden,
    ).toBe(true);
    expect((await other.get(`${base}/comments`)).body.items).toEqual([]);
    expect((await new TestClient(handle).get(`${base}/comments`)).body.items).toEqual([]);
    expect((await author.get(`${base}/comments`)).body.items).toHaveLength(1);
    expect((await owner.get(`${base}/comments`)).body.items[0].can.hide).toBe(true);

    const second = await other.post(`${base}/comments`, { body: 'Spam' });
    const admin = await signUp(handle, { platformAdmin: true });
    expect((await admin.delete(`${base}/comments/${second.body.id}`)).status).toBe(200);
    expect((await author.delete(`${base}/comments/${comment.body.id}`)).status).toBe(200);
    expect((await owner.get(`${base}/comments`)).body.items).toEqual([]);

    // Closing the request tells its followers.
    await owner.post(`${base}/close`);
    expect(await notificationsOf(follower.userId)).toEqual([
      'partner_request.closed',
      'partner_request.comment',
      'partner_request.comment',
    ]);
  });
});

describe('deadline jobs', () => {
  const jobRows = (id: string) =>
    queryRows<{ name: string; status: string; run_at: string | Date }>(
      handle.deps.db,
      sql`select name, status, run_at from jobs where dedupe_key like ${`partner-request:%:${id}:%`} order by run_at`,
    );

  it('queues a reminder 3 days before and the expiry at the deadline, and extending re-queues them', async () => {
    const request = await createOpen({ deadlineLocal: '2031-05-20T18:00', timeZone: 'Europe/Vilnius' });
    const rows = await jobRows(request.id);
    expect(rows.map((r) => [r.name, new Date(r.run_at).toISOString()])).toEqual([
      ['partner-request-reminder', '2031-05-17T15:00:00.000Z'],
      ['partner-request-expiry', '2031-05-20T15:00:00.000Z'],
    ]);
    const extended = await owner.post(`/api/v1/partner-requests/${request.id}/extend`, {
      deadlineLocal: '2031-06-20T18:00',
    });
    expect(extended.status).toBe(200);
    expect(await jobRows(request.id)).toHaveLength(4);
    expect(
      (
        await owner.post(`/api/v1/partner-requests/${request.id}/extend`, {
          deadlineLocal: '2031-06-01T18:00',
        })
      ).status,
    ).toBe(400);
  });

  it('reminds and expires across an app restart, once', async () => {
    const database = testDb.database;
    const before = await createOpen({
      deadlineLocal: '2031-05-10T12:00',
      timeZone: 'UTC',
      title: 'Restart-proof',
    });
    const follower = await signUp();
    expect((await follower.post(`/api/v1/partner-requests/${before.id}/follow`)).status).toBe(200);
    const ownerBefore = (await notificationsOf(owner.userId)).length;
    // The first app goes away with the jobs queued; a new one on the same database runs them.
    await handle.close();
    handle = await createApp(testConfig(), { database, clock });
    const second = handle;
    try {
      now = new Date('2031-05-07T12:30:00Z');
      await second.deps.jobs.drain();
      const [afterReminder] = await second.deps.db
        .select()
        .from(partnerRequests)
        .where(eq(partnerRequests.id, before.id));
      expect(afterReminder!.reminderSentFor?.toISOString()).toBe('2031-05-10T12:00:00.000Z');
      expect(afterReminder!.status).toBe('open');

      now = new Date('2031-05-10T12:00:01Z');
      await second.deps.jobs.drain();
      const [expired] = await second.deps.db
        .select()
        .from(partnerRequests)
        .where(eq(partnerRequests.id, before.id));
      expect(expired!.status).toBe('expired');
      expect(await notificationsOf(follower.userId, second)).toEqual(['partner_request.expired']);
      expect((await notificationsOf(owner.userId, second)).slice(ownerBefore)).toEqual([
        'partner_request.expiring',
        'partner_request.expired',
      ]);
      const firstExpiry = expired!.expiredAt!.toISOString();

      // Running the handler again (at-least-once delivery) changes nothing.
      const { runExpiry, runReminder } = await import('./partner-requests.service');
      now = new Date('2031-05-11T00:00:00Z');
      await runExpiry(second.deps, before.id);
      await runReminder(second.deps, before.id, new Date('2031-05-10T12:00:00Z'));
      const [still] = await second.deps.db
        .select()
        .from(partnerRequests)
        .where(eq(partnerRequests.id, before.id));
      expect(still!.expiredAt!.toISOString()).toBe(firstExpiry);
      const jobs = await queryRows<{ status: string }>(
        second.deps.db,
        sql`select status from jobs where dedupe_key like ${`partner-request:%:${before.id}:%`}`,
      );
      expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
      expect(await notificationsOf(follower.userId, second)).toEqual(['partner_request.expired']);

      // The owner reopens it with a later deadline.
      const reopened = await new TestClient(second).request('GET', `/api/v1/partner-requests/${before.id}`);
      expect(reopened.body.status).toBe('expired');
      const ownerOnSecond = Object.assign(new TestClient(second), { cookie: owner.cookie, csrf: owner.csrf });
      const extended = await ownerOnSecond.post(`/api/v1/partner-requests/${before.id}/extend`, {
        deadlineLocal: '2031-06-10T12:00',
      });
      expect(extended.status, JSON.stringify(extended.body)).toBe(200);
      expect(extended.body.status).toBe('open');
    } finally {
      now = new Date('2031-05-01T08:00:00Z');
    }
  });
});
