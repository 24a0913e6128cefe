/**
 * HTML tables: telling a report table from a layout table (which is descended into) and from the
 * page's metadata table (索引号, 发布机构 …, kept for hints), and reading a report table's rows.
 */
import type { TableCell } from '../../model/document.js';
import type { LineIndex } from './line-index.js';
import type { PageStats } from './stats.js';
import { CELL_TAGS, ROW_GROUP_TAGS } from './tags.js';
import type { ElementNode, TreeNode } from './tree.js';
import { compact, isMetadataLabel } from './vocabulary.js';
import { collapseWhitespace, joinCellLines } from './whitespace.js';

export type TableKind = 'data' | 'layout' | 'metadata';

export interface TableParts {
  caption: ElementNode | null;
  rows: ElementNode[][];
  /** Text and elements misplaced directly inside <table>/<tr> (browsers print them before the table). */
  stray: TreeNode[];
}

const partsOf = new WeakMap<ElementNode, TableParts>();

/** The rows of a table (directly or in thead/tbody/tfoot) and their cells, not those of nested tables. */
export function tableParts(table: ElementNode): TableParts {
  const known = partsOf.get(table);
  if (known) return known;
  const parts: TableParts = { caption: null, rows: [], stray: [] };
  partsOf.set(table, parts);
  const readRow = (tr: ElementNode): void => {
    const cells: ElementNode[] = [];
    for (const child of tr.children) {
      if (child.kind === 'element' && CELL_TAGS.has(child.tag)) cells.push(child);
      else parts.stray.push(child);
    }
    parts.rows.push(cells);
  };
  const visit = (container: ElementNode): void => {
    for (const child of container.children) {
      if (child.kind !== 'element') parts.stray.push(child);
      else if (child.tag === 'tr') readRow(child);
      else if (ROW_GROUP_TAGS.has(child.tag)) visit(child);
      else if (child.tag === 'caption' && !parts.caption) parts.caption = child;
      // A cell without a row (<table><td>) is a row of its own, as browsers repair it.
      else if (CELL_TAGS.has(child.tag)) parts.rows.push([child]);
      else parts.stray.push(child);
    }
  };
  visit(table);
  return parts;
}

/** Text of a cell longer than this means the cell holds page content, not a figure or a label. */
const LAYOUT_CELL_WEIGHT = 400;

/** Page metadata tables are small: a handful of label/value rows. */
const METADATA_ROWS = 12;

const kinds = new WeakMap<TableParts, TableKind>();

export function classifyTable(parts: TableParts, stats: PageStats): TableKind {
  let kind = kinds.get(parts);
  if (!kind) {
    kind = classify(parts, stats);
    kinds.set(parts, kind);
  }
  return kind;
}

function classify(parts: TableParts, stats: PageStats): TableKind {
  const small = parts.rows.length <= METADATA_ROWS;
  let widest = 0;
  let metadataLabels = 0;
  for (const row of parts.rows) {
    widest = Math.max(widest, row.length);
    for (const cell of row) {
      if (stats.tables[cell.index]! > 0 || stats.headings[cell.index]! > 0) return 'layout';
      if (stats.weight[cell.index]! > LAYOUT_CELL_WEIGHT) return 'layout';
      if (small && stats.weight[cell.index]! <= 12 && isMetadataLabel(compact(cellText(cell)))) metadataLabels++;
    }
  }
  // One cell per row: a frame around content (a title bar, the article body), not a statistics table.
  if (widest <= 1) return 'layout';
  if (metadataLabels >= 2 && !parts.rows.some((row) => row.some((cell) => stats.markers[cell.index]! > 0))) return 'metadata';
  return 'data';
}

/**
 * A report table's rows as the document model wants them: the cells starting in each row, spans as
 * stated, read the way browsers read them (clamped; a rowspan ends with the table, "0" reaches its end).
 */
export function readTableRows(parts: TableParts, lines: LineIndex): TableCell[][] {
  const total = parts.rows.length;
  return parts.rows.map((row, r) =>
    row.map((cell) => {
      const rows = spanValue(cell.rowSpan);
      return {
        text: cellText(cell),
        rowSpan: Math.max(1, Math.min(rows === 0 ? total : (rows ?? 1), total - r)),
        colSpan: Math.min(spanValue(cell.colSpan) || 1, 1000),
        loc: lines.locate(cell.start),
      };
    }),
  );
}

/** The leading digits of a span attribute, or null when it has none. */
function spanValue(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^\s*(\d{1,9})/.exec(value);
  return m ? Number(m[1]) : null;
}

/** The printed text of a cell: its lines (paragraphs, <br>-separated runs) joined as joinCellLines says. */
export function cellText(cell: ElementNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = collapseWhitespace(line);
    if (text !== '') lines.push(text);
    line = '';
  };
  const walk = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') line += child.text;
      else if (child.kind === 'break') flush();
      else {
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(cell);
  flush();
  return joinCellLines(lines);
}
