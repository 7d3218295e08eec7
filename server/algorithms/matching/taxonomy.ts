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
  /**
   * Words of the names of a term, both languages, stemmed and as written: its query expansion. Words
   * shared by more than two families ("optical", "industrial", "source") are left out: they would
   * pull in every profile that uses them in another sense.
   */
  readonly expansion: ReadonlyMap<string, readonly { term: string; word: string }[]>;
  readonly phrases: PhraseIndex<string>;
}

type Words = readonly Pick<Token, 'term' | 'word'>[];

/** Maps token sequences to values; finds the most specific non-overlapping names in a text. */
export class PhraseIndex<T> {
  /** Stemmed key → value → the folded spellings that named it. */
  private readonly byKey = new Map<string, Map<T, Set<string>>>();
  /** Every key and every leading part of one, so a scan stops as soon as no name can continue. */
  private readonly prefixes = new Set<string>();

  add(tokens: Words, value: T): void {
    if (tokens.length === 0) return;
    const key = tokens.map((t) => t.term).join(' ');
    const values = this.byKey.get(key) ?? new Map<T, Set<string>>();
    values.set(value, (values.get(value) ?? new Set()).add(tokens.map((t) => t.word).join(' ')));
    this.byKey.set(key, values);
    for (let n = 1; n <= tokens.length; n++) {
      this.prefixes.add(
        tokens
          .slice(0, n)
          .map((t) => t.term)
          .join(' '),
      );
    }
  }

  /**
   * Values named by exactly these words. When stemming merges names of different values
   * ("imagerie" and "imageur" both give "imag"), the values spelt exactly so win.
   */
  lookup(tokens: Words): T[] {
    const values = this.byKey.get(tokens.map((t) => t.term).join(' '));
    if (!values) return [];
    const spelling = tokens.map((t) => t.word).join(' ');
    const exact = [...values].filter(([, spellings]) => spellings.has(spelling)).map(([v]) => v);
    return exact.length > 0 ? exact : [...values.keys()];
  }

  /**
   * Longest name starting at each token; a name inside a longer one is dropped, and so is a value
   * broader than a value of an overlapping name ("usinage laser" inside "micro-usinage laser").
   */
  find(tokens: readonly Token[], isBroader: (a: T, b: T) => boolean = () => false) {
    const hits: { start: number; end: number; values: readonly T[] }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let key = '';
      let longest: (typeof hits)[number] | null = null;
      for (let end = i + 1; end <= tokens.length; end++) {
        key = key ? `${key} ${tokens[end - 1]?.term}` : (tokens[i]?.term ?? '');
        if (!this.prefixes.has(key)) break;
        if (!this.byKey.has(key)) continue;
        const values = this.lookup(tokens.slice(i, end));
        if (values.length > 0) longest = { start: i, end, values };
      }
      if (longest) hits.push(longest);
    }
    const overlaps = (a: (typeof hits)[number], b: (typeof hits)[number]) =>
      a.start < b.end && b.start < a.end;
    return hits
      .filter(
        (h) =>
          !hits.some(
            (o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
          ),
      )
      .map((h) => ({
        ...h,
        values: h.values.filter(
          (v) =>
            !hits.some((o) => o !== h && overlaps(o, h) && o.values.some((w) => w !== v && isBroader(v, w))),
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
  const words = new Map<string, Map<string, string>>();
  const families = new Map<string, Set<string>>();
  const phrases = new PhraseIndex<string>();
  for (const term of taxonomy) {
    const ancestors: string[] = [];
    for (let p = term.parentCode; p !== null && !ancestors.includes(p); p = parents.get(p) ?? null)
      ancestors.push(p);
    terms.set(term.code, { ...term, ancestors });
    const root = ancestors[ancestors.length - 1] ?? term.code;
    const own = new Map<string, string>();
    for (const name of namesOf(term)) {
      const { tokens } = analyser.analyse(name);
      phrases.add(tokens, term.code);
      for (const t of tokens) {
        if (!own.has(t.term)) own.set(t.term, name.slice(t.start, t.end).toLowerCase());
        families.set(t.term, (families.get(t.term) ?? new Set()).add(root));
      }
    }
    words.set(term.code, own);
  }
  const expansion = new Map(
    [...words].map(([code, own]) => [
      code,
      [...own].filter(([t]) => (families.get(t)?.size ?? 0) <= 2).map(([term, word]) => ({ term, word })),
    ]),
  );
  const index = { analyser, terms, expansion, phrases };
  indexCache.set(taxonomy, index);
  return index;
}

export function isAncestor(index: TaxonomyIndex, ancestor: string, code: string): boolean {
  return index.terms.get(code)?.ancestors.includes(ancestor) ?? false;
}

/** Taxonomy terms named in a text, in order of appearance, each code once. */
export function extractConcepts(
  index: TaxonomyIndex,
  text: string,
  tokens: readonly Token[] = index.analyser.analyse(text).tokens,
): ConceptHit[] {
  const seen = new Set<string>();
  const concepts: ConceptHit[] = [];
  for (const hit of index.phrases.find(tokens, (a, b) => isAncestor(index, a, b))) {
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

/**
 * Every code related to a sought one — itself, its ancestors, descendants and siblings — with the
 * relation and the number of levels between them; other codes are unrelated.
 */
export function relatedCodes(
  index: TaxonomyIndex,
  sought: string,
): Map<string, { relation: Relation; levels: number }> {
  const related = new Map<string, { relation: Relation; levels: number }>();
  const info = index.terms.get(sought);
  if (!info) return related;
  for (const [code, other] of index.terms) {
    const down = other.ancestors.indexOf(sought);
    if (down >= 0) related.set(code, { relation: 'narrower', levels: down + 1 });
    else if (code !== sought && other.parentCode !== null && other.parentCode === info.parentCode) {
      related.set(code, { relation: 'sibling', levels: 1 });
    }
  }
  info.ancestors.forEach((a, i) => related.set(a, { relation: 'broader', levels: i + 1 }));
  related.set(sought, { relation: 'exact', levels: 0 });
  return related;
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
  const kinds = [
    preferredKind,
    ...(Object.keys(KIND_PREFIXES) as TaxonomyKind[]).filter((k) => k !== preferredKind),
  ];
  for (const kind of kinds) {
    const code = KIND_PREFIXES[kind] + trimmed.toLowerCase();
    if (index.terms.has(code)) return code;
  }
  const codes = index.phrases.lookup(index.analyser.analyse(trimmed).tokens);
  const byKind = (kind: TaxonomyKind) => codes.filter((c) => index.terms.get(c)?.kind === kind).sort()[0];
  for (const kind of kinds) {
    const code = byKind(kind);
    if (code) return code;
  }
  return null;
}
