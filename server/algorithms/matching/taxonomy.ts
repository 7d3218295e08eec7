/**
 * The bilingual taxonomy as a matching resource: every label and synonym (EN and FR) becomes a phrase
 * of analysed tokens, so free text in either language maps to the same term codes, and the hierarchy
 * tells how close two codes are.
 */
import type { TaxonomyKind } from '../../../contracts/taxonomy';
import { type Analyser, type Token, analyserOptionsFromPhrases, createAnalyser } from './text';

export interface TaxonomyTermInput {
  readonly code: string;
  readonly kind: TaxonomyKind;
  readonly parentCode: string | null;
  readonly labelEn: string;
  readonly labelFr: string;
  readonly synonymsEn: readonly string[];
  readonly synonymsFr: readonly string[];
}

export interface TermInfo {
  readonly code: string;
  readonly kind: TaxonomyKind;
  readonly labelEn: string;
  readonly labelFr: string;
  /** Nearest first. */
  readonly ancestors: readonly string[];
  readonly parentCode: string | null;
}

export interface ConceptHit {
  code: string;
  /** The words of the text that named the term, as written. */
  surface: string;
  start: number;
  end: number;
}

export interface TaxonomyIndex {
  readonly analyser: Analyser;
  readonly terms: ReadonlyMap<string, TermInfo>;
  /** Stemmed words of all the names of a term, both languages: the query expansion of that term. */
  readonly vocabulary: ReadonlyMap<string, readonly string[]>;
  readonly phrases: PhraseIndex<string>;
}

/** Maps token sequences to values; finds the most specific non-overlapping names in a text. */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private maxLength = 0;

  add(terms: readonly string[], value: T): void {
    if (terms.length === 0) return;
    const key = terms.join(' ');
    const values = this.byKey.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    this.byKey.set(key, values);
    this.maxLength = Math.max(this.maxLength, terms.length);
  }

  lookup(terms: readonly string[]): readonly T[] {
    return this.byKey.get(terms.join(' ')) ?? [];
  }

  /**
   * Longest name starting at each token; a name inside a longer one is dropped, and so is a value
   * broader than a value of an overlapping name ("usinage laser" inside "micro-usinage laser").
   */
  find(tokens: readonly Token[], isBroader: (a: T, b: T) => boolean = () => false) {
    const hits: { start: number; end: number; values: readonly T[] }[] = [];
    const terms = tokens.map((t) => t.term);
    for (let i = 0; i < terms.length; i++) {
      for (let n = Math.min(this.maxLength, terms.length - i); n > 0; n--) {
        const values = this.byKey.get(terms.slice(i, i + n).join(' '));
        if (values) {
          hits.push({ start: i, end: i + n, values });
          break;
        }
      }
    }
    const overlaps = (a: (typeof hits)[number], b: (typeof hits)[number]) => a.start < b.end && b.start < a.end;
    return hits
      .filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
      .map((h) => ({
        ...h,
        values: h.values.filter(
          (v) => !hits.some((o) => o !== h && overlaps(o, h) && o.values.some((w) => w !== v && isBroader(v, w))),
        ),
      }))
      .filter((h) => h.values.length > 0);
  }
}

/** Labels without their parenthetical, plus each acronym the parenthesis gives ("(LMD / DED)"). */
function namesOf(term: TaxonomyTermInput): string[] {
  const names: string[] = [...term.synonymsEn, ...term.synonymsFr];
  for (const label of [term.labelEn, term.labelFr]) {
    names.push(label.replace(/\([^)]*\)/g, ' '));
    for (const [, inner] of label.matchAll(/\(([^)]*)\)/g)) names.push(...(inner ?? '').split(/[/,]/));
  }
  return names.filter((n) => n.trim() !== '');
}

const indexCache = new WeakMap<readonly TaxonomyTermInput[], TaxonomyIndex>();

/** Memoised per taxonomy array, so every matcher over the same taxonomy shares one index. */
export function buildTaxonomyIndex(taxonomy: readonly TaxonomyTermInput[]): TaxonomyIndex {
  const cached = indexCache.get(taxonomy);
  if (cached) return cached;
  const analyser = createAnalyser(analyserOptionsFromPhrases(taxonomy.flatMap(namesOf)));
  const parents = new Map(taxonomy.map((t) => [t.code, t.parentCode]));
  const terms = new Map<string, TermInfo>();
  const vocabulary = new Map<string, readonly string[]>();
  const phrases = new PhraseIndex<string>();
  for (const term of taxonomy) {
    const ancestors: string[] = [];
    for (let p = term.parentCode; p !== null && !ancestors.includes(p); p = parents.get(p) ?? null) ancestors.push(p);
    terms.set(term.code, { ...term, ancestors });
    const words = new Set<string>();
    for (const name of namesOf(term)) {
      const tokens = analyser.analyse(name).tokens.map((t) => t.term);
      phrases.add(tokens, term.code);
      for (const w of tokens) words.add(w);
    }
    vocabulary.set(term.code, [...words]);
  }
  const index = { analyser, terms, vocabulary, phrases };
  indexCache.set(taxonomy, index);
  return index;
}

export function isAncestor(index: TaxonomyIndex, ancestor: string, code: string): boolean {
  return index.terms.get(code)?.ancestors.includes(ancestor) ?? false;
}

/** Taxonomy terms named in a text, in order of appearance, each code once. */
export function extractConcepts(index: TaxonomyIndex, text: string): ConceptHit[] {
  const { tokens } = index.analyser.analyse(text);
  const seen = new Set<string>();
  const concepts: ConceptHit[] = [];
  for (const hit of index.phrases.find(tokens, (a, b) => a === b || isAncestor(index, a, b))) {
    const start = tokens[hit.start]?.start ?? 0;
    const end = tokens[hit.end - 1]?.end ?? start;
    for (const code of hit.values) {
      if (seen.has(code)) continue;
      seen.add(code);
      concepts.push({ code, surface: text.slice(start, end), start, end });
    }
  }
  return concepts;
}

export type Relation = 'exact' | 'narrower' | 'broader' | 'sibling';

/** How an offered code relates to a sought one, with the number of levels between them. */
export function relate(
  index: TaxonomyIndex,
  sought: string,
  offered: string,
): { relation: Relation; levels: number } | null {
  if (sought === offered) return { relation: 'exact', levels: 0 };
  const offeredInfo = index.terms.get(offered);
  const soughtInfo = index.terms.get(sought);
  if (!offeredInfo || !soughtInfo) return null;
  const down = offeredInfo.ancestors.indexOf(sought);
  if (down >= 0) return { relation: 'narrower', levels: down + 1 };
  const up = soughtInfo.ancestors.indexOf(offered);
  if (up >= 0) return { relation: 'broader', levels: up + 1 };
  if (offeredInfo.parentCode !== null && offeredInfo.parentCode === soughtInfo.parentCode) {
    return { relation: 'sibling', levels: 1 };
  }
  return null;
}

const KIND_PREFIXES: Readonly<Record<TaxonomyKind, string>> = {
  technology: 'tech:',
  application_domain: 'domain:',
  s3_area: 's3:',
};

/**
 * A declared technology or domain as given by an import: a code (with or without its kind prefix),
 * else a label or synonym in either language naming exactly one phrase; null when it names none.
 */
export function resolveTerm(index: TaxonomyIndex, value: string, preferredKind: TaxonomyKind): string | null {
  const trimmed = value.trim();
  if (index.terms.has(trimmed)) return trimmed;
  const kinds = [preferredKind, ...(Object.keys(KIND_PREFIXES) as TaxonomyKind[]).filter((k) => k !== preferredKind)];
  for (const kind of kinds) {
    const code = KIND_PREFIXES[kind] + trimmed.toLowerCase();
    if (index.terms.has(code)) return code;
  }
  const codes = index.phrases.lookup(index.analyser.analyse(trimmed).tokens.map((t) => t.term));
  const byKind = (kind: TaxonomyKind) => codes.filter((c) => index.terms.get(c)?.kind === kind).sort()[0];
  for (const kind of kinds) {
    const code = byKind(kind);
    if (code) return code;
  }
  return null;
}
