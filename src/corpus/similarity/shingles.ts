/** Section text as a set of character n-grams (shingles), after taking off what differs between copies that are still copies. */

/** Five characters: long enough that shared shingles mean shared phrasing, short enough for Chinese text. */
export const SHINGLE_SIZE = 5;
/** Texts shorter than this (normalised) are too short to call copied (无, 本年度无此类情况). */
export const MIN_TEXT_LENGTH = 80;

/**
 * Drops spaces and punctuation and turns every digit into '#': a copy whose year or numbers were
 * updated (2023 → 2024) is still a copy.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/\d+/g, '#')
    .replace(/[〇一二三四五六七八九十]+(?=[年月日])/g, '#');
}

/** 32-bit FNV-1a hashes of the text's shingles (a set). */
export function shingles(normalized: string, size = SHINGLE_SIZE): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + size <= normalized.length; i++) out.add(fnv1a(normalized, i, i + size));
  return out;
}

export function fnv1a(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** |A ∩ B| / |A ∪ B|. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** |A ∩ B| / |A ∪ B| of two sorted arrays of distinct shingles (the same value as `jaccard` of their sets, by one merge). */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
