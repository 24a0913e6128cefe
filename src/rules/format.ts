/** Writing formulas the way a reviewer checks them by hand: names with numbers, then the sum. */

export interface Term {
  name: string;
  value: number;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));

/**
 * "予以公开 5 + 部分公开 1 = 6". With many terms, zero terms are folded into "其余 n 项 0"
 * so the sentence stays readable.
 */
export function sumText(terms: readonly Term[], maxTerms = 6): string {
  const total = terms.reduce((s, t) => s + t.value, 0);
  let shown = terms;
  let folded = 0;
  if (terms.length > maxTerms) {
    shown = terms.filter((t) => t.value !== 0);
    folded = terms.length - shown.length;
  }
  const parts = shown.map((t) => `${t.name} ${fmt(t.value)}`);
  if (folded > 0) parts.push(`其余 ${folded} 项 0`);
  if (parts.length === 0) parts.push('各项 0');
  return `${parts.join(' + ')} = ${fmt(total)}`;
}

export { fmt as formatNumber };
