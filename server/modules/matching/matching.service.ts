/**
 * The matching engine (server/algorithms/matching) fed from the database: public organisations with
 * their taxonomy codes and cluster memberships. The engine is built once and reused until the data it
 * was built from changes (a fingerprint compared on every call), so any feature can rank
 * organisations — partner requests now, technology offers and needs next — without its own cache.
 */
import {
  type MatchCriteria,
  type Matcher,
  type MatchOrganisation,
  type OrganisationType,
  type Reason,
  type Role,
  createMatcher,
  renderReason,
} from '../../algorithms/matching';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import * as repo from './matching.repository';

export interface MatchableOrganisation {
  id: string;
  slug: string;
  name: string;
  type: string;
  countryCode: string;
  regionCode: string | null;
  regionName: string | null;
}

interface BuiltEngine {
  fingerprint: string;
  matcher: Matcher;
  organisations: Map<string, MatchableOrganisation>;
}

const engines = new WeakMap<Db, Promise<BuiltEngine>>();

async function build(db: Db, fingerprint: string): Promise<BuiltEngine> {
  const [orgs, memberships, terms, regionRows] = await Promise.all([
    repo.listMatchableOrganisations(db),
    repo.listActiveClusterMemberships(db),
    taxonomyCache({ db }).then((taxonomy) => taxonomy.terms),
    repo.listRegionNames(db),
  ]);
  const clustersOf = new Map<string, string[]>();
  for (const m of memberships) clustersOf.set(m.memberId, [...(clustersOf.get(m.memberId) ?? []), m.clusterId]);
  const regionNames = Object.fromEntries(regionRows.map((r) => [r.code, r.name]));
  const input: MatchOrganisation[] = orgs.map((o) => ({
    id: o.id,
    name: o.name,
    type: o.type,
    country: o.countryCode,
    region: o.regionCode,
    descriptionEn: o.descriptionEn,
    descriptionFr: o.descriptionFr,
    keywords: o.keywords,
    technologies: o.technologies,
    domains: o.applicationDomains,
    s3Areas: o.s3Areas,
    roles: o.valueChainRoles as Role[],
    clusters: clustersOf.get(o.id) ?? [],
  }));
  const matcher = createMatcher(input, terms, { regionNames });
  const organisations = new Map(
    orgs.map((o) => [
      o.id,
      {
        id: o.id,
        slug: o.slug,
        name: o.name,
        type: o.type,
        countryCode: o.countryCode,
        regionCode: o.regionCode,
        regionName: o.regionCode ? (regionNames[o.regionCode] ?? null) : null,
      },
    ]),
  );
  return { fingerprint, matcher, organisations };
}

/** The engine for the current data: reused while the fingerprint holds, rebuilt once when it changes. */
export async function matchingEngine(deps: Pick<Deps, 'db'>): Promise<BuiltEngine> {
  const fingerprint = await repo.matchingFingerprint(deps.db);
  const cached = engines.get(deps.db);
  if (cached) {
    const engine = await cached.catch(() => null);
    if (engine && engine.fingerprint === fingerprint) return engine;
    // Another caller may already be rebuilding for this fingerprint.
    const current = engines.get(deps.db);
    if (current && current !== cached) {
      const next = await current.catch(() => null);
      if (next && next.fingerprint === fingerprint) return next;
    }
  }
  const promise = build(deps.db, fingerprint);
  engines.set(deps.db, promise);
  promise.catch(() => engines.get(deps.db) === promise && engines.delete(deps.db));
  return promise;
}

/** Drops the cached engine (the fingerprint would catch the change anyway; this skips one comparison). */
export function invalidateMatchingEngine(deps: Pick<Deps, 'db'>): void {
  engines.delete(deps.db);
}

export interface RankRequest {
  /** Free text in English or French: title, summary, description. */
  text: string;
  technologies?: readonly string[];
  domains?: readonly string[];
  /** Soft: boosts and reasons ("SME, as requested"). */
  preferences?: MatchCriteria & { roles?: readonly Role[] };
  /** Hard: organisations failing one are left out. */
  constraints?: MatchCriteria;
  /** The organisation asking (complementarity, shared clusters). */
  requesterId?: string;
  /** Never listed (the requester itself, its partners). */
  exclude?: readonly string[];
  minScore?: number;
  limit?: number;
  locale: 'en' | 'fr';
}

export interface RankedOrganisation {
  organisation: MatchableOrganisation;
  score: number;
  reasons: { code: Reason['code']; points: number; text: string }[];
}

export async function rankOrganisationsFor(deps: Pick<Deps, 'db'>, request: RankRequest): Promise<RankedOrganisation[]> {
  const engine = await matchingEngine(deps);
  const excluded = new Set(request.exclude ?? []);
  if (request.requesterId) excluded.add(request.requesterId);
  const preferences = request.preferences
    ? {
        ...(request.preferences.types?.length ? { types: request.preferences.types as OrganisationType[] } : {}),
        ...(request.preferences.countries?.length ? { countries: request.preferences.countries } : {}),
        ...(request.preferences.regions?.length ? { regions: request.preferences.regions } : {}),
        ...(request.preferences.roles?.length ? { roles: request.preferences.roles } : {}),
      }
    : undefined;
  const constraints = request.constraints
    ? {
        ...(request.constraints.types?.length ? { types: request.constraints.types } : {}),
        ...(request.constraints.countries?.length ? { countries: request.constraints.countries } : {}),
        ...(request.constraints.regions?.length ? { regions: request.constraints.regions } : {}),
      }
    : undefined;
  const ranking = engine.matcher.rank({
    text: request.text,
    ...(request.technologies?.length ? { technologies: request.technologies } : {}),
    ...(request.domains?.length ? { domains: request.domains } : {}),
    ...(preferences ? { preferences } : {}),
    ...(constraints ? { constraints } : {}),
    ...(request.requesterId ? { requester: { id: request.requesterId } } : {}),
  });
  const out: RankedOrganisation[] = [];
  for (const match of ranking.matches) {
    if (excluded.has(match.organisationId)) continue;
    if (match.score < (request.minScore ?? 0)) continue;
    const organisation = engine.organisations.get(match.organisationId);
    if (!organisation) continue;
    out.push({
      organisation,
      score: Math.round(match.score * 100) / 100,
      reasons: match.reasons.map((r) => ({ code: r.code, points: r.points, text: renderReason(r, request.locale) })),
    });
    if (request.limit !== undefined && out.length >= request.limit) break;
  }
  return out;
}
