import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, EUROPE_COUNTRY_CODES, isInEurope } from '../../../contracts/countries';
import {
  STATEMENT_BREAKPOINT,
  buildTaxonomyMigrationSql,
  sqlString,
  sqlTextArray,
} from './build-taxonomy-migration';
import { demoClusterKeys, demoOrganisations } from './demo-data';
import { syntheticOrganisations } from './synthetic';
import {
  TAXONOMY_KINDS_IN_ORDER,
  rawTerms,
  referenceContext,
  referenceErrors,
  regionRows,
  taxonomyProblems,
  taxonomyTerms,
} from './taxonomy-data';

const ctx = referenceContext(demoClusterKeys);
const REAL_CLUSTERS = ['alpha-rlh', 'mesap', 'lla', 'photonics-finland', 'photonics-bretagne', 'optitec'];
const REAL_ORGANISATIONS = [...REAL_CLUSTERS, 'cnop', 'afop'];

describe('taxonomies', () => {
  it('are structurally valid (codes, parents before children, labels)', () => {
    expect(TAXONOMY_KINDS_IN_ORDER.flatMap(taxonomyProblems)).toEqual([]);
  });

  it('has a rich technology hierarchy', () => {
    const techs = taxonomyTerms('technology');
    expect(techs.length).toBeGreaterThanOrEqual(70);
    const codes = new Set(techs.map((t) => t.code));
    expect(codes.size).toBe(techs.length);
    for (const t of techs) {
      if (t.parentCode !== null) expect(codes.has(t.parentCode), t.code).toBe(true);
      expect(t.labelEn.trim(), t.code).not.toBe('');
      expect(t.labelFr.trim(), t.code).not.toBe('');
    }
    for (const required of [
      'tech:lasers.ultrafast',
      'tech:lasers.fibre',
      'tech:laser-processing.micromachining',
      'tech:laser-processing.additive.slm',
      'tech:laser-processing.additive.lmd',
      'tech:imaging.machine-vision',
      'tech:lidar',
      'tech:integrated-photonics.silicon',
      'tech:quantum',
      'tech:microwaves',
    ]) {
      expect(codes.has(required), required).toBe(true);
    }
  });

  it('carries the cross-language synonyms search depends on', () => {
    const byCode = new Map(rawTerms('technology').map((t) => [t.code, t]));
    const words = (code: string) => {
      const t = byCode.get(code);
      return t ? [t.en, t.fr, ...t.synonyms_en, ...t.synonyms_fr].join(' | ').toLowerCase() : '';
    };
    expect(words('lasers.ultrafast')).toMatch(/femtosecond/);
    expect(words('lasers.ultrafast')).toMatch(/ultracourt/);
    expect(words('imaging.machine-vision')).toMatch(/vision industrielle/);
    expect(words('lidar')).toMatch(/télémétrie laser/);
    expect(words('laser-processing.micromachining')).toMatch(/micro-usinage/);
  });

  it('has the six DEFI Photonique domains and the twenty S3 areas', () => {
    expect(rawTerms('application_domain').map((t) => t.code)).toEqual([
      'telecoms',
      'health',
      'energy-lighting-display',
      'manufacturing-control',
      'security-space',
      'materials-generic',
    ]);
    const s3 = rawTerms('s3_area');
    expect(s3).toHaveLength(20);
    expect(s3.map((t) => t.en)).toEqual(
      expect.arrayContaining([
        'Photonics',
        '3D Printing',
        'SMEs to Industry 4.0',
        'Safe & sustainable mobility',
      ]),
    );
    for (const t of [...rawTerms('application_domain'), ...s3]) expect(t.parent).toBeNull();
  });

  it('prefixes database codes by kind', () => {
    const all = taxonomyTerms();
    expect(new Set(all.map((t) => t.code)).size).toBe(all.length);
    expect(all.find((t) => t.code === 'tech:lasers.ultrafast')?.parentCode).toBe('tech:lasers');
    expect(
      all.filter((t) => t.kind === 'application_domain').every((t) => t.code.startsWith('domain:')),
    ).toBe(true);
    expect(all.filter((t) => t.kind === 's3_area').every((t) => t.code.startsWith('s3:'))).toBe(true);
  });
});

describe('regions and countries', () => {
  const regions = regionRows();
  const byCode = new Map(regions.map((r) => [r.code, r]));

  it('lists NUTS 2021 level-2 regions plus the UK NUTS 2016 regions', () => {
    expect(byCode.size).toBe(regions.length);
    expect(byCode.get('FRI1')).toEqual({
      code: 'FRI1',
      name: 'Aquitaine',
      countryCode: 'FR',
      nutsVersion: '2021',
    });
    expect(byCode.get('ITC1')?.name).toBe('Piemonte');
    expect(byCode.get('UKI3')).toMatchObject({ countryCode: 'GB', nutsVersion: '2016' });
    expect(regions.filter((r) => r.countryCode === 'GB')).toHaveLength(41);
    expect(regions.some((r) => r.code.endsWith('ZZ'))).toBe(false);
    expect(regions.filter((r) => r.nutsVersion === '2021').length).toBeGreaterThan(280);
  });

  it('uses ISO country codes, all in the platform’s Europe', () => {
    expect(regions.some((r) => r.countryCode === 'EL' || r.countryCode === 'UK')).toBe(false);
    expect(byCode.get('EL30')?.countryCode).toBe('GR');
    for (const r of regions) expect(isInEurope(r.countryCode), r.code).toBe(true);
    expect(new Set(regions.map((r) => r.countryCode)).size).toBe(EUROPE_COUNTRY_CODES.size);
  });

  it('has the 249 ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const c of EUROPE_COUNTRY_CODES) expect(COUNTRY_CODES).toContain(c);
    expect(isInEurope('fr')).toBe(true);
    expect(isInEurope('US')).toBe(false);
  });
});

describe('demo organisations', () => {
  const byKey = new Map(demoOrganisations.map((o) => [o.key, o]));

  it('reference only existing taxonomy codes, regions and clusters', () => {
    expect(demoOrganisations.flatMap((o) => referenceErrors(o, ctx))).toEqual([]);
  });

  it('have unique keys, a description and coherent cluster data', () => {
    expect(byKey.size).toBe(demoOrganisations.length);
    for (const o of demoOrganisations) {
      expect(o.descriptionEn ?? o.descriptionFr, o.key).toBeTruthy();
      expect(o.cluster === undefined || o.type === 'cluster_organisation', o.key).toBe(true);
      if (o.cluster) {
        const { memberCount, membersCompanies, membersResearch, membersPublic } = o.cluster;
        expect(membersCompanies + membersResearch + membersPublic, o.key).toBeLessThanOrEqual(memberCount);
      }
    }
    const fictional = demoOrganisations.filter((o) => !REAL_ORGANISATIONS.includes(o.key));
    expect(fictional.length).toBeGreaterThanOrEqual(45);
    expect(fictional.length).toBeLessThanOrEqual(60);
  });

  it('include the real organisations from the seed documents', () => {
    for (const key of REAL_ORGANISATIONS) expect(byKey.has(key), key).toBe(true);
    expect([...demoClusterKeys].sort()).toEqual([...REAL_CLUSTERS].sort());
    expect(byKey.get('alpha-rlh')?.descriptionEn).toMatch(/laser/i);
    expect(byKey.get('alpha-rlh')?.region).toBe('FRI1');
    expect(byKey.get('optitec')?.cluster?.memberCount).toBe(200);
  });

  it('cover the showcase profiles', () => {
    const text = (o: (typeof demoOrganisations)[number]) =>
      `${o.descriptionEn ?? ''} ${o.descriptionFr ?? ''}`;
    expect(
      demoOrganisations.some(
        (o) => o.region?.startsWith('FRI') && /femtosecond laser micro-machining/.test(text(o)),
      ),
    ).toBe(true);
    expect(demoOrganisations.some((o) => o.technologies.includes('tech:lidar'))).toBe(true);
    expect(
      demoOrganisations.some(
        (o) => o.descriptionEn === null && /vision industrielle/.test(o.descriptionFr ?? ''),
      ),
    ).toBe(true);
    expect(demoOrganisations.filter((o) => o.roles.includes('end_user')).length).toBeGreaterThanOrEqual(5);
    expect(new Set(demoOrganisations.map((o) => o.country)).size).toBeGreaterThanOrEqual(15);
  });
});

describe('synthetic organisations', () => {
  const sample = [...syntheticOrganisations(3000, 20240601)];

  it('is deterministic for a seed', () => {
    expect([...syntheticOrganisations(200, 7)]).toEqual([...syntheticOrganisations(200, 7)]);
    expect([...syntheticOrganisations(200, 8)]).not.toEqual([...syntheticOrganisations(200, 7)]);
  });

  it('produces valid references and shapes', () => {
    expect(sample.flatMap((o) => referenceErrors(o, ctx))).toEqual([]);
    expect(new Set(sample.map((o) => o.key)).size).toBe(sample.length);
    for (const o of sample) {
      expect(o.clusters.length).toBeLessThanOrEqual(3);
      expect(o.name.trim()).not.toBe('');
      expect('cluster' in o).toBe(false);
      if (o.yearFounded !== null) expect(o.yearFounded).toBeGreaterThanOrEqual(1800);
    }
  });

  it('is skewed towards SMEs and the big photonics regions', () => {
    const smes = sample.filter((o) => o.type === 'sme').length;
    expect(smes / sample.length).toBeGreaterThan(0.5);
    const perRegion = new Map<string, number>();
    for (const o of sample) if (o.region) perRegion.set(o.region, (perRegion.get(o.region) ?? 0) + 1);
    const top = [...perRegion]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([code]) => code);
    expect(top).toEqual(expect.arrayContaining(['FR10', 'FRI1', 'DE21', 'ITC1']));
  });
});

describe('taxonomy migration SQL', () => {
  const sql = buildTaxonomyMigrationSql();
  const statements = sql.split(STATEMENT_BREAKPOINT);

  it('escapes literals and arrays', () => {
    expect(sqlString("d'onde")).toBe("'d''onde'");
    expect(sqlTextArray([])).toBe("'{}'::text[]");
    expect(sqlTextArray(['a', "b'c"])).toBe("ARRAY['a', 'b''c']::text[]");
  });

  it('inserts every term and region, parents before children', () => {
    expect(statements.every((s) => /^\s*(--[^\n]*\n)*INSERT INTO "(taxonomy_terms|regions)"/.test(s))).toBe(
      true,
    );
    const insertedOrder = [
      ...sql.matchAll(/^ {2}\('([^']+)', '(technology|application_domain|s3_area)', (NULL|'[^']+')/gm),
    ];
    expect(insertedOrder).toHaveLength(taxonomyTerms().length);
    const seen = new Set<string>();
    for (const [, code, , parent] of insertedOrder) {
      if (parent !== 'NULL') expect(seen.has(parent!.slice(1, -1)), code).toBe(true);
      seen.add(code!);
    }
    expect(sql).toContain("('FRI1', 'Aquitaine', 'FR', '2021')");
    expect(sql).toContain("('UKI3', 'Inner London — West', 'GB', '2016')");
  });
});
