import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { seedDemoData } from '../../db/seed/demo';
import { useTestApp, type TestClient } from '../../test/harness';

const t = useTestApp();
let admin: TestClient;

const CSV = [
  'external_id,name,type,country,region,city,website,description,description_fr,technologies,domains,roles,clusters,listing_consent',
  'aq-001,Lumibeam Aquitaine,SME,FR,FRI1,Pessac,lumibeam.example,Femtosecond laser micromachining of glass,,femtosecond laser;Laser micromachining,Health and life sciences,component supplier; R&D,ALPHA-RLH,yes',
  'aq-002,Optovision Sud,sme,France,FRL0,Marseille,https://optovision.example,,Vision industrielle pour le tri,vision industrielle,domain:manufacturing-control,system integrator,Optitec,oui',
  'aq-003,Broken Row,spaceship,Atlantis,ZZ99,,not a url,,,warp drive,,juggler,Nowhere,maybe',
  'aq-004,Quiet Draft Lab,research organisation,IT,ITC1,Torino,,Laser cladding research,,laser cladding,,R&D,,no',
].join('\n');

async function upload(client: TestClient, content: Buffer | string, filename: string, type = 'text/csv') {
  const res = await t.handle.app.inject({
    method: 'POST',
    url: `/api/v1/imports?filename=${encodeURIComponent(filename)}`,
    headers: { 'content-type': type, ...(client.cookie ? { cookie: client.cookie } : {}), ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}) },
    payload: content,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) };
}

const count = async () =>
  (await queryRows<{ n: number }>(t.handle.deps.db, sql`select count(*)::int as n from organisations`))[0]!.n;

beforeAll(async () => {
  await seedDemoData(t.handle.deps);
  admin = await t.user({ platformAdmin: true });
});

describe('importing organisations', () => {
  it('lets only platform admins upload', async () => {
    expect((await upload(t.anonymous(), CSV, 'members.csv')).status).toBe(401);
    expect((await upload(await t.user(), CSV, 'members.csv')).status).toBe(403);
  });

  it('stages a file, maps its columns and reports every problem by row and column, writing nothing', async () => {
    const before = await count();
    const { status, body } = await upload(admin, CSV, 'members.csv');
    expect(status).toBe(201);
    expect(body.mapping).toMatchObject({ external_id: 'external_id', name: 'name', description_fr: 'description_fr', listing_consent: 'listing_consent' });
    expect(body).toMatchObject({ totalRows: 4, validRows: 3, willCreate: 3, willUpdate: 0 });
    const broken = body.errors.filter((e: { row: number }) => e.row === 4);
    expect(broken.map((e: { column: string }) => e.column).sort()).toEqual(
      ['clusters', 'country', 'listing_consent', 'region', 'roles', 'technologies', 'type', 'website'].sort(),
    );
    expect(broken.find((e: { column: string }) => e.column === 'type').reason).toMatch(/spaceship/);
    expect(await count()).toBe(before);

    expect((await admin.request('DELETE', `/api/v1/imports/${body.id}`)).status).toBe(200);
    expect(await count()).toBe(before);
    expect((await admin.post(`/api/v1/imports/${body.id}/commit`, {})).status).toBe(409);
  });

  it('commits valid rows, resolving labels in both languages, and is idempotent on re-import', async () => {
    const before = await count();
    const staged = await upload(admin, CSV, 'members.csv');
    const committed = await admin.post(`/api/v1/imports/${staged.body.id}/commit`, {});
    expect(committed.status).toBe(200);
    expect(committed.body.result).toEqual({ created: 3, updated: 0, skipped: 1 });
    expect(await count()).toBe(before + 3);

    const lumibeam = (await t.anonymous().get('/api/v1/organisations/lumibeam-aquitaine')).body;
    expect(lumibeam).toMatchObject({
      type: 'sme',
      regionCode: 'FRI1',
      website: 'https://lumibeam.example',
      technologies: ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'],
      applicationDomains: ['domain:health'],
      valueChainRoles: ['component_supplier', 'rnd'],
      isPublic: true,
    });
    expect(lumibeam.clusters.map((c: { name: string }) => c.name)).toEqual([expect.stringMatching(/^ALPHA-RLH/)]);
    const optovision = (await t.anonymous().get('/api/v1/organisations/optovision-sud')).body;
    expect(optovision).toMatchObject({ countryCode: 'FR', technologies: ['tech:imaging.machine-vision'], valueChainRoles: ['system_integrator'] });
    // No consent in the file: imported as a draft, not listed.
    expect((await t.anonymous().get('/api/v1/organisations/quiet-draft-lab')).status).toBe(404);

    const again = await upload(admin, CSV.replace('Lumibeam Aquitaine', 'Lumibeam Aquitaine SAS'), 'members.csv');
    expect(again.body).toMatchObject({ willCreate: 0, willUpdate: 3 });
    const recommitted = await admin.post(`/api/v1/imports/${again.body.id}/commit`, {});
    expect(recommitted.body.result).toEqual({ created: 0, updated: 3, skipped: 1 });
    expect(await count()).toBe(before + 3);
    expect((await t.anonymous().get(`/api/v1/organisations/${lumibeam.id}`)).body.name).toBe('Lumibeam Aquitaine SAS');
  });

  it('upserts on the website domain when there is no external id, and flags likely duplicates', async () => {
    const csv = ['name;country;website;listing_consent', 'Photonics Bretagne Cluster;FR;https://www.photonics-bretagne.com/en;yes', 'Photonic Bretagne;FR;;yes'].join('\n');
    const staged = await upload(admin, `\uFEFF${csv}`, 'semicolons.csv');
    expect(staged.status).toBe(201);
    expect(staged.body).toMatchObject({ validRows: 2, willUpdate: 1, willCreate: 1 });
    expect(staged.body.duplicates).toEqual([
      expect.objectContaining({ row: 3, candidates: [expect.objectContaining({ name: 'Photonics Bretagne', reason: 'similar name in the same country' })] }),
    ]);
  });

  it('reads XLSX files and accepts a corrected column mapping', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Members');
    sheet.addRow(['Nom', 'Pays', 'Catégorie', 'Site web']);
    sheet.addRow(['Ateliers Lumière', 'FR', 'PME', 'ateliers-lumiere.example']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const staged = await upload(admin, buffer, 'membres.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(staged.status).toBe(201);
    expect(staged.body.mapping).toMatchObject({ Nom: 'name', Pays: 'country', 'Site web': 'website' });
    const remapped = await admin.post(`/api/v1/imports/${staged.body.id}/preview`, {
      mapping: { Nom: 'name', Pays: 'country', Catégorie: 'type', 'Site web': 'website' },
    });
    expect(remapped.body).toMatchObject({ validRows: 1, errors: [] });
    const bad = await admin.post(`/api/v1/imports/${staged.body.id}/preview`, { mapping: { Nope: 'name' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('mapping.Nope');
  });

  it('rejects an unreadable file with a clear error', async () => {
    const res = await upload(admin, Buffer.from('PK\u0003\u0004garbage'), 'broken.xlsx', 'application/octet-stream');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('file');
  });
});
