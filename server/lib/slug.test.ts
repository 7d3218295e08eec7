import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['ALPHA-RLH – Route des Lasers et des Hyperfréquences', 'alpha-rlh-route-des-lasers-et-des-hyperfrequences'],
    ['Öresund Gas Sensing AB', 'oresund-gas-sensing-ab'],
    ['  --  ', 'organisation'],
    ['Lumière & Co.', 'lumiere-co'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs to 80 characters', () => {
    expect(slugify('x'.repeat(200))).toHaveLength(80);
  });
});
