import { describe, expect, it } from 'vitest';
import { exportHref, filterQuery, mapSearchParams, readMapSearch, selectArea, withoutFilter } from './map-search';

const read = (query: string) => readMapSearch(new URL(`http://localhost/map?${query}`));

describe('map search in the URL', () => {
  it("reads the directory's parameters, repeated or comma-separated, and the map's own", () => {
    const search = read('q=laser&country=fr&country=IT&type=sme,university&region=FRI1&sort=name&level=countries&layer=partnerships&page=2');
    expect(search.filters).toEqual({ q: ['laser'], country: ['FR', 'IT'], type: ['sme', 'university'], region: ['FRI1'] });
    expect(search).toMatchObject({ sort: 'name', level: 'countries', layer: 'partnerships' });
    expect(filterQuery(search.filters)).toEqual({ q: 'laser', type: 'sme,university', country: 'FR,IT', region: 'FRI1' });
  });

  it('falls back to the defaults for unknown values and drops filter values the API would refuse', () => {
    expect(read('level=cities&layer=x&sort=random')).toMatchObject({ filters: {}, sort: null, level: 'regions', layer: 'organisations' });
    expect(read('region=fri1,FRI1&country=XX&type=startup&technology=lasers&cluster=42&label=platinum&scope=mars').filters).toEqual({ region: ['FRI1'] });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const search = read('q=lidar&technology=tech:lasers&layer=partnerships');
    expect(mapSearchParams(search).toString()).toBe('q=lidar&technology=tech%3Alasers&layer=partnerships');
    expect(read(mapSearchParams(search).toString())).toEqual(search);
  });

  it('selecting a region replaces the geographic selection; selecting it again clears it', () => {
    const start = read('q=laser&country=FR');
    const region = selectArea(start, 'region', 'FRI1');
    expect(region.filters).toEqual({ q: ['laser'], region: ['FRI1'] });
    expect(selectArea(region, 'region', 'FRI1').filters).toEqual({ q: ['laser'] });
    expect(selectArea(region, 'country', 'LT').filters).toEqual({ q: ['laser'], country: ['LT'] });
  });

  it('removes one filter value, and a relevance order with the text', () => {
    const search = read('q=laser&type=sme,university&sort=relevance');
    expect(withoutFilter(search, 'type', 'sme').filters.type).toEqual(['university']);
    expect(withoutFilter(search, 'q', 'laser')).toMatchObject({ filters: { type: ['sme', 'university'] }, sort: null });
  });

  it('exports the filters only (not the map settings)', () => {
    expect(exportHref('csv', read('q=laser&region=FRI1&layer=partnerships').filters)).toBe('/api/v1/organisations/export.csv?q=laser&region=FRI1');
  });
});
