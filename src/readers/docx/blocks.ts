/**
 * Read items → document blocks. Paragraphs become text lines; a table becomes a TableBlock with
 * Word's merge marks turned into spans (vMerge → rowSpan, hMerge → colSpan; only the cell that
 * starts a merge is kept). A table used for layout — one column, or cells holding other tables,
 * as web pages saved as Word often are — is unwrapped and its content read in order instead.
 */
import type { Block, ReaderWarning, TableBlock, TableCell } from '../../model/document.js';
import type { CellModel, Item, TableModel } from './content.js';

export function itemsToBlocks(items: readonly Item[], out: Block[], warnings: ReaderWarning[]): void {
  for (const item of items) {
    if (item.kind === 'paragraph') {
      // A line break makes a new line, as on the page: web pages saved as Word often hold a whole
      // report in a few paragraphs broken by <br>, and a signature's name and date are two lines.
      for (const piece of item.text.split('\n')) {
        const text = piece.trim();
        if (text === '') continue;
        const block: Block = { kind: 'text', text, loc: item.loc };
        if (item.headingLevel !== undefined) block.headingLevel = item.headingLevel;
        out.push(block);
      }
    } else if (isLayoutTable(item.table)) {
      for (const row of item.table.rows) {
        if (row.deleted) continue;
        for (const cell of row.cells) itemsToBlocks(cell.items, out, warnings);
      }
    } else {
      out.push(toTableBlock(item.table, warnings));
    }
  }
}

function isLayoutTable(table: TableModel): boolean {
  const live = table.rows.filter((r) => !r.deleted);
  if (live.every((row) => row.cells.length <= 1 && (row.cells[0]?.gridSpan ?? 1) <= 1)) return true;
  return live.some((row) => row.cells.some((cell) => cell.items.some((i) => i.kind === 'table')));
}

/** A cell's text: its lines joined by a space, except digits broken over lines, which belong together. */
export function cellText(items: readonly Item[]): string {
  const fragments: string[] = [];
  const collect = (list: readonly Item[]): void => {
    for (const item of list) {
      if (item.kind === 'paragraph') {
        for (const piece of item.text.split(/[\n\t]/)) {
          const text = piece.trim();
          if (text !== '') fragments.push(text);
        }
      } else {
        for (const row of item.table.rows) for (const cell of row.cells) collect(cell.items);
      }
    }
  };
  collect(items);
  let text = fragments[0] ?? '';
  for (let i = 1; i < fragments.length; i++) {
    const joiner = DIGITS.test(fragments[i - 1]!) && DIGITS.test(fragments[i]!) ? '' : ' ';
    text += joiner + fragments[i]!;
  }
  return text;
}

const DIGITS = /^[\d.,]+$/;

interface Placed {
  cell: TableCell;
  column: number;
  span: number;
}

function toTableBlock(table: TableModel, warnings: ReaderWarning[]): TableBlock {
  const rows: TableCell[][] = [];
  /** The cell a vertical merge started in, by its grid column. */
  let open = new Map<number, Placed>();
  for (const row of table.rows) {
    if (row.deleted) continue;
    const out: TableCell[] = [];
    const next = new Map<number, Placed>();
    let column = row.gridBefore;
    let previous: Placed | undefined;
    for (const model of row.cells) {
      const span = Math.max(1, model.gridSpan);
      if (model.hMerge === 'continue' && previous) {
        // Old-style horizontal merge: the continuation widens the cell to its left.
        previous.cell.colSpan += span;
        previous.span += span;
        column += span;
        continue;
      }
      if (model.vMerge === 'continue') {
        const above = open.get(column);
        if (above && above.span === span) {
          above.cell.rowSpan += 1;
          next.set(column, above);
          warnHiddenText(model, warnings);
          column += span;
          previous = undefined;
          continue;
        }
        warnings.push({ code: 'docx-merge-orphan', message: '表格中有一个向下合并的单元格上方没有起始单元格，已按普通单元格读取。', loc: model.loc });
      }
      const placed: Placed = { cell: { text: cellText(model.items), rowSpan: 1, colSpan: span, loc: model.loc }, column, span };
      out.push(placed.cell);
      if (model.vMerge !== undefined) next.set(column, placed);
      previous = placed;
      column += span;
    }
    open = next;
    rows.push(out);
  }
  return { kind: 'table', rows, loc: table.loc };
}

/** Word shows only the first cell of a vertical merge; text left in the others is hidden, so say so. */
function warnHiddenText(model: CellModel, warnings: ReaderWarning[]): void {
  if (cellText(model.items) === '') return;
  warnings.push({ code: 'docx-merge-hidden-text', message: '合并单元格的被合并部分中有文字，Word 不显示这些文字，已忽略。', loc: model.loc });
}
