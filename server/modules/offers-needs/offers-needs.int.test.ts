import { describe, expect, it } from 'vitest';
import { useTestApp, type TestClient } from '../../test/harness';

const t = useTestApp();

type User = TestClient & { userId: string; email: string };

async function publishedOrganisation(
  owner: User,
  body: Record<string, unknown>,
): Promise<{ id: string; slug: string }> {
  const created = await owner.post('/api/v1/organisations', { listingConsent: true, ...body });
  expect(created.status).toBe(201);
  expect((await owner.post(`/api/v1/organisations/${created.body.id}/submit`)).body.status).toBe('published');
  return created.body;
}

const weldingLab = {
  name: 'Soudalux Process Monitoring',
  type: 'technology_centre',
  country: 'FR',
  region: 'FRI1',
  descriptionEn: 'Process development and monitoring for industrial laser welding.',
  technologies: ['tech:laser-processing.welding', 'tech:metrology.ndt'],
  applicationDomains: ['domain:manufacturing-control'],
  valueChainRoles: ['rnd', 'service_provider'],
};

const carMaker = {
  name: 'Carrosseries Piémontaises',
  type: 'large_company',
  country: 'IT',
  region: 'ITC1',
  descriptionEn: 'Car body parts, welded in high volume.',
  technologies: ['tech:laser-processing.welding'],
  applicationDomains: ['domain:manufacturing-control'],
  valueChainRoles: ['end_user'],
};

const monitoringOffer = {
  title: 'In-line laser welding monitoring',
  summary:
    'Real-time monitoring of laser welding seams with coaxial cameras and photodiodes; flags porosity and lack of fusion.',
  descriptionEn: 'Sensor head and software qualified on steel and aluminium seams.',
  trl: 7,
  collaborationModes: ['licensing', 'joint_development'],
  ipStatus: 'patented',
};

describe('technology offers: lifecycle and permissions', () => {
  it('drafts an offer with the organisation’s technologies, publishes it, then archives it', async () => {
    const admin = await t.user();
    const lab = await publishedOrganisation(admin, weldingLab);
    const anon = t.anonymous();

    const created = await admin.post('/api/v1/technology-offers', {
      organisationId: lab.id,
      ...monitoringOffer,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'In-line laser welding monitoring',
      status: 'draft',
      // Not given: taken from the organisation profile.
      technologies: ['tech:laser-processing.welding', 'tech:metrology.ndt'],
      applicationDomains: ['domain:manufacturing-control'],
      organisation: { id: lab.id, country: 'FR', region: 'FRI1', type: 'technology_centre' },
      contactUserId: admin.userId,
      trl: 7,
      publishedAt: null,
      can: { edit: true, publish: true, archive: true, delete: true },
    });
    const id = created.body.id as string;

    // A draft is the organisation's business only.
    expect((await anon.get(`/api/v1/technology-offers/${id}`)).status).toBe(404);
    expect(
      (await anon.get('/api/v1/technology-offers')).body.items.map((o: { id: string }) => o.id),
    ).not.toContain(id);
    const mine = await admin.get('/api/v1/technology-offers?scope=mine');
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([id]);

    const changed = await admin.patch(`/api/v1/technology-offers/${id}`, {
      trl: 8,
      technologies: ['tech:laser-processing.welding'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ trl: 8, technologies: ['tech:laser-processing.welding'] });

    const published = await admin.post(`/api/v1/technology-offers/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', can: { publish: false, delete: false } });
    expect(published.body.publishedAt).not.toBeNull();
    expect((await admin.post(`/api/v1/technology-offers/${id}/publish`)).status).toBe(409);

    const seen = await anon.get(`/api/v1/technology-offers/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.can).toEqual({ edit: false, publish: false, archive: false, delete: false });
    expect((await admin.delete(`/api/v1/technology-offers/${id}`)).status).toBe(409);

    for (const query of [
      'q=soudalux',
      'q=WELDING%20monitoring',
      'technology=tech:laser-processing',
      'country=fr',
      `organisation=${lab.slug}`,
    ]) {
      const list = await anon.get(`/api/v1/technology-offers?${query}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((o: { id: string }) => o.id)).toContain(id);
    }
    for (const query of ['q=femtosecond', 'technology=tech:lasers', 'country=DE', 'domain=domain:health']) {
      expect(
        (await anon.get(`/api/v1/technology-offers?${query}`)).body.items.map((o: { id: string }) => o.id),
      ).not.toContain(id);
    }

    const archived = await admin.post(`/api/v1/technology-offers/${id}/archive`);
    expect(archived.body.status).toBe('archived');
    expect((await anon.get(`/api/v1/technology-offers/${id}`)).status).toBe(404);
    expect((await admin.delete(`/api/v1/technology-offers/${id}`)).body).toEqual({ ok: true });
    expect((await admin.get(`/api/v1/technology-offers/${id}`)).status).toBe(404);
  });

  it('lets only the organisation’s administrators create and change its offers', async () => {
    const admin = await t.user();
    const stranger = await t.user();
    const lab = await publishedOrganisation(admin, { ...weldingLab, name: 'Lab of admins only' });
    const anon = t.anonymous();

    expect(
      (await anon.post('/api/v1/technology-offers', { organisationId: lab.id, ...monitoringOffer })).status,
    ).toBe(401);
    expect((await anon.get('/api/v1/needs?scope=mine')).status).toBe(401);
    const refused = await stranger.post('/api/v1/technology-offers', {
      organisationId: lab.id,
      ...monitoringOffer,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');

    const offer = (
      await admin.post('/api/v1/technology-offers', { organisationId: lab.id, ...monitoringOffer })
    ).body;
    // A stranger does not even learn that the draft exists.
    expect(
      (await stranger.patch(`/api/v1/technology-offers/${offer.id}`, { title: 'Mine now' })).status,
    ).toBe(404);
    await admin.post(`/api/v1/technology-offers/${offer.id}/publish`);
    expect(
      (await stranger.patch(`/api/v1/technology-offers/${offer.id}`, { title: 'Mine now' })).status,
    ).toBe(403);
    expect((await stranger.post(`/api/v1/technology-offers/${offer.id}/archive`)).status).toBe(403);
    expect((await anon.get(`/api/v1/technology-offers/${offer.id}`)).body.title).toBe(monitoringOffer.title);

    const platformAdmin = await t.user({ platformAdmin: true });
    expect((await platformAdmin.post(`/api/v1/technology-offers/${offer.id}/archive`)).body.status).toBe(
      'archived',
    );
  });

  it('publishes nothing for an organisation whose profile is not public', async () => {
    const admin = await t.user();
    const draftOrg = (await admin.post('/api/v1/organisations', { ...weldingLab, name: 'Still a draft lab' }))
      .body;
    const offer = await admin.post('/api/v1/technology-offers', {
      organisationId: draftOrg.id,
      ...monitoringOffer,
    });
    expect(offer.status).toBe(201);
    const publish = await admin.post(`/api/v1/technology-offers/${offer.body.id}/publish`);
    expect(publish.status).toBe(422);
    expect(publish.body.error.message).toContain('Publish the organisation profile first');
  });

  it('rejects invalid input with every field path', async () => {
    const admin = await t.user();
    const lab = await publishedOrganisation(admin, { ...weldingLab, name: 'Validation lab' });
    const bad = await admin.post('/api/v1/technology-offers', {
      organisationId: lab.id,
      title: 'x',
      summary: '',
      trl: 12,
      collaborationModes: ['barter'],
      technologies: ['lasers'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['title', 'summary', 'trl', 'collaborationModes.0', 'technologies.0']),
    );

    const unknown = await admin.post('/api/v1/technology-offers', {
      organisationId: lab.id,
      ...monitoringOffer,
      technologies: ['tech:laser-processing.welding', 'tech:does-not-exist'],
      applicationDomains: ['domain:cooking'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'technologies.1', message: 'Unknown technology "tech:does-not-exist"' },
      { path: 'applicationDomains.0', message: 'Unknown application domain "domain:cooking"' },
    ]);

    const missingOrg = await admin.post('/api/v1/technology-offers', {
      organisationId: '00000000-0000-4000-8000-000000000000',
      ...monitoringOffer,
    });
    expect(missingOrg.status).toBe(404);
    expect(missingOrg.body.error.details[0].path).toBe('organisationId');
    expect((await admin.get('/api/v1/technology-offers/not-a-uuid')).status).toBe(400);
  });
});

describe('end-user needs: lifecycle and validation', () => {
  it('drafts a need with a budget range and timing, then publishes it', async () => {
    const admin = await t.user();
    const maker = await publishedOrganisation(admin, { ...carMaker, name: 'Need lifecycle maker' });
    const created = await admin.post('/api/v1/needs', {
      organisationId: maker.id,
      title: 'Inspect laser welds in line',
      problem: 'We weld 2,000 car body parts a day and inspect seams by sampling only.',
      constraints: 'Cycle time under 30 s; fits on the existing robot cell.',
      budgetMin: 80000,
      budgetMax: 200000,
      wantedBy: '2027-06-30',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      applicationDomains: ['domain:manufacturing-control'],
      technologies: ['tech:laser-processing.welding'],
      budgetMin: 80000,
      budgetMax: 200000,
      budgetCurrency: 'EUR',
      wantedBy: '2027-06-30',
      organisation: { country: 'IT', region: 'ITC1', type: 'large_company' },
    });
    const id = created.body.id as string;
    expect((await t.anonymous().get(`/api/v1/needs/${id}`)).status).toBe(404);
    expect((await admin.post(`/api/v1/needs/${id}/publish`)).body.status).toBe('published');
    const list = await t.anonymous().get('/api/v1/needs?q=soudure%20welds&country=IT');
    expect(list.status).toBe(200);
    // Every word must appear: "soudure" does not, in this English need.
    expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(id);
    expect(
      (await t.anonymous().get('/api/v1/needs?q=welds&country=IT')).body.items.map(
        (n: { id: string }) => n.id,
      ),
    ).toContain(id);
  });

  it('refuses a budget range upside down, on create and on update', async () => {
    const admin = await t.user();
    const maker = await publishedOrganisation(admin, { ...carMaker, name: 'Budget maker' });
    const bad = await admin.post('/api/v1/needs', {
      organisationId: maker.id,
      title: 'Budget test',
      problem: 'A problem long enough to be described.',
      budgetMin: 50000,
      budgetMax: 1000,
      budgetCurrency: 'USD',
      wantedBy: '30/06/2027',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['budgetCurrency', 'wantedBy']),
    );
    // The range is checked once the fields themselves are valid.
    const range = await admin.post('/api/v1/needs', {
      organisationId: maker.id,
      title: 'Budget test',
      problem: 'A problem long enough to be described.',
      budgetMin: 50000,
      budgetMax: 1000,
    });
    expect(range.status).toBe(400);
    expect(range.body.error.details).toEqual([
      { path: 'budgetMax', message: 'The maximum budget must not be below the minimum' },
    ]);

    const need = (
      await admin.post('/api/v1/needs', {
        organisationId: maker.id,
        title: 'Budget test',
        problem: 'A problem long enough to be described.',
        budgetMin: 1000,
      })
    ).body;
    const upside = await admin.patch(`/api/v1/needs/${need.id}`, { budgetMax: 10 });
    expect(upside.status).toBe(400);
    expect(upside.body.error.details).toEqual([
      { path: 'budgetMax', message: 'The maximum budget must not be below the minimum' },
    ]);
  });
});

describe('matching both ways', () => {
  let need: { id: string };
  let offer: { id: string };
  let lab: { id: string };
  let maker: { id: string };
  let admin: User;

  it('ranks the laser welding monitoring offer first for a French need about weld quality control, with reasons', async () => {
    admin = await t.user();
    lab = await publishedOrganisation(admin, { ...weldingLab, name: 'Matching weld lab' });
    const other = await publishedOrganisation(admin, {
      name: 'Femto Glass Works',
      type: 'sme',
      country: 'LT',
      descriptionEn: 'Femtosecond laser micromachining of glass.',
      technologies: ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'],
      applicationDomains: ['domain:health'],
      valueChainRoles: ['service_provider'],
    });
    offer = (await admin.post('/api/v1/technology-offers', { organisationId: lab.id, ...monitoringOffer }))
      .body;
    await admin.post(`/api/v1/technology-offers/${offer.id}/publish`);
    const glass = (
      await admin.post('/api/v1/technology-offers', {
        organisationId: other.id,
        title: 'Femtosecond glass drilling',
        summary: 'Micro-holes in glass and sapphire with femtosecond pulses.',
      })
    ).body;
    await admin.post(`/api/v1/technology-offers/${glass.id}/publish`);

    const endUser = await t.user();
    maker = await publishedOrganisation(endUser, {
      ...carMaker,
      name: 'Matching car maker',
      technologies: [],
    });
    need = (
      await endUser.post('/api/v1/needs', {
        organisationId: maker.id,
        title: 'Contrôle qualité soudure laser',
        problem:
          'Nous cherchons un contrôle qualité en ligne de la soudure laser de nos pièces de carrosserie.',
        applicationDomains: ['domain:manufacturing-control'],
      })
    ).body;
    await endUser.post(`/api/v1/needs/${need.id}/publish`);

    const fr = await endUser.get(`/api/v1/needs/${need.id}/matches?target=offers&lang=fr`);
    expect(fr.status).toBe(200);
    expect(fr.body).toMatchObject({ target: 'offers', locale: 'fr' });
    const [best] = fr.body.items;
    expect(best).toMatchObject({
      kind: 'offer',
      id: offer.id,
      title: monitoringOffer.title,
      organisation: { id: lab.id },
    });
    expect(best.score).toBeGreaterThan(0);
    const codes = best.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['shared_technology', 'complementary_role']));
    expect(best.reasons.find((r: { code: string }) => r.code === 'shared_technology').text).toContain(
      '« soudure laser »',
    );
    expect(best.reasons.find((r: { code: string }) => r.code === 'complementary_role').text).toContain(
      'complémentaire de votre besoin',
    );
    const total = best.reasons.reduce((s: number, r: { points: number }) => s + r.points, 0);
    expect(best.score).toBeCloseTo(total, 1);
    const glassIndex = fr.body.items.findIndex((m: { id: string }) => m.id === glass.id);
    expect(glassIndex === -1 || glassIndex > 0).toBe(true);

    // The viewer's locale by default: English for this user.
    const en = await endUser.get(`/api/v1/needs/${need.id}/matches?target=offers`);
    expect(en.body.locale).toBe('en');
    expect(
      en.body.items[0].reasons.find((r: { code: string }) => r.code === 'complementary_role').text,
    ).toContain('complementary to your need as an end user');
  });

  it('finds organisations for a need, and organisations and needs for an offer, never the owner itself', async () => {
    const orgs = await admin.get(`/api/v1/needs/${need.id}/matches?target=organisations`);
    expect(orgs.status).toBe(200);
    const ids = orgs.body.items.map((m: { id: string }) => m.id);
    expect(ids).toContain(lab.id);
    expect(ids).not.toContain(maker.id);
    expect(orgs.body.items[0].reasons.length).toBeGreaterThan(0);

    const needs = await admin.get(`/api/v1/technology-offers/${offer.id}/matches?target=needs`);
    expect(needs.status).toBe(200);
    const match = needs.body.items.find((m: { id: string }) => m.id === need.id);
    expect(match).toMatchObject({ kind: 'need', organisation: { id: maker.id } });
    expect(match.reasons.find((r: { code: string }) => r.code === 'complementary_role').text).toContain(
      'complementary to your technology offer',
    );

    const forOffer = await admin.get(`/api/v1/technology-offers/${offer.id}/matches?target=organisations`);
    expect(forOffer.status).toBe(200);
    expect(forOffer.body.items.map((m: { id: string }) => m.id)).not.toContain(lab.id);
    expect(forOffer.body.items.map((m: { id: string }) => m.id)).toContain(maker.id);

    const wrong = await admin.get(`/api/v1/technology-offers/${offer.id}/matches?target=offers`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('target');
  });
});
