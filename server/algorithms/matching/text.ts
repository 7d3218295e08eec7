/**
 * Text analysis shared by concept extraction and BM25, for English and French: accent folding,
 * tokenisation that keeps character offsets (so reasons can quote the user's own words), stop words
 * of both languages and a light suffix-stripping stemmer. The same analyser must see both sides of a
 * comparison: the stemmer is crude, but it is applied identically to queries, profiles and taxonomy
 * phrases, and it conflates the usual EN/FR pairs ("optique"/"optical" → "opt").
 */

export interface Token {
  /** Stemmed form used for matching. */
  term: string;
  /** Folded form as written, to tell apart words that stem alike ("imageur", "imagerie"). */
  word: string;
  /** Character span in the original text, for quoting. */
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  /** Joined forms of hyphenated words ("microusinage"), indexed for BM25 but not for phrases. */
  joined: Token[];
}

export interface Analyser {
  analyse(text: string): Analysis;
  /** Stemmed terms only, joined forms included: what a bag-of-words index stores. */
  terms(text: string): string[];
}

export interface AnalyserOptions {
  /** Joined compound → its parts, learnt from hyphenated taxonomy phrases ("micromachining" → micro, machining). */
  compounds?: ReadonlyMap<string, readonly string[]>;
  /** Words written solid in the taxonomy, so a hyphenated spelling is read as one word ("micro-perçage"). */
  solidWords?: ReadonlySet<string>;
}

// prettier-ignore
const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'about', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'between', 'both', 'but', 'by',
  'can', 'do', 'does', 'each', 'for', 'from', 'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'itself',
  'may', 'more', 'most', 'no', 'not', 'of', 'on', 'or', 'other', 'our', 'ours', 'over', 'per', 'so', 'some',
  'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through',
  'to', 'under', 'up', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who',
  'will', 'with', 'within', 'would', 'you', 'your', 'am', 'i', 'my', 'me', 'via', 'etc', 'e', 'g', 'ie',
  // French (accents folded)
  'a', 'afin', 'ainsi', 'au', 'aux', 'avec', 'c', 'ce', 'ces', 'cette', 'chez', 'comme', 'd', 'dans', 'de',
  'des', 'donc', 'du', 'elle', 'elles', 'en', 'entre', 'est', 'et', 'etre', 'il', 'ils', 'j', 'je', 'l', 'la',
  'le', 'les', 'leur', 'leurs', 'lui', 'm', 'mais', 'me', 'meme', 'mes', 'n', 'ne', 'nos', 'notre', 'nous',
  'on', 'ont', 'ou', 'par', 'pas', 'plus', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'sans', 'se', 'ses', 'son',
  'sont', 'sur', 't', 'ta', 'tes', 'ton', 'tous', 'tout', 'toute', 'toutes', 'tres', 'un', 'une', 'vers',
  'vos', 'votre', 'vous', 'y', 'dont', 'ete', 'sous', 'jusqu', 'lorsqu', 'puisqu',
  // Request phrasing that carries no topic, in both languages
  'looking', 'seeking', 'seek', 'seeks', 'search', 'searching', 'need', 'needs', 'needed', 'want', 'wants',
  'partner', 'partners', 'find', 'cherche', 'cherchons', 'recherchons', 'cherchent', 'recherchent',
  'partenaire', 'partenaires', 'besoin', 'souhaite', 'souhaitons', 'trouver',
]);

/** Words that end like a plural or a suffix but are not one. */
// prettier-ignore
const INVARIANT = new Set(['lens', 'gas', 'gaz', 'plus', 'bias', 'atlas', 'chassis', 'series', 'species', 'mass']);

// Longest first: the first suffix that leaves a stem of at least three letters wins.
// prettier-ignore
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['isations', ''], ['izations', ''], ['isation', ''], ['ization', ''], ['ements', ''], ['ations', ''],
  ['ation', ''], ['ement', ''], ['ments', ''], ['iques', ''], ['ment', ''], ['ique', ''],
  ['icale', ''], ['ical', ''], ['ings', ''], ['elle', ''], ['erie', ''], ['eurs', ''], ['ures', ''], ['ives', ''],
  ['ing', ''], ['ics', ''], ['ion', ''], ['ies', 'y'], ['ite', ''], ['ity', ''], ['eur', ''], ['ure', ''], ['ors', ''],
  ['ale', ''], ['aux', ''], ['age', ''], ['ive', ''], ['ied', 'y'], ['ers', ''], ['ee', ''], ['ed', ''],
  ['er', ''], ['or', ''], ['al', ''], ['el', ''], ['ic', ''], ['if', ''], ['ie', ''], ['y', ''], ['e', ''],
];

const MIN_STEM = 3;

/**
 * Light EN/FR stemmer: plural, then up to two suffixes (so "monitoring" and "monitor", "sensing" and
 * "sensors" meet), then a doubled final consonant.
 */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || INVARIANT.has(word) || /\d/.test(word)) return word;
  // American spellings and the French -aux plural first, so "fiber"/"fibre" and "médicaux"/"medical" meet.
  let w = word
    .replace(/(fib|cent|met|lit)er(s?)$/, '$1re$2')
    .replace(/([iy])z(?=(e|es|ed|er|ers|ing|ation|ations)$)/, '$1s')
    .replace(/([^e])aux$/, '$1al');
  if (/[sx]$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (let pass = 0; pass < 2; pass++) {
    const rule = SUFFIXES.find(([suffix]) => w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM);
    if (!rule) break;
    w = w.slice(0, -rule[0].length) + rule[1];
  }
  if (w.length > MIN_STEM + 1 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  '‐': '-',
  '‑': '-',
  '–': ' ',
  '—': ' ',
};

/** Lower case without accents, with for each folded character the index of its source character. */
export function fold(text: string): { folded: string; sources: number[] } {
  let folded = '';
  const sources: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    // Most text is ASCII; Unicode normalisation per character is the slow path.
    const out =
      ch.charCodeAt(0) < 128
        ? ch.toLowerCase()
        : (SPECIAL_FOLDS[ch] ??
          ch
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase());
    for (const c of out) {
      folded += c;
      sources.push(i);
    }
  }
  return { folded, sources };
}

/** Lower case, accents folded, runs of other characters as single spaces: for comparing labels. */
export function normaliseLabel(text: string): string {
  return fold(text)
    .folded.replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const WORD = /[a-z0-9]+(?:[-&][a-z0-9]+)*/g;

/** Past this many distinct words the stem cache starts afresh, so a long-lived analyser stays small. */
const STEM_CACHE_SIZE = 50_000;

export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const compounds = options.compounds ?? new Map<string, readonly string[]>();
  const solidWords = options.solidWords ?? new Set<string>();
  const stems = new Map<string, string>();
  const cachedStem = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) {
      if (stems.size >= STEM_CACHE_SIZE) stems.clear();
      s = stem(word);
      stems.set(word, s);
    }
    return s;
  };

  function analyse(text: string): Analysis {
    const { folded, sources } = fold(text);
    const tokens: Token[] = [];
    const joined: Token[] = [];
    const push = (word: string, start: number, end: number, into = tokens) => {
      // Single letters are kept when meaningful ("rayons X"): dropping them would turn a phrase into another.
      if (STOP_WORDS.has(word) || /^\d+$/.test(word)) return;
      into.push({
        term: cachedStem(word),
        word,
        start: sources[start] ?? 0,
        end: (sources[end - 1] ?? 0) + 1,
      });
    };
    for (const match of folded.matchAll(WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const surface = match[0].replace(/&/g, '');
      const parts = surface.split('-');
      const solid = parts.join('');
      const split = compounds.get(solid);
      if (split) {
        for (const part of split) push(part, start, end);
        push(solid, start, end, joined);
      } else if (parts.length === 1 || solidWords.has(solid)) {
        push(solid, start, end);
      } else {
        // Each part keeps its own span so a quoted phrase can start inside a compound.
        let offset = start;
        for (const part of parts) {
          push(part, offset, offset + part.length);
          offset += part.length + 1;
        }
        push(solid, start, end, joined);
      }
    }
    return { tokens, joined };
  }

  return {
    analyse,
    terms(text) {
      const { tokens, joined } = analyse(text);
      return [...tokens, ...joined].map((t) => t.term);
    },
  };
}

/** Learns the compound table and solid words of an analyser from the phrases it will have to match. */
export function analyserOptionsFromPhrases(phrases: Iterable<string>): Required<AnalyserOptions> {
  const compounds = new Map<string, readonly string[]>();
  const solidWords = new Set<string>();
  for (const phrase of phrases) {
    for (const match of fold(phrase).folded.matchAll(WORD)) {
      const parts = match[0].replace(/&/g, '').split('-');
      if (parts.length > 1) compounds.set(parts.join(''), parts);
      else if (parts[0]) solidWords.add(parts[0]);
    }
  }
  // A word the taxonomy hyphenates somewhere is always read split, so both spellings meet.
  for (const solid of compounds.keys()) solidWords.delete(solid);
  return { compounds, solidWords };
}
