/**
 * PostgreSQL's text-search values read in process: a tsvector's text form parsed into lexemes with
 * their positions and weights, phrase queries (what phraseto_tsquery produces) tested against them,
 * and ts_rank() computed as PostgreSQL computes it (src/backend/utils/adt/tsrank.c: calc_rank_or and
 * calc_rank_and, default normalisation, float4 arithmetic), so the directory index ranks exactly as
 * `ts_rank(weights, search_vector, query)` would. Pure: no database.
 */

/** A position packed with its weight class: position << 2 | weight (0 = D … 3 = A), as in a tsvector. */
export type PackedPosition = number;

export interface ParsedLexeme {
  lexeme: string;
  /** Empty for a lexeme stored without positions (a stripped lexeme). */
  positions: PackedPosition[];
}

const WEIGHT_CLASS: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };
/** The largest position a tsvector keeps (MAXENTRYPOS - 1). */
export const MAX_POSITION = 16383;

export const packPosition = (position: number, weight: number): PackedPosition => (position << 2) | weight;
export const positionOf = (p: PackedPosition) => p >> 2;
export const weightOf = (p: PackedPosition) => p & 3;

/** Reads one quoted lexeme ('…' with '' and \\ escapes) starting at `start`; returns it and the index after it. */
function readQuoted(text: string, start: number): [string, number] {
  let out = '';
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) throw new Error(`Unterminated lexeme in "${text.slice(start, start + 40)}"`);
    if (c === '\\') {
      out += text[i + 1] ?? '';
      i += 2;
    } else if (c === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i += 2;
      } else return [out, i + 1];
    } else {
      out += c;
      i++;
    }
  }
}

/** Parses the text output of a tsvector ('a':1A,2 'b' …). */
export function parseTsvector(text: string): ParsedLexeme[] {
  const lexemes: ParsedLexeme[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new Error(`Unexpected "${text[i]}" in a tsvector at ${i}`);
    const [lexeme, next] = readQuoted(text, i);
    i = next;
    const positions: PackedPosition[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let n = 0;
        while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n = n * 10 + text.charCodeAt(i++) - 48;
        const w = WEIGHT_CLASS[text[i] ?? ''];
        if (w !== undefined) i++;
        positions.push(packPosition(n, w ?? 0));
        if (text[i] !== ',') break;
        i++;
      }
    }
    lexemes.push({ lexeme, positions });
  }
  return lexemes;
}

/**
 * A phrase as phraseto_tsquery writes it: lexemes joined by <-> (distance 1) or <N>. A single lexeme
 * is a phrase of one. `distances[i]` is the distance from lexeme i to lexeme i + 1.
 */
export interface Phrase {
  lexemes: string[];
  distances: number[];
}

const OPERATOR = /^\s*<(\d*|-)>\s*/;

/** Parses one analysed alternative (tsquery text); null when it is not a plain phrase or lexeme. */
export function parsePhrase(text: string): Phrase | null {
  const lexemes: string[] = [];
  const distances: number[] = [];
  let rest = text.trim();
  if (!rest.startsWith("'")) return null;
  for (;;) {
    const [lexeme, next] = readQuoted(rest, 0);
    lexemes.push(lexeme);
    rest = rest.slice(next);
    // A weight or prefix marker (':*', ':A') is never produced by phraseto_tsquery: not a plain phrase.
    if (rest.startsWith(':')) return null;
    if (rest.trim() === '') return { lexemes, distances };
    const op = OPERATOR.exec(rest);
    if (!op) return null;
    distances.push(op[1] === '-' || op[1] === '' ? 1 : Number(op[1]));
    rest = rest.slice(op[0].length);
    if (!rest.startsWith("'")) return null;
  }
}

/** The lexeme texts quoted in a tsquery's text, in order. */
export function quotedLexemes(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    const [lexeme, next] = readQuoted(text, i);
    out.push(lexeme);
    i = next - 1;
  }
  return out;
}

/**
 * What a phrase or rank test needs of one document, for the operands of one phrase or rank query:
 * operand i's packed positions (ascending) are data[from[i]] … data[to[i] - 1]; from[i] < 0 when the
 * document lacks it, from[i] === to[i] when it is stored without positions. Plain arrays, so scoring
 * tens of thousands of documents allocates nothing per document.
 */
export interface DocPositions {
  data: ArrayLike<PackedPosition>;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

/** A DocPositions of a parsed vector for the given operands (tests, and one-off uses). */
export function docPositions(vector: readonly ParsedLexeme[], operands: readonly string[]): DocPositions {
  const data: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const byLexeme = new Map(vector.map((l) => [l.lexeme, l.positions]));
  for (const operand of operands) {
    const positions = byLexeme.get(operand);
    from.push(positions ? data.length : -1);
    if (positions) data.push(...positions);
    to.push(data.length);
  }
  return { data, from, to };
}

/**
 * Whether the document holds the phrase (its operands are the phrase's lexemes, in order): each lexeme
 * at the given distance after the previous one. A lexeme stored without positions satisfies its part,
 * as in PostgreSQL (which cannot tell).
 */
export function matchesPhrase(phrase: Phrase, doc: DocPositions): boolean {
  const { data, from, to } = doc;
  if (from[0]! < 0) return false;
  let ends: number[] | null = null; // null: any position
  if (to[0]! > from[0]!) {
    ends = [];
    for (let j = from[0]!; j < to[0]!; j++) ends.push(positionOf(data[j]!));
  }
  for (let i = 1; i < phrase.lexemes.length; i++) {
    if (from[i]! < 0) return false;
    if (to[i] === from[i]) continue; // no positions: cannot be ruled out
    const distance = phrase.distances[i - 1] ?? 1;
    const kept: number[] = [];
    if (ends === null) {
      for (let j = from[i]!; j < to[i]!; j++) kept.push(positionOf(data[j]!));
    } else {
      // Both ascending: keep the positions that sit `distance` after one of the ends.
      let e = 0;
      for (let j = from[i]!; j < to[i]!; j++) {
        const p = positionOf(data[j]!);
        while (e < ends.length && ends[e]! + distance < p) e++;
        if (e < ends.length && ends[e]! + distance === p) kept.push(p);
      }
      if (!kept.length) return false;
    }
    ends = kept;
  }
  return true;
}

const utf8 = new TextEncoder();

/** PostgreSQL's order of query operands (tsCompareString): bytes, then the shorter first. */
export function compareLexemes(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The query as ts_rank sees it: its distinct operands in PostgreSQL's order, and its root operator. */
export interface RankQuery {
  /** Distinct lexemes of every operand, sorted by compareLexemes. */
  items: string[];
  /** Whether the root is AND or PHRASE (calc_rank_and), else OR or a lexeme (calc_rank_or). */
  and: boolean;
}

export function rankQuery(lexemes: Iterable<string>, and: boolean): RankQuery {
  return { items: [...new Set(lexemes)].sort(compareLexemes), and };
}

const f = Math.fround;

/** word_distance() of tsrank.c for distances 0 … 100 (beyond, 1e-30), computed once: calc_rank_and calls it per pair of positions. */
const WORD_DISTANCE = Float32Array.from({ length: 101 }, (_, w) => f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2))));
const FAR = f(1e-30);

function wordDistance(w: number): number {
  return w > 100 ? FAR : WORD_DISTANCE[w]!;
}

/**
 * One operand's share of calc_rank_or before its division by π²/6, for its packed positions
 * data[from] … data[to - 1] (none: stored without positions, one position of weight D). A float4, as in
 * C; it depends on the document alone, so an index can keep it per lexeme and document.
 */
export function orShare(weights: readonly number[], data: ArrayLike<PackedPosition>, from: number, to: number): number {
  const n = to - from || 1;
  const stripped = to === from;
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < n; j++) {
    const w = weights[stripped ? 0 : weightOf(data[from + j]!)]!;
    resj = f(resj + f(w / ((j + 1) * (j + 1))));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1))));
}

/** π²/6, the limit calc_rank_or divides each share by. */
export const OR_SHARE_DIVISOR = 1.64493406685;

function rankOr(weights: readonly number[], q: RankQuery, doc: DocPositions): number {
  const { data, from, to } = doc;
  let res = 0;
  for (let i = 0; i < q.items.length; i++) {
    if (from[i]! < 0) continue;
    res = f(res + orShare(weights, data, from[i]!, to[i]!) / OR_SHARE_DIVISOR);
  }
  if (q.items.length > 0) res = f(res / q.items.length);
  return res;
}

const POSNULL = packPosition(MAX_POSITION, 0);

/** f(w[a] * w[b]) for every pair of weight classes, per weights array. */
const pairWeights = new WeakMap<readonly number[], Float32Array>();
function pairsOf(weights: readonly number[]): Float32Array {
  let pairs = pairWeights.get(weights);
  if (!pairs) {
    pairs = Float32Array.from({ length: 16 }, (_, i) => f(weights[i >> 2]! * weights[i & 3]!));
    pairWeights.set(weights, pairs);
  }
  return pairs;
}

/**
 * Once the result is this large, a pair of positions more than 100 apart (weight at most 1e-15) cannot
 * change its float4 value any more: the sum moves by less than half a unit in the last place, so such
 * pairs are passed over without changing the result.
 */
const FAR_PAIRS_NEGLIGIBLE_ABOVE = 1e-6;

function rankAnd(weights: readonly number[], q: RankQuery, doc: DocPositions): number {
  if (q.items.length < 2) return rankOr(weights, q, doc);
  const { data, from, to } = doc;
  const pairs = pairsOf(weights);
  let res = -1;
  for (let i = 0; i < q.items.length; i++) {
    if (from[i]! < 0) continue;
    const nullI = to[i] === from[i];
    const ni = nullI ? 1 : to[i]! - from[i]!;
    for (let k = 0; k < i; k++) {
      if (from[k]! < 0) continue;
      const nullK = to[k] === from[k];
      const nk = nullK ? 1 : to[k]! - from[k]!;
      const nullish = nullI || nullK;
      for (let l = 0; l < ni; l++) {
        const post = nullI ? POSNULL : data[from[i]! + l]!;
        const pl = positionOf(post);
        const wl = weightOf(post) << 2;
        for (let p = 0; p < nk; p++) {
          const ct = nullK ? POSNULL : data[from[k]! + p]!;
          let dist = Math.abs(pl - positionOf(ct));
          if (dist > 100 && res >= FAR_PAIRS_NEGLIGIBLE_ABOVE) continue;
          if (dist || nullish) {
            if (!dist) dist = MAX_POSITION + 1;
            const curw = f(Math.sqrt(f(pairs[wl | weightOf(ct)]! * wordDistance(dist))));
            res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
          }
        }
      }
    }
  }
  return res;
}

/**
 * ts_rank(weights, vector, query) with the default normalisation. `weights` are for {D, C, B, A}, as
 * in SQL, already float4 (Math.fround). A vector with no lexeme ranks 0.
 */
export function tsRank(weights: readonly number[], q: RankQuery, doc: DocPositions, empty = false): number {
  if (empty || q.items.length === 0) return 0;
  const res = q.and ? rankAnd(weights, q, doc) : rankOr(weights, q, doc);
  return res < 0 ? f(1e-20) : res;
}
