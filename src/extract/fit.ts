/** Fitting a row's value cells to the number of columns the form has. */
import type { ValueCell } from './lines.js';

export type FitResult =
  | { ok: true; cells: ValueCell[]; note?: 'extra-cells' }
  | { ok: false; reason: 'too-few' | 'too-many' | 'text' };

/**
 * Takes exactly `count` cells from a row:
 * - table rows keep printed blanks as zeros, after dropping blank cells at either end that
 *   merged cells or a ragged conversion added;
 * - text lines have no blanks to count (a blank field vanishes), so they need every number;
 * - a row with more numbers than columns (an extra cell from a merged group label) is read
 *   only when every way to choose the columns gives the same numbers, or exactly one way
 *   satisfies `consistent` (e.g. 总计 = the sum of the applicant columns).
 */
export function fitValues(
  values: readonly ValueCell[],
  count: number,
  tableRow: boolean,
  consistent?: (cells: ValueCell[]) => boolean,
): FitResult {
  let cells = values.slice();
  if (tableRow) {
    while (cells.length > count && cells[cells.length - 1]!.kind === 'blank' && cells[cells.length - 1]!.raw.trim() === '') cells.pop();
    while (cells.length > count && cells[0]!.kind === 'blank' && cells[0]!.raw.trim() === '') cells.shift();
  } else {
    cells = cells.filter((c) => c.kind !== 'text');
  }
  if (cells.some((c) => c.kind === 'text')) {
    const numbers = cells.filter((c) => c.kind !== 'text');
    if (numbers.length !== count) return { ok: false, reason: 'text' };
    cells = numbers;
  }
  if (cells.length === count) return { ok: true, cells };
  if (cells.length < count) return { ok: false, reason: 'too-few' };
  const windows: ValueCell[][] = [];
  for (let start = 0; start + count <= cells.length; start++) windows.push(cells.slice(start, start + count));
  const same = (a: ValueCell[], b: ValueCell[]): boolean => a.every((c, i) => c.value === b[i]!.value);
  if (windows.every((w) => same(w, windows[0]!))) return { ok: true, cells: windows[0]!, note: 'extra-cells' };
  if (consistent) {
    const good = windows.filter(consistent);
    if (good.length > 0 && good.every((w) => same(w, good[0]!))) return { ok: true, cells: good[0]!, note: 'extra-cells' };
  }
  return { ok: false, reason: 'too-many' };
}
