/**
 * Explainable partner matching: ranks organisations for a partner request as a sum of named reasons
 * (taxonomy overlap through the hierarchy, BM25 text relevance with cross-language expansion, sought
 * types and places, complementary roles, cluster network). Pure and deterministic: the profiles and
 * indexes are built once per organisation set by `createMatcher`, then each query is cheap.
 */
import { EUROPE_COUNTRY_CODES } from '../../../contracts/countries';
import type { TaxonomyKind } from '../../../contracts/taxonomy';
import { type WeightedTerm, buildBm25, scoreBm25 } from './bm25';
import {
  type Relation,
  type TaxonomyIndex,
  type TaxonomyTermInput,
  PhraseIndex,
  buildTaxonomyIndex,
  extractConcepts,
  relatedCodes,
  resolveTerm,
} from './taxonomy';
import type { Token } from './text';
import type {
  ComplementarityKind,
  Exclusion,
  MatchCriteria,
  MatchOptions,
  MatchOrganisation,
  MatchQuery,
  MatchWeights,
  Matcher,
  PartnerMatch,
  RankOptions,
  Ranking,
  Reason,
  TermLabel,
  TermMatch,
} from './types';
import {
  type OrganisationType,
  type Role,
  ORGANISATION_TYPES,
  ROLES,
  ROLE_VOCABULARY,
  TYPE_VOCABULARY,
} from './vocabulary';

export const DEFAULT_WEIGHTS: MatchWeights = {
  technology: 12,
  domain: 3,
  s3Area: 2,
  text: 10,
  semantic: 8,
  soughtType: 5,
  soughtRole: 3,
  soughtRegion: 5,
  soughtCountry: 3,
  complementaryRole: 3,
  sharedCluster: 1.5,
  pastPartnership: 3,
};

/**
 * A term only read in a description is weaker evidence than a declared one: descriptions also name
 * customers' fields ("for micromachining OEMs"). When nothing is declared, the description is all
 * there is to go on, and counts a little more.
 */
const DESCRIPTION_WEIGHT = 0.6;
const UNDECLARED_DESCRIPTION_WEIGHT = 0.75;
/**
 * An organisation that is only an end user declares what it uses, not what it offers: when a
 * request looks for a capability, its matches count this much.
 */
const END_USER_WEIGHT = 0.5;
/**
 * An organisation that is an end user besides offering something ("uses laser welding, integrates
 * inspection cells") declares a mix of what it uses and what it offers: half-way.
 */
const PART_END_USER_WEIGHT = 0.75;
/** Query words added from the other names of a recognised term count less than the user's own. */
const EXPANSION_WEIGHT = 0.35;
/**
 * A top-level term ("optics", "imaging") is a whole field: when the request also names something
 * more specific, or names the field by one bare word ("optique", "imagerie"), the broad term only
 * sets the scene and earns this share of its points.
 */
const GENERIC_TERM_WEIGHT = 0.5;
/**
 * A word that belongs to the names of a single term ("methane" in "methane leak detection",
 * "foundry" in "silicon photonics foundry") hints at that term even when the whole name is not
 * written; such a partial mention earns this share of the points of a named term.
 */
const PARTIAL_NAME_WEIGHT = 0.4;
/** Share of the points of an exact term that a related term earns, by relation and distance. */
const RELATION_FACTORS: Readonly<Record<Relation, readonly number[]>> = {
  exact: [1],
  narrower: [0.8, 0.65],
  broader: [0.4, 0.25],
  sibling: [0.25],
};
/** Even a term every candidate has keeps this share of its points: it still explains the match. */
const IDF_FLOOR = 0.1;
const MAX_EVIDENCE_WORDS = 5;
const PROVIDER_ROLES: readonly Role[] = [
  'component_supplier',
  'system_integrator',
  'service_provider',
  'rnd',
];
const RESEARCH_TYPES: readonly OrganisationType[] = ['research_organisation', 'university'];
const INDUSTRY_TYPES: readonly OrganisationType[] = ['sme', 'large_company'];
/** Countries recognised by name in a request; the rest of the world rarely appears in one. */
const NAMED_COUNTRIES = [...EUROPE_COUNTRY_CODES, 'US', 'CA', 'JP', 'KR', 'CN', 'IL', 'IN', 'BR', 'SG', 'TW'];

const round2 = (x: number) => Math.round(x * 100) / 100;

type Cue =
  | { kind: 'type'; value: OrganisationType }
  | { kind: 'role'; value: Role }
  | { kind: 'country'; value: string }
  | { kind: 'region'; value: string };

interface ProfileConcept {
  weight: number;
  source: 'declared' | 'description';
}

interface Profile {
  readonly org: MatchOrganisation;
  readonly concepts: ReadonlyMap<string, ProfileConcept>;
  /** Its concepts and all their ancestors: what term rarity is counted on. */
  readonly closure: ReadonlySet<string>;
  readonly isEndUserOnly: boolean;
  /** An end user among other roles. */
  readonly isEndUserToo: boolean;
  /** Declared application domains, for saying where an end user works. */
  readonly domains: readonly string[];
}

interface SoughtConcept {
  code: string;
  text: string | null;
  /** Below 1 when only one distinctive word of the term's names was read, not a whole name. */
  weight?: number;
  /** How many words of the text named it; unset when picked from the taxonomy. */
  words?: number;
}

interface AnalysedQuery {
  concepts: SoughtConcept[];
  terms: WeightedTerm[];
  surfaces: ReadonlyMap<string, string>;
  cues: { types: Set<OrganisationType>; roles: Set<Role>; countries: Set<string>; regions: Set<string> };
}

/** The words of an organisation that text matching reads. */
export function organisationText(org: MatchOrganisation, extra: readonly string[] = []): string {
  return [org.name, org.descriptionEn, org.descriptionFr, ...(org.keywords ?? []), ...extra]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join('\n');
}

function buildProfile(index: TaxonomyIndex, org: MatchOrganisation) {
  const concepts = new Map<string, ProfileConcept>();
  const freeText: string[] = [];
  const declare = (values: readonly string[] | undefined, kind: TaxonomyKind) => {
    for (const value of values ?? []) {
      const code = resolveTerm(index, value, kind);
      if (code) concepts.set(code, { weight: 1, source: 'declared' });
      else if (value.trim()) freeText.push(value);
    }
  };
  declare(org.technologies, 'technology');
  declare(org.domains, 'application_domain');
  declare(org.s3Areas, 's3_area');
  const text = organisationText(org, freeText);
  const descriptionWeight = concepts.size > 0 ? DESCRIPTION_WEIGHT : UNDECLARED_DESCRIPTION_WEIGHT;
  for (const hit of extractConcepts(index, text)) {
    if (!concepts.has(hit.code)) concepts.set(hit.code, { weight: descriptionWeight, source: 'description' });
  }
  const closure = new Set<string>();
  for (const code of concepts.keys()) {
    closure.add(code);
    for (const a of index.terms.get(code)?.ancestors ?? []) closure.add(a);
  }
  const domains = [...concepts]
    .filter(([code, c]) => c.source === 'declared' && index.terms.get(code)?.kind === 'application_domain')
    .map(([code]) => code);
  const roles = org.roles ?? [];
  const isEndUserOnly = roles.length > 0 && roles.every((r) => r === 'end_user');
  const profile: Profile = {
    org,
    concepts,
    closure,
    isEndUserOnly,
    isEndUserToo: !isEndUserOnly && roles.includes('end_user'),
    domains,
  };
  return { profile, terms: index.analyser.terms(text) };
}

function buildCueIndex(index: TaxonomyIndex, regionNames: Readonly<Record<string, string>>) {
  const cues = new PhraseIndex<Cue>();
  const add = (phrase: string, cue: Cue) => cues.add(index.analyser.analyse(phrase).tokens, cue);
  for (const type of ORGANISATION_TYPES)
    for (const c of TYPE_VOCABULARY[type].cues) add(c, { kind: 'type', value: type });
  for (const role of ROLES) for (const c of ROLE_VOCABULARY[role].cues) add(c, { kind: 'role', value: role });
  for (const lang of ['en', 'fr']) {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of NAMED_COUNTRIES) add(names.of(code) ?? code, { kind: 'country', value: code });
  }
  for (const [code, name] of Object.entries(regionNames)) {
    // A one-word region name that is also a common word ("Centre", "Norte") would fire on prose.
    const tokens = index.analyser.analyse(name).tokens;
    if (tokens.length > 1 || (tokens[0] && tokens[0].term.length >= 6))
      add(name, { kind: 'region', value: code });
  }
  return cues;
}

const termLabel = (index: TaxonomyIndex, code: string): TermLabel => {
  const info = index.terms.get(code);
  return { code, en: info?.labelEn ?? code, fr: info?.labelFr ?? code };
};

const regionMatches = (region: string | null | undefined, sought: string) =>
  !!region && region.toUpperCase().startsWith(sought.toUpperCase());

function violatedConstraint(
  org: MatchOrganisation,
  c: MatchCriteria | undefined,
): Exclusion['constraint'] | null {
  if (!c) return null;
  if (c.types?.length && !(org.type && c.types.includes(org.type))) return 'types';
  if (c.countries?.length && !c.countries.some((x) => x.toUpperCase() === org.country?.toUpperCase()))
    return 'countries';
  if (c.regions?.length && !c.regions.some((r) => regionMatches(org.region, r))) return 'regions';
  return null;
}

export function createMatcher(
  organisations: readonly MatchOrganisation[],
  taxonomy: readonly TaxonomyTermInput[],
  options: MatchOptions = {},
): Matcher {
  const index = buildTaxonomyIndex(taxonomy);
  const weights: MatchWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const regionNames = options.regionNames ?? {};
  const ids = new Set<string>();
  for (const org of organisations) {
    if (ids.has(org.id)) throw new RangeError(`duplicate organisation id ${org.id}`);
    ids.add(org.id);
  }
  // Index in id order so that nothing downstream depends on the order candidates were given in.
  const built = [...organisations].sort((a, b) => (a.id < b.id ? -1 : 1)).map((o) => buildProfile(index, o));
  const profiles = built.map((b) => b.profile);
  const byId = new Map(profiles.map((p) => [p.org.id, p]));
  const bm25 = buildBm25(built.map((b) => b.terms));
  const documentFrequency = new Map<string, number>();
  for (const p of profiles)
    for (const code of p.closure) documentFrequency.set(code, (documentFrequency.get(code) ?? 0) + 1);
  const cueIndex = buildCueIndex(index, regionNames);
  const wordOwners = new Map<string, string[]>();
  for (const [code, words] of index.expansion)
    for (const w of words) wordOwners.set(w.term, [...(wordOwners.get(w.term) ?? []), code]);
  const partners = new Map<string, Set<string>>();
  for (const [a, b] of options.partnerships ?? []) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      partners.set(x, (partners.get(x) ?? new Set()).add(y));
  }

  const isGeneric = (code: string) => index.terms.get(code)?.ancestors.length === 0;
  const idf = (df: number) => Math.log(1 + (profiles.length - df + 0.5) / (df + 0.5));
  const rarity = (code: string) =>
    Math.max(IDF_FLOOR, Math.min(1, idf(documentFrequency.get(code) ?? 0) / idf(1)));

  function analyseQuery(query: MatchQuery): AnalysedQuery {
    const { tokens, joined } = index.analyser.analyse(query.text);
    const cues: AnalysedQuery['cues'] = {
      types: new Set(),
      roles: new Set(),
      countries: new Set(),
      regions: new Set(),
    };
    const cueTokens = new Set<number>();
    for (const hit of cueIndex.find(tokens)) {
      // A sought type or place is intent, not topic ("SME" would match every cluster helping SMEs);
      // a sought role is also how partners describe their work ("integrator"), so it stays a word.
      if (hit.values.some((cue) => cue.kind !== 'role'))
        for (let i = hit.start; i < hit.end; i++) cueTokens.add(i);
      for (const cue of hit.values) {
        if (cue.kind === 'type') cues.types.add(cue.value);
        else if (cue.kind === 'role') cues.roles.add(cue.value);
        else if (cue.kind === 'country') cues.countries.add(cue.value);
        else cues.regions.add(cue.value);
      }
    }
    const topical = tokens.filter((_, i) => !cueTokens.has(i));
    const hits = extractConcepts(index, query.text, topical);
    const concepts: SoughtConcept[] = hits.map((h) => ({
      code: h.code,
      text: h.surface,
      words: topical.filter((t) => t.start >= h.start && t.start < h.end).length,
    }));
    for (const t of topical) {
      if (hits.some((h) => t.start >= h.start && t.start < h.end)) continue;
      const owners = wordOwners.get(t.term);
      const code = owners?.length === 1 ? owners[0] : undefined;
      if (!code || concepts.some((c) => c.code === code)) continue;
      concepts.push({ code, text: query.text.slice(t.start, t.end), weight: PARTIAL_NAME_WEIGHT, words: 1 });
    }
    const picked = [
      ...(query.technologies ?? []).map((v) => resolveTerm(index, v, 'technology')),
      ...(query.domains ?? []).map((v) => resolveTerm(index, v, 'application_domain')),
    ];
    for (const code of picked)
      if (code && !concepts.some((c) => c.code === code)) concepts.push({ code, text: null });

    const weightsByTerm = new Map<string, number>();
    const surfaces = new Map<string, string>();
    const addTerm = (t: Token | { term: string; word: string }, weight: number) => {
      weightsByTerm.set(t.term, Math.max(weight, weightsByTerm.get(t.term) ?? 0));
      if (!surfaces.has(t.term))
        surfaces.set(t.term, 'start' in t ? query.text.slice(t.start, t.end) : t.word);
    };
    for (const t of [...topical, ...joined]) addTerm(t, 1);
    for (const c of concepts) for (const v of index.expansion.get(c.code) ?? []) addTerm(v, EXPANSION_WEIGHT);
    const terms = [...weightsByTerm].map(([term, weight]) => ({ term, weight }));
    return { concepts, terms, surfaces, cues };
  }

  function taxonomyReasons(
    profile: Profile,
    sought: readonly (SoughtConcept & { related: ReturnType<typeof relatedCodes> })[],
    usage: number,
  ): Reason[] {
    const groups = new Map<
      'shared_technology' | 'related_technology' | 'application_domain' | 'shared_s3_area',
      { points: number; matches: TermMatch[] }
    >();
    const specific = sought.some((s) => !isGeneric(s.code));
    for (const s of sought) {
      let best: { code: string; value: number; relation: Relation; concept: ProfileConcept } | null = null;
      for (const [code, concept] of profile.concepts) {
        const r = s.related.get(code);
        if (!r) continue;
        const factors = RELATION_FACTORS[r.relation];
        const value = (factors[Math.min(Math.max(r.levels, 1), factors.length) - 1] ?? 0) * concept.weight;
        if (value > 0 && (!best || value > best.value || (value === best.value && code < best.code))) {
          best = { code, value, relation: r.relation, concept };
        }
      }
      if (!best) continue;
      const kind = index.terms.get(s.code)?.kind;
      const base =
        kind === 'technology'
          ? weights.technology
          : kind === 'application_domain'
            ? weights.domain
            : weights.s3Area;
      const code =
        kind === 'technology'
          ? best.relation === 'exact'
            ? 'shared_technology'
            : 'related_technology'
          : kind === 'application_domain'
            ? 'application_domain'
            : 'shared_s3_area';
      const group = groups.get(code) ?? { points: 0, matches: [] };
      const generic = isGeneric(s.code) && (specific || s.words === 1) ? GENERIC_TERM_WEIGHT : 1;
      group.points += base * best.value * rarity(s.code) * usage * generic * (s.weight ?? 1);
      group.matches.push({
        sought: termLabel(index, s.code),
        soughtText: s.text,
        offered: termLabel(index, best.code),
        relation: best.relation,
        source: best.concept.source,
        asUser: profile.isEndUserOnly,
      });
      groups.set(code, group);
    }
    return [...groups].map(([code, g]) => ({
      code,
      points: g.points,
      evidence: g.matches.map((m) => m.offered.code),
      params: { matches: g.matches },
    }));
  }

  function complementarity(
    profile: Profile,
    requester: { type: OrganisationType | null; roles: readonly Role[] },
    sought: readonly SoughtConcept[],
  ): Reason | null {
    const org = profile.org;
    const roles = org.roles ?? [];
    const type = org.type ?? null;
    let kind: ComplementarityKind | null = null;
    let shownRoles: Role[] = [];
    if (requester.roles.includes('end_user') && roles.some((r) => PROVIDER_ROLES.includes(r))) {
      kind = 'provider_for_need';
      shownRoles = roles.filter((r) => PROVIDER_ROLES.includes(r));
    } else if (requester.roles.some((r) => PROVIDER_ROLES.includes(r)) && roles.includes('end_user')) {
      kind = 'user_for_offer';
      shownRoles = ['end_user'];
    } else if (
      requester.type &&
      RESEARCH_TYPES.includes(requester.type) &&
      type &&
      INDUSTRY_TYPES.includes(type)
    ) {
      kind = 'industry_for_research';
    } else if (
      requester.type &&
      INDUSTRY_TYPES.includes(requester.type) &&
      type &&
      RESEARCH_TYPES.includes(type)
    ) {
      kind = 'research_for_industry';
    }
    if (!kind) return null;
    const domain = profile.domains.find((d) => sought.some((s) => s.code === d)) ?? profile.domains[0];
    return {
      code: 'complementary_role',
      points: weights.complementaryRole,
      evidence:
        kind === 'industry_for_research' || kind === 'research_for_industry' ? [type ?? 'other'] : shownRoles,
      params: {
        kind,
        roles: shownRoles,
        type,
        domain: kind === 'user_for_offer' && domain ? termLabel(index, domain) : null,
      },
    };
  }

  function placeAndKindReasons(
    org: MatchOrganisation,
    query: MatchQuery,
    cues: AnalysedQuery['cues'],
  ): Reason[] {
    const reasons: Reason[] = [];
    const required = query.constraints ?? {};
    const preferred = query.preferences ?? {};
    if (org.type) {
      const isRequired = !!required.types?.includes(org.type);
      if (isRequired || preferred.types?.includes(org.type) || cues.types.has(org.type)) {
        reasons.push({
          code: 'sought_type',
          points: weights.soughtType,
          evidence: [org.type],
          params: { type: org.type, required: isRequired },
        });
      }
    }
    const soughtRoles = (org.roles ?? []).filter((r) => preferred.roles?.includes(r) || cues.roles.has(r));
    if (soughtRoles.length) {
      reasons.push({
        code: 'sought_role',
        points: weights.soughtRole,
        evidence: soughtRoles,
        params: { roles: soughtRoles },
      });
    }
    const region = org.region;
    if (region) {
      const isRequired = !!required.regions?.some((r) => regionMatches(region, r));
      if (
        isRequired ||
        [...(preferred.regions ?? []), ...cues.regions].some((r) => regionMatches(region, r))
      ) {
        reasons.push({
          code: 'sought_region',
          points: weights.soughtRegion,
          evidence: [region],
          params: { region, name: regionNames[region] ?? null, required: isRequired },
        });
      }
    }
    const country = org.country?.toUpperCase();
    if (country) {
      const same = (c: string) => c.toUpperCase() === country;
      const isRequired = !!required.countries?.some(same);
      if (isRequired || preferred.countries?.some(same) || cues.countries.has(country)) {
        reasons.push({
          code: 'sought_country',
          points: weights.soughtCountry,
          evidence: [country],
          params: { country, required: isRequired },
        });
      }
    }
    return reasons;
  }

  function networkReasons(
    org: MatchOrganisation,
    requesterId: string | null,
    requesterClusters: ReadonlySet<string>,
  ): Reason[] {
    const reasons: Reason[] = [];
    // A cluster organisation is "in" its own cluster, so a cluster asking finds its members and vice versa.
    const own = new Set([...(org.clusters ?? []), org.id]);
    const shared = [...requesterClusters].filter((c) => own.has(c)).sort();
    if (shared.length) {
      reasons.push({
        code: 'shared_cluster',
        points: weights.sharedCluster * Math.min(2, shared.length),
        evidence: shared,
        params: { clusters: shared.map((id) => ({ id, name: byId.get(id)?.org.name ?? id })) },
      });
    }
    if (requesterId && partners.get(requesterId)?.has(org.id)) {
      reasons.push({
        code: 'past_partnership',
        points: weights.pastPartnership,
        evidence: [requesterId],
        params: { partner: { id: requesterId, name: byId.get(requesterId)?.org.name ?? requesterId } },
      });
    }
    return reasons;
  }

  function rank(query: MatchQuery, rankOptions: RankOptions = {}): Ranking {
    const analysed = analyseQuery(query);
    const { scores, contributions } = scoreBm25(bm25, analysed.terms);
    const maxText = scores.reduce((m, s) => Math.max(m, s), 0);
    const requesterProfile = query.requester?.id ? byId.get(query.requester.id)?.org : undefined;
    const requester = {
      id: query.requester?.id ?? null,
      type: query.requester?.type ?? requesterProfile?.type ?? null,
      roles: query.requester?.roles ?? requesterProfile?.roles ?? [],
    };
    const requesterClusters = new Set([
      ...(query.requester?.clusters ?? requesterProfile?.clusters ?? []),
      ...(requester.id ? [requester.id] : []),
    ]);
    const sought = analysed.concepts.map((c) => ({ ...c, related: relatedCodes(index, c.code) }));
    const seeksUsers =
      analysed.cues.roles.has('end_user') ||
      !!query.preferences?.roles?.includes('end_user') ||
      requester.roles.some((r) => PROVIDER_ROLES.includes(r));

    const matches: PartnerMatch[] = [];
    const excluded: Exclusion[] = [];
    profiles.forEach((profile, doc) => {
      const org = profile.org;
      if (org.id === requester.id) return;
      const violated = violatedConstraint(org, query.constraints);
      if (violated) {
        excluded.push({ organisationId: org.id, constraint: violated });
        return;
      }
      const usage = seeksUsers
        ? 1
        : profile.isEndUserOnly
          ? END_USER_WEIGHT
          : profile.isEndUserToo
            ? PART_END_USER_WEIGHT
            : 1;
      const reasons: Reason[] = taxonomyReasons(profile, sought, usage);
      const text = scores[doc] ?? 0;
      if (text > 0 && maxText > 0) {
        const words = [...(contributions.get(doc) ?? [])]
          .sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1))
          .map((c) => analysed.surfaces.get(c.term) ?? c.term)
          .filter((w, i, all) => all.indexOf(w) === i)
          .slice(0, MAX_EVIDENCE_WORDS);
        reasons.push({
          code: 'text_relevance',
          points: (weights.text * text * usage) / maxText,
          evidence: words,
          params: { words },
        });
      }
      const similarity = rankOptions.semantic?.get(org.id) ?? 0;
      if (similarity > 0) {
        reasons.push({
          code: 'semantic_similarity',
          points: weights.semantic * similarity,
          evidence: [similarity.toFixed(3)],
          params: { similarity },
        });
      }
      reasons.push(...placeAndKindReasons(org, query, analysed.cues));
      const complementary = complementarity(profile, requester, analysed.concepts);
      if (complementary) reasons.push(complementary);
      reasons.push(...networkReasons(org, requester.id, requesterClusters));

      const kept = reasons
        .map((r) => ({ ...r, points: round2(r.points) }))
        .filter((r) => r.points > 0)
        .sort((a, b) => b.points - a.points || (a.code < b.code ? -1 : 1));
      if (kept.length === 0) return;
      matches.push({
        organisationId: org.id,
        score: kept.reduce((sum, r) => sum + r.points, 0),
        reasons: kept,
      });
    });
    matches.sort((a, b) => b.score - a.score || (a.organisationId < b.organisationId ? -1 : 1));
    return {
      matches: rankOptions.limit === undefined ? matches : matches.slice(0, rankOptions.limit),
      excluded,
    };
  }

  return { rank };
}

/** One-off ranking; prefer `createMatcher` to rank many queries against the same organisations. */
export function rankOrganisations(
  query: MatchQuery,
  organisations: readonly MatchOrganisation[],
  taxonomy: readonly TaxonomyTermInput[],
  options: MatchOptions & RankOptions = {},
): Ranking {
  return createMatcher(organisations, taxonomy, options).rank(query, options);
}
