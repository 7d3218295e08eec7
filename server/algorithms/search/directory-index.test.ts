import { describe, expect, it } from 'vitest';
import { DirectoryIndex, type DirectoryEntry, type Filters, type IndexText } from './directory-index';
import { parseTsvector, rankQuery } from './tsvector';

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['laser', 'sourc', 'optic', 'sensor', 'vision', 'fibr', 'quantum', 'imag'];
const pick = <T>(next: () => number, from: readonly T[], n: number) => [
  ...new Set(Array.from({ length: n }, () => from[Math.floor(next() * from.length)]!)),
];

function entry(next: () => number, i: number): DirectoryEntry {
  const words = pick(next, WORDS, 1 + Math.floor(next() * 4));
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Org ${String.fromCharCode(65 + Math.floor(next() * 26))}${i}`,
    nameFolded: `org ${i}`,
    createdAt: `2026-0${1 + Math.floor(next() * 9)}-01T00:00:00.000000Z`,
    type: pick(next, ['sme', 'university', 'large_company'], 1)[0]!,
    country: pick(next, ['FR', 'IT', 'LT', 'US'], 1)[0]!,
    region: next() < 0.2 ? null : pick(next, ['FRI1', 'ITC1'], 1)[0]!,
    technology: pick(next, ['tech:lasers', 'tech:optics', 'tech:imaging'], Math.floor(next() * 3)),
    domain: pick(next, ['domain:health', 'domain:space'], Math.floor(next() * 2)),
    s3: [],
    role: pick(next, ['end_user', 'supplier'], 1),
    cluster: pick(next, ['c1', 'c2'], Math.floor(next() * 2)),
    label: next() < 0.1 ? ['gold'] : [],
    vector: parseTsvector(words.map((w, k) => `'${w}':${k + 1}${k === 0 ? 'A' : 'C'}`).join(' ')),
  };
}

const text = (...groups: string[][]): IndexText => ({
  groups: groups.map((g) => g.map((w) => ({ lexemes: [w], distances: [] }))),
  rank: rankQuery(groups.flat(), groups.length > 1),
  name: 'zzzz',
  concepts: [],
});

/** What the index must answer, computed the slow way. */
function brute(entries: Map<string, DirectoryEntry>, filters: Filters, t: IndexText | null) {
  const holds = (e: DirectoryEntry, facet: keyof DirectoryEntry & string) => {
    const wanted = filters[facet as 'type'];
    if (!wanted?.length) return true;
    const v = e[facet];
    return Array.isArray(v) ? v.some((x) => wanted.includes(x as string)) : wanted.includes(v as string);
  };
  const facets = [
    'type',
    'country',
    'region',
    'technology',
    'domain',
    's3',
    'role',
    'cluster',
    'label',
  ] as const;
  const base = [...entries.values()].filter(
    (e) => !t || t.groups.every((g) => g.some((p) => e.vector.some((l) => l.lexeme === p.lexemes[0]))),
  );
  const counts = new Map<string, number>();
  for (const facet of facets) {
    for (const e of base) {
      if (!facets.every((f) => f === facet || holds(e, f))) continue;
      const values = ([] as (string | null)[]).concat(e[facet]);
      for (const v of new Set(values))
        if (v !== null) counts.set(`${facet}:${v}`, (counts.get(`${facet}:${v}`) ?? 0) + 1);
    }
  }
  return {
    ids: base
      .filter((e) => facets.every((f) => holds(e, f)))
      .map((e) => e.id)
      .sort(),
    counts,
  };
}

describe('the directory index', () => {
  it('finds and counts what a brute force finds, through updates and removals', () => {
    const next = random(42);
    const index = new DirectoryIndex();
    const entries = new Map<string, DirectoryEntry>();
    for (let i = 0; i < 1200; i++) {
      const e = entry(next, i);
      index.upsert(e);
      entries.set(e.id, e);
    }
    // Rewrite every one (new words; past 1 000 retired slots the index rebuilds itself), then a third
    // again (lists keep entries of retired slots), and remove a tenth.
    for (let i = 0; i < 1200; i++) {
      const e = entry(next, i);
      index.upsert(e);
      entries.set(e.id, e);
    }
    const check = () => {
      expect(index.size).toBe(entries.size);
      const cases: [Filters, IndexText | null][] = [
        [{}, null],
        [{ type: ['sme'], country: ['FR', 'IT'] }, null],
        [{ technology: ['tech:lasers'], cluster: ['c2'] }, text(['laser'])],
        [{ role: ['end_user'], label: ['gold'] }, text(['laser', 'optic'], ['sensor'])],
        [{ region: ['FRI1'] }, text(['vision'], ['fibr'], ['imag'])],
      ];
      for (const [filters, t] of cases) {
        const expected = brute(entries, filters, t);
        expect(index.count({ filters, text: t })).toBe(expected.ids.length);
        const page = index.search({ filters, text: t, sort: 'name', limit: 10_000, after: null });
        expect(page.hits.map((h) => h.id).sort()).toEqual(expected.ids);
        const counts = index.facetCounts({ filters, text: t });
        expect(new Map(counts.map((c) => [`${c.facet}:${c.value}`, c.count]))).toEqual(expected.counts);
      }
    };
    check(); // after the rebuild of the second pass
    for (let i = 0; i < 1200; i += 3) {
      const e = entry(next, i);
      index.upsert(e);
      entries.set(e.id, e);
    }
    for (let i = 1; i < 1200; i += 10) {
      const id = entry(next, i).id;
      index.remove(id);
      entries.delete(id);
    }

    check();
  });

  it('pages by every sort without repeats or gaps, in order', () => {
    const next = random(7);
    const index = new DirectoryIndex();
    for (let i = 0; i < 300; i++) index.upsert(entry(next, i));
    for (const [sort, t] of [
      ['relevance', text(['laser', 'optic', 'sensor'])],
      ['name', null],
      ['newest', null],
    ] as const) {
      const all = index.search({ filters: {}, text: t, sort, limit: 1000, after: null }).hits;
      const paged: typeof all = [];
      let after: [number | string, string] | null = null;
      for (;;) {
        const { hits, hasMore } = index.search({ filters: {}, text: t, sort, limit: 7, after });
        paged.push(...hits);
        if (!hasMore) break;
        const last = hits.at(-1)!;
        after = [sort === 'relevance' ? last.score! : sort === 'name' ? last.name : last.createdAt, last.id];
      }
      expect(paged.map((h) => h.id)).toEqual(all.map((h) => h.id));
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        if (sort === 'relevance') expect(a.score!).toBeGreaterThanOrEqual(b.score!);
        if (sort === 'name') expect(a.name <= b.name).toBe(true);
        if (sort === 'newest') expect(a.createdAt >= b.createdAt).toBe(true);
      }
    }
  });

  it('answers a word that only replaced organisations held, once the index has rebuilt itself', () => {
    const next = random(3);
    const index = new DirectoryIndex();
    const first = entry(next, 0);
    index.upsert({ ...first, vector: parseTsvector(`'zirconia':1A 'laser':2C`) });
    for (let i = 1; i < 1200; i++) index.upsert(entry(next, i));
    // Replacing every organisation retires more than a quarter of the slots: the lists are rebuilt
    // from the live ones, and "zirconia" no longer has a list though the index still knows the word.
    for (let i = 0; i < 1200; i++) index.upsert(entry(next, i));
    for (const t of [text(['zirconia']), text(['zirconia'], ['laser']), text(['zirconia', 'laser'], ['optic'])]) {
      expect(index.search({ filters: {}, text: t, sort: 'relevance', limit: 10, after: null }).hits.map((h) => h.id)).not.toContain(
        first.id,
      );
      expect(() => index.facetCounts({ filters: {}, text: t })).not.toThrow();
    }
    expect(index.count({ filters: {}, text: text(['zirconia']) })).toBe(0);
  });

  it('ranks a name match above a description match', () => {
    const index = new DirectoryIndex();
    const base = entry(random(1), 1);
    index.upsert({
      ...base,
      id: 'a',
      name: 'Lidar Systems',
      nameFolded: 'lidar systems',
      vector: parseTsvector(`'lidar':1A 'system':2A`),
    });
    index.upsert({
      ...base,
      id: 'b',
      name: 'Acme',
      nameFolded: 'acme',
      vector: parseTsvector(`'acme':1A 'lidar':9C`),
    });
    const hits = index.search({
      filters: {},
      text: { ...text(['lidar']), name: 'lidar' },
      sort: 'relevance',
      limit: 10,
      after: null,
    }).hits;
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
  });
});
