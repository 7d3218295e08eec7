/**
 * The directory's search index, in process: every public organisation's facet values, search vector
 * (lexemes with positions and weights, as PostgreSQL stored them) and name trigrams, with posting lists
 * per lexeme. It answers what the directory asks of a search — which organisations match a text and
 * filters, their relevance, one page in any sort after a keyset cursor, the total and the facet counts
 * under the other filters — with the semantics of the SQL it replaces: `search_vector @@ query` (phrases
 * included), `ts_rank` with the same weights, pg_trgm similarity on names. Pure: the database side
 * (loading and following changes) is in modules/organisations/directory-index.repository.ts.
 *
 * Organisations live in slots, and every list that names slots only grows: an update gives the
 * organisation a new slot and retires the old one, so a list entry is never wrong about its slot, only
 * possibly about a retired one (skipped). Per lexeme, the list holds each slot's share of calc_rank_or,
 * so an OR query is ranked by walking its lexemes' lists, never reading the documents; per trigram, the
 * list gives name similarity the same way. Once retired slots make up a quarter, everything is rebuilt
 * from the live ones.
 */
import { matchesPhrase, orShare, OR_SHARE_DIVISOR, type ParsedLexeme, type Phrase, type RankQuery, tsRank } from './tsvector';
import { trigramsOf } from './trigrams';
import { FACET_NAMES as FACETS, type FacetName as Facet } from '../../../contracts/organisations';

const MULTI = ['technology', 'domain', 's3', 'role', 'cluster', 'label'] as const;
type MultiFacet = (typeof MULTI)[number];

/** One public organisation as the index holds it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  /** f_unaccent(lower(name)), as stored by the database. */
  nameFolded: string;
  /** ISO 8601 in UTC with microseconds: sorts as the timestamps do. */
  createdAt: string;
  type: string;
  country: string;
  region: string | null;
  /** Declared technologies and their ancestors (technology_paths). */
  technology: string[];
  domain: string[];
  s3: string[];
  role: string[];
  /** Clusters the organisation is an active member of. */
  cluster: string[];
  label: string[];
  vector: ParsedLexeme[];
}

export type Filters = Partial<Record<Facet, readonly string[]>> & {
  /** Only organisations in (true) or outside (false) these countries. */
  scope?: { countries: ReadonlySet<string>; inside: boolean } | undefined;
};

/** A search text as the index evaluates it (built from the analysed query by the repository). */
export interface IndexText {
  /** Every group must match; a group matches through any of its phrases. */
  groups: Phrase[][];
  rank: RankQuery;
  /** The query folded as names are (f_unaccent(lower(q))), for name similarity. */
  name: string;
  /** Terms named by the query: declaring one of them earns CONCEPT_BONUS. */
  concepts: string[];
}

export type Sort = 'relevance' | 'name' | 'newest';
export type Cursor = [number | string, string];

export interface Hit {
  id: string;
  score: number | null;
  name: string;
  createdAt: string;
}

export interface FacetCount {
  facet: Facet;
  value: string;
  count: number;
}

/** Weights of ts_rank for {D, C, B, A}: unused, descriptions, taxonomy labels and keywords, name. */
const RANK_WEIGHTS = [0.05, 0.2, 0.5, 1.0].map(Math.fround);
/** Names this similar to the query count as matches even without a word in common (typos). */
const NAME_SIMILARITY = 0.35;
/** Names close to the query are looked for only when its words find fewer organisations than this. */
const TYPO_WHEN_FEWER_THAN = 200;
const CONCEPT_BONUS = 0.3;

/** Values of one facet as small integers. */
class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/** An append-only list of numbers in a typed array that doubles when full. */
class Column<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(Math.max(4, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}
const ints = () => new Column(new Int32Array(4), (n) => new Int32Array(n));
const floats = () => new Column(new Float32Array(4), (n) => new Float32Array(n));

/** A lexeme's slots, with each slot's share of calc_rank_or (orShare) for that lexeme. */
interface LexemeList {
  slots: Column<Int32Array>;
  shares: Column<Float32Array>;
}

/** The list of a lexeme no live slot holds (known to the index, but every holder replaced or removed before a rebuild). */
const NO_LIST: LexemeList = { slots: ints(), shares: floats() };

function lowerBound(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the k smallest items by `before`, sorted; n log k. */
function smallest<T>(items: Iterable<T>, k: number, before: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const item of items) {
    if (kept.length === k && before(item, kept[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(kept[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

const compare = <T extends number | string>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A slot's document in one Int32Array: a header of counts, then lexeme ids ascending, where each
 * lexeme's positions start (one more than the lexemes), the packed positions, and the value ids of each
 * multi-valued facet. Read for phrases, AND ranking and rebuilding; the lists serve everything else.
 */
const H_LEX = 0;
const H_POS = 1;
const H_MULTI = 2; // then one count per MULTI facet
const HEADER = H_MULTI + MULTI.length;
const LEX = HEADER;
const startsAt = (r: Int32Array) => HEADER + r[H_LEX]!;
const positionsAt = (r: Int32Array) => HEADER + 2 * r[H_LEX]! + 1;
const EMPTY_RECORD: Int32Array = new Int32Array(HEADER);
function multiAt(r: Int32Array, k: number): number {
  let at = positionsAt(r) + r[H_POS]!;
  for (let i = 0; i < k; i++) at += r[H_MULTI + i]!;
  return at;
}

export class DirectoryIndex {
  private slotOf = new Map<string, number>();
  private ids: string[] = [];
  private names: string[] = [];
  private created: string[] = [];
  private live = new Column(new Int32Array(4), (n) => new Int32Array(n));
  private single: Record<'type' | 'country' | 'region', number[]> = { type: [], country: [], region: [] };
  private records: Int32Array[] = [];
  /** Per slot: its name's trigram count, and the trigram ids themselves (for rebuilding). */
  private trigramCount: number[] = [];
  private trigramIdsBySlot: Int32Array[] = [];
  private readonly dictionaries = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<Facet, Dictionary>;
  private readonly lexemes = new Dictionary();
  private readonly trigramIds = new Dictionary();
  private lexemeLists: LexemeList[] = [];
  private trigramLists: Column<Int32Array>[] = [];
  /** Slots per value of each multi-valued facet. */
  private valueSlots = Object.fromEntries(MULTI.map((f) => [f, [] as number[][]])) as Record<MultiFacet, number[][]>;
  private retired = 0;
  /** Bumped by every change: what the cached text matches are valid for. */
  private version = 0;
  private readonly foundCache = new WeakMap<IndexText, { version: number; slots: number[]; common: Uint16Array; queryTrigrams: number }>();

  get size(): number {
    return this.slotOf.size;
  }

  private isLive(slot: number): boolean {
    return this.live.data[slot] === 1;
  }

  /** Adds the organisation, or replaces it (in a new slot). */
  upsert(entry: DirectoryEntry): void {
    this.version++;
    this.retire(entry.id);
    const lexemes = entry.vector.map((l) => ({ id: this.lexemes.id(l.lexeme), positions: l.positions })).sort((a, b) => a.id - b.id);
    const multi = MULTI.map((facet) => [...new Set(entry[facet].map((v) => this.dictionaries[facet].id(v)))]);
    const positions = lexemes.reduce((n, l) => n + l.positions.length, 0);
    const r = new Int32Array(HEADER + 2 * lexemes.length + 1 + positions + multi.reduce((n, m) => n + m.length, 0));
    r[H_LEX] = lexemes.length;
    r[H_POS] = positions;
    multi.forEach((m, k) => (r[H_MULTI + k] = m.length));
    let at = positionsAt(r);
    lexemes.forEach((l, i) => {
      r[LEX + i] = l.id;
      r[startsAt(r) + i] = at;
      r.set(l.positions, at);
      at += l.positions.length;
    });
    r[startsAt(r) + lexemes.length] = at;
    multi.forEach((m, k) => r.set(m, multiAt(r, k)));
    this.place(entry.id, entry.name, entry.createdAt, [entry.type, entry.country, entry.region], r, this.trigramIdsOf(entry.nameFolded, true));
  }

  /** Gives a document a new slot and lists it everywhere. */
  private place(id: string, name: string, created: string, single: [string, string, string | null], r: Int32Array, trigrams: Int32Array): void {
    const slot = this.ids.length;
    this.slotOf.set(id, slot);
    this.ids.push(id);
    this.names.push(name);
    this.created.push(created);
    this.live.push(1);
    this.single.type.push(this.dictionaries.type.id(single[0]));
    this.single.country.push(this.dictionaries.country.id(single[1]));
    this.single.region.push(single[2] === null ? -1 : this.dictionaries.region.id(single[2]));
    this.records.push(r);
    this.trigramCount.push(trigrams.length);
    this.trigramIdsBySlot.push(trigrams);
    const n = r[H_LEX]!;
    const starts = startsAt(r);
    for (let i = 0; i < n; i++) {
      const list = (this.lexemeLists[r[LEX + i]!] ??= { slots: ints(), shares: floats() });
      list.slots.push(slot);
      list.shares.push(orShare(RANK_WEIGHTS, r, r[starts + i]!, r[starts + i + 1]!));
    }
    for (const t of trigrams) (this.trigramLists[t] ??= ints()).push(slot);
    MULTI.forEach((facet, k) => {
      const at = multiAt(r, k);
      for (let i = at; i < at + r[H_MULTI + k]!; i++) (this.valueSlots[facet][r[i]!] ??= []).push(slot);
    });
  }

  remove(id: string): void {
    if (!this.slotOf.has(id)) return;
    this.version++;
    this.retire(id);
  }

  private retire(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.live.data[slot] = 0;
    this.retired++;
    if (this.retired > 1000 && this.retired * 4 > this.ids.length) this.rebuild();
  }

  /** Lists the live slots afresh, in order, leaving the retired ones out. */
  private rebuild(): void {
    const old = { ids: this.ids, names: this.names, created: this.created, single: this.single, records: this.records, trigrams: this.trigramIdsBySlot };
    const isLive = (slot: number) => this.isLive(slot);
    const liveSlots = old.ids.map((_, slot) => slot).filter(isLive);
    this.slotOf = new Map();
    this.ids = [];
    this.names = [];
    this.created = [];
    this.live = new Column(new Int32Array(4), (n) => new Int32Array(n));
    this.single = { type: [], country: [], region: [] };
    this.records = [];
    this.trigramCount = [];
    this.trigramIdsBySlot = [];
    this.lexemeLists = [];
    this.trigramLists = [];
    this.valueSlots = Object.fromEntries(MULTI.map((f) => [f, [] as number[][]])) as Record<MultiFacet, number[][]>;
    this.retired = 0;
    for (const slot of liveSlots) {
      const value = (facet: 'type' | 'country' | 'region') => {
        const v = old.single[facet][slot]!;
        return v < 0 ? null : this.dictionaries[facet].values[v]!;
      };
      this.place(old.ids[slot]!, old.names[slot]!, old.created[slot]!, [value('type')!, value('country')!, value('region')], old.records[slot]!, old.trigrams[slot]!);
    }
  }

  private trigramIdsOf(text: string, store: boolean): Int32Array {
    let unknown = -1;
    const ids = trigramsOf(text).map((t) => (store ? this.trigramIds.id(t) : (this.trigramIds.find(t) ?? unknown--)));
    return Int32Array.from(ids).sort();
  }

  private listOf(lexemeId: number): LexemeList {
    return this.lexemeLists[lexemeId] ?? NO_LIST;
  }

  /** Where a lexeme id's packed positions are in a document, into doc.from/to[operand] (-1: absent). */
  private locate(r: Int32Array, lexemeId: number, doc: { from: Int32Array; to: Int32Array }, operand: number): void {
    const n = r[H_LEX]!;
    const i = lowerBound(r, lexemeId, LEX, LEX + n);
    if (i >= LEX + n || r[i] !== lexemeId) {
      doc.from[operand] = -1;
      return;
    }
    const starts = startsAt(r) + (i - LEX);
    doc.from[operand] = r[starts]!;
    doc.to[operand] = r[starts + 1]!;
  }

  /** Live slots whose vector matches every group of the text. */
  private textMatches(text: IndexText): number[] {
    const groups = text.groups;
    if (!groups.length) return [];
    const hits = new Uint16Array(this.ids.length);
    let candidates: number[] = [];
    groups.forEach((alternatives, g) => {
      for (const phrase of alternatives) {
        const ids = phrase.lexemes.map((l) => this.lexemes.find(l));
        if (ids.some((id) => id === undefined)) continue;
        const distinct = [...new Set(ids as number[])];
        // Walk the shortest list among the phrase's lexemes: every one must be present.
        let driver = distinct[0]!;
        for (const id of distinct) if (this.listOf(id).slots.length < this.listOf(driver).slots.length) driver = id;
        let have: Uint8Array | null = null;
        if (distinct.length > 1) {
          // Which slots hold every other lexeme, from their lists, before any document is read.
          have = new Uint8Array(this.ids.length);
          for (const id of distinct) {
            if (id === driver) continue;
            const list = this.listOf(id).slots;
            for (let e = 0; e < list.length; e++) have[list.data[e]!]!++;
          }
        }
        const doc = { data: EMPTY_RECORD, from: new Int32Array(ids.length), to: new Int32Array(ids.length) };
        const list = this.listOf(driver).slots;
        for (let e = 0; e < list.length; e++) {
          const slot = list.data[e]!;
          if (hits[slot] !== g || !this.isLive(slot)) continue;
          if (have) {
            if (have[slot]! < distinct.length - 1) continue;
            const r = this.records[slot]!;
            doc.data = r;
            ids.forEach((id, i) => this.locate(r, id!, doc, i));
            if (!matchesPhrase(phrase, doc)) continue;
          }
          hits[slot] = g + 1;
          if (g === 0) candidates.push(slot);
        }
      }
      if (g > 0) candidates = candidates.filter((slot) => hits[slot] === g + 1);
    });
    return candidates;
  }

  /** Trigrams each slot's name shares with the text (from the trigram lists), and the text's own count. */
  private sharedTrigrams(name: string): { common: Uint16Array; queryTrigrams: number } {
    const query = this.trigramIdsOf(name, false);
    const common = new Uint16Array(this.ids.length);
    for (const t of query) {
      if (t < 0) continue;
      const list = this.trigramLists[t];
      if (!list) continue;
      for (let e = 0; e < list.length; e++) common[list.data[e]!]!++;
    }
    return { common, queryTrigrams: query.length };
  }

  /** pg_trgm similarity(name, query) of a slot, from the shared counts. */
  private similarity(slot: number, common: Uint16Array, queryTrigrams: number): number {
    const c = common[slot]!;
    if (!c) return 0;
    return Math.fround(Math.fround(c) / Math.fround(this.trigramCount[slot]! + queryTrigrams - c));
  }

  /** The slots a text finds: its words, plus close names when the words find few (see TYPO_WHEN_FEWER_THAN). */
  private found(text: IndexText | null): { slots: number[]; common: Uint16Array; queryTrigrams: number } | null {
    if (!text) return null;
    const cached = this.foundCache.get(text);
    if (cached?.version === this.version) return cached;
    const slots = this.textMatches(text);
    const { common, queryTrigrams } = this.sharedTrigrams(text.name);
    if (slots.length < TYPO_WHEN_FEWER_THAN) {
      const matched = new Set(slots);
      for (let slot = 0; slot < this.ids.length; slot++) {
        if (common[slot] && this.isLive(slot) && !matched.has(slot) && this.similarity(slot, common, queryTrigrams) >= NAME_SIMILARITY) slots.push(slot);
      }
    }
    // The page and the counts of one search share the text's matches (callers copy before filtering).
    const found = { version: this.version, slots, common, queryTrigrams };
    this.foundCache.set(text, found);
    return found;
  }

  /** Per active filter, a flag per slot: whether the filter holds for it. */
  private filterFlags(filters: Filters): Partial<Record<Facet, Uint8Array>> {
    const flags: Partial<Record<Facet, Uint8Array>> = {};
    const n = this.ids.length;
    FACETS.forEach((facet) => {
      const values = filters[facet];
      if (!values?.length) return;
      const wanted = new Set(values.map((v) => this.dictionaries[facet].find(v)).filter((id) => id !== undefined));
      const flag = new Uint8Array(n);
      if (facet === 'type' || facet === 'country' || facet === 'region') {
        const column = this.single[facet];
        for (let slot = 0; slot < n; slot++) if (wanted.has(column[slot]!)) flag[slot] = 1;
      } else {
        for (const v of wanted) for (const slot of this.valueSlots[facet][v] ?? []) flag[slot] = 1;
      }
      flags[facet] = flag;
    });
    return flags;
  }

  /** The live slots every count and result starts from: found by the text (or all), and in scope. */
  private base(filters: Filters, slots: number[] | null): number[] {
    const scope = filters.scope;
    let inScope: Uint8Array | null = null;
    if (scope) {
      const countries = this.dictionaries.country.values.map((c) => scope.countries.has(c) === scope.inside);
      inScope = new Uint8Array(this.ids.length);
      for (let slot = 0; slot < this.ids.length; slot++) if (countries[this.single.country[slot]!]) inScope[slot] = 1;
    }
    const out: number[] = [];
    if (slots) {
      for (const slot of slots) if (!inScope || inScope[slot]) out.push(slot);
    } else {
      for (let slot = 0; slot < this.ids.length; slot++) if (this.isLive(slot) && (!inScope || inScope[slot])) out.push(slot);
    }
    return out;
  }

  private matching(filters: Filters, text: IndexText | null) {
    const found = this.found(text);
    const flags = Object.values(this.filterFlags(filters));
    const slots = this.base(filters, found?.slots ?? null).filter((slot) => flags.every((flag) => flag[slot] === 1));
    return { slots, found };
  }

  /** ts_rank of each given slot, by slot. */
  private ranks(text: IndexText, slots: number[]): Float32Array {
    const ranks = new Float32Array(this.ids.length);
    const items = text.rank.items.map((l) => this.lexemes.find(l));
    if (!text.rank.and || items.length < 2) {
      // calc_rank_or, operand by operand in PostgreSQL's order: each list adds its slots' shares.
      for (const id of items) {
        if (id === undefined) continue;
        const { slots: listed, shares } = this.listOf(id);
        for (let e = 0; e < listed.length; e++) {
          const slot = listed.data[e]!;
          ranks[slot] = ranks[slot]! + shares.data[e]! / OR_SHARE_DIVISOR; // stored as float4, as C assigns
        }
      }
      for (const slot of slots) ranks[slot] = ranks[slot]! / items.length;
      return ranks;
    }
    // calc_rank_and compares the operands' positions pairwise: read each document.
    const doc = { data: EMPTY_RECORD, from: new Int32Array(items.length), to: new Int32Array(items.length) };
    for (const slot of slots) {
      const r = this.records[slot]!;
      doc.data = r;
      items.forEach((id, i) => (id === undefined ? (doc.from[i] = -1) : this.locate(r, id, doc, i)));
      ranks[slot] = tsRank(RANK_WEIGHTS, text.rank, doc, r[H_LEX] === 0);
    }
    return ranks;
  }

  /** Relevance by slot: ts_rank + name similarity (float4, as SQL adds two reals) + a bonus for declaring a named term. */
  private scores(text: IndexText, found: NonNullable<ReturnType<DirectoryIndex['found']>>, slots: number[]): Float64Array {
    const scores = new Float64Array(this.ids.length).fill(Number.NaN);
    const ranks = this.ranks(text, slots);
    const declares = new Uint8Array(this.ids.length);
    for (const facet of ['technology', 'domain'] as const) {
      for (const concept of text.concepts) {
        const v = this.dictionaries[facet].find(concept);
        if (v !== undefined) for (const slot of this.valueSlots[facet][v] ?? []) declares[slot] = 1;
      }
    }
    for (const slot of slots) {
      const rank = this.records[slot]![H_LEX] === 0 ? 0 : ranks[slot]!;
      scores[slot] = Math.fround(rank + this.similarity(slot, found.common, found.queryTrigrams)) + (declares[slot] ? CONCEPT_BONUS : 0);
    }
    return scores;
  }

  /** One page of results in the given order, after the cursor; one more than `limit` tells there is more. */
  search(p: { filters: Filters; text: IndexText | null; sort: Sort; limit: number; after: Cursor | null }): {
    hits: Hit[];
    hasMore: boolean;
  } {
    const { slots, found } = this.matching(p.filters, p.text);
    // Scores by slot (NaN: not scored); slots are compared as plain numbers, so nothing is allocated per result.
    const scores = p.text && found ? this.scores(p.text, found, slots) : new Float64Array(0);
    const ids = this.ids;
    // Each sort: a key and its direction, then the id (the cursor's tie-break) and its direction.
    const orders = {
      relevance: { key: (slot: number): number | string => scores[slot]!, dir: -1, idDir: 1 },
      newest: { key: (slot: number): number | string => this.created[slot]!, dir: -1, idDir: -1 },
      name: { key: (slot: number): number | string => this.names[slot]!, dir: 1, idDir: 1 },
    };
    const { key, dir, idDir } = orders[p.sort];
    const before = (a: number, b: number) => dir * compare(key(a), key(b)) || idDir * compare(ids[a]!, ids[b]!);
    const after = p.after;
    const cursorKey = after ? (p.sort === 'relevance' ? Number(after[0]) : String(after[0])) : null;
    const afterCursor =
      after && cursorKey !== null
        ? (slot: number) => (dir * compare(key(slot), cursorKey) || idDir * compare(ids[slot]!, after[1])) > 0
        : null;
    const page = smallest(afterCursor ? slots.filter(afterCursor) : slots, p.limit + 1, before);
    return {
      hits: page.slice(0, p.limit).map((slot) => ({
        id: ids[slot]!,
        score: p.text ? scores[slot]! : null,
        name: this.names[slot]!,
        createdAt: this.created[slot]!,
      })),
      hasMore: page.length > p.limit,
    };
  }

  count(p: { filters: Filters; text: IndexText | null }): number {
    return this.matching(p.filters, p.text).slots.length;
  }

  /**
   * Counts per facet value, each facet under every active filter but its own: a slot counts for a facet
   * when all the other active filters hold for it.
   */
  facetCounts(p: { filters: Filters; text: IndexText | null; facets?: readonly Facet[] }): FacetCount[] {
    const slots = this.base(p.filters, this.found(p.text)?.slots ?? null);
    const flags = this.filterFlags(p.filters);
    const active = FACETS.filter((f) => flags[f]);
    const bits = Object.fromEntries(FACETS.map((f, i) => [f, 1 << i])) as Record<Facet, number>;
    // Per slot: IN_BASE when it is in the base, and a bit per active filter that holds for it.
    const IN_BASE = 1 << 30;
    const masks = new Int32Array(this.ids.length);
    for (const slot of slots) masks[slot] = IN_BASE;
    for (const f of active) {
      const flag = flags[f]!;
      const bit = bits[f];
      for (const slot of slots) if (flag[slot]) masks[slot]! |= bit;
    }
    const all = active.reduce((mask, f) => mask | bits[f], IN_BASE);
    const out: FacetCount[] = [];
    for (const facet of p.facets ?? FACETS) {
      const need = all & ~bits[facet];
      const values = this.dictionaries[facet].values;
      if (facet === 'type' || facet === 'country' || facet === 'region') {
        const counts = new Int32Array(values.length);
        const column = this.single[facet];
        for (const slot of slots) {
          if ((masks[slot]! & need) !== need) continue;
          const value = column[slot]!;
          if (value >= 0) counts[value]!++;
        }
        counts.forEach((count, i) => count > 0 && out.push({ facet, value: values[i]!, count }));
      } else {
        this.valueSlots[facet].forEach((list, v) => {
          let count = 0;
          for (const slot of list) if ((masks[slot]! & need) === need) count++;
          if (count > 0) out.push({ facet, value: values[v]!, count });
        });
      }
    }
    return out;
  }
}
