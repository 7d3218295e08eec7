/** Okapi BM25 over pre-analysed documents, with weighted query terms (for synonym expansion). */

export interface Bm25Index {
  readonly size: number;
  readonly postings: ReadonlyMap<string, readonly { doc: number; tf: number }[]>;
  readonly lengths: readonly number[];
  readonly averageLength: number;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;

export function buildBm25(documents: readonly (readonly string[])[]): Bm25Index {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  documents.forEach((terms, doc) => {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = postings.get(term) ?? [];
      list.push({ doc, tf });
      postings.set(term, list);
    }
  });
  const lengths = documents.map((d) => d.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  return { size: documents.length, postings, lengths, averageLength: total / Math.max(1, documents.length) };
}

function idf(index: Bm25Index, df: number): number {
  return Math.log(1 + (index.size - df + 0.5) / (df + 0.5));
}

/**
 * Score of every document, and per document the contribution of each query term that it contains
 * (the evidence of a text reason).
 */
export function scoreBm25(index: Bm25Index, query: readonly WeightedTerm[]) {
  const scores = new Float64Array(index.size);
  const contributions = new Map<number, { term: string; value: number }[]>();
  for (const { term, weight } of query) {
    const list = index.postings.get(term);
    if (!list) continue;
    const termIdf = idf(index, list.length);
    for (const { doc, tf } of list) {
      const norm = K1 * (1 - B + (B * (index.lengths[doc] ?? 0)) / (index.averageLength || 1));
      const value = weight * termIdf * ((tf * (K1 + 1)) / (tf + norm));
      scores[doc] = (scores[doc] ?? 0) + value;
      const perDoc = contributions.get(doc) ?? [];
      perDoc.push({ term, value });
      contributions.set(doc, perDoc);
    }
  }
  return { scores, contributions };
}
