import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestClient } from '../../test/harness';

/**
 * Walks every write endpoint as anonymous, a plain member, the admin of another organisation and the
 * owner (admin of the organisation concerned), on fresh fixtures for each endpoint.
 */
const t = useTestApp();

type Who = 'anonymous' | 'member' | 'otherAdmin' | 'owner';
const WHO: Who[] = ['anonymous', 'member', 'otherAdmin', 'owner'];

let people: Record<Exclude<Who, 'anonymous'> | 'pending' | 'platformAdmin', TestClient & { userId: string; email: string }>;

interface Fixture {
  cluster: string;
  ownSme: string;
  otherOrg: string;
  /** Administered by the other admin, in no cluster yet. */
  freeOrg: string;
  pendingUser: string;
}

async function publishedOrg(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/organisations', { country: 'FR', listingConsent: true, ...body });
  expect(res.status).toBe(201);
  await client.post(`/api/v1/organisations/${res.body.id}/submit`);
  return res.body.id;
}

async function fixture(): Promise<Fixture> {
  const { owner, member, otherAdmin, pending, platformAdmin } = people;
  const cluster = await publishedOrg(owner, {
    name: `Cluster ${Math.random().toString(36).slice(2, 7)}`,
    type: 'cluster_organisation',
    cluster: { managementFte: 3, memberCount: 60, membersCompanies: 45, membersResearch: 10, membersPublic: 5 },
  });
  expect((await platformAdmin.post(`/api/v1/admin/cluster-validations/${cluster}`, { decision: 'validated' })).status).toBe(200);
  const ownSme = await publishedOrg(owner, { name: 'Owner SME', type: 'sme' });
  const otherOrg = await publishedOrg(otherAdmin, { name: 'Other Lab', type: 'research_organisation' });
  const freeOrg = await publishedOrg(otherAdmin, { name: 'Free Lab', type: 'university' });
  expect((await owner.post(`/api/v1/clusters/${cluster}/members`, { organisationId: ownSme })).status).toBe(201);
  expect((await otherAdmin.post(`/api/v1/clusters/${cluster}/members`, { organisationId: otherOrg })).body.status).toBe('pending');
  for (const joiner of [member, pending]) {
    expect((await joiner.post(`/api/v1/organisations/${cluster}/join-requests`, { message: 'Hello' })).status).toBe(202);
  }
  expect((await owner.patch(`/api/v1/organisations/${cluster}/members/${member.userId}`, { status: 'active' })).status).toBe(200);
  return { cluster, ownSme, otherOrg, freeOrg, pendingUser: pending.userId };
}

type Call = (client: TestClient, f: Fixture) => Promise<{ status: number }>;

const matrix: [string, Call, Record<Who, number>][] = [
  ['PATCH /organisations/:id', (c, f) => c.patch(`/api/v1/organisations/${f.cluster}`, { city: 'Bordeaux' }), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['POST /organisations/:id/submit', (c, f) => c.post(`/api/v1/organisations/${f.cluster}/submit`), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['POST /organisations/:id/unpublish', (c, f) => c.post(`/api/v1/organisations/${f.cluster}/unpublish`), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['GET /organisations/:id/members', (c, f) => c.get(`/api/v1/organisations/${f.cluster}/members`), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['PATCH /organisations/:id/members/:userId', (c, f) => c.patch(`/api/v1/organisations/${f.cluster}/members/${f.pendingUser}`, { status: 'active' }), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['DELETE /organisations/:id/members/:userId', (c, f) => c.delete(`/api/v1/organisations/${f.cluster}/members/${f.pendingUser}`), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  // The other admin asks for their own organisation (pending); the manager adds it (active).
  ['POST /clusters/:id/members', (c, f) => c.post(`/api/v1/clusters/${f.cluster}/members`, { organisationId: f.freeOrg }), { anonymous: 401, member: 403, otherAdmin: 201, owner: 201 }],
  ['PATCH /clusters/:id/members/:memberId', (c, f) => c.patch(`/api/v1/clusters/${f.cluster}/members/${f.otherOrg}`, { status: 'active' }), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['DELETE /clusters/:id/members/:memberId', (c, f) => c.delete(`/api/v1/clusters/${f.cluster}/members/${f.ownSme}`), { anonymous: 401, member: 403, otherAdmin: 403, owner: 200 }],
  ['POST /admin/cluster-validations/:id', (c, f) => c.post(`/api/v1/admin/cluster-validations/${f.cluster}`, { decision: 'rejected' }), { anonymous: 401, member: 403, otherAdmin: 403, owner: 403 }],
  ['POST /organisations/:id/join-requests', (c, f) => c.post(`/api/v1/organisations/${f.cluster}/join-requests`, {}), { anonymous: 401, member: 409, otherAdmin: 202, owner: 409 }],
];

beforeAll(async () => {
  // Sequential: each registration drains the shared job queue to read its own e-mail.
  people = {
    owner: await t.user({ name: 'Owner' }),
    member: await t.user({ name: 'Member' }),
    otherAdmin: await t.user({ name: 'Other admin' }),
    pending: await t.user({ name: 'Pending' }),
    platformAdmin: await t.user({ name: 'Platform admin', platformAdmin: true }),
  };
});

describe('authorization of every write endpoint', () => {
  it.each(matrix)('%s', async (_name, call, expected) => {
    const actual: Partial<Record<Who, number>> = {};
    for (const who of WHO) {
      const f = await fixture();
      const client = who === 'anonymous' ? t.anonymous() : people[who];
      actual[who] = (await call(client, f)).status;
    }
    expect(actual).toEqual(expected);
  });

  it('lets a platform admin do what an owner does, and more', async () => {
    const f = await fixture();
    const admin = people.platformAdmin;
    expect((await admin.patch(`/api/v1/organisations/${f.cluster}`, { city: 'Talence' })).status).toBe(200);
    expect((await admin.get(`/api/v1/organisations/${f.cluster}/members`)).status).toBe(200);
    expect((await admin.post(`/api/v1/admin/cluster-validations/${f.cluster}`, { decision: 'rejected', note: 'Check figures' })).status).toBe(200);
  });

  it('lets an organisation admin ask to join a cluster, and the cluster manager approve it', async () => {
    const f = await fixture();
    const before = await t.anonymous().get(`/api/v1/clusters/${f.cluster}/members`);
    expect(before.body.items.map((m: { organisation: { id: string } }) => m.organisation.id)).not.toContain(f.otherOrg);
    const managerView = await people.owner.get(`/api/v1/clusters/${f.cluster}/members`);
    expect(managerView.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'pending', organisation: expect.objectContaining({ id: f.otherOrg }) })]));
    await people.owner.patch(`/api/v1/clusters/${f.cluster}/members/${f.otherOrg}`, { status: 'active', since: '2024-01-15' });
    const after = await t.anonymous().get(`/api/v1/clusters/${f.cluster}/members`);
    expect(after.body.items).toEqual(expect.arrayContaining([{ organisation: expect.objectContaining({ id: f.otherOrg }), status: 'active', since: '2024-01-15' }]));
    const profile = await t.anonymous().get(`/api/v1/organisations/${f.otherOrg}`);
    expect(profile.body.clusters.map((c: { id: string }) => c.id)).toContain(f.cluster);
  });
});

describe('organisation members', () => {
  it('e-mails the admins about a join request and the requester about the decision', async () => {
    const f = await fixture();
    const mails = t.handle.deps.mailer.captured;
    await t.handle.deps.jobs.drain();
    expect(mails.some((m) => m.to === people.owner.email && m.subject.includes('asks to join'))).toBe(true);
    await people.owner.patch(`/api/v1/organisations/${f.cluster}/members/${f.pendingUser}`, { status: 'rejected' });
    await t.handle.deps.jobs.drain();
    expect(mails.some((m) => m.to === people.pending.email && m.text.includes('was declined'))).toBe(true);
  });

  it('never leaves an organisation without an administrator', async () => {
    const f = await fixture();
    const demote = await people.owner.patch(`/api/v1/organisations/${f.cluster}/members/${people.owner.userId}`, { role: 'member' });
    expect(demote.status).toBe(422);
    const leave = await people.owner.delete(`/api/v1/organisations/${f.cluster}/members/${people.owner.userId}`);
    expect(leave.status).toBe(422);
    await people.owner.patch(`/api/v1/organisations/${f.cluster}/members/${people.member.userId}`, { role: 'admin' });
    expect((await people.owner.delete(`/api/v1/organisations/${f.cluster}/members/${people.owner.userId}`)).status).toBe(200);
    const mine = await people.owner.get('/api/v1/me/memberships');
    expect(mine.body.items.map((m: { organisation: { id: string } }) => m.organisation.id)).not.toContain(f.cluster);
  });

  it('lets a member leave on their own', async () => {
    const f = await fixture();
    expect((await people.member.delete(`/api/v1/organisations/${f.cluster}/members/${people.member.userId}`)).status).toBe(200);
  });
});
