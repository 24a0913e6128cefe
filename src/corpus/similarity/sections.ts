/** The bands a report contributes to the similarity index, and the exact similarity of two sections. */
import type { Section } from '../../model/report.js';
import { bandKeys, signature } from './minhash.js';
import { jaccard, MIN_TEXT_LENGTH, normalizeText, shingles } from './shingles.js';

export function reportBands(sections: readonly Section[]): { band: number; section: number }[] {
  const out: { band: number; section: number }[] = [];
  for (const s of sections) {
    const text = normalizeText(s.text);
    if (text.length < MIN_TEXT_LENGTH) continue;
    for (const band of bandKeys(signature(shingles(text)), s.number)) out.push({ band, section: s.number });
  }
  return out;
}

/** Jaccard similarity of two section texts' shingles, or null when either is too short to judge. */
export function sectionSimilarity(a: string, b: string): number | null {
  const na = normalizeText(a);
  const nb = normalizeText(b);
  if (na.length < MIN_TEXT_LENGTH || nb.length < MIN_TEXT_LENGTH) return null;
  return jaccard(shingles(na), shingles(nb));
}

/** A section's shingles, or null when it is too short to judge (computed once, compared many times). */
export function sectionShingles(text: string): Set<number> | null {
  const normalized = normalizeText(text);
  return normalized.length < MIN_TEXT_LENGTH ? null : shingles(normalized);
}
