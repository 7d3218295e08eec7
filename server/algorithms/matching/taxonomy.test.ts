import { describe, expect, it } from 'vitest';
import { TAXONOMY } from './fixtures';
import { buildTaxonomyIndex, extractConcepts, relatedCodes, resolveTerm } from './taxonomy';

const index = buildTaxonomyIndex(TAXONOMY);
const codes = (text: string) => extractConcepts(index, text).map((c) => c.code);

describe('concept extraction', () => {
  it.each([
    'micro-usinage laser femtoseconde',
    'femtosecond laser micromachining',
    'Micro-usinage par laser femtoseconde',
  ])('reads "%s" as ultrafast lasers and micromachining', (text) => {
    expect(codes(text).sort()).toEqual(['tech:laser-processing.micromachining', 'tech:lasers.ultrafast']);
  });

  it.each([
    ['LiDAR', 'tech:lidar'],
    ['télémétrie laser', 'tech:lidar'],
    ['machine vision', 'tech:imaging.machine-vision'],
    ['vision industrielle', 'tech:imaging.machine-vision'],
  ])('maps "%s" to %s', (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it('drops a broad term named inside a specific one', () => {
    expect(codes('micro-usinage laser')).toEqual(['tech:laser-processing.micromachining']);
    expect(codes('laser welding')).toEqual(['tech:laser-processing.welding']);
  });

  it('quotes the words that named each term', () => {
    expect(extractConcepts(index, 'Need USP lasers for micro-structuring').map((c) => c.surface)).toEqual([
      'USP lasers',
      'micro-structuring',
    ]);
  });
});

describe('term resolution', () => {
  it.each([
    ['tech:lidar', 'technology', 'tech:lidar'],
    ['lasers.ultrafast', 'technology', 'tech:lasers.ultrafast'],
    ['health', 'application_domain', 'domain:health'],
    ['Vision industrielle', 'technology', 'tech:imaging.machine-vision'],
    ['Femtosecond lasers', 'technology', 'tech:lasers.ultrafast'],
    ['Santé', 'application_domain', 'domain:health'],
    ['underwater basket weaving', 'technology', null],
  ] as const)('resolves "%s" (%s) to %s', (value, kind, code) => {
    expect(resolveTerm(index, value, kind)).toBe(code);
  });
});

describe('hierarchy', () => {
  it('relates a term to itself, its ancestors, descendants and siblings only', () => {
    const related = relatedCodes(index, 'tech:laser-processing.micromachining');
    expect(related.get('tech:laser-processing.micromachining')).toEqual({ relation: 'exact', levels: 0 });
    expect(related.get('tech:laser-processing')).toEqual({ relation: 'broader', levels: 1 });
    expect(related.get('tech:laser-processing.welding')).toEqual({ relation: 'sibling', levels: 1 });
    expect(related.has('tech:lasers.ultrafast')).toBe(false);
    expect(relatedCodes(index, 'tech:lidar').get('tech:lidar.automotive')).toEqual({
      relation: 'narrower',
      levels: 1,
    });
  });
});
