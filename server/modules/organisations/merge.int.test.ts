import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { useTestApp } from '../../test/harness';

const t = useTestApp();

async function published(client: Awaited<ReturnType<typeof t.user>>, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/organisations', { listingConsent: true, ...body });
  expect(res.status).toBe(201);
  await client.post(`/api/v1/organisations/${res.body.id}/submit`);
  return res.body as { id: string; slug: string };
}

describe('duplicate organisations', () => {
  it('warns about a similar name in the same country or the same website domain, hiding drafts from non-admins', async () => {
    const owner = await t.user();
    await published(owner, { name: 'Lasers Aquitaine Innovation', type: 'sme', country: 'FR', website: 'https://www.lasers-aquitaine.example/fr' });
    await owner.post('/api/v1/organisations', { name: 'Lasers Aquitaine Innov', type: 'sme', country: 'FR' });
    const other = await t.user();
    const byName = await other.get('/api/v1/organisations/duplicates?name=Laser%20Aquitaine%20Innovation&country=FR');
    expect(byName.body.items).toEqual([expect.objectContaining({ name: 'Lasers Aquitaine Innovation', reason: 'similar name in the same country' })]);
    const byDomain = await other.get('/api/v1/organisations/duplicates?name=Completely%20Different&country=DE&website=lasers-aquitaine.example');
    expect(byDomain.body.items).toEqual([expect.objectContaining({ reason: 'same website domain' })]);
    expect((await other.get('/api/v1/organisations/duplicates?name=Lasers%20Aquitaine%20Innovation&country=IT')).body.items).toEqual([]);
    const admin = await t.user({ platformAdmin: true });
    const adminView = await admin.get('/api/v1/organisations/duplicates?name=Lasers%20Aquitaine%20Innovation&country=FR');
    expect(adminView.body.items).toHaveLength(2);
  });

  it('lists likely duplicate pairs once each for platform admins, drafts included, and to nobody else', async () => {
    const owner = await t.user();
    await published(owner, { name: 'Rheinoptik Pair Test GmbH', type: 'sme', country: 'DE', website: 'https://pairs-rheinoptik.example' });
    await owner.post('/api/v1/organisations', { name: 'Rheinoptik Pair Test', type: 'sme', country: 'DE' });
    await published(owner, { name: 'Entirely Unrelated Pair Name', type: 'sme', country: 'AT', website: 'https://www.pairs-rheinoptik.example/at' });
    await published(owner, { name: 'Rheinoptik Pair Test GmbH', type: 'sme', country: 'PL' });

    expect((await owner.get('/api/v1/admin/organisations/duplicate-pairs')).status).toBe(403);
    expect((await t.anonymous().get('/api/v1/admin/organisations/duplicate-pairs')).status).toBe(401);
    const admin = await t.user({ platformAdmin: true });
    const res = await admin.get('/api/v1/admin/organisations/duplicate-pairs');
    expect(res.status).toBe(200);
    type Pair = { organisation: { name: string; countryCode: string }; duplicateOf: { name: string; countryCode: string }; reason: string };
    const ours = (res.body.items as Pair[]).filter((p) => p.organisation.name.includes('Pair') && p.duplicateOf.name.includes('Pair'));
    const describe = (p: Pair) =>
      [`${p.organisation.name}/${p.organisation.countryCode}`, `${p.duplicateOf.name}/${p.duplicateOf.countryCode}`].sort().join(' ~ ') + ` (${p.reason})`;
    expect(ours.map(describe).sort()).toEqual([
      'Entirely Unrelated Pair Name/AT ~ Rheinoptik Pair Test GmbH/DE (same website domain)',
      'Rheinoptik Pair Test GmbH/DE ~ Rheinoptik Pair Test/DE (similar name in the same country)',
    ]);
    expect((await admin.get('/api/v1/admin/organisations/duplicate-pairs?scan=0')).status).toBe(400);
  });

  it('merges a duplicate: people, memberships and labels move, fields fill in, one audit entry', async () => {
    const admin = await t.user({ platformAdmin: true });
    const a = await t.user();
    const b = await t.user();
    const cluster = await published(a, {
      name: 'Merge Test Cluster',
      type: 'cluster_organisation',
      country: 'FR',
      cluster: { managementFte: 2, memberCount: 30, membersCompanies: 20, membersResearch: 5 },
    });
    await admin.post(`/api/v1/admin/cluster-validations/${cluster.id}`, { decision: 'validated' });
    const survivor = await published(a, { name: 'Optique Merge SAS', type: 'sme', country: 'FR', technologies: ['tech:lidar'] });
    const duplicate = await published(b, {
      name: 'Optique Merge',
      type: 'sme',
      country: 'FR',
      city: 'Lannion',
      descriptionFr: 'Lidar et capteurs.',
      technologies: ['tech:lidar', 'tech:optical-sensors'],
    });
    await a.post(`/api/v1/clusters/${cluster.id}/members`, { organisationId: duplicate.id });

    expect((await a.post(`/api/v1/admin/organisations/${duplicate.id}/merge`, { into: survivor.id })).status).toBe(403);
    const merged = await admin.post(`/api/v1/admin/organisations/${duplicate.id}/merge`, { into: survivor.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: survivor.id, city: 'Lannion', descriptionFr: 'Lidar et capteurs.', technologies: ['tech:lidar', 'tech:optical-sensors'] });
    expect(merged.body.clusters.map((c: { id: string }) => c.id)).toEqual([cluster.id]);
    expect((await t.anonymous().get(`/api/v1/organisations/${duplicate.id}`)).status).toBe(404);

    const members = await a.get(`/api/v1/organisations/${survivor.id}/members`);
    expect(members.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual([a.userId, b.userId].sort());
    const refs = await queryRows<{ n: number }>(
      t.handle.deps.db,
      sql`select (select count(*) from organisation_members where organisation_id = ${duplicate.id})
             + (select count(*) from cluster_memberships where member_id = ${duplicate.id} or cluster_id = ${duplicate.id}) as n`,
    );
    expect(Number(refs[0]!.n)).toBe(0);
    const audit = await queryRows<{ action: string; data: { merged: { name: string } } }>(
      t.handle.deps.db,
      sql`select action, data from audit_log where subject_id = ${survivor.id} and action = 'organisation.merged'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data.merged.name).toBe('Optique Merge');
  });

  it('moves partner requests, partners, events, offers, needs and partnerships to the survivor', async () => {
    const admin = await t.user({ platformAdmin: true });
    const owner = await t.user();
    const survivor = await published(owner, { name: 'Faisceau Merge Survivor', type: 'sme', country: 'FR' });
    const duplicate = await published(owner, { name: 'Faisceau Merge Duplicate', type: 'sme', country: 'FR' });
    const other = await published(owner, { name: 'Faisceau Merge Lead', type: 'sme', country: 'FR' });
    const db = t.handle.deps.db;
    const request = async (lead: string) =>
      (await queryRows<{ id: string }>(db, sql`insert into partner_requests (title, summary, kind, lead_organisation_id, deadline, time_zone, status)
        values ('Merge request', 'Summary', 'technology_cooperation', ${lead}, now() + interval '30 days', 'Europe/Paris', 'open') returning id`))[0]!.id;
    const ledByDuplicate = await request(duplicate.id);
    const ledByOther = await request(other.id);
    const ledBySurvivor = await request(survivor.id);
    await db.execute(sql`insert into partner_request_partners (request_id, organisation_id) values
      (${ledByOther}, ${duplicate.id}), (${ledByOther}, ${survivor.id}), (${ledBySurvivor}, ${duplicate.id})`);
    const partnership = (await queryRows<{ id: string }>(db, sql`insert into strategic_partnerships (name, status) values ('Merge partnership', 'active') returning id`))[0]!.id;
    await db.execute(sql`insert into strategic_partnership_members (partnership_id, organisation_id) values (${partnership}, ${duplicate.id})`);
    await db.execute(sql`insert into events (slug, title, time_zone, starts_at, ends_at) values ('merge-event', 'Merge event', 'Europe/Paris', now(), now() + interval '1 day')`);
    await db.execute(sql`insert into event_organisers (event_id, organisation_id) select id, ${duplicate.id} from events where slug = 'merge-event'`);

    const merged = await admin.post(`/api/v1/admin/organisations/${duplicate.id}/merge`, { into: survivor.id });
    expect(merged.status).toBe(200);
    const lead = await queryRows<{ lead: string }>(db, sql`select lead_organisation_id as lead from partner_requests where id = ${ledByDuplicate}`);
    expect(lead[0]!.lead).toBe(survivor.id);
    const partners = await queryRows<{ request_id: string; organisation_id: string }>(db,
      sql`select request_id, organisation_id from partner_request_partners where request_id in (${ledByOther}, ${ledBySurvivor})`);
    expect(partners).toEqual([{ request_id: ledByOther, organisation_id: survivor.id }]);
    const members = await queryRows<{ organisation_id: string }>(db, sql`select organisation_id from strategic_partnership_members where partnership_id = ${partnership}`);
    expect(members).toEqual([{ organisation_id: survivor.id }]);
    const organisers = await queryRows<{ organisation_id: string }>(db, sql`select organisation_id from event_organisers`);
    expect(organisers).toEqual([{ organisation_id: survivor.id }]);
  });

  it('rejects merging an organisation into itself or into an unknown one', async () => {
    const admin = await t.user({ platformAdmin: true });
    const org = await published(admin, { name: 'Lonely Optics', type: 'sme', country: 'BE' });
    expect((await admin.post(`/api/v1/admin/organisations/${org.id}/merge`, { into: org.id })).status).toBe(400);
    const unknown = await admin.post(`/api/v1/admin/organisations/${org.id}/merge`, { into: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details[0].path).toBe('into');
  });
});
