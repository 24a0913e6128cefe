/**
 * Tables that run on over a page break: when a page ends with a table and the next begins with
 * one whose outer edges and column rules line up, the second is the first's continuation. Their
 * columns are unified, and a merged cell cut by the break (a group label spanning rows, such as
 * "三、本年度办理结果") becomes one cell again.
 */
import { joinWrapped } from './join.js';
import type { LayoutBlock, LayoutCell, LayoutTable, PageLayout } from './layout.js';

/** Outer edges this close (points) line up. */
const EDGE = 4;
/** Column rules this close are the same rule. */
const RULE = 2.5;

export function joinContinuedTables(pages: readonly PageLayout[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const page of pages) {
    page.blocks.forEach((block, i) => {
      const last = out[out.length - 1];
      if (i === 0 && block.kind === 'table' && last?.kind === 'table' && lastPage(last) === page.page - 1 && linesUp(last, block)) {
        out[out.length - 1] = append(last, block);
      } else {
        out.push(block);
      }
    });
  }
  return out;
}

function lastPage(table: LayoutTable): number {
  return table.cells.reduce((p, c) => Math.max(p, c.page), table.page);
}

function linesUp(a: LayoutTable, b: LayoutTable): boolean {
  if (Math.abs(a.box.x0 - b.box.x0) > EDGE || Math.abs(a.box.x1 - b.box.x1) > EDGE) return false;
  const innerA = a.xs.slice(1, -1);
  const innerB = b.xs.slice(1, -1);
  if (innerA.length === 0 || innerB.length === 0) return innerA.length === innerB.length;
  const shared = innerB.filter((x) => innerA.some((y) => Math.abs(x - y) <= RULE)).length;
  return shared * 2 >= Math.min(innerA.length, innerB.length);
}

function append(a: LayoutTable, b: LayoutTable): LayoutTable {
  const xs = unify([...a.xs, ...b.xs]);
  const remap = (table: LayoutTable, rowOffset: number) => (cell: LayoutCell): LayoutCell => {
    const col = nearest(xs, table.xs[cell.col]!);
    const end = nearest(xs, table.xs[cell.col + cell.colSpan]!);
    return { ...cell, row: cell.row + rowOffset, col, colSpan: Math.max(1, end - col) };
  };
  const cells = a.cells.map(remap(a, 0));
  let continued = b.cells.map(remap(b, a.rowCount));
  let rowCount = a.rowCount + b.rowCount;
  if (rowText(a, 0) !== '' && rowText(a, 0) === rowText(b, 0)) {
    // A header row repeated on the new page: nothing was cut.
    return { ...a, xs, rowCount, cells: [...cells, ...continued] };
  }
  const seam = a.rowCount;
  const merged = new Set<LayoutCell>();
  for (const cell of continued) {
    if (cell.row !== seam) continue;
    const upper = cells.find((c) => c.col === cell.col && c.colSpan === cell.colSpan && c.row + c.rowSpan === seam);
    // A merged cell cut by the break continues as an empty cell (its text stays above); a cell with
    // text of its own starts a new row or group, and two one-row cells may be two rows.
    if (upper && cell.text === '' && (upper.rowSpan > 1 || cell.rowSpan > 1) && !NUMBER.test(upper.text)) {
      upper.rowSpan += cell.rowSpan;
      merged.add(cell);
    }
  }
  continued = continued.filter((c) => !merged.has(c));
  if (rowCutByBreak(cells, continued, seam)) {
    // One row printed half on each page: its second half joins the first and the rows below move up.
    for (const lower of continued.filter((c) => c.row === seam)) {
      const upper = cells.find((c) => c.col === lower.col && c.row === seam - 1)!;
      upper.text = joinWrapped([upper.text, lower.text]);
      upper.rowSpan += lower.rowSpan - 1;
    }
    for (const c of cells) if (c.row + c.rowSpan > seam) c.rowSpan--;
    continued = continued.filter((c) => c.row !== seam).map((c) => ({ ...c, row: c.row - 1 }));
    rowCount--;
  }
  return { ...a, xs, rowCount, cells: [...cells, ...continued] };
}

const NUMBER = /^\s*[+-]?[\d,，.]+\s*$/;

/**
 * The last row before the break and the first after it are one row when they have the same
 * cells and only the first half carries numbers (the label wrapped onto the next page).
 */
function rowCutByBreak(cells: LayoutCell[], continued: LayoutCell[], seam: number): boolean {
  // Cells of the row itself (a group label spanning on past the break is not part of the comparison).
  const upper = cells.filter((c) => c.row === seam - 1 && c.row + c.rowSpan === seam);
  const lower = continued.filter((c) => c.row === seam);
  if (upper.length === 0 || upper.length !== lower.length) return false;
  const shape = (row: LayoutCell[]): string =>
    row
      .map((c) => `${c.col}+${c.colSpan}`)
      .sort()
      .join(',');
  if (shape(upper) !== shape(lower)) return false;
  return upper.some((c) => NUMBER.test(c.text)) && !lower.some((c) => NUMBER.test(c.text)) && lower.some((c) => c.text !== '');
}

function rowText(table: LayoutTable, row: number): string {
  return table.cells
    .filter((c) => c.row === row)
    .sort((x, y) => x.col - y.col)
    .map((c) => c.text)
    .join('|');
}

function unify(values: number[]): number[] {
  const sorted = [...values].sort((x, y) => x - y);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > RULE) out.push(v);
  return out;
}

function nearest(values: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]! - v) < Math.abs(values[best]! - v)) best = i;
  return best;
}
