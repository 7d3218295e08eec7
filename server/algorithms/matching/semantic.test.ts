import { describe, expect, it } from 'vitest';
import { ORGANISATIONS, TAXONOMY } from './fixtures';
import {
  type EmbeddingProvider,
  cosine,
  createSemanticMatcher,
  rankOrganisationsWithEmbeddings,
} from './semantic';

/** Letter-frequency vectors: crude but deterministic, enough to exercise the plumbing offline. */
const letters: EmbeddingProvider = {
  embed: async (texts) =>
    texts.map((t) =>
      Array.from(
        { length: 26 },
        (_, i) => [...t.toLowerCase()].filter((c) => c.charCodeAt(0) - 97 === i).length,
      ),
    ),
};

describe('semantic similarity', () => {
  it('computes cosine similarity', () => {
    expect(cosine([1, 0], [1, 0])).toBe(1);
    expect(cosine([1, 0], [0, 2])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(RangeError);
  });

  it('adds a semantic_similarity reason when a provider is given', async () => {
    const ranking = await rankOrganisationsWithEmbeddings(
      { text: 'lidar sensors' },
      ORGANISATIONS,
      TAXONOMY,
      letters,
    );
    const match = ranking.matches.find((m) => m.organisationId === 'lidar-en');
    const reason = match?.reasons.find((r) => r.code === 'semantic_similarity');
    expect(reason?.points).toBeGreaterThan(0);
    expect(match?.score).toBe(match?.reasons.reduce((sum, r) => sum + r.points, 0));
  });

  it('embeds the organisations once per matcher', async () => {
    let calls = 0;
    const counting: EmbeddingProvider = { embed: (texts) => ((calls += 1), letters.embed(texts)) };
    const matcher = await createSemanticMatcher(ORGANISATIONS, TAXONOMY, counting);
    await matcher.rank({ text: 'lidar' });
    await matcher.rank({ text: 'lasers' });
    expect(calls).toBe(3);
  });

  it('rejects a provider that returns the wrong number of vectors', async () => {
    const broken: EmbeddingProvider = { embed: async () => [[1]] };
    await expect(createSemanticMatcher(ORGANISATIONS, TAXONOMY, broken)).rejects.toThrow(RangeError);
  });
});
