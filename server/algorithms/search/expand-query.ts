/**
 * Bridges languages and jargon in directory search: finds the taxonomy terms named in a query (by
 * label or synonym, English or French) and replaces each by the OR of all its names, so
 * "micro-usinage laser" also looks for "laser micromachining" and "micro-machining".
 */

export interface ExpansionTerm {
  code: string;
  labelEn: string;
  labelFr: string;
  synonymsEn: readonly string[];
  synonymsFr: readonly string[];
}

/**
 * One part of the query, satisfied by any of its phrases or by declaring one of its terms. `phrases`
 * (what the user typed) are analysed in both languages; a term's names only in their own language, so
 * "Lasers et sources laser" read as English does not turn "et" into a search word.
 */
export interface QueryGroup {
  phrases: string[];
  en: string[];
  fr: string[];
  codes: string[];
}

export interface ExpandedQuery {
  raw: string;
  /** Every group must be satisfied. */
  groups: QueryGroup[];
  /** Taxonomy terms recognised in the query. */
  concepts: string[];
}

const MAX_PHRASE_TOKENS = 6;

/** Lower case, accents folded, hyphens and punctuation as spaces, a plural s dropped. */
export function normaliseTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

export interface PhraseIndex {
  byPhrase: Map<string, string[]>;
  names: Map<string, { en: string[]; fr: string[] }>;
}

const LASER = new Set(['laser', 'lasers']);

/**
 * Phrases that name a term: its labels and synonyms, each side of a "/" in a label ("Ultrafast /
 * femtosecond lasers"), and for laser sources the modifier alone ("femtosecond" from "femtosecond
 * laser"), since people search "ultrafast" or "ultracourt" without the head noun.
 */
function phrasesOf(term: ExpansionTerm): string[] {
  const all = [term.labelEn, term.labelFr, ...term.synonymsEn, ...term.synonymsFr];
  const phrases = all.flatMap((name) => [name, ...(name.includes('/') ? name.split('/') : [])]);
  if (term.code.startsWith('tech:lasers.')) {
    for (const phrase of [...phrases]) {
      const tokens = normaliseTokens(phrase);
      if (tokens.length === 2 && tokens.some((t) => LASER.has(t))) phrases.push(tokens.find((t) => !LASER.has(t))!);
    }
  }
  return phrases;
}

export function buildPhraseIndex(terms: readonly ExpansionTerm[]): PhraseIndex {
  const byPhrase = new Map<string, string[]>();
  const names: PhraseIndex['names'] = new Map();
  for (const term of terms) {
    names.set(term.code, { en: [...new Set([term.labelEn, ...term.synonymsEn])], fr: [...new Set([term.labelFr, ...term.synonymsFr])] });
    for (const name of phrasesOf(term)) {
      const key = normaliseTokens(name).join(' ');
      if (!key) continue;
      const codes = byPhrase.get(key) ?? [];
      if (!codes.includes(term.code)) codes.push(term.code);
      byPhrase.set(key, codes);
    }
  }
  return { byPhrase, names };
}

/** Longest-match scan, left to right; words not part of a term stay as single-word groups. */
export function expandQuery(raw: string, index: PhraseIndex): ExpandedQuery {
  const tokens = normaliseTokens(raw);
  const groups: QueryGroup[] = [];
  const concepts: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE_TOKENS, tokens.length - i); n >= 1 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const codes = index.byPhrase.get(phrase);
      if (!codes) continue;
      const en = new Set<string>();
      const fr = new Set<string>();
      for (const code of codes) {
        index.names.get(code)?.en.forEach((n) => en.add(n));
        index.names.get(code)?.fr.forEach((n) => fr.add(n));
      }
      groups.push({ phrases: [tokens.slice(i, i + n).join(' ')], en: [...en], fr: [...fr], codes: [...codes] });
      concepts.push(...codes.filter((c) => !concepts.includes(c)));
      i += n;
      matched = true;
    }
    if (!matched) {
      groups.push({ phrases: [tokens[i]!], en: [], fr: [], codes: [] });
      i += 1;
    }
  }
  return { raw, groups, concepts };
}
