/** Per-element measures the content finder and the table classifier use, summed bottom-up in one pass. */
import { HEADING_LEVEL } from './tags.js';
import type { PageTree } from './tree.js';
import { isReportText } from './vocabulary.js';

export interface PageStats {
  /** Visible characters of non-link text in the element. */
  weight: Float64Array;
  /** Text runs in the element that use the report's vocabulary. */
  markers: Float64Array;
  /** <table> elements inside (not counting the element itself). */
  tables: Float64Array;
  /** <h1>…<h6> elements inside (not counting the element itself). */
  headings: Float64Array;
}

export function measure(tree: PageTree): PageStats {
  const n = tree.elements.length;
  const stats: PageStats = { weight: new Float64Array(n), markers: new Float64Array(n), tables: new Float64Array(n), headings: new Float64Array(n) };
  for (const text of tree.texts) {
    if (text.link) continue;
    const visible = visibleText(text.text);
    if (visible === '') continue;
    stats.weight[text.parent.index]! += visible.length;
    if (isReportText(visible)) stats.markers[text.parent.index]! += 1;
  }
  // Children come after their parents in document order, so walking backwards sums bottom-up.
  for (let i = n - 1; i > 0; i--) {
    const element = tree.elements[i]!;
    const parent = element.parent!.index;
    stats.weight[parent]! += stats.weight[i]!;
    stats.markers[parent]! += stats.markers[i]!;
    stats.tables[parent]! += stats.tables[i]! + (element.tag === 'table' ? 1 : 0);
    stats.headings[parent]! += stats.headings[i]! + (HEADING_LEVEL.has(element.tag) ? 1 : 0);
  }
  return stats;
}

/** The text without any whitespace. */
export function visibleText(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}
