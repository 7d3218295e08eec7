import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createMatcher, rankOrganisations } from './engine';
import { ORGANISATIONS, TAXONOMY } from './fixtures';
import type { MatchOrganisation, MatchQuery, PartnerMatch, Reason, ReasonCode } from './types';

const OPTIONS = {
  regionNames: { FRI1: 'Aquitaine', LT01: 'Sostinės regionas' },
  partnerships: [['femto-lt', 'fibre-lasers']] as const,
};
const matcher = createMatcher(ORGANISATIONS, TAXONOMY, OPTIONS);

const rank = (query: MatchQuery) => matcher.rank(query).matches;
const ids = (query: MatchQuery) => rank(query).map((m) => m.organisationId);
const matchOf = (query: MatchQuery, id: string): PartnerMatch | undefined =>
  rank(query).find((m) => m.organisationId === id);
const reasonOf = (query: MatchQuery, id: string, code: ReasonCode): Reason | undefined =>
  matchOf(query, id)?.reasons.find((r) => r.code === code);

describe('reasons', () => {
  it.each<[string, MatchQuery, string, ReasonCode, string[]]>([
    [
      'an exact shared technology',
      { text: 'femtosecond laser micromachining' },
      'femto-lt',
      'shared_technology',
      ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'],
    ],
    [
      'a related technology',
      { text: 'ultrafast laser' },
      'fibre-lasers',
      'related_technology',
      ['tech:lasers.fibre'],
    ],
    [
      'an application domain',
      { text: 'medical thermal imaging' },
      'hospital',
      'application_domain',
      ['domain:health'],
    ],
    [
      'a smart specialisation area',
      { text: 'photonics for process development' },
      'laser-centre',
      'shared_s3_area',
      ['s3:photonics'],
    ],
    [
      'the text words it matched',
      { text: 'cutting with fibre lasers' },
      'fibre-lasers',
      'text_relevance',
      ['cutting', 'fibre', 'lasers'],
    ],
    [
      'a type from the text',
      { text: 'an SME for femtosecond micromachining' },
      'femto-lt',
      'sought_type',
      ['sme'],
    ],
    [
      'a required type',
      { text: 'lasers', constraints: { types: ['large_company'] } },
      'fibre-lasers',
      'sought_type',
      ['large_company'],
    ],
    [
      'a role from the text',
      { text: 'integrator of machine vision' },
      'vision-fr',
      'sought_role',
      ['system_integrator'],
    ],
    [
      'a preferred region',
      { text: 'lasers', preferences: { regions: ['FRI'] } },
      'laser-centre',
      'sought_region',
      ['FRI1'],
    ],
    [
      'a country from the text',
      { text: 'femtosecond lasers in Lithuania' },
      'femto-lt',
      'sought_country',
      ['LT'],
    ],
    [
      'a provider for an end user',
      { text: 'thermal imaging', requester: { id: 'hospital' } },
      'femto-lt',
      'complementary_role',
      [],
    ],
    [
      'an end user for a provider',
      { text: 'thermal imaging', requester: { roles: ['component_supplier'] } },
      'hospital',
      'complementary_role',
      ['end_user'],
    ],
    [
      'industry for research',
      { text: 'femtosecond lasers', requester: { id: 'uni' } },
      'femto-lt',
      'complementary_role',
      ['sme'],
    ],
    [
      'research for industry',
      { text: 'lasers ultrabrefs', requester: { type: 'sme' } },
      'uni',
      'complementary_role',
      ['university'],
    ],
    [
      'a shared cluster',
      { text: 'thermal imaging', requester: { id: 'femto-fr' } },
      'hospital',
      'shared_cluster',
      ['cluster-aq'],
    ],
    [
      'the cluster of a member',
      { text: 'photonics cluster', requester: { id: 'femto-fr' } },
      'cluster-aq',
      'shared_cluster',
      ['cluster-aq'],
    ],
    [
      'a past partnership',
      { text: 'femtosecond lasers', requester: { id: 'fibre-lasers' } },
      'femto-lt',
      'past_partnership',
      ['fibre-lasers'],
    ],
  ])('gives %s', (_, query, id, code, evidence) => {
    const reason = reasonOf(query, id, code);
    expect(reason, JSON.stringify(matchOf(query, id))).toBeDefined();
    expect(reason?.points).toBeGreaterThan(0);
    expect(reason?.evidence).toEqual(expect.arrayContaining(evidence));
  });

  it('names the kind of complementarity and where the end user works', () => {
    const reason = reasonOf(
      { text: 'thermal imaging', requester: { roles: ['component_supplier'] } },
      'hospital',
      'complementary_role',
    );
    expect(reason?.code === 'complementary_role' && reason.params).toMatchObject({
      kind: 'user_for_offer',
      domain: { code: 'domain:health' },
    });
    const provider = reasonOf(
      { text: 'thermal imaging', requester: { id: 'hospital' } },
      'femto-lt',
      'complementary_role',
    );
    expect(provider?.evidence).toEqual(['component_supplier', 'rnd']);
  });

  it('quotes the words of the request that named the term', () => {
    const reason = reasonOf(
      { text: 'Looking for Micro-Usinage laser experts' },
      'femto-lt',
      'shared_technology',
    );
    expect(reason?.code === 'shared_technology' && reason.params.matches[0]?.soughtText).toBe(
      'Micro-Usinage laser',
    );
  });

  it('adds semantic similarity only when similarities are given', () => {
    const semantic = new Map([['lidar-en', 0.5]]);
    const reason = matcher
      .rank({ text: 'lidar' }, { semantic })
      .matches.find((m) => m.organisationId === 'lidar-en')?.reasons;
    expect(reason?.find((r) => r.code === 'semantic_similarity')).toMatchObject({
      points: 4,
      evidence: ['0.500'],
    });
    expect(reasonOf({ text: 'lidar' }, 'lidar-en', 'semantic_similarity')).toBeUndefined();
  });

  it('counts an end user’s technologies as needs, unless the request looks for users', () => {
    const query = { text: 'thermal imaging' };
    const asCapability = reasonOf(query, 'hospital', 'shared_technology');
    const asUser = reasonOf(
      { ...query, text: 'thermal imaging for a hospital' },
      'hospital',
      'shared_technology',
    );
    expect(asCapability?.code === 'shared_technology' && asCapability.params.matches[0]?.asUser).toBe(true);
    expect(asUser?.points).toBeGreaterThan(asCapability?.points ?? Infinity);
  });

  it('counts the technologies of an end user that also offers something at three quarters', () => {
    const twin = (id: string, roles: MatchOrganisation['roles']): MatchOrganisation => ({
      id,
      name: `Aero ${id}`,
      type: 'large_company',
      country: 'FR',
      roles,
      technologies: ['tech:imaging.infrared'],
    });
    const withTwins = createMatcher(
      [
        ...ORGANISATIONS,
        twin('aero-integrator', ['system_integrator']),
        twin('aero-user', ['end_user', 'system_integrator']),
      ],
      TAXONOMY,
    );
    const points = (text: string, id: string) =>
      withTwins
        .rank({ text })
        .matches.find((m) => m.organisationId === id)
        ?.reasons.find((r) => r.code === 'shared_technology')?.points ?? 0;
    expect(points('thermal imaging', 'aero-integrator')).toBeGreaterThan(0);
    expect(points('thermal imaging', 'aero-user')).toBeCloseTo(
      points('thermal imaging', 'aero-integrator') * 0.75,
      1,
    );
    // A request that looks for users counts what they use in full.
    expect(points('thermal imaging for an end user', 'aero-user')).toBe(
      points('thermal imaging for an end user', 'aero-integrator'),
    );
  });
});

describe('constraints', () => {
  it.each<[string, MatchQuery['constraints'], string, 'types' | 'countries' | 'regions']>([
    ['type', { types: ['sme'] }, 'fibre-lasers', 'types'],
    ['country', { countries: ['fr'] }, 'femto-lt', 'countries'],
    ['region (NUTS prefix)', { regions: ['FRI'] }, 'vision-fr', 'regions'],
    ['region of an organisation without one', { regions: ['DE'] }, 'lidar-en', 'regions'],
  ])('excludes an organisation of another %s', (_, constraints, id, constraint) => {
    const ranking = matcher.rank({ text: 'laser', constraints });
    expect(ranking.matches.map((m) => m.organisationId)).not.toContain(id);
    expect(ranking.excluded).toContainEqual({ organisationId: id, constraint });
  });

  it('keeps organisations that satisfy every constraint', () => {
    const found = ids({
      text: 'femtosecond laser',
      constraints: { types: ['sme'], countries: ['FR'], regions: ['FRI1'] },
    });
    expect(found).toEqual(['femto-fr']);
  });

  it('never ranks the requester itself', () => {
    expect(ids({ text: 'femtosecond micromachining', requester: { id: 'femto-lt' } })).not.toContain(
      'femto-lt',
    );
  });
});

describe('language and vocabulary', () => {
  it('finds a French-only profile from an English request', () => {
    expect(ids({ text: 'femtosecond laser micromachining for medical devices' }).slice(0, 2)).toContain(
      'femto-fr',
    );
    expect(ids({ text: 'machine vision' })[0]).toBe('vision-fr');
  });

  it('finds an English-only profile from a French request', () => {
    expect(ids({ text: 'télémétrie laser pour véhicules autonomes' })[0]).toBe('lidar-en');
  });

  it('matches synonyms: ultrafast finds femtosecond', () => {
    const match = matchOf({ text: 'ultrafast lasers' }, 'femto-lt');
    expect(match?.reasons.find((r) => r.code === 'shared_technology')?.evidence).toEqual([
      'tech:lasers.ultrafast',
    ]);
  });

  it('gives partial credit through the hierarchy: exact > narrower > broader and sibling', () => {
    const points = (query: string, id: string) =>
      matchOf({ text: query }, id)
        ?.reasons.filter((r) => r.code === 'shared_technology' || r.code === 'related_technology')
        .reduce((sum, r) => sum + r.points, 0) ?? 0;
    const exact = points('laser processing', 'laser-centre');
    const narrower = points('laser processing', 'femto-lt');
    const broader = points('laser micromachining', 'laser-centre');
    const sibling = points('femtosecond laser', 'fibre-lasers');
    expect(exact).toBeGreaterThan(narrower);
    expect(narrower).toBeGreaterThan(broader);
    expect(broader).toBeGreaterThan(0);
    expect(sibling).toBeGreaterThan(0);
    const related = reasonOf({ text: 'laser processing' }, 'femto-lt', 'related_technology');
    expect(related?.code === 'related_technology' && related.params.matches[0]?.relation).toBe('narrower');
  });

  it('lets a top-level field weigh half when the request also names something more specific', () => {
    const lasers = (text: string) => reasonOf({ text }, 'fibre-lasers', 'related_technology')?.points ?? 0;
    const alone = lasers('laser sources');
    expect(alone).toBeGreaterThan(0);
    // Two fields and nothing narrower: neither is a mere setting, both keep their points.
    expect(lasers('laser sources and imaging')).toBe(alone);
    // "machine vision" is specific: "laser sources" beside it now only sets the scene.
    expect(lasers('laser sources for machine vision')).toBeCloseTo(alone / 2, 1);
  });

  it('lets a top-level field named by one bare word weigh half', () => {
    const lasers = (text: string) => reasonOf({ text }, 'fibre-lasers', 'related_technology')?.points ?? 0;
    expect(lasers('lasers')).toBeGreaterThan(0);
    expect(lasers('lasers')).toBeCloseTo(lasers('laser sources') / 2, 1);
  });

  it('reads a word found in the names of one term only as a partial mention of it', () => {
    // "ablation" is in "laser ablation" (micromachining) alone, and the request does not write that name.
    const partial = reasonOf({ text: 'ablation of glass' }, 'femto-lt', 'shared_technology');
    const named = reasonOf({ text: 'laser micromachining' }, 'femto-lt', 'shared_technology');
    expect(partial?.evidence).toEqual(['tech:laser-processing.micromachining']);
    expect(partial?.code === 'shared_technology' && partial.params.matches[0]?.soughtText).toBe('ablation');
    expect(partial?.points).toBeCloseTo((named?.points ?? 0) * 0.4, 1);
  });

  it('reads no term from a word that several terms share', () => {
    // "vision" is in the names of both imaging and machine vision: it names neither.
    const reasons = matchOf({ text: 'vision' }, 'vision-fr')?.reasons ?? [];
    expect(reasons.map((r) => r.code)).toEqual(['text_relevance']);
  });
});

describe('ordering', () => {
  it('breaks ties by id', () => {
    const twins: MatchOrganisation[] = ['b', 'c', 'a'].map((id) => ({
      id,
      name: 'Twin',
      descriptionEn: 'lidar',
    }));
    expect(
      rankOrganisations({ text: 'lidar' }, twins, TAXONOMY).matches.map((m) => m.organisationId),
    ).toEqual(['a', 'b', 'c']);
  });

  it('rejects duplicate organisation ids', () => {
    expect(() => createMatcher([ORGANISATIONS[0]!, ORGANISATIONS[0]!], TAXONOMY)).toThrow(RangeError);
  });

  it('is deterministic', () => {
    const query: MatchQuery = { text: 'laser micromachining SME in France', requester: { id: 'hospital' } };
    expect(createMatcher(ORGANISATIONS, TAXONOMY).rank(query)).toEqual(
      createMatcher(ORGANISATIONS, TAXONOMY).rank(query),
    );
  });
});

const WORDS = [
  'laser',
  'femtosecond',
  'micro-usinage',
  'lidar',
  'vision industrielle',
  'thermal imaging',
  'SME',
  'France',
  'medical',
  'photonics',
  'fibre',
  'welding',
  'cluster',
  'hôpital',
  'integrator',
  'Lituanie',
  'processing',
];
const queryArb = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    requester: fc.option(fc.constantFrom(...ORGANISATIONS.map((o) => o.id)), { nil: undefined }),
    types: fc.option(fc.subarray(['sme', 'large_company', 'university'] as const), { nil: undefined }),
  })
  .map(({ words, requester, types }): MatchQuery => ({
    text: words.join(' '),
    requester: requester ? { id: requester } : undefined,
    preferences: types ? { types } : undefined,
  }));

describe('properties', () => {
  test.prop([queryArb])('score is exactly the sum of the points of its reasons', (query) => {
    for (const match of rank(query)) {
      expect(match.score).toBe(match.reasons.reduce((sum, r) => sum + r.points, 0));
      expect(match.reasons.every((r) => r.points > 0)).toBe(true);
    }
  });

  test.prop([queryArb, fc.shuffledSubarray([...ORGANISATIONS], { minLength: ORGANISATIONS.length })], {
    numRuns: 40,
  })('candidate order is irrelevant', (query, shuffled) => {
    expect(createMatcher(shuffled, TAXONOMY, OPTIONS).rank(query)).toEqual(matcher.rank(query));
  });

  test.prop([queryArb])('ranks best first, ties by id', (query) => {
    const matches = rank(query);
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1]!, matches[i]!];
      expect(a.score > b.score || (a.score === b.score && a.organisationId < b.organisationId)).toBe(true);
    }
  });
});
