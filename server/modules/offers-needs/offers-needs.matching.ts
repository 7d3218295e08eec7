/**
 * Matching offers and needs both ways with the pure engine (server/algorithms/matching). An offer or a
 * need becomes a candidate shaped like an organisation: its own text, technologies and domains, plus
 * the kind and place of the organisation behind it. An offer speaks for a provider and a need for an
 * end user, whatever else the organisation does, so complementarity is read from what is published.
 * Organisations as targets come from the shared matching module (server/modules/matching).
 */
import type { ListingMatch, MatchReason } from '../../../contracts/offers-needs';
import {
  createMatcher,
  renderReason,
  type MatchOrganisation,
  type MatchQuery,
  type PartnerMatch,
  type Role,
  type TaxonomyTermInput,
} from '../../algorithms/matching';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { rankOrganisationsFor } from '../matching/matching.service';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import { presentOwner } from './offers-needs.presenter';
import * as repo from './offers-needs.repository';
import type { NeedRow, OfferRow, OwnerRow } from './offers-needs.repository';

type Lang = 'en' | 'fr';

const PROVIDER_ROLES: readonly Role[] = [
  'component_supplier',
  'system_integrator',
  'service_provider',
  'rnd',
];

const taxonomyTerms = (db: Db): Promise<TaxonomyTermInput[]> =>
  taxonomyCache({ db }).then((taxonomy) => taxonomy.terms);

/** What an offer says its organisation is: a provider, in the roles it declares (R&D by default). */
export function offerRoles(owner: Pick<OwnerRow, 'valueChainRoles'>): Role[] {
  const roles = owner.valueChainRoles.filter((r): r is Role =>
    (PROVIDER_ROLES as readonly string[]).includes(r),
  );
  return roles.length ? roles : ['rnd'];
}

const NEED_ROLES: Role[] = ['end_user'];

const joinText = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n');

export function offerCandidate(offer: OfferRow, owner: OwnerRow): MatchOrganisation {
  return {
    id: offer.id,
    name: offer.title,
    type: owner.type,
    country: owner.countryCode,
    region: owner.regionCode,
    descriptionEn: joinText(offer.summary, offer.descriptionEn),
    descriptionFr: offer.descriptionFr,
    technologies: offer.technologies,
    domains: offer.applicationDomains,
    roles: offerRoles(owner),
  };
}

export function needCandidate(need: NeedRow, owner: OwnerRow): MatchOrganisation {
  return {
    id: need.id,
    name: need.title,
    type: owner.type,
    country: owner.countryCode,
    region: owner.regionCode,
    descriptionEn: joinText(need.problem, need.constraints),
    technologies: need.technologies,
    domains: need.applicationDomains,
    roles: NEED_ROLES,
  };
}

export function needQuery(need: NeedRow, owner: OwnerRow): MatchQuery {
  return {
    text: joinText(need.title, need.problem, need.constraints),
    technologies: need.technologies,
    domains: need.applicationDomains,
    requester: { type: owner.type, roles: NEED_ROLES },
  };
}

export function offerQuery(offer: OfferRow, owner: OwnerRow): MatchQuery {
  return {
    text: joinText(offer.title, offer.summary, offer.descriptionEn, offer.descriptionFr),
    technologies: offer.technologies,
    domains: offer.applicationDomains,
    requester: { type: owner.type, roles: offerRoles(owner) },
  };
}

const presentReasons = (match: PartnerMatch, lang: Lang): MatchReason[] =>
  match.reasons.map((r) => ({ code: r.code, points: r.points, text: renderReason(r, lang) }));

const round2 = (x: number) => Math.round(x * 100) / 100;

const TOPICAL: ReadonlySet<string> = new Set([
  'shared_technology',
  'related_technology',
  'application_domain',
  'shared_s3_area',
  'text_relevance',
  'semantic_similarity',
]);
/** Below this many points about the subject itself, a match rests on who publishes, not on what. */
const MIN_TOPICAL_POINTS = 1;

/**
 * Every provider complements every end user: an offer or need is listed only when it is also about
 * the same thing, so complementarity and place rank good matches without making up new ones.
 */
export function isOnTopic(match: PartnerMatch): boolean {
  return (
    match.reasons.filter((r) => TOPICAL.has(r.code)).reduce((sum, r) => sum + r.points, 0) >=
    MIN_TOPICAL_POINTS
  );
}

interface Candidate {
  candidate: MatchOrganisation;
  owner: OwnerRow;
  kind: 'offer' | 'need';
  summary: string;
}

/**
 * Ranks the published offers or needs of other organisations. The set is small next to the directory
 * and changes with every publication, so the engine is built per call over it.
 */
async function rankListings(
  deps: Deps,
  query: MatchQuery,
  candidates: Candidate[],
  ownerId: string,
  lang: Lang,
  limit: number,
) {
  const pool = candidates.filter((c) => c.owner.id !== ownerId);
  if (!pool.length) return [];
  const [terms, taxonomy] = await Promise.all([taxonomyTerms(deps.db), taxonomyCache(deps)]);
  const matcher = createMatcher(
    pool.map((c) => c.candidate),
    terms,
    { regionNames: Object.fromEntries(taxonomy.regionNames) },
  );
  const byId = new Map(pool.map((c) => [c.candidate.id, c]));
  const ranked = matcher.rank(query).matches.filter(isOnTopic).slice(0, limit);
  return ranked.map((m): ListingMatch => {
    const c = byId.get(m.organisationId)!;
    return {
      kind: c.kind,
      id: c.candidate.id,
      title: c.candidate.name,
      summary: c.summary,
      organisation: presentOwner(c.owner),
      score: round2(m.score),
      reasons: presentReasons(m, lang),
    };
  });
}

async function rankOrganisations(
  deps: Deps,
  query: MatchQuery,
  ownerId: string,
  lang: Lang,
  limit: number,
): Promise<ListingMatch[]> {
  const ranked = await rankOrganisationsFor(deps, {
    text: query.text,
    ...(query.technologies ? { technologies: query.technologies } : {}),
    ...(query.domains ? { domains: query.domains } : {}),
    requesterId: ownerId,
    limit,
    locale: lang,
  });
  return ranked.map(({ organisation: o, score, reasons }) => ({
    kind: 'organisation',
    id: o.id,
    title: o.name,
    summary: null,
    organisation: {
      id: o.id,
      slug: o.slug,
      name: o.name,
      type: o.type as ListingMatch['organisation']['type'],
      country: o.countryCode,
      region: o.regionCode,
      regionName: o.regionName,
    },
    score,
    reasons,
  }));
}

export async function matchesOfNeed(
  deps: Deps,
  need: NeedRow,
  owner: OwnerRow,
  target: 'offers' | 'organisations',
  lang: Lang,
  limit: number,
): Promise<ListingMatch[]> {
  const query = needQuery(need, owner);
  if (target === 'organisations') return rankOrganisations(deps, query, owner.id, lang, limit);
  const offers = await repo.publishedOffers(deps.db);
  return rankListings(
    deps,
    query,
    offers.map((r) => ({
      candidate: offerCandidate(r.offer, r.owner),
      owner: r.owner,
      kind: 'offer',
      summary: r.offer.summary,
    })),
    owner.id,
    lang,
    limit,
  );
}

export async function matchesOfOffer(
  deps: Deps,
  offer: OfferRow,
  owner: OwnerRow,
  target: 'organisations' | 'needs',
  lang: Lang,
  limit: number,
): Promise<ListingMatch[]> {
  const query = offerQuery(offer, owner);
  if (target === 'organisations') return rankOrganisations(deps, query, owner.id, lang, limit);
  const needs = await repo.publishedNeeds(deps.db);
  return rankListings(
    deps,
    query,
    needs.map((r) => ({
      candidate: needCandidate(r.need, r.owner),
      owner: r.owner,
      kind: 'need',
      summary: r.need.problem.slice(0, 300),
    })),
    owner.id,
    lang,
    limit,
  );
}
