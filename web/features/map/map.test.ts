import { fc, test } from '@fast-check/vitest';
import { geoArea, geoCentroid } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { partnershipBand } from '../../../contracts/map';
import { binOf, COUNT_COLOURS, countBins, countColour, EMPTY_COLOUR } from './color-scale';
import topology from './data/europe.topo.json';
import { toFeatures } from './geometry';
import { INSET_CODES, insetProjection, isInset, layout, mainProjection, VIEW, type Box } from './projection';

const geometry = toFeatures(topology);
const inside = (p: [number, number] | null, b: Box) =>
  !!p && p[0] >= b.x && p[0] <= b.x + b.width && p[1] >= b.y && p[1] <= b.y + b.height;

describe('organisation count bins', () => {
  it('has no bin without organisations, and zero gets the empty colour', () => {
    expect(countBins(0)).toEqual([]);
    expect(countColour(0, countBins(10))).toBe(EMPTY_COLOUR);
  });

  it('gives one bin per value for small maxima', () => {
    expect(countBins(3).map((b) => [b.from, b.to])).toEqual([[1, 1], [2, 2], [3, 3]]);
  });

  it('uses round, growing bounds for skewed counts', () => {
    expect(countBins(100).map((b) => [b.from, b.to])).toEqual([[1, 1], [2, 4], [5, 19], [20, 49], [50, 100]]);
    expect(countBins(100).map((b) => b.colour)).toEqual([...COUNT_COLOURS]);
  });

  test.prop([fc.integer({ min: 1, max: 100_000 })])('covers 1…max with at most five contiguous bins, light to dark', (max) => {
    const bins = countBins(max);
    expect(bins.length).toBeGreaterThan(0);
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins[0]!.from).toBe(1);
    expect(bins.at(-1)!.to).toBe(max);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBe(bins[i - 1]!.to + 1);
    const shades = bins.map((b) => COUNT_COLOURS.indexOf(b.colour as (typeof COUNT_COLOURS)[number]));
    expect([...shades].sort((a, b) => a - b)).toEqual(shades);
    expect(new Set(shades).size).toBe(shades.length);
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })])('puts every count in exactly one bin', (max, raw) => {
    const count = Math.min(raw, max);
    const bins = countBins(max);
    const holding = bins.filter((b) => count >= b.from && count <= b.to);
    expect(holding.length).toBe(count === 0 ? 0 : 1);
    expect(binOf(count, bins)).toBe(holding[0] ?? null);
  });
});

describe('partnership colour bands (policy document 004)', () => {
  it.each([
    [0, null],
    [1, 'orange'],
    [2, 'yellow'],
    [4, 'yellow'],
    [5, 'green'],
    [12, 'green'],
  ])('%i partnerships → %s', (count, band) => {
    expect(partnershipBand(count)).toBe(band);
  });
});

describe('geometry and projection', () => {
  const { main, insets } = layout();
  const projection = mainProjection(geometry.regions, main);

  it('ships the 334 NUTS 2 regions and the countries, wound for d3 (no region fills the globe)', () => {
    expect(geometry.regions.features).toHaveLength(334);
    expect(geometry.countries.features.map((f) => f.id)).toEqual(expect.arrayContaining(['FR', 'DE', 'GB', 'UA', 'TR', 'IS']));
    for (const f of [...geometry.regions.features, ...geometry.countries.features]) expect(geoArea(f)).toBeLessThan(Math.PI);
    expect(geometry.regions.features.find((f) => f.id === 'FRI1')?.properties).toEqual({ country: 'FR', name: 'Aquitaine' });
    expect(geometry.regions.features.find((f) => f.id === 'EL30')?.properties.country).toBe('GR');
  });

  it('lays out the mainland frame and the insets inside the view without overlap', () => {
    const boxes = [main, ...insets];
    for (const b of boxes) expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= VIEW.width && b.y + b.height <= VIEW.height + 0.001).toBe(true);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    expect(insets.map((b) => b.code)).toEqual([...INSET_CODES]);
  });

  it('puts every mainland region inside the frame, west to the left and north at the top', () => {
    for (const f of geometry.regions.features.filter((r) => !isInset(String(r.id)))) {
      expect(inside(projection(geoCentroid(f)), main)).toBe(true);
    }
    const [lisbon, warsaw, helsinki, athens] = [[-9.14, 38.72], [21.01, 52.23], [24.94, 60.17], [23.73, 37.98]].map((p) => projection(p as [number, number])!);
    expect(lisbon![0]).toBeLessThan(warsaw![0]);
    expect(helsinki![1]).toBeLessThan(athens![1]);
  });

  it('draws each outlying region inside its own inset', () => {
    for (const box of insets) {
      const region = geometry.regions.features.find((f) => f.id === box.code)!;
      const p = insetProjection(region, box);
      expect(inside(p(geoCentroid(region)), box)).toBe(true);
    }
  });
});
