import { describe, expect, it } from 'vitest';
import { analyserOptionsFromPhrases, createAnalyser, fold, stem } from './text';

describe('text analysis', () => {
  const analyser = createAnalyser();

  it('folds case and accents, and drops English and French stop words', () => {
    expect(analyser.analyse('Les Lasers de l’Industrie and the Optics').tokens.map((t) => t.word)).toEqual([
      'lasers',
      'industrie',
      'optics',
    ]);
    expect(fold('Œuvre Ça').folded).toBe('oeuvre ca');
  });

  it('splits hyphenated words and also keeps the joined form', () => {
    const { tokens, joined } = analyser.analyse('micro-usinage');
    expect(tokens.map((t) => t.word)).toEqual(['micro', 'usinage']);
    expect(joined.map((t) => t.word)).toEqual(['microusinage']);
  });

  it('reads compounds the way the taxonomy spells them', () => {
    const learnt = createAnalyser(analyserOptionsFromPhrases(['laser micro-machining', 'microperçage']));
    expect(learnt.analyse('micromachining').tokens.map((t) => t.word)).toEqual(['micro', 'machining']);
    expect(learnt.analyse('micro-perçage').tokens.map((t) => t.word)).toEqual(['micropercage']);
  });

  it.each([
    ['optique', 'optical', 'optics'],
    ['photonique', 'photonics', 'photonic'],
    ['spectroscopie', 'spectroscopy', 'spectroscopies'],
    ['femtoseconde', 'femtosecond', 'femtosecondes'],
    ['imagerie', 'imaging', 'images'],
    ['médicale', 'medical', 'médicaux'],
    ['fibre', 'fiber', 'fibres'],
    ['monitoring', 'monitor', 'monitors'],
  ])('stems %s, %s and %s alike', (...words) => {
    const stems = words.map((w) => stem(fold(w).folded));
    expect(new Set(stems).size).toBe(1);
  });

  it('keeps the position of each word so reasons can quote the text', () => {
    const text = 'Nous cherchons du Micro-Usinage Laser';
    const [first, , third] = analyser.analyse(text).tokens;
    expect(text.slice(first?.start, third?.end)).toBe('Micro-Usinage Laser');
  });

  it('keeps meaningful single letters and joins R&D', () => {
    expect(analyser.terms('rayons X et R&D')).toEqual(['rayon', 'x', 'rd']);
  });
});
