import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/demo';
import { useTestApp } from '../../test/harness';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { expandQuery } from '../../algorithms/search/expand-query';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import { facetCounts, searchOrganisations, simplifyAlternatives, wholeQuery } from './search.repository';
import { directoryIndex } from './directory-index.repository';

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

describe('the directory index answers as the SQL it stands for', () => {
  const QUERIES = [
    'laser',
    'micro-usinage laser',
    'laser micromachining',
    'usinage femtoseconde',
    'vision industrielle',
    'photonique intégrée',
    'capteurs fibre',
    'lidar',
    'Photnics Bretange',
    'optical sensors health',
    'capteurs fibre',
    'laser sensors imaging',
    'the laser of',
  ];

  /** search_vector @@ query or a close name, ranked by ts_rank + similarity + the concept bonus, in SQL. */
  async function reference(q: string) {
    const text = expandQuery(q, (await taxonomyCache(t.handle.deps)).phraseIndex);
    const codes = [...new Set(text.groups.flatMap((g) => g.codes))];
    const declared = codes.length
      ? sql`0.3::float8 * (technology_paths && ${sql`array[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`}
              or application_domains && ${sql`array[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`})::int`
      : sql`0`;
    const query = wholeQuery(text);
    const name = sql`f_unaccent(lower(${q}))`;
    const rows = await queryRows<{ id: string; score: number }>(
      t.handle.deps.db,
      sql`select id, (ts_rank('{0.05, 0.2, 0.5, 1.0}', search_vector, ${query}) + similarity(name_folded, ${name}))::float8
                     + ${declared} as score
          from organisations
          where status = 'published' and listing_consent
            and (search_vector @@ ${query} or similarity(name_folded, ${name}) >= 0.35)`,
    );
    return { text, rows };
  }

  it.each(QUERIES)('"%s": the same organisations, with the same scores, in the same order', async (q) => {
    const { text, rows } = await reference(q);
    const { rows: found } = await searchOrganisations(t.handle.deps.db, {
      filters: {},
      text,
      sort: 'relevance',
      limit: 1000,
      after: null,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(found.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const expected = new Map(rows.map((r) => [r.id, r.score]));
    for (const row of found) expect(row.score).toBeCloseTo(expected.get(row.id)!, 6);
    for (let i = 1; i < found.length; i++) expect(found[i]!.score!).toBeLessThanOrEqual(found[i - 1]!.score!);
  });

  it('shares one reading of the changes between the calls of one turn, never with a call after a commit', async () => {
    const db = t.handle.deps.db;
    const first = directoryIndex(db);
    expect(directoryIndex(db)).toBe(first);
    await first;
    const running = directoryIndex(db);
    const [created] = await queryRows<{ id: string }>(
      db,
      sql`insert into organisations (slug, name, type, country_code, status, listing_consent)
          values ('turn-test-optics', 'Turn Test Optics', 'sme', 'FR', 'published', true) returning id`,
    );
    const after = directoryIndex(db);
    expect(after).not.toBe(running);
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from organisations where status = 'published' and listing_consent`,
    );
    expect((await after).size).toBe(row!.n);
    await db.execute(sql`delete from organisations where id = ${created!.id}`);
  });

  it('follows inserts, updates, memberships, labels and deletions made behind its back', async () => {
    const db = t.handle.deps.db;
    const before = (await search('q=Zeta&facets=false')).total;
    const [created] = await queryRows<{ id: string }>(
      db,
      sql`insert into organisations (slug, name, type, country_code, status, listing_consent, technologies)
          values ('zeta-optique-test', 'Zéta Optique', 'sme', 'FR', 'published', true, array['tech:lasers'])
          returning id`,
    );
    const id = created!.id;
    const found = async (query: string) => (await search(`${query}&limit=100`)).items.some((o: { id: string }) => o.id === id);
    expect(await found('q=zeta')).toBe(true);
    expect(await found('technology=tech:lasers&country=FR')).toBe(true);

    await db.execute(sql`update organisations set name = 'Zêta Optics', country_code = 'BE',
                         technologies = array['tech:imaging.machine-vision'] where id = ${id}`);
    expect(await found('technology=tech:lasers&country=FR')).toBe(false);
    expect(await found('technology=tech:imaging.machine-vision&country=BE')).toBe(true);

    const [cluster] = await queryRows<{ id: string }>(
      db,
      sql`select id from organisations where type = 'cluster_organisation' and status = 'published' limit 1`,
    );
    await db.execute(sql`insert into cluster_memberships (cluster_id, member_id, status) values (${cluster!.id}, ${id}, 'active')`);
    await db.execute(sql`insert into cluster_labels (organisation_id, label, awarded_on) values (${id}, 'bronze', '2026-01-01')`);
    expect(await found(`cluster=${cluster!.id}`)).toBe(true);
    expect(await found('label=bronze&q=zeta')).toBe(true);

    // Counts without text against a brute-force count over the table.
    const counted = await facetCounts(db, { filters: { type: ['sme'] }, text: null, facets: ['country', 'type'] });
    const brute = await queryRows<{ facet: string; value: string; count: number }>(
      db,
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

    await db.execute(sql`update organisations set status = 'draft' where id = ${id}`);
    expect(await found('q=zeta')).toBe(false);
    await db.execute(sql`update organisations set status = 'published' where id = ${id}`);
    expect(await found('q=zeta')).toBe(true);
    await db.execute(sql`delete from organisations where id = ${id}`);
    expect(await found('q=zeta')).toBe(false);
    expect((await search('q=Zeta&facets=false')).total).toBe(before);
  });
});
