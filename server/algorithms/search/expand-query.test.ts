import { describe, expect, it } from 'vitest';
import { taxonomyTerms } from '../../db/seed/taxonomy-data';
import { buildPhraseIndex, expandQuery, normaliseTokens } from './expand-query';

const index = buildPhraseIndex(taxonomyTerms());

describe('query expansion with the bilingual taxonomy', () => {
  it('normalises accents, hyphens and plurals', () => {
    expect(normaliseTokens('Micro-usinage LASERS télémétrie')).toEqual(['micro', 'usinage', 'laser', 'telemetrie']);
  });

  it('turns a French phrase into the OR of its English and French names', () => {
    const q = expandQuery('micro-usinage laser', index);
    expect(q.concepts).toContain('tech:laser-processing.micromachining');
    const group = q.groups.find((g) => g.en.some((p) => /micromachining/i.test(p)));
    expect(group?.phrases).toEqual(['micro usinage laser']);
    expect(group?.en).toEqual(expect.arrayContaining(['Laser micromachining', 'femtosecond machining']));
    expect(group?.fr).toEqual(expect.arrayContaining(['Micro-usinage laser', 'usinage femtoseconde']));
    expect(group?.codes).toEqual(['tech:laser-processing.micromachining']);
  });

  it.each([
    ['ultrafast', 'tech:lasers.ultrafast', /femtosecond/i],
    ['ultracourt', 'tech:lasers.ultrafast', /femtosecond/i],
    ['laser femtoseconde', 'tech:lasers.ultrafast', /ultrafast/i],
    ['vision industrielle', 'tech:imaging.machine-vision', /machine vision/i],
    ['télémétrie laser', 'tech:lidar', /lidar/i],
  ])('recognises "%s" as %s', (query, code, alsoFinds) => {
    const q = expandQuery(query, index);
    expect(q.concepts).toContain(code);
    expect(q.groups.flatMap((g) => [...g.en, ...g.fr]).some((p) => alsoFinds.test(p))).toBe(true);
  });

  it('keeps words that name no term as their own groups', () => {
    const q = expandQuery('Photnics Bretange', index);
    expect(q.concepts).toEqual([]);
    expect(q.groups).toEqual([
      { phrases: ['photnic'], en: [], fr: [], codes: [] },
      { phrases: ['bretange'], en: [], fr: [], codes: [] },
    ]);
  });
});
