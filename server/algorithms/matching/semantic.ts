/**
 * Optional semantic layer. The default engine needs no model; a caller that has one (a local
 * sentence-embedding model, a hosted API) passes it as an EmbeddingProvider and the cosine similarity
 * between request and profile becomes one more reason. Organisations are embedded once per matcher.
 */
import { createMatcher, organisationText } from './engine';
import type { TaxonomyTermInput } from './taxonomy';
import type { MatchOptions, MatchOrganisation, MatchQuery, RankOptions, Ranking } from './types';

export interface EmbeddingProvider {
  /** One vector per text, in order; vectors of one provider share a dimension. */
  embed(texts: string[]): Promise<number[][]>;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length)
    throw new RangeError(`vectors of different dimensions: ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export interface SemanticMatcher {
  rank(query: MatchQuery, options?: Omit<RankOptions, 'semantic'>): Promise<Ranking>;
}

export async function createSemanticMatcher(
  organisations: readonly MatchOrganisation[],
  taxonomy: readonly TaxonomyTermInput[],
  provider: EmbeddingProvider,
  options: MatchOptions = {},
): Promise<SemanticMatcher> {
  const matcher = createMatcher(organisations, taxonomy, options);
  const vectors = await provider.embed(organisations.map((o) => organisationText(o)));
  if (vectors.length !== organisations.length) {
    throw new RangeError(
      `embedding provider returned ${vectors.length} vectors for ${organisations.length} texts`,
    );
  }
  return {
    async rank(query, rankOptions = {}) {
      const [queryVector] = await provider.embed([query.text]);
      if (!queryVector) throw new RangeError('embedding provider returned no vector for the query');
      const semantic = new Map(organisations.map((o, i) => [o.id, cosine(queryVector, vectors[i] ?? [])]));
      return matcher.rank(query, { ...rankOptions, semantic });
    },
  };
}

/** One-off ranking with embeddings; the synchronous `rankOrganisations` is the default without them. */
export async function rankOrganisationsWithEmbeddings(
  query: MatchQuery,
  organisations: readonly MatchOrganisation[],
  taxonomy: readonly TaxonomyTermInput[],
  provider: EmbeddingProvider,
  options: MatchOptions & Omit<RankOptions, 'semantic'> = {},
): Promise<Ranking> {
  return (await createSemanticMatcher(organisations, taxonomy, provider, options)).rank(query, options);
}
