import type { PartnershipBand } from '../../../contracts/map';

/** Sequential blues (ColorBrewer "Blues" without its palest shades, light to dark) for organisation counts. */
export const COUNT_COLOURS = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08306b'] as const;
/** Areas with nothing to count: distinct from the lightest blue. */
export const EMPTY_COLOUR = '#f1f2f4';
/** Countries and places outside the platform's regions, drawn for context only. */
export const CONTEXT_COLOUR = '#d5d9df';

/** The policy document's colours for the partnerships layer. */
export const BAND_COLOURS: Record<PartnershipBand, string> = { green: '#1a9641', yellow: '#fee08b', orange: '#f46d43' };

export interface Bin {
  from: number;
  /** Inclusive. */
  to: number;
  colour: string;
}

/** 1, 2, 5, 10, 20, 50 …: the "nice" number closest to `value` in ratio. */
function nice(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  return candidates.reduce((best, c) => (Math.abs(Math.log(c / value)) < Math.abs(Math.log(best / value)) ? c : best));
}

/**
 * At most five bins covering 1…max with round, geometrically growing bounds (counts are skewed: a few
 * regions hold many organisations), each with its colour. Small maxima get one bin per value.
 */
export function countBins(max: number): Bin[] {
  if (!Number.isFinite(max) || max < 1) return [];
  const top = Math.floor(max);
  const starts = [1];
  if (top <= COUNT_COLOURS.length) {
    for (let v = 2; v <= top; v++) starts.push(v);
  } else {
    for (let k = 1; k < COUNT_COLOURS.length; k++) {
      const start = nice(top ** (k / COUNT_COLOURS.length));
      if (start > starts.at(-1)! && start <= top) starts.push(start);
    }
  }
  // Spread the colours over the bins from both ends, so fewer bins still run light to dark.
  const colourAt = (i: number) =>
    COUNT_COLOURS[starts.length === 1 ? COUNT_COLOURS.length - 1 : Math.round((i * (COUNT_COLOURS.length - 1)) / (starts.length - 1))]!;
  return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1]! - 1 : top, colour: colourAt(i) }));
}

/** The bin holding `count`, or null for zero (and anything below the first bin). */
export function binOf(count: number, bins: readonly Bin[]): Bin | null {
  return bins.find((b) => count >= b.from && count <= b.to) ?? (count > (bins.at(-1)?.to ?? Infinity) ? bins.at(-1)! : null);
}

export const countColour = (count: number, bins: readonly Bin[]) => binOf(count, bins)?.colour ?? EMPTY_COLOUR;
