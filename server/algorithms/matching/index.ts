export type {
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
  ReasonCode,
  Requester,
  TermLabel,
  TermMatch,
} from './types';
export { DEFAULT_WEIGHTS, createMatcher, organisationText, rankOrganisations } from './engine';
export {
  type EmbeddingProvider,
  type SemanticMatcher,
  cosine,
  createSemanticMatcher,
  rankOrganisationsWithEmbeddings,
} from './semantic';
export { renderMatch, renderReason } from './render';
export { type TaxonomyTermInput, buildTaxonomyIndex, extractConcepts, resolveTerm } from './taxonomy';
export { type Analyser, createAnalyser, stem } from './text';
export { type WeightedTerm, buildBm25, scoreBm25 } from './bm25';
export { describeIssues, organisationsFileSchema, queriesFileSchema } from './import-format';
export {
  type Lang,
  type OrganisationType,
  type Role,
  ORGANISATION_TYPES,
  ROLES,
  parseOrganisationType,
  parseRole,
  roleName,
  typeName,
} from './vocabulary';
