/**
 * Finding a table's rows among a region's lines. Rows are recognised by label; a row whose label
 * was lost or printed apart from its numbers (broken conversions) is placed by the form's row
 * order, but only where the count of such rows between two recognised rows fits exactly.
 */
import type { Line, ValueCell } from './lines.js';

export interface RowMatcher {
  /** Keys of the rows whose pattern the normalised label matches. `weak` also tries weak patterns. */
  match(norm: string, weak: boolean): string[];
  /** How many value cells the row (or any row, for null) takes. */
  expected(key: string | null): number;
  /** When one label names a group row and one of its sub-rows, keep the sub-row. */
  prefer?(keys: string[]): string[];
}

export interface Item {
  key: string | null;
  line: Line;
  values: ValueCell[];
  /** The label came from a separate line before the numbers. */
  labelFromPending?: boolean;
}

/** Walks the lines once, pairing labels with the numbers that follow them. */
export function collectItems(lines: readonly Line[], matcher: RowMatcher): Item[] {
  const items: Item[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    if (!line.hasNumbers) {
      const keys = line.norm ? resolve(matcher, matcher.match(line.norm, true)) : [];
      // A recognised label with only blank cells after it is a row of zeros printed blank.
      if (keys.length === 1 && line.tableRow && line.values.length >= matcher.expected(keys[0]!)) {
        items.push({ key: keys[0]!, line, values: line.values });
        pending = [];
        continue;
      }
      if (!line.norm) continue;
      const strong = resolve(matcher, matcher.match(line.norm, false));
      if (strong.length === 1) pending = resolve(matcher, [...pending, strong[0]!]);
      else if (strong.length > 1) pending = [];
      continue;
    }
    if (line.norm) {
      const keys = resolve(matcher, matcher.match(line.norm, true));
      items.push({ key: keys.length === 1 ? keys[0]! : null, line, values: line.values });
      pending = [];
      continue;
    }
    const count = line.values.length;
    if (pending.length === 1 && (line.tableRow || count >= matcher.expected(pending[0]!))) {
      items.push({ key: pending[0]!, line, values: line.values, labelFromPending: true });
    } else if (!line.tableRow && count < matcher.expected(null)) {
      continue; // a stray number (a page number left in a table): not a row, keep waiting
    } else {
      items.push({ key: null, line, values: line.values });
    }
    pending = [];
  }
  return items;
}

function resolve(matcher: RowMatcher, keys: string[]): string[] {
  const unique = [...new Set(keys)];
  return unique.length > 1 && matcher.prefer ? matcher.prefer(unique) : unique;
}

export interface Alignment {
  rows: Map<string, Item>;
  /** Rows that could not be placed, with the reason. */
  unresolved: { keys: string[]; reason: 'missing' | 'ambiguous'; items: Item[] }[];
  /** Recognised rows dropped because they stand out of the form's order. */
  outOfOrder: Item[];
}

/**
 * Places items on the form's rows: recognised rows that keep the form's order are fixed points
 * (the longest increasing run), and unlabelled items between two of them fill the rows missing
 * there when, and only when, their numbers match.
 */
export function alignItems(items: readonly Item[], order: readonly string[]): Alignment {
  const position = new Map(order.map((key, i) => [key, i]));
  const anchors: number[] = [];
  items.forEach((item, i) => {
    if (item.key !== null && position.has(item.key)) anchors.push(i);
  });
  const kept = longestIncreasing(anchors, (i) => position.get(items[i]!.key!)!);
  const keptSet = new Set(kept);
  const outOfOrder = anchors.filter((i) => !keptSet.has(i)).map((i) => items[i]!);
  const rows = new Map<string, Item>();
  const unresolved: Alignment['unresolved'] = [];
  const bounds = [-1, ...kept, items.length];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    if (to < items.length) rows.set(items[to]!.key!, items[to]!);
    const firstRow = from < 0 ? 0 : position.get(items[from]!.key!)! + 1;
    const lastRow = to >= items.length ? order.length : position.get(items[to]!.key!)!;
    const missing = order.slice(firstRow, lastRow);
    const loose = items.slice(from + 1, to).filter((item) => item.key === null || !position.has(item.key));
    if (missing.length === 0) continue;
    if (loose.length === missing.length) {
      missing.forEach((key, i) => rows.set(key, { ...loose[i]!, key }));
    } else {
      unresolved.push({ keys: missing, reason: loose.length === 0 ? 'missing' : 'ambiguous', items: loose });
    }
  }
  return { rows, unresolved, outOfOrder };
}

/** Indexes of the longest strictly increasing subsequence (by rank), O(n log n). */
function longestIncreasing(indexes: number[], rank: (i: number) => number): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(indexes.length).fill(-1);
  const tailAt: number[] = [];
  indexes.forEach((index, k) => {
    const value = rank(index);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailAt[lo] = k;
    previous[k] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const result: number[] = [];
  let k = tails.length > 0 ? tailAt[tails.length - 1]! : -1;
  while (k >= 0) {
    result.push(indexes[k]!);
    k = previous[k]!;
  }
  return result.reverse();
}
