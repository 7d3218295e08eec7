import type { Relation } from './taxonomy';
import type { OrganisationType, Role } from './vocabulary';

export interface MatchOrganisation {
  readonly id: string;
  readonly name: string;
  readonly type?: OrganisationType | null;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string | null;
  /** NUTS code. */
  readonly region?: string | null;
  readonly descriptionEn?: string | null;
  readonly descriptionFr?: string | null;
  readonly keywords?: readonly string[];
  /** Taxonomy codes; an entry that is not a code is read as a name of a term, else as plain text. */
  readonly technologies?: readonly string[];
  readonly domains?: readonly string[];
  readonly s3Areas?: readonly string[];
  readonly roles?: readonly Role[];
  /** Ids of the cluster organisations it is a member of. */
  readonly clusters?: readonly string[];
}

export interface MatchCriteria {
  readonly types?: readonly OrganisationType[];
  readonly countries?: readonly string[];
  /** NUTS codes of any level: "FRI" covers "FRI1". */
  readonly regions?: readonly string[];
}

/** The organisation behind a request: drives complementarity and network proximity. */
export interface Requester {
  /** When it is one of the ranked organisations, its profile fills the fields left out here. */
  readonly id?: string;
  readonly type?: OrganisationType | null;
  readonly roles?: readonly Role[];
  readonly clusters?: readonly string[];
}

export interface MatchQuery {
  readonly text: string;
  /** Terms picked explicitly in a request form, in addition to those named in the text. */
  readonly technologies?: readonly string[];
  readonly domains?: readonly string[];
  /** Hard: an organisation that fails one is excluded. */
  readonly constraints?: MatchCriteria;
  /** Soft: a boost; the text adds its own ("a French SME"). */
  readonly preferences?: MatchCriteria & { readonly roles?: readonly Role[] };
  readonly requester?: Requester;
}

export interface MatchWeights {
  /** Points of an exact shared technology of average rarity; related terms get a fraction. */
  readonly technology: number;
  readonly domain: number;
  readonly s3Area: number;
  /** Points of the best text match of the query; others are proportional. */
  readonly text: number;
  /** Points at cosine similarity 1. */
  readonly semantic: number;
  readonly soughtType: number;
  readonly soughtRole: number;
  readonly soughtRegion: number;
  readonly soughtCountry: number;
  readonly complementaryRole: number;
  /** Per shared cluster, at most two counted. */
  readonly sharedCluster: number;
  readonly pastPartnership: number;
}

export interface MatchOptions {
  readonly weights?: Partial<MatchWeights>;
  /** Organisations that have worked together, in either order. */
  readonly partnerships?: readonly (readonly [string, string])[];
  /** NUTS code → name, for reasons and for region names written in a request. */
  readonly regionNames?: Readonly<Record<string, string>>;
}

export interface RankOptions {
  /** Keep only the best n matches. */
  readonly limit?: number;
  /** Organisation id → cosine similarity with the query, from an embedding model. */
  readonly semantic?: ReadonlyMap<string, number>;
}

export interface TermLabel {
  readonly code: string;
  readonly en: string;
  readonly fr: string;
}

export interface TermMatch {
  readonly sought: TermLabel;
  /** The request's own words that named the sought term; null for a term picked in a form. */
  readonly soughtText: string | null;
  readonly offered: TermLabel;
  readonly relation: Relation;
  /** Declared in the profile, or only read in its description. */
  readonly source: 'declared' | 'description';
  /** The organisation is an end user: it uses the term rather than offers it. */
  readonly asUser: boolean;
}

export type ComplementarityKind =
  'provider_for_need' | 'user_for_offer' | 'research_for_industry' | 'industry_for_research';

type ReasonBody =
  | {
      code: 'shared_technology' | 'related_technology' | 'application_domain' | 'shared_s3_area';
      params: { matches: TermMatch[] };
    }
  | { code: 'text_relevance'; params: { words: string[] } }
  | { code: 'semantic_similarity'; params: { similarity: number } }
  | { code: 'sought_type'; params: { type: OrganisationType; required: boolean } }
  | { code: 'sought_role'; params: { roles: Role[] } }
  | { code: 'sought_region'; params: { region: string; name: string | null; required: boolean } }
  | { code: 'sought_country'; params: { country: string; required: boolean } }
  | {
      code: 'complementary_role';
      params: {
        kind: ComplementarityKind;
        roles: Role[];
        type: OrganisationType | null;
        domain: TermLabel | null;
      };
    }
  | { code: 'shared_cluster'; params: { clusters: { id: string; name: string }[] } }
  | { code: 'past_partnership'; params: { partner: { id: string; name: string } } };

/** One named contribution to a score: `points` add up to the score, `params` render it in words. */
export type Reason = ReasonBody & { points: number; evidence: string[] };
export type ReasonCode = Reason['code'];

export interface PartnerMatch {
  organisationId: string;
  /** Exactly the sum of the reasons' points, added in the order of `reasons`. */
  score: number;
  reasons: Reason[];
}

export interface Exclusion {
  organisationId: string;
  constraint: 'types' | 'countries' | 'regions';
}

export interface Ranking {
  /** Best first; equal scores in id order. */
  matches: PartnerMatch[];
  excluded: Exclusion[];
}

export interface Matcher {
  rank(query: MatchQuery, options?: RankOptions): Ranking;
}
