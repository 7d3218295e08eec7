import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  emptySearch,
  hasFilters,
  readSearch,
  searchQuery,
  searchString,
  toggleValue,
  withSort,
  withText,
  writeSearch,
  type DirectorySearch,
} from './directory';

const ALPHA = '0b9f0c6e-6d4c-4f39-9a53-2f6f2f1f6a01';
const MESAP = '7e2a5a3b-1c9d-4e0f-8b7a-3c4d5e6f7a80';

const full: DirectorySearch = {
  q: 'laser micromachining',
  type: ['sme', 'university'],
  country: ['FR', 'IT'],
  region: ['FRI1', 'ITC1'],
  technology: ['tech:lasers', 'tech:lasers.ultrafast'],
  domain: ['domain:health'],
  s3: ['s3:advanced-manufacturing'],
  role: ['rnd', 'end_user'],
  cluster: [ALPHA, MESAP],
  label: ['gold'],
  sort: 'newest',
};

const roundTrip = (search: DirectorySearch) =>
  readSearch(new URL(`http://x/organisations${searchString(search)}`));

describe('directory search in the URL', () => {
  it.each([
    ['an empty search', emptySearch()],
    ['every facet with several values, text and sort', full],
    ['text only', { ...emptySearch(), q: 'optique adaptative' }],
    ['relevance with a text', { ...emptySearch(), q: 'lidar', sort: 'relevance' as const }],
    [
      'one facet without text, sorted by name',
      { ...emptySearch(), role: ['system_integrator' as const], sort: 'name' as const },
    ],
    ['accents and reserved characters in the text', { ...emptySearch(), q: 'micro-usinage & « laser » #1?' }],
  ])('gives back %s after writing and reading it', (_name, search) => {
    expect(roundTrip(search)).toEqual(search);
  });

  it('writes a canonical query string: text, facets in order with repeated keys, then sort', () => {
    expect(writeSearch(full).toString()).toBe(
      'q=laser+micromachining&type=sme&type=university&country=FR&country=IT&region=FRI1&region=ITC1' +
        '&technology=tech%3Alasers&technology=tech%3Alasers.ultrafast&domain=domain%3Ahealth' +
        '&s3=s3%3Aadvanced-manufacturing&role=rnd&role=end_user' +
        `&cluster=${ALPHA}&cluster=${MESAP}&label=gold&sort=newest`,
    );
    expect(searchString(emptySearch())).toBe('');
  });

  it('reads comma-separated values and lower-case codes as the API does, without duplicates', () => {
    const search = readSearch(
      new URLSearchParams(
        'type=sme,university&type=sme&country=fr&region=fri1&cluster=' + ALPHA.toUpperCase(),
      ),
    );
    expect(search.type).toEqual(['sme', 'university']);
    expect(search.country).toEqual(['FR']);
    expect(search.region).toEqual(['FRI1']);
    expect(search.cluster).toEqual([ALPHA]);
  });

  it('drops invalid values from hand-edited URLs instead of failing', () => {
    const search = readSearch(
      new URLSearchParams(
        'type=spaceship&type=sme&country=XX&technology=lasers&technology=tech:optics&role=chef&label=platinum&cluster=42&sort=random',
      ),
    );
    expect(search).toEqual({ ...emptySearch(), type: ['sme'], technology: ['tech:optics'] });
  });

  it('ignores a relevance sort without text (the API refuses it)', () => {
    expect(readSearch(new URLSearchParams('sort=relevance')).sort).toBe('');
    expect(writeSearch({ ...emptySearch(), sort: 'relevance' }).toString()).toBe('');
    expect(withText({ ...emptySearch(), q: 'laser', sort: 'relevance' }, '  ').sort).toBe('');
    expect(withText({ ...emptySearch(), q: 'laser', sort: 'newest' }, '').sort).toBe('newest');
  });

  it('caps the text and the number of values per facet', () => {
    const many = Array.from({ length: 60 }, (_, i) => `tech:t${i}`).join(',');
    const search = readSearch(new URLSearchParams({ q: 'x'.repeat(300), technology: many }));
    expect(search.q).toHaveLength(200);
    expect(search.technology).toHaveLength(50);
  });

  it('ticks and unticks facet values, keeping the other filters', () => {
    const one = toggleValue(full, 'type', 'investor');
    expect(one.type).toEqual(['sme', 'university', 'investor']);
    expect(toggleValue(one, 'type', 'sme').type).toEqual(['university', 'investor']);
    expect(toggleValue(one, 'type', 'sme').country).toEqual(full.country);
    expect(roundTrip(one)).toEqual(one);
  });

  it('knows the sort the server applies and whether anything is filtered', () => {
    expect(effectiveSort(emptySearch())).toBe('name');
    expect(effectiveSort({ ...emptySearch(), q: 'laser' })).toBe('relevance');
    expect(effectiveSort(withSort({ ...emptySearch(), q: 'laser' }, 'newest'))).toBe('newest');
    expect(withSort(emptySearch(), 'bogus').sort).toBe('');
    expect(hasFilters(emptySearch())).toBe(false);
    expect(hasFilters({ ...emptySearch(), label: ['gold'] })).toBe(true);
  });

  it('sends every facet to the API as a comma-separated list', () => {
    expect(searchQuery(full, 'europe')).toEqual({
      q: 'laser micromachining',
      sort: 'newest',
      scope: 'europe',
      type: 'sme,university',
      country: 'FR,IT',
      region: 'FRI1,ITC1',
      technology: 'tech:lasers,tech:lasers.ultrafast',
      domain: 'domain:health',
      s3: 's3:advanced-manufacturing',
      role: 'rnd,end_user',
      cluster: `${ALPHA},${MESAP}`,
      label: 'gold',
    });
    expect(searchQuery(emptySearch(), undefined)).toEqual({
      q: undefined,
      sort: undefined,
      scope: undefined,
    });
  });
});
