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
  /** The row's official label and accepted variants, normalised (to accept a label's first piece only where a label begins so). */
  labels?(key: string): readonly string[];
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
  /** Pending labels seen only as a label's end: they make other labels ambiguous but take no numbers. */
  const tails = new Set<string>();
  /** Text-only lines since the last row: a label broken over several lines (narrow PDF columns). */
  let fragments: string[] = [];
  const strongMatch = (norm: string): string[] => resolve(matcher, matcher.match(norm, false));
  const fits = (key: string, norm: string): boolean =>
    !matcher.labels || matcher.labels(key).some((official) => official.startsWith(norm) || norm.includes(official));
  /**
   * One row named by a label's pieces joined, or null. The first piece must be how that row's
   * label begins: pieces of two different labels joined must not name a third row.
   */
  const joined = (parts: string[]): string | null => {
    if (parts.length < 2 || !matcher.labels) return null;
    const keys = strongMatch(parts.join(''));
    if (keys.length !== 1) return null;
    return matcher.labels(keys[0]!).some((official) => official.startsWith(parts[0]!)) ? keys[0]! : null;
  };
  lines.forEach((line, index) => {
    if (!line.hasNumbers) {
      const keys = line.norm ? resolve(matcher, matcher.match(line.norm, true)) : [];
      // A recognised label with only blank cells after it is a row of zeros printed blank.
      if (keys.length === 1 && line.tableRow && line.values.length >= matcher.expected(keys[0]!)) {
        items.push({ key: keys[0]!, line, values: line.values });
        pending = [];
        tails.clear();
        fragments = [];
        return;
      }
      if (!line.norm) return;
      const strong = strongMatch(line.norm);
      // A label waits for the numbers below it only if it is the whole label or its beginning: the end
      // of a label wrapped around its numbers ("开出版物" under "3.要求提供公 0 0 …") belongs above.
      if (strong.length === 1) {
        pending = resolve(matcher, [...pending, strong[0]!]);
        if (!fits(strong[0]!, line.norm)) tails.add(strong[0]!);
      } else if (strong.length > 1) {
        pending = [];
        tails.clear();
      }
      fragments = [...fragments.slice(-2), line.norm];
      return;
    }
    if (line.norm) {
      const keys = resolve(matcher, matcher.match(line.norm, true));
      // A label cut by a line break around its numbers ("5.要求行政机 0 0 …" / "关确认或重新" / "出具…"):
      // read the piece together with the text lines next to it.
      const key = keys.length === 1 ? keys[0]! : keys.length === 0 ? (joined([line.norm, ...following(lines, index)]) ?? joined([...fragments, line.norm])) : null;
      items.push({ key, line, values: line.values });
      pending = [];
      tails.clear();
      fragments = [];
      return;
    }
    const count = line.values.length;
    const broken = pending.length === 0 ? (joined(fragments) ?? joined(fragments.slice(-2))) : null;
    if (pending.length === 1 && !tails.has(pending[0]!) && (line.tableRow || count >= matcher.expected(pending[0]!))) {
      items.push({ key: pending[0]!, line, values: line.values, labelFromPending: true });
    } else if (!line.tableRow && count < matcher.expected(null)) {
      return; // a stray number (a page number left in a table): not a row, keep waiting
    } else if (broken && (line.tableRow || count >= matcher.expected(broken))) {
      items.push({ key: broken, line, values: line.values, labelFromPending: true });
    } else {
      items.push({ key: null, line, values: line.values });
    }
    pending = [];
    tails.clear();
    fragments = [];
  });
  return items;
}

/** Up to two text-only lines after a line, whose words may finish its label. */
function following(lines: readonly Line[], index: number): string[] {
  const out: string[] = [];
  for (let i = index + 1; i < lines.length && out.length < 2; i++) {
    const next = lines[i]!;
    if (next.hasNumbers || next.tableRow || !next.norm) break;
    out.push(next.norm);
  }
  return out;
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
