import { describe, expect, it } from 'vitest';
import {
  compareLexemes,
  docPositions,
  matchesPhrase,
  parsePhrase,
  parseTsvector,
  positionOf,
  quotedLexemes,
  rankQuery,
  tsRank,
  weightOf,
} from './tsvector';
import { trigramSimilarity, trigramsOf } from './trigrams';

// The values below were printed by PostgreSQL 15 for the same vectors and queries (ts_rank with the
// directory's weights, similarity() of pg_trgm); the port must reproduce them.
const WEIGHTS = [0.05, 0.2, 0.5, 1.0].map(Math.fround);
const VECTOR = parseTsvector(`'laser':1A,5B,9C 'sourc':6B 'femtosecond':8C 'c0abc'`);

function rank(lexemes: string[], and: boolean): number {
  const q = rankQuery(lexemes, and);
  return tsRank(WEIGHTS, q, docPositions(VECTOR, q.items));
}

describe('tsvector text', () => {
  it('parses lexemes, positions, weights, stripped lexemes and escapes', () => {
    expect(VECTOR.map((l) => l.lexeme)).toEqual(['laser', 'sourc', 'femtosecond', 'c0abc']);
    expect(VECTOR[0]!.positions.map(positionOf)).toEqual([1, 5, 9]);
    expect(VECTOR[0]!.positions.map(weightOf)).toEqual([3, 2, 1]);
    expect(VECTOR[3]!.positions).toEqual([]);
    expect(parseTsvector(`'a\\\\b':2 'it''s':1 'x':3`).map((l) => l.lexeme)).toEqual(['a\\b', "it's", 'x']);
    expect(parseTsvector(`'x':3`)[0]!.positions.map(weightOf)).toEqual([0]);
  });

  it('reads phrases as phraseto_tsquery writes them, and nothing else', () => {
    expect(parsePhrase(`'laser' <-> 'sourc'`)).toEqual({ lexemes: ['laser', 'sourc'], distances: [1] });
    expect(parsePhrase(`'vision' <2> 'industriel'`)).toEqual({ lexemes: ['vision', 'industriel'], distances: [2] });
    expect(parsePhrase(`'lidar'`)).toEqual({ lexemes: ['lidar'], distances: [] });
    expect(parsePhrase(`'a' & 'b'`)).toBeNull();
    expect(parsePhrase(`'a':*`)).toBeNull();
    expect(quotedLexemes(`'micro-usinag' <-> 'micro' <-> 'usinag'`)).toEqual(['micro-usinag', 'micro', 'usinag']);
  });

  it('orders operands as PostgreSQL does: bytes first, then the shorter', () => {
    expect(['laser', 'las', 'sourc', 'lasé'].sort(compareLexemes)).toEqual(['las', 'laser', 'lasé', 'sourc']);
  });
});

describe('phrases', () => {
  const phrase = (text: string) => parsePhrase(text)!;
  const holds = (text: string, vector = VECTOR) => matchesPhrase(phrase(text), docPositions(vector, phrase(text).lexemes));

  it('needs each lexeme at the given distance after the previous one', () => {
    expect(holds(`'laser' <-> 'sourc'`)).toBe(true);
    expect(holds(`'laser' <2> 'sourc'`)).toBe(false);
    expect(holds(`'sourc' <-> 'laser'`)).toBe(false);
    expect(holds(`'sourc' <2> 'femtosecond'`)).toBe(true);
    expect(holds(`'laser' <-> 'sourc' <2> 'femtosecond'`)).toBe(true);
    expect(holds(`'laser' <-> 'sourc' <-> 'femtosecond'`)).toBe(false);
    expect(holds(`'laser' <-> 'absent'`)).toBe(false);
  });

  it('lets a lexeme stored without positions satisfy its part, as PostgreSQL does', () => {
    expect(holds(`'laser' <-> 'c0abc'`)).toBe(true);
  });
});

describe('ts_rank', () => {
  it('ranks an OR query as calc_rank_or', () => {
    expect(rank(['laser', 'las', 'sourc'], false)).toBe(Math.fround(0.333797));
  });

  it('ranks an AND query by the distances between its operands (calc_rank_and)', () => {
    expect(rank(['laser', 'c0abc', 'femtosecond'], true)).toBe(Math.fround(0.6340395));
  });

  it('ranks a phrase root as AND', () => {
    expect(rank(['laser', 'sourc'], true)).toBe(Math.fround(0.8767206));
  });

  it('gives 1e-20 to an AND query with fewer than two operands present, and counts a stripped lexeme far away', () => {
    expect(rank(['c0abc', 'zzz'], true)).toBe(Math.fround(1e-20));
    expect(rank(['c0abc', 'sourc'], true)).toBe(Math.fround(1.5811388e-16));
  });

  it('gives 0 to an empty vector', () => {
    const q = rankQuery(['laser'], false);
    expect(tsRank(WEIGHTS, q, docPositions([], q.items), true)).toBe(0);
  });
});

describe('pg_trgm similarity', () => {
  const ids = new Map<string, number>();
  const idsOf = (text: string) =>
    Int32Array.from(trigramsOf(text).map((t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1))).sort();
  const similarity = (a: string, b: string) => trigramSimilarity(idsOf(a), idsOf(b));

  it('pads words and compares distinct trigrams', () => {
    expect(trigramsOf('ab')).toEqual(['  a', ' ab', 'ab ']);
    expect(similarity('photonics bretagne', 'photnics bretange')).toBe(Math.fround(0.48));
    expect(similarity('alpha-rlh', 'alpha rlh route des lasers')).toBe(Math.fround(0.3846154));
    expect(similarity('laserix', 'laser')).toBe(Math.fround(0.5555556));
    expect(similarity('', 'laser')).toBe(0);
  });
});
