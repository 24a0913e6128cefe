/** The reader's layout → the document blocks every format reader produces (text lines and tables with spans). */
import type { Block, TableCell } from '../../model/document.js';
import { bboxOf } from './geometry.js';
import type { LayoutBlock, LayoutTable } from './layout.js';

export function toBlocks(layout: readonly LayoutBlock[]): Block[] {
  return layout.map((block): Block => {
    if (block.kind === 'line') return { kind: 'text', text: block.text, loc: { page: block.page, bbox: bboxOf(block.box) } };
    return { kind: 'table', rows: rowsOf(block), loc: { page: block.page, bbox: bboxOf(block.box) } };
  });
}

/** Rows hold the cells that start in them, left to right (as HTML <td>s do). */
function rowsOf(table: LayoutTable): TableCell[][] {
  const rows: TableCell[][] = Array.from({ length: table.rowCount }, () => []);
  const ordered = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of ordered) {
    rows[cell.row]?.push({ text: cell.text, rowSpan: cell.rowSpan, colSpan: cell.colSpan, loc: { page: cell.page, bbox: bboxOf(cell.box) } });
  }
  // A row all of whose positions are covered from above stays (empty), so the rowSpans above still count right.
  return rows;
}
