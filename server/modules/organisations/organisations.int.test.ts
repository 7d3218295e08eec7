import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { useTestApp } from '../../test/harness';

const t = useTestApp();

const femtoSme = {
  name: 'Femtolase Aquitaine',
  type: 'sme',
  country: 'fr',
  region: 'FRI1',
  city: 'Pessac',
  website: 'femtolase.example.eu',
  descriptionEn: 'Femtosecond laser micro-machining of glass and metals for medical devices.',
  descriptionFr: 'Micro-usinage laser femtoseconde du verre et des métaux.',
  sizeBand: 'small',
  yearFounded: 2012,
  technologies: ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'],
  applicationDomains: ['domain:health'],
  valueChainRoles: ['component_supplier', 'rnd'],
  keywords: ['glass', 'stents'],
  listingConsent: true,
};

describe('creating and publishing an organisation', () => {
  it('creates a draft the creator administers, hidden from the public until published', async () => {
    const owner = await t.user();
    const created = await owner.post('/api/v1/organisations', femtoSme);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Femtolase Aquitaine',
      slug: 'femtolase-aquitaine',
      countryCode: 'FR',
      regionCode: 'FRI1',
      website: 'https://femtolase.example.eu',
      status: 'draft',
      isPublic: false,
      myMembership: { role: 'admin', status: 'active' },
      can: { edit: true, manageMembers: true, manageClusterMembers: false },
    });
    const anon = t.anonymous();
    expect((await anon.get(`/api/v1/organisations/${created.body.id}`)).status).toBe(404);
    expect((await anon.get('/api/v1/organisations?q=Femtolase')).body.total).toBe(0);

    const published = await owner.post(`/api/v1/organisations/${created.body.id}/submit`);
    expect(published.body.status).toBe('published');
    const list = await anon.get('/api/v1/organisations?q=femtolase');
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(['Femtolase Aquitaine']);
    expect((await anon.get('/api/v1/organisations/femtolase-aquitaine')).body.can.edit).toBe(false);
  });

  it('refuses to publish without listing consent, and unlists when consent is withdrawn', async () => {
    const owner = await t.user();
    const { body: org } = await owner.post('/api/v1/organisations', { ...femtoSme, name: 'No Consent Optics', listingConsent: false });
    const refused = await owner.post(`/api/v1/organisations/${org.id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].path).toBe('listingConsent');

    await owner.patch(`/api/v1/organisations/${org.id}`, { listingConsent: true });
    expect((await owner.post(`/api/v1/organisations/${org.id}/submit`)).body.isPublic).toBe(true);
    const withdrawn = await owner.patch(`/api/v1/organisations/${org.id}`, { listingConsent: false });
    expect(withdrawn.body).toMatchObject({ status: 'draft', isPublic: false });
  });

  it('validates taxonomy codes and that the region lies in the country, reporting each field', async () => {
    const owner = await t.user();
    const res = await owner.post('/api/v1/organisations', {
      ...femtoSme,
      name: 'Bad References',
      country: 'IT',
      region: 'FRI1',
      technologies: ['tech:lasers.ultrafast', 'tech:warp-drive'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'technologies.1' }),
        expect.objectContaining({ path: 'region', message: expect.stringContaining('not in IT') }),
      ]),
    );
    const [{ n }] = await queryRows<{ n: number }>(t.handle.deps.db, sql`select count(*)::int as n from organisations where name = 'Bad References'`) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('rejects unknown countries and malformed bodies with 400 and paths', async () => {
    const owner = await t.user();
    const res = await owner.post('/api/v1/organisations', { name: 'X', type: 'spaceship', country: 'ZZ', yearFounded: 'old' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'type', 'country', 'yearFounded']));
  });

  it('gives distinct slugs to organisations with the same name', async () => {
    const owner = await t.user();
    const a = await owner.post('/api/v1/organisations', { name: 'Optique Lumière', type: 'sme', country: 'FR' });
    const b = await owner.post('/api/v1/organisations', { name: 'Optique Lumiere', type: 'sme', country: 'FR' });
    expect(a.body.slug).toBe('optique-lumiere');
    expect(b.body.slug).toBe('optique-lumiere-2');
  });

  it('requires a verified, logged-in user to create', async () => {
    const res = await t.anonymous().post('/api/v1/organisations', femtoSme);
    expect(res.status).toBe(401);
  });
});

describe('directory listing', () => {
  it('pages with a keyset cursor without repeating or skipping, and filters by scope', async () => {
    const owner = await t.user();
    const names = ['Aurora Photonics Oy', 'Baltic Beam UAB', 'Canuck Optics Inc'];
    const countries = ['FI', 'LT', 'CA'];
    for (const [i, name] of names.entries()) {
      const { body } = await owner.post('/api/v1/organisations', { name, type: 'sme', country: countries[i], listingConsent: true });
      await owner.post(`/api/v1/organisations/${body.id}/submit`);
    }
    const anon = t.anonymous();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await anon.get(
        `/api/v1/organisations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((o) => o.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : 1)));
    expect(seen).toEqual(expect.arrayContaining(names));

    const beyond = await anon.get('/api/v1/organisations?scope=beyond');
    expect(beyond.body.items.map((o: { countryCode: string }) => o.countryCode)).not.toContain('FI');
    expect(beyond.body.items.map((o: { name: string }) => o.name)).toContain('Canuck Optics Inc');
    expect((await anon.get('/api/v1/organisations?cursor=garbage')).status).toBe(400);
  });

  it('finds organisations regardless of accents and case', async () => {
    const owner = await t.user();
    const { body } = await owner.post('/api/v1/organisations', {
      name: 'Lumière Intégrée SAS',
      type: 'sme',
      country: 'FR',
      descriptionFr: 'Photonique intégrée sur silicium.',
      listingConsent: true,
    });
    await owner.post(`/api/v1/organisations/${body.id}/submit`);
    const res = await t.anonymous().get('/api/v1/organisations?q=lumiere%20integree');
    expect(res.body.items.map((o: { name: string }) => o.name)).toContain('Lumière Intégrée SAS');
    const byDescription = await t.anonymous().get('/api/v1/organisations?q=silicium');
    expect(byDescription.body.items.map((o: { name: string }) => o.name)).toContain('Lumière Intégrée SAS');
  });
});

describe('cluster validation', () => {
  it('sends a cluster for validation and lets only a platform admin validate it when the criteria hold', async () => {
    const manager = await t.user();
    const platformAdmin = await t.user({ platformAdmin: true });
    const { body: cluster } = await manager.post('/api/v1/organisations', {
      name: 'Photonics Test Cluster',
      type: 'cluster_organisation',
      country: 'BE',
      listingConsent: true,
      cluster: { managementFte: 0.4, memberCount: 12, membersCompanies: 10, membersResearch: 0, membersPublic: 2 },
    });
    expect(cluster.cluster.criteria).toEqual({ managementStaff: false, memberCount: false, industryAndResearch: false });
    const submitted = await manager.post(`/api/v1/organisations/${cluster.id}/submit`);
    expect(submitted.body.status).toBe('pending_validation');

    const queue = await platformAdmin.get('/api/v1/admin/cluster-validations');
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(cluster.id);
    expect((await manager.get('/api/v1/admin/cluster-validations')).status).toBe(403);
    expect((await manager.post(`/api/v1/admin/cluster-validations/${cluster.id}`, { decision: 'validated' })).status).toBe(403);

    const refused = await platformAdmin.post(`/api/v1/admin/cluster-validations/${cluster.id}`, { decision: 'validated' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'cluster.managementFte',
      'cluster.memberCount',
      'cluster.membersResearch',
    ]);

    await manager.patch(`/api/v1/organisations/${cluster.id}`, {
      cluster: { managementFte: 2.5, memberCount: 40, membersCompanies: 30, membersResearch: 8 },
    });
    const validated = await platformAdmin.post(`/api/v1/admin/cluster-validations/${cluster.id}`, { decision: 'validated', note: 'Criteria met' });
    expect(validated.status).toBe(200);
    expect(validated.body).toMatchObject({ status: 'published', cluster: { validationStatus: 'validated', validationNote: 'Criteria met' } });
    const audit = await queryRows<{ action: string }>(t.handle.deps.db, sql`select action from audit_log where subject_id = ${cluster.id} order by created_at`);
    expect(audit.map((a) => a.action)).toContain('cluster.validated');
  });
});
