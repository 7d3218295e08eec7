import { describe, expect, it } from 'vitest';
import { describeIssues, organisationsFileSchema, queriesFileSchema } from './import-format';
import { parseOrganisationType, parseRole } from './vocabulary';

describe('import labels', () => {
  it.each([
    ['SME', 'sme'],
    ['sme', 'sme'],
    ['Research Organisation', 'research_organisation'],
    ['research organization', 'research_organisation'],
    ['LARGE COMPANY', 'large_company'],
    ['Technology Center', 'technology_centre'],
    ['university', 'university'],
    ['cluster_organisation', 'cluster_organisation'],
    ['Public authority', 'public_authority'],
    ['Investors', 'investor'],
  ])('reads organisation type "%s" as %s', (label, code) => {
    expect(parseOrganisationType(label)).toBe(code);
  });

  it.each([
    ['End user', 'end_user'],
    ['end-user', 'end_user'],
    ['R&D', 'rnd'],
    ['r & d', 'rnd'],
    ['Component Supplier', 'component_supplier'],
    ['system integrator', 'system_integrator'],
    ['service_provider', 'service_provider'],
  ])('reads role "%s" as %s', (label, code) => {
    expect(parseRole(label)).toBe(code);
  });

  it('knows when a label names nothing', () => {
    expect(parseOrganisationType('foundation')).toBeNull();
    expect(parseRole('boss')).toBeNull();
  });
});

describe('organisations file', () => {
  it('accepts lists as arrays or ";" strings, labels in any case and missing fields', () => {
    const [full, bare] = organisationsFileSchema.parse([
      {
        external_id: 42,
        name: 'Femto Works',
        type: 'Research organisation',
        country: 'fr',
        region: 'fri1',
        description: 'Femtosecond micromachining',
        description_fr: null,
        technologies: 'Ultrafast lasers; micro-usinage laser ;',
        domains: ['Health'],
        roles: 'End user;R&D',
        website: 'https://example.org',
        extra_column: 'ignored',
      },
      { external_id: 'x' },
    ]);
    expect(full).toEqual({
      id: '42',
      name: 'Femto Works',
      type: 'research_organisation',
      country: 'FR',
      region: 'FRI1',
      descriptionEn: 'Femtosecond micromachining',
      descriptionFr: null,
      keywords: [],
      technologies: ['Ultrafast lasers', 'micro-usinage laser'],
      domains: ['Health'],
      roles: ['end_user', 'rnd'],
      clusters: [],
    });
    expect(bare).toMatchObject({
      id: 'x',
      name: 'x',
      type: null,
      country: null,
      technologies: [],
      roles: [],
    });
  });

  it('reports every bad value with its path', () => {
    const result = organisationsFileSchema.safeParse([
      { external_id: 'a', type: 'foundation', country: 'ZZ', roles: 'boss' },
      { external_id: 'a', region: 'not a region' },
    ]);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : describeIssues(result.error);
    expect(issues).toEqual([
      expect.stringMatching(/^0\.type: unknown organisation type "foundation"/),
      expect.stringMatching(/^0\.country: unknown country "ZZ"/),
      expect.stringMatching(/^0\.roles: unknown role "boss"/),
      expect.stringMatching(/^1\.region: unknown region "not a region"/),
    ]);
  });

  it('rejects duplicate ids and a file that is not a list', () => {
    expect(
      describeIssues(organisationsFileSchema.safeParse([{ external_id: 'a' }, { external_id: 'a' }]).error!),
    ).toEqual(['1.external_id: duplicate external_id "a"']);
    expect(organisationsFileSchema.safeParse({ external_id: 'a' }).success).toBe(false);
  });
});

describe('queries file', () => {
  it('reads constraints given as labels, codes or ";" strings', () => {
    const [query] = queriesFileSchema.parse([
      {
        id: 1,
        text: 'lidar',
        constraints: { types: 'SME; Large company', countries: ['fr', 'It'], regions: 'fri1' },
      },
    ]);
    expect(query).toEqual({
      id: '1',
      query: {
        text: 'lidar',
        constraints: { types: ['sme', 'large_company'], countries: ['FR', 'IT'], regions: ['FRI1'] },
      },
    });
  });

  it('treats missing constraints as none and rejects unknown ones', () => {
    expect(queriesFileSchema.parse([{ id: 'q', text: 'x' }])[0]?.query.constraints).toEqual({
      types: [],
      countries: [],
      regions: [],
    });
    expect(
      queriesFileSchema.safeParse([{ id: 'q', text: 'x', constraints: { types: ['bakery'] } }]).success,
    ).toBe(false);
    expect(queriesFileSchema.safeParse([{ id: 'q' }]).success).toBe(false);
  });
});
