/**
 * MinHash signatures and LSH bands: two sections whose shingle sets have Jaccard similarity J share
 * at least one band with probability 1 − (1 − J^ROWS)^BANDS (≈1 at J = 0.8, ≈0.1 at J = 0.3), so the
 * database finds candidate copies by band equality and only those are compared exactly.
 */
import { fnv1a } from './shingles.js';

export const BANDS = 16;
export const ROWS = 4;
const HASHES = BANDS * ROWS;

/** Per-hash-function odd multipliers and offsets, fixed so signatures are comparable across runs (typed arrays: this is the hot loop of indexing). */
const MULTIPLIERS = Uint32Array.from({ length: HASHES }, (_, i) => (fnv1a(`a${i}`) | 1) >>> 0);
const OFFSETS = Uint32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

/** Mixes a shingle hash with one seed pair (a multiply–xorshift permutation of 32-bit values). */
function permute(x: number, a: number, b: number): number {
  let h = Math.imul(x ^ b, a);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function signature(shingles: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const v = permute(s, MULTIPLIERS[i]!, OFFSETS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/**
 * One 31-bit key per band, salted with the section number so that only the same section of two
 * reports is compared (a copied 问题及改进 section stays section 五). Fits a signed integer column.
 */
export function bandKeys(sig: Uint32Array, section: number): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = Math.imul(section + 1, 0x9e3779b1) ^ band;
    for (let r = 0; r < ROWS; r++) {
      h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193);
      h ^= h >>> 13;
    }
    keys.push((h >>> 1) & 0x3fffffff);
  }
  return keys;
}
