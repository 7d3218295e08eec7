/**
 * pg_trgm's similarity() in process: the same trigrams (each word padded with two spaces before and
 * one after, letters and digits only, lower case) and the same ratio of shared to distinct trigrams,
 * in float4. Pure: no database.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct trigrams of a text, as pg_trgm extracts them (the text is lower-cased here too). */
export function trigramsOf(text: string): string[] {
  const set = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const chars = Array.from(`  ${match[0]} `);
    for (let i = 0; i + 2 < chars.length; i++) set.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return [...set];
}

/**
 * similarity() of two texts given their distinct trigram ids (each sorted ascending); a's ids may be
 * the `length` numbers of a larger array from `start`.
 */
export function trigramSimilarity(a: ArrayLike<number>, b: ArrayLike<number>, start = 0, length = a.length - start): number {
  if (!length || !b.length) return 0;
  let i = start;
  const end = start + length;
  let j = 0;
  let common = 0;
  while (i < end && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Math.fround(Math.fround(common) / Math.fround(length + b.length - common));
}
