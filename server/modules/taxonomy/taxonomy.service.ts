import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { buildPhraseIndex, type PhraseIndex } from '../../algorithms/search/expand-query';
import type { TaxonomyTermInput } from '../../algorithms/matching';
import * as repo from './taxonomy.repository';

export interface TaxonomyCache {
  /**
   * Every term of the three taxonomies, by kind then position: the input of the matching engine. One
   * array per database, so engines built from it can reuse their index of it.
   */
  terms: TaxonomyTermInput[];
  phraseIndex: PhraseIndex;
  labels: Map<string, { en: string; fr: string }>;
  kinds: Map<string, 'technology' | 'application_domain' | 's3_area'>;
  regionNames: Map<string, string>;
  regionCountry: Map<string, string>;
}

// Reference data changes only with a migration, i.e. with a new deployment: load it once per database.
const caches = new WeakMap<Db, Promise<TaxonomyCache>>();

async function load(db: Db): Promise<TaxonomyCache> {
  const [technologies, domains, s3, regions] = await Promise.all([
    repo.listTerms(db, 'technology'),
    repo.listTerms(db, 'application_domain'),
    repo.listTerms(db, 's3_area'),
    repo.listRegions(db),
  ]);
  const terms = [...domains, ...s3, ...technologies];
  return {
    terms,
    phraseIndex: buildPhraseIndex(terms),
    labels: new Map(terms.map((t) => [t.code, { en: t.labelEn, fr: t.labelFr }])),
    kinds: new Map(terms.map((t) => [t.code, t.kind])),
    regionNames: new Map(regions.map((r) => [r.code, r.name])),
    regionCountry: new Map(regions.map((r) => [r.code, r.countryCode])),
  };
}

export function taxonomyCache(deps: Pick<Deps, 'db'>): Promise<TaxonomyCache> {
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = load(deps.db);
    cache.catch(() => caches.delete(deps.db));
    caches.set(deps.db, cache);
  }
  return cache;
}
