import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/demo';
import { useTestApp } from '../../test/harness';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { facetCounts, simplifyAlternatives } from './search.repository';

const t = useTestApp();
const names = (body: { items: { name: string }[] }) => body.items.map((o) => o.name);
const search = async (query: string) => (await t.anonymous().get(`/api/v1/organisations?${query}`)).body;

beforeAll(async () => {
  await seedDemoData(t.handle.deps);
  const owner = await t.user();
  // An English-only profile that uses jargon, not taxonomy labels, and declares no technology.
  const { body } = await owner.post('/api/v1/organisations', {
    name: 'Quillon Micromachining Ltd',
    type: 'sme',
    country: 'IE',
    descriptionEn: 'We offer femtosecond laser micro-machining of sapphire watch glasses and medical stents.',
    listingConsent: true,
  });
  await owner.post(`/api/v1/organisations/${body.id}/submit`);
});

describe('relevance across languages and jargon', () => {
  it.each([['micro-usinage laser'], ['laser micromachining'], ['usinage femtoseconde']])(
    '"%s" finds the English profile that says "femtosecond laser micro-machining"',
    async (q) => {
      const body = await search(`q=${encodeURIComponent(q)}&limit=50`);
      expect(names(body)).toContain('Quillon Micromachining Ltd');
    },
  );

  it('ranks a name match first and highlights matched words in the snippet', async () => {
    const body = await search('q=quillon');
    expect(names(body)[0]).toBe('Quillon Micromachining Ltd');
    const laser = await search('q=sapphire');
    const hit = laser.items.find((o: { name: string }) => o.name === 'Quillon Micromachining Ltd');
    expect(
      hit.snippet
        .filter((p: { match: boolean }) => p.match)
        .map((p: { text: string }) => p.text.toLowerCase()),
    ).toContain('sapphire');
  });

  it('highlights search words only, never French or English filler words', async () => {
    const body = await search('q=laser&limit=100&facets=false');
    const highlighted = body.items.flatMap((o: { snippet: { text: string; match: boolean }[] | null }) =>
      (o.snippet ?? []).filter((p) => p.match).map((p) => p.text.toLowerCase()),
    );
    expect(highlighted.length).toBeGreaterThan(0);
    expect(
      highlighted.filter((w: string) => ['de', 'et', 'la', 'des', 'and', 'of', 'the'].includes(w)),
    ).toEqual([]);
  });

  it.each([
    ['ultracourt', 'ultrafast'],
    ['télémétrie laser', 'lidar'],
    ['vision industrielle', 'machine vision'],
  ])('"%s" and "%s" find the same organisations', async (a, b) => {
    const left = new Set(names(await search(`q=${encodeURIComponent(a)}&limit=100&facets=false`)));
    const right = new Set(names(await search(`q=${encodeURIComponent(b)}&limit=100&facets=false`)));
    expect(left.size).toBeGreaterThan(0);
    const overlap = [...left].filter((n) => right.has(n)).length;
    expect(overlap / Math.max(left.size, right.size)).toBeGreaterThanOrEqual(0.8);
  });

  it('tolerates typos in names', async () => {
    expect(names(await search('q=Photnics%20Bretange'))[0]).toBe('Photonics Bretagne');
  });

  it('returns ALPHA-RLH for "laser"', async () => {
    expect(names(await search('q=laser&limit=100'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ALPHA-RLH/)]),
    );
  });
});

describe('facets', () => {
  interface Org {
    id: string;
    type: string;
    countryCode: string;
    regionCode: string | null;
    technologies: string[];
    valueChainRoles: string[];
  }

  async function everything(query: string): Promise<Org[]> {
    const all: Org[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Org[]; nextCursor: string | null } = await search(
        `${query}&limit=100&facets=false${cursor ? `&cursor=${cursor}` : ''}`,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  it('counts match a brute-force count under the other active filters', async () => {
    const filters = 'q=laser&type=sme,research_organisation&country=FR,LT,IT';
    const { facets, total } = await search(filters);
    const matching = await everything(filters);
    expect(total).toBe(matching.length);

    const withoutType = await everything('q=laser&country=FR,LT,IT');
    const typeCounts = new Map<string, number>();
    for (const o of withoutType) typeCounts.set(o.type, (typeCounts.get(o.type) ?? 0) + 1);
    expect(
      Object.fromEntries(facets.type.map((f: { value: string; count: number }) => [f.value, f.count])),
    ).toEqual(Object.fromEntries(typeCounts));

    const withoutCountry = await everything('q=laser&type=sme,research_organisation');
    const countryCounts = new Map<string, number>();
    for (const o of withoutCountry)
      countryCounts.set(o.countryCode, (countryCounts.get(o.countryCode) ?? 0) + 1);
    expect(
      Object.fromEntries(facets.country.map((f: { value: string; count: number }) => [f.value, f.count])),
    ).toEqual(Object.fromEntries(countryCounts));

    const roleCounts = new Map<string, number>();
    for (const o of matching)
      for (const r of o.valueChainRoles) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
    expect(
      Object.fromEntries(facets.role.map((f: { value: string; count: number }) => [f.value, f.count])),
    ).toEqual(Object.fromEntries(roleCounts));
  });

  it.each([
    ['q=Photnics%20Bretange'],
    ['q=the'],
    ['q=micro-usinage%20laser&country=FR'],
    ['q=laser%20femtoseconde'],
  ])(
    'total and type counts of "%s" match the listed organisations (typo names, stop words, phrases)',
    async (query) => {
      const { facets, total } = await search(query);
      const matching = await everything(query);
      expect(total).toBe(matching.length);
      const typeCounts = new Map<string, number>();
      for (const o of matching) typeCounts.set(o.type, (typeCounts.get(o.type) ?? 0) + 1);
      expect(
        Object.fromEntries(facets.type.map((f: { value: string; count: number }) => [f.value, f.count])),
      ).toEqual(Object.fromEntries(typeCounts));
    },
  );

  it('counts technologies hierarchically and filters by a parent term', async () => {
    const { facets } = await search('facets=true');
    const count = (code: string) =>
      facets.technology.find((f: { value: string }) => f.value === code)?.count ?? 0;
    expect(count('tech:lasers')).toBeGreaterThanOrEqual(count('tech:lasers.ultrafast'));
    const parent = await everything('technology=tech:lasers');
    expect(parent.length).toBe(count('tech:lasers'));
    expect(parent.some((o) => o.technologies.includes('tech:lasers.ultrafast'))).toBe(true);
  });

  it('labels region and cluster facet values', async () => {
    const { facets } = await search('country=FR');
    expect(facets.region.find((f: { value: string }) => f.value === 'FRI1')?.label).toBe('Aquitaine');
    expect(facets.cluster.some((f: { label?: string }) => f.label?.startsWith('ALPHA-RLH'))).toBe(true);
    const clusterId = facets.cluster.find((f: { label?: string }) => f.label?.startsWith('ALPHA-RLH')).value;
    const members = await everything(`country=FR&cluster=${clusterId}`);
    expect(members.length).toBe(facets.cluster.find((f: { value: string }) => f.value === clusterId).count);
  });
});

describe('the matching query', () => {
  it.each([
    [
      ["'lidar'", "'lidar'", "'laser' <-> 'rang'", "'lidar' <2> 'laser' <-> 'rang'", "'cabc'"],
      ["'lidar'", "'laser' <-> 'rang'", "'cabc'"],
    ],
    [
      ["'laser'", "'laser' <-> 'sourc'", "'coher' <-> 'light' <-> 'sourc'", ''],
      ["'laser'", "'coher' <-> 'light' <-> 'sourc'"],
    ],
    [["'micro-machin' <-> 'micro' <-> 'machin'", "'micro'"], ["'micro'"]],
    [["'o''brien' <-> 'x'", "'o''brien'"], ["'o''brien'"]],
    [
      ["'laser':*", "'laser'", "'laser' & 'x'"],
      ["'laser':*", "'laser'", "'laser' & 'x'"],
    ],
  ])('keeps the alternatives that are not implied by another: %j', (input, expected) => {
    expect(simplifyAlternatives(input)).toEqual(expected);
  });
});

describe('sorting and pagination', () => {
  it('pages by relevance without repeats, scores non-increasing', async () => {
    const seen: { name: string; score: number }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string; score: number }[]; nextCursor: string | null } = await search(
        `q=laser&limit=7&facets=false${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((s) => s.name)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.score).toBeLessThanOrEqual(seen[i - 1]!.score);
    expect(seen.length).toBe((await search('q=laser&facets=false')).total);
  });

  it('sorts by newest first', async () => {
    const body = await search('sort=newest&limit=1');
    expect(body.error).toBeUndefined();
    expect(body.items[0].name).toBe('Quillon Micromachining Ltd');
  });

  it('rejects relevance sorting without text and bad filter values with the field', async () => {
    expect((await t.anonymous().get('/api/v1/organisations?sort=relevance')).body.error.details[0].path).toBe(
      'sort',
    );
    const bad = await t.anonymous().get('/api/v1/organisations?technology=lasers');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toMatch(/^technology/);
  });
});

describe('export', () => {
  it('exports exactly the search result as CSV, in the import format', async () => {
    const res = await t.handle.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export.csv?q=laser&country=FR',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="lightpath-organisations-.*\.csv"/,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'id,name,type,country,region,region_name,city,description,description_fr,technologies,domains,roles,url',
    );
    const { total } = await search('q=laser&country=FR&facets=false');
    expect(lines.length - 1).toBe(total);
  });

  it('exports XLSX with one row per organisation', async () => {
    const res = await t.handle.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export.xlsx?type=cluster_organisation',
    });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const { total } = await search('type=cluster_organisation&facets=false');
    expect(workbook.worksheets[0]!.rowCount).toBe(total + 1);
  });
});

describe('the narrow search copy (organisation_search_index)', () => {
  const COLUMNS = sql.raw(`id, status, listing_consent, type, country_code, region_code, name_folded,
    technology_paths, application_domains, s3_areas, value_chain_roles`);
  const differences = (db: DbOrTx) =>
    queryRows(
      db,
      sql`(select ${COLUMNS} from organisations except select ${COLUMNS} from organisation_search_index)
          union all
          (select ${COLUMNS} from organisation_search_index except select ${COLUMNS} from organisations)`,
    );

  it('follows every insert, update and delete of organisations, and counts without text from it', async () => {
    const rollback = new Error('rollback');
    await expect(
      t.handle.deps.db.transaction(async (tx) => {
        expect(await differences(tx)).toEqual([]);
        const [created] = await queryRows<{ id: string }>(
          tx,
          sql`insert into organisations (slug, name, type, country_code, status, listing_consent, technologies)
              values ('zeta-optique-test', 'Zéta Optique', 'sme', 'FR', 'published', true, array['tech:lasers'])
              returning id`,
        );
        await tx.execute(sql`update organisations set name = 'Zêta Optics', country_code = 'BE',
                             technologies = array['tech:imaging.machine-vision'] where id = ${created!.id}`);
        await tx.execute(sql`update organisations set status = 'draft'
                             where id = (select id from organisations where status = 'published' order by name limit 1)`);
        expect(await differences(tx)).toEqual([]);
        const counted = await facetCounts(tx, { filters: { types: ['sme'] }, text: null, facets: ['country', 'type'] });
        const brute = await queryRows<{ facet: string; value: string; count: number }>(
          tx,
          sql`select 'country' as facet, country_code as value, count(*)::int as count from organisations
              where status = 'published' and listing_consent and type = 'sme' group by 2
              union all
              select 'type', type, count(*)::int from organisations
              where status = 'published' and listing_consent group by 2`,
        );
        const key = (r: { facet: string; value: string }) => `${r.facet}:${r.value}`;
        expect(Object.fromEntries(counted.map((r) => [key(r), r.count]))).toEqual(
          Object.fromEntries(brute.map((r) => [key(r), r.count])),
        );
        await tx.execute(sql`delete from organisations where id = ${created!.id}`);
        expect(await differences(tx)).toEqual([]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
