import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { partnershipBand } from '../../../contracts/map';
import { queryRows } from '../../db/client';
import { strategicPartnershipMembers, strategicPartnerships } from '../../db/schema';
import { loadSyntheticOrganisations } from '../../db/seed/synthetic-load';
import { useTestApp } from '../../test/harness';

const t = useTestApp();

interface Row extends Record<string, unknown> {
  id: string;
  type: string;
  country_code: string;
  region_code: string | null;
  technology_paths: string[];
  application_domains: string[];
  s3_areas: string[];
  value_chain_roles: string[];
  is_public: boolean;
  clusters: string[];
  labels: string[];
}

interface MapBody {
  organisations: {
    matching: number;
    counted: number;
    withoutRegion: number;
    countries: { code: string; count: number }[];
    regions: { code: string; name: string; countryCode: string; count: number }[];
  };
  partnerships: {
    total: number;
    regions: { code: string; count: number; band: string }[];
    countries: { code: string; count: number; band: string }[];
  };
}

let rows: Row[] = [];
const EUROPE = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO', 'CH', 'GB', 'AL', 'ME', 'MK', 'RS', 'TR']);

async function readAll(): Promise<Row[]> {
  return queryRows<Row>(
    t.handle.deps.db,
    sql`select o.id, o.type, o.country_code, o.region_code, o.technology_paths, o.application_domains, o.s3_areas,
               o.value_chain_roles, (o.status = 'published' and o.listing_consent) as is_public,
               coalesce((select array_agg(cm.cluster_id::text) from cluster_memberships cm where cm.member_id = o.id and cm.status = 'active'), '{}') as clusters,
               coalesce((select array_agg(cl.label) from cluster_labels cl where cl.organisation_id = o.id), '{}') as labels
        from organisations o`,
  );
}

type Filters = Partial<Record<'type' | 'country' | 'region' | 'technology' | 'domain' | 's3' | 'role' | 'cluster' | 'label', string[]>> & {
  scope?: 'europe' | 'beyond';
};

/** The directory's rules, written out in JavaScript over every row. */
function matches(o: Row, f: Filters): boolean {
  const any = (values: string[] | undefined, have: string[]) => !values?.length || values.some((v) => have.includes(v));
  if (!o.is_public) return false;
  if (f.scope && (f.scope === 'europe') !== EUROPE.has(o.country_code)) return false;
  return (
    any(f.type, [o.type]) &&
    any(f.country, [o.country_code]) &&
    any(f.region, o.region_code ? [o.region_code] : []) &&
    any(f.technology, o.technology_paths) &&
    any(f.domain, o.application_domains) &&
    any(f.s3, o.s3_areas) &&
    any(f.role, o.value_chain_roles) &&
    any(f.cluster, o.clusters) &&
    any(f.label, o.labels)
  );
}

function tally(values: (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) if (v) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

const toQuery = (f: Filters) =>
  Object.entries(f)
    .map(([k, v]) => `${k}=${encodeURIComponent(Array.isArray(v) ? v.join(',') : v)}`)
    .join('&');

async function map(query: string): Promise<MapBody> {
  const res = await t.anonymous().get(`/api/v1/organisations/map?${query}`);
  expect(res.status).toBe(200);
  return res.body as MapBody;
}

const nonZero = (list: { code: string; count: number }[]) => Object.fromEntries(list.filter((r) => r.count > 0).map((r) => [r.code, r.count]));

beforeAll(async () => {
  await loadSyntheticOrganisations(t.handle.deps.db, t.handle.deps.clock, { count: 600, seed: 11 });
  // Some organisations the map must not count (unpublished, no consent), some without a region.
  await t.handle.deps.db.execute(sql`update organisations set status = 'draft' where id in (select id from organisations order by id limit 25)`);
  await t.handle.deps.db.execute(sql`update organisations set listing_consent = false where id in (select id from organisations order by id desc limit 25)`);
  await t.handle.deps.db.execute(sql`update organisations set region_code = null where id in (select id from organisations order by name limit 40)`);
  rows = await readAll();
});

describe('organisations per country and region', () => {
  const someCluster = () => rows.flatMap((r) => r.clusters)[0]!;
  const someRegion = () => rows.find((r) => r.is_public && r.region_code)!.region_code!;

  it.each<[string, () => Filters]>([
    ['no filter', () => ({})],
    ['type', () => ({ type: ['sme', 'research_organisation'] })],
    ['parent technology (hierarchical)', () => ({ technology: ['tech:lasers'] })],
    ['domain and role', () => ({ domain: ['domain:health'], role: ['rnd', 'end_user'] })],
    ['cluster', () => ({ cluster: [someCluster()] })],
    ['label', () => ({ label: ['gold', 'silver', 'bronze'] })],
    ['scope europe', () => ({ scope: 'europe' })],
    ['scope beyond', () => ({ scope: 'beyond' })],
    ['country selection', () => ({ type: ['sme'], country: ['FR', 'IT'] })],
    ['region selection', () => ({ technology: ['tech:lasers'], region: [someRegion()] })],
  ])('match a brute-force count: %s', async (_name, filters) => {
    const f = filters();
    const body = await map(toQuery(f));
    const { country: _c, region: _r, ...rest } = f;
    const counted = rows.filter((o) => matches(o, rest));
    expect(counted.length).toBeGreaterThan(0);
    expect(nonZero(body.organisations.regions)).toEqual(tally(counted.map((o) => o.region_code)));
    expect(nonZero(body.organisations.countries)).toEqual(tally(counted.map((o) => o.country_code)));
    expect(body.organisations.counted).toBe(counted.length);
    expect(body.organisations.withoutRegion).toBe(counted.filter((o) => !o.region_code).length);
    expect(body.organisations.matching).toBe(rows.filter((o) => matches(o, f)).length);
  });

  it('counts a text search exactly as the list finds it', async () => {
    const listed: { countryCode: string; regionCode: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof listed; nextCursor: string | null } = (
        await t.anonymous().get(`/api/v1/organisations?q=laser&type=sme&limit=100&facets=false${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      listed.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed.length).toBeGreaterThan(0);
    const body = await map('q=laser&type=sme&region=FRI1');
    expect(nonZero(body.organisations.regions)).toEqual(tally(listed.map((o) => o.regionCode)));
    expect(nonZero(body.organisations.countries)).toEqual(tally(listed.map((o) => o.countryCode)));
    expect(body.organisations.matching).toBe(listed.filter((o) => o.regionCode === 'FRI1').length);
  });

  it('lists every NUTS 2 region with its name, zero counts included', async () => {
    const body = await map('type=investor');
    expect(body.organisations.regions).toHaveLength(334);
    expect(body.organisations.regions.find((r) => r.code === 'FRI1')).toMatchObject({ name: 'Aquitaine', countryCode: 'FR' });
    expect(body.organisations.regions.find((r) => r.code === 'EL30')?.countryCode).toBe('GR');
    expect(body.organisations.regions.some((r) => r.count === 0)).toBe(true);
  });

  it('rejects bad filters with the field path, never a 500', async () => {
    const res = await t.anonymous().get('/api/v1/organisations/map?region=fri1&technology=lasers');
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths.some((p: string) => p.startsWith('region'))).toBe(true);
    expect(paths.some((p: string) => p.startsWith('technology'))).toBe(true);
  });
});

describe('strategic partnerships layer', () => {
  it('is empty until partnerships exist', async () => {
    const body = await map('');
    expect(body.partnerships).toEqual({ total: 0, regions: [], countries: [] });
  });

  it('counts distinct partnerships per region of their public members, in the policy colour bands', async () => {
    const publicIn = (region: string, n: number) => {
      const found = rows.filter((r) => r.is_public && r.region_code === region).slice(0, n);
      expect(found).toHaveLength(n);
      return found.map((r) => r.id);
    };
    const byRegion = new Map<string, number>();
    for (const r of rows) if (r.is_public && r.region_code) byRegion.set(r.region_code, (byRegion.get(r.region_code) ?? 0) + 1);
    const crowded = [...byRegion].filter(([, n]) => n >= 2).map(([code]) => code);
    const [green, yellow, orange] = crowded as [string, string, string];
    const hidden = rows.find((r) => !r.is_public && r.region_code && ![green, yellow, orange].includes(r.region_code))!;

    const db = t.handle.deps.db;
    const create = async (name: string, members: string[], status: 'planned' | 'active' | 'completed' = 'active') => {
      const [p] = await db.insert(strategicPartnerships).values({ name, status, startedOn: '2024-01-01' }).returning();
      await db.insert(strategicPartnershipMembers).values(members.map((organisationId, i) => ({ partnershipId: p!.id, organisationId, role: i === 0 ? ('coordinator' as const) : ('partner' as const) })));
    };
    const [g1, g2] = publicIn(green, 2);
    const [y1] = publicIn(yellow, 1);
    const [o1] = publicIn(orange, 1);
    // Five partnerships in the green region, one of them with two members there (counts once).
    // Two of them also in the yellow region, one in the orange region.
    for (let i = 0; i < 4; i++) await create(`Green ${i}`, [g1!, ...(i < 2 ? [y1!] : i === 2 ? [o1!] : [])]);
    await create('Green twice', [g1!, g2!], 'completed');
    // Not counted: planned, and a member that is not public.
    await create('Planned', [g1!, y1!, o1!], 'planned');
    await create('Hidden member', [hidden.id]);

    const body = await map('type=sme');
    const region = (code: string) => body.partnerships.regions.find((r) => r.code === code);
    expect(region(green)).toEqual({ code: green, count: 5, band: 'green' });
    expect(region(yellow)).toEqual({ code: yellow, count: 2, band: 'yellow' });
    expect(region(orange)).toEqual({ code: orange, count: 1, band: 'orange' });
    expect(region(hidden.region_code!)).toBeUndefined();
    expect(body.partnerships.total).toBe(5);

    // Brute force over the stored rows: distinct counted partnerships per region of public members.
    const stored = await queryRows<{ partnership_id: string; organisation_id: string; status: string }>(
      db,
      sql`select m.partnership_id, m.organisation_id, p.status from strategic_partnership_members m join strategic_partnerships p on p.id = m.partnership_id`,
    );
    const regionOf = new Map(rows.filter((r) => r.is_public).map((r) => [r.id, r.region_code]));
    const sets = new Map<string, Set<string>>();
    for (const m of stored) {
      const code = regionOf.get(m.organisation_id);
      if (!code || m.status === 'planned') continue;
      sets.set(code, (sets.get(code) ?? new Set()).add(m.partnership_id));
    }
    expect(Object.fromEntries(body.partnerships.regions.map((r) => [r.code, r.count]))).toEqual(
      Object.fromEntries([...sets].map(([code, s]) => [code, s.size])),
    );
    for (const r of [...body.partnerships.regions, ...body.partnerships.countries]) expect(r.band).toBe(partnershipBand(r.count));

    // A second partnership moves the orange region into the yellow band.
    await create('Orange again', [o1!]);
    expect((await map('')).partnerships.regions.find((r) => r.code === orange)).toEqual({ code: orange, count: 2, band: 'yellow' });
  });
});
